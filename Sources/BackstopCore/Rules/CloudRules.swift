extension BuiltInRules {
    static let cloud: [SecretRule] = [
        SecretRule(
            id: "aws-access-key-id", description: "AWS access key id", family: "cloud",
            pattern: #"\b((?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})\b"#,
            keywords: ["akia", "asia", "abia", "acca", "a3t"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "aws-secret-access-key", description: "AWS secret access key", family: "cloud",
            pattern: #"(?i)aws_?(?:secret)?_?(?:access)?_?key[\w.-]{0,20}["']?\s*(?:=|:|=>)\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])"#,
            keywords: ["aws_secret", "awssecret", "aws_key", "secret_access_key", "secretaccesskey"], secretGroup: 1,
            minimumEntropy: 4.0),
    ]
}
