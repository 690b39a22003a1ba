extension BuiltInRules {
    static let connectionStrings: [SecretRule] = [
        SecretRule(
            id: "connection-url-password", description: "Database or broker URL with an inline password", family: "connection-urls",
            pattern: #"\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?)://[^:@/\s"'`]{1,64}:([^@/\s"'`]{3,128})@[A-Za-z0-9._-]"#,
            keywords: ["postgres://", "postgresql://", "mysql://", "mariadb://", "mongodb://", "mongodb+srv://", "redis://", "rediss://", "amqp://", "amqps://"],
            secretGroup: 1, stopwords: ["password", "passwd", "pass@", "secret", "pwd"], valueChecks: [.notReference]),
    ]
}
