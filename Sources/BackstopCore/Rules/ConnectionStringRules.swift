extension BuiltInRules {
    static let connectionStrings: [SecretRule] = [
        SecretRule(
            id: "connection-url-password", description: "Database or broker URL with an inline password", family: "connection-urls",
            pattern: #"\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?)://[^:@/\s"'`]{0,64}:([^@/\s"'`]{3,128})@[A-Za-z0-9._-]"#,
            keywords: ["postgres://", "postgresql://", "mysql://", "mariadb://", "mongodb://", "mongodb+srv://", "redis://", "rediss://", "amqp://", "amqps://"],
            secretGroup: 1, allowPatterns: [dummyPasswords], stopwords: ["password", "passwd", "secret"], valueChecks: [.notReference]),
        SecretRule(
            id: "ado-net-connection-string-password", description: "ADO.NET / ODBC connection string with a password", family: "connection-urls",
            pattern: #"(?i)\b(?:Server|Data Source|Host|Address|Addr)[ \t]*=[^;"'\r\n]{1,200};(?:[ \t]*[A-Za-z][A-Za-z ]{1,30}=[^;"'\r\n]{0,200};){0,10}?[ \t]*(?:Password|Pwd)[ \t]*=[ \t]*([^;"'`\s]{4,128})"#,
            keywords: ["password=", "pwd=", "password =", "pwd ="], secretGroup: 1, allowPatterns: [dummyPasswords],
            stopwords: ["{", "}", "password", "passwd", "secret", "pwd"], valueChecks: [.notReference], windowBefore: 600, windowAfter: 160),
    ]
}
