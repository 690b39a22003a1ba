extension BuiltInRules {
    /// The Azurite / storage emulator account key, published in Microsoft's documentation.
    private static let azuriteKey = #"^Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==$"#

    static let cloud: [SecretRule] = [
        SecretRule(
            id: "aws-access-key-id", description: "AWS access key id", family: "cloud",
            pattern: #"\b((?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})\b"#,
            keywords: ["akia", "asia", "abia", "acca", "a3t"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "aws-secret-access-key", description: "AWS secret access key", family: "cloud",
            pattern: #"(?i)(?:aws[_-]?(?:secret)?[_-]?(?:access)?[_-]?key|secret[_-]?access[_-]?key)[A-Za-z0-9_.-]{0,20}"#
                + assignment + #"([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])"#,
            keywords: [
                "aws_secret", "aws-secret", "awssecret", "aws_access", "aws-access", "awsaccess", "aws_key", "aws-key",
                "awskey", "secret_access_key", "secret-access-key", "secretaccesskey",
            ],
            secretGroup: 1, minimumEntropy: 4.0, valueChecks: [.containsDigit]),
        SecretRule(
            id: "aws-mws-auth-token", description: "Amazon Marketplace Web Service auth token", family: "cloud",
            pattern: #"\b(amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b"#,
            keywords: ["amzn.mws."], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "gcp-service-account-key-id", description: "Google Cloud service account key (private_key_id of a key file)", family: "cloud",
            pattern: #"(?i)private_key_id"# + assignment + #"(?-i:([a-f0-9]{40}))\b"#,
            keywords: ["private_key_id"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "gcp-api-key", description: "Google Cloud API key", family: "cloud",
            pattern: #"\b(AIza[A-Za-z0-9_-]{35})"# + tokenEnd,
            keywords: ["aiza"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "gcp-oauth-client-secret", description: "Google OAuth client secret", family: "cloud",
            pattern: #"\b(GOCSPX-[A-Za-z0-9_-]{28})"# + tokenEnd,
            keywords: ["gocspx-"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "google-oauth-access-token", description: "Google OAuth access token", family: "cloud",
            pattern: #"\b(ya29\.[A-Za-z0-9_-]{30,400})"# + tokenEnd,
            keywords: ["ya29."], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "azure-storage-account-key", description: "Azure storage account key", family: "cloud",
            pattern: assigned(#"azure[_.-]?storage|storage[_.-]?account|azure[_.-]?account"#, value: #"[A-Za-z0-9+/]{86}=="#),
            keywords: ["azure_storage", "azure-storage", "azurestorage", "azure.storage", "storage_account", "storage-account", "storageaccount", "azure_account", "azureaccount"],
            secretGroup: 1, minimumEntropy: 4.5, allowPatterns: [azuriteKey]),
        SecretRule(
            id: "azure-storage-connection-string", description: "Azure storage connection string with an account key", family: "cloud",
            pattern: #"(?i)AccountKey=([A-Za-z0-9+/]{86}==)"#,
            keywords: ["accountkey="], secretGroup: 1, minimumEntropy: 4.5, allowPatterns: [azuriteKey]),
        SecretRule(
            id: "azure-sas-token", description: "Azure shared access signature", family: "cloud",
            pattern: #"(?i)\bsv=20[0-9]{2}-[0-9]{2}-[0-9]{2}(?:&[a-z]{2,6}=[^&\s"'<>]{0,80}){0,12}&sig=([A-Za-z0-9%+/]{40,120}(?:=|%3D){0,2})"#,
            keywords: ["&sig="], secretGroup: 1, minimumEntropy: 4.0, windowBefore: 600, windowAfter: 160),
        SecretRule(
            id: "azure-ad-client-secret", description: "Microsoft Entra ID (Azure AD) client secret", family: "cloud",
            pattern: #"(?m)(?:^|[\\'"`\s>=:(,)])([A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?:$|[\\'"`\s<),;])"#,
            keywords: ["0q~", "1q~", "2q~", "3q~", "4q~", "5q~", "6q~", "7q~", "8q~", "9q~"], secretGroup: 1,
            minimumEntropy: 3.5),
        SecretRule(
            id: "alibaba-access-key-id", description: "Alibaba Cloud AccessKey id", family: "cloud",
            pattern: #"\b(LTAI[A-Za-z0-9]{20})\b"#,
            keywords: ["ltai"], secretGroup: 1, minimumEntropy: 3.5, valueChecks: [.containsDigit]),
    ]
}
