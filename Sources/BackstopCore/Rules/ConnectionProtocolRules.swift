extension BuiltInRules {
    /// A URL of one of `schemes` (regex alternatives, matched case-insensitively) with a password in its
    /// user information: the same shape `connection-url-password` reads for database URLs.
    private static func urlPassword(_ id: String, _ description: String, schemes: String, keywords: [String]) -> SecretRule {
        SecretRule(
            id: id, description: description, family: "connection-urls",
            pattern: #"(?i)\b(?:"# + schemes + #")://[^:@/\s"'`]{0,128}:([^@/\s"'`]{3,128})@"# + notDocumentationHost + #"[A-Za-z0-9._\[-]"#,
            keywords: keywords, secretGroup: 1, allowPatterns: [dummyPasswords], stopwords: ["password", "passwd", "secret"],
            valueChecks: [.notReference])
    }

    /// A password assigned to one of `names`: plain passwords are short and human, so the floor is
    /// low and the documentation placeholders are let through by name.
    private static func passwordNamed(_ id: String, _ description: String, names: String, keywords: [String]) -> SecretRule {
        SecretRule(
            id: id, description: description, family: "connection-urls",
            pattern: named(names, value: #"[^\s"'`,;]{4,128}"#), keywords: keywords, secretGroup: 2, minimumEntropy: 2.5,
            allowPatterns: [dummyPasswords], nameGroup: 1, nameStopwords: describingNames,
            valueChecks: [.notReference, .notWordSlug])
    }

    /// A value after `word` on a command line or configuration line (`requirepass`, `sshpass -p`).
    /// A backslash ends it: in a JSON or code string the line goes on as `\n`.
    private static let argumentValue = #"["']?([^\s"'`\\]{4,128})"#

    /// Oracle's sample schema and installation passwords.
    private static let oracleSamplePasswords = #"^(?i:tiger|manager|change_on_install|oracle)$"#

    /// The start of a line, also where the file sits in a JSON or code string (`...\npassword`).
    private static let lineStart = #"(?:(?<=\\[nr])|\b)"#

    static let connectionProtocols: [SecretRule] = [
        // URLs of schemes the database rule does not read.
        urlPassword("file-transfer-url-password", "FTP, SFTP or WebDAV URL with an inline password",
                    schemes: "ftps?|ftpes|sftp|davs?|webdavs?",
                    keywords: ["ftp://", "ftps://", "ftpes://", "sftp://", "dav://", "davs://", "webdav://", "webdavs://"]),
        urlPassword("ssh-url-password", "SSH or SCP URL with an inline password", schemes: "ssh|scp|rsync",
                    keywords: ["ssh://", "scp://", "rsync://"]),
        urlPassword("smb-url-password", "SMB / CIFS URL with an inline password", schemes: "smb|cifs", keywords: ["smb://", "cifs://"]),
        urlPassword("ldap-url-password", "LDAP URL with an inline password", schemes: "ldaps?|ldapi", keywords: ["ldap://", "ldaps://", "ldapi://"]),
        urlPassword("mail-url-password", "SMTP, IMAP or POP3 URL (or mailer DSN) with an inline password",
                    schemes: #"(?:[a-z0-9-]{1,20}\+)?(?:smtps?|submission|imaps?|pop3s?)"#,
                    keywords: ["smtp://", "smtps://", "submission://", "imap://", "imaps://", "pop3://", "pop3s://"]),
        urlPassword("mqtt-url-password", "MQTT broker URL with an inline password", schemes: #"mqtts?|mqtt\+(?:ssl|tcp|ws|wss)"#,
                    keywords: ["mqtt://", "mqtts://", "mqtt+"]),
        urlPassword("nats-url-password", "NATS URL with an inline password", schemes: "nats|tls\\+nats", keywords: ["nats://"]),
        urlPassword("stomp-url-password", "STOMP broker URL with an inline password", schemes: #"stomp(?:\+ssl|\+nio|\+tls)?"#,
                    keywords: ["stomp://", "stomp+"]),
        urlPassword("neo4j-url-password", "Neo4j (bolt / neo4j scheme) URL with an inline password",
                    schemes: #"(?:bolt|neo4j)(?:\+s|\+ssc)?"#, keywords: ["bolt://", "bolt+", "neo4j://", "neo4j+"]),
        urlPassword("sqlalchemy-url-password", "Database URL with a driver (SQLAlchemy style) and an inline password",
                    schemes: #"(?:postgres(?:ql)?|mysql|mariadb|mssql|oracle|redshift|snowflake|cockroachdb|clickhouse|db2|ibm_db_sa|trino|presto|hive|teradatasql|vertica|databricks|awsathena|firebird|sybase)\+[A-Za-z0-9_]{2,30}"#,
                    keywords: ["postgresql+", "postgres+", "mysql+", "mariadb+", "mssql+", "oracle+", "redshift+", "snowflake+", "cockroachdb+",
                               "clickhouse+", "db2+", "ibm_db_sa+", "trino+", "presto+", "hive+", "teradatasql+", "vertica+", "databricks+",
                               "awsathena+", "firebird+", "sybase+"]),
        urlPassword("sql-database-url-password", "SQL Server, Oracle, DB2, ClickHouse or other SQL database URL with an inline password",
                    schemes: "mssql|sqlserver|oracle|db2|cockroachdb|clickhouse|trino|presto|vertica|teradata|firebird|sybase|singlestore|memsql",
                    keywords: ["mssql://", "sqlserver://", "oracle://", "db2://", "cockroachdb://", "clickhouse://", "trino://", "presto://",
                               "vertica://", "teradata://", "firebird://", "sybase://", "singlestore://", "memsql://"]),
        urlPassword("redshift-url-password", "Amazon Redshift connection URL with an inline password", schemes: "redshift", keywords: ["redshift://"]),
        urlPassword("nosql-url-password", "Cassandra, CouchDB, Couchbase, Elasticsearch, InfluxDB or other data store URL with an inline password",
                    schemes: #"cassandra|scylla|couchdb|couchbases?|elasticsearch|opensearch|arangodb|rethinkdb|influxdb|memcached|etcd|valkeys?|redis\+sentinel"#,
                    keywords: ["cassandra://", "scylla://", "couchdb://", "couchbase://", "couchbases://", "elasticsearch://", "opensearch://",
                               "arangodb://", "rethinkdb://", "influxdb://", "memcached://", "etcd://", "valkey://", "valkeys://", "redis+sentinel://"]),
        urlPassword("proxy-url-password", "SOCKS proxy URL with an inline password", schemes: #"socks(?:4a?|5h?)?"#,
                    keywords: ["socks://", "socks4://", "socks4a://", "socks5://", "socks5h://"]),
        urlPassword("remote-desktop-url-password", "VNC or RDP URL with an inline password", schemes: "vnc|rdp", keywords: ["vnc://", "rdp://"]),

        // Connection strings.
        SecretRule(
            id: "jdbc-url-password", description: "JDBC URL with a password parameter", family: "connection-urls",
            pattern: #"(?i)\bjdbc:[a-z0-9]{2,20}(?::[a-z0-9]{2,20}){0,2}:[^\s"'<>]{1,300}?[?&;:](?:password|pwd)=([^&;\s"'<>]{3,128})"#,
            keywords: ["jdbc:"], secretGroup: 1, allowPatterns: [dummyPasswords], valueChecks: [.notReference], windowAfter: 500),
        SecretRule(
            id: "jdbc-oracle-thin-password", description: "Oracle JDBC URL with user/password before the host", family: "connection-urls",
            pattern: #"(?i)\bjdbc:oracle:(?:thin|oci8?|kprb):[A-Za-z0-9_$#.]{1,64}/([^@\s"'/`]{3,128})@"#,
            keywords: ["jdbc:oracle:"], secretGroup: 1, allowPatterns: [dummyPasswords, oracleSamplePasswords], valueChecks: [.notReference]),
        SecretRule(
            id: "oracle-sqlplus-password", description: "Oracle user/password given to SQL*Plus or a data pump tool", family: "connection-urls",
            pattern: #"\b(?:sqlplus|rman|expdp|impdp|sqlldr|dgmgrl)(?:[ \t]+-[A-Za-z]+)*[ \t]+["']?[A-Za-z][A-Za-z0-9_$#]{0,29}/([^@\s/"'`]{3,64})(?!/)"#,
            keywords: ["sqlplus", "rman", "expdp", "impdp", "sqlldr", "dgmgrl"], secretGroup: 1,
            allowPatterns: [dummyPasswords, oracleSamplePasswords], valueChecks: [.notReference], matchesAtKeyword: true),
        SecretRule(
            id: "oracle-connect-string-password", description: "Oracle user/password@host:1521 connect string", family: "connection-urls",
            pattern: #"\b[A-Za-z][A-Za-z0-9_$#]{0,29}/([^@\s/"'`]{3,64})@(?://)?[A-Za-z0-9._-]{1,100}:152[12]\b"#,
            keywords: [":1521", ":1522"], secretGroup: 1,
            allowPatterns: [dummyPasswords, oracleSamplePasswords], valueChecks: [.notReference]),
        SecretRule(
            id: "odbc-dsn-password", description: "ODBC connection string (DSN or Driver) with a password", family: "connection-urls",
            pattern: #"(?i)\b(?:DSN|FILEDSN|Driver)[ \t]*=[ \t]*(?:\{[^}\r\n]{1,80}\}|[^;"'\r\n]{1,80});(?:[ \t]*[A-Za-z][A-Za-z0-9 _]{0,30}=[ \t]*(?:\{[^}\r\n]{0,200}\}|[^;"'\r\n]{0,200});){0,12}?[ \t]*(?:PWD|Password)[ \t]*=[ \t]*\{?([^;{}"'`\s]{3,128})"#,
            keywords: ["dsn=", "dsn =", "driver=", "driver ="], secretGroup: 1, allowPatterns: [dummyPasswords],
            valueChecks: [.notReference], windowBefore: 40, windowAfter: 800),
        SecretRule(
            id: "neo4j-auth-setting", description: "Neo4j NEO4J_AUTH user/password setting", family: "connection-urls",
            pattern: #"(?i)\bNEO4J_AUTH["']?[ \t]*[:=][ \t]*["']?neo4j/([^\s"'`]{4,128})"#,
            keywords: ["neo4j_auth"], secretGroup: 1, allowPatterns: [dummyPasswords, #"^(?i:neo4j)$"#], valueChecks: [.notReference]),
        SecretRule(
            id: "elastic-cloud-auth", description: "Elastic Cloud user:password (cloud.auth)", family: "connection-urls",
            pattern: named(#"cloud[_.-]?auth"#, value: #"[A-Za-z0-9_.-]{1,64}:[^\s"'`:]{6,128}"#),
            keywords: ["cloud_auth", "cloud.auth", "cloud-auth", "cloudauth"], secretGroup: 2, minimumEntropy: 2.5,
            allowPatterns: [#":(?i:changeme|password|secret|elastic)$"#], nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.notReference]),

        // Passwords in settings.
        passwordNamed("ldap-bind-password", "LDAP bind password",
                      names: #"bind[_.-]?(?:dn[_.-]?)?(?:password|passwd|pw|credentials?)|ldap[_.-]?(?:bind[_.-]?)?(?:password|passwd|pw)|manager[_.-]?password"#,
                      keywords: ["bindpassword", "bind_password", "bind-password", "bind.password", "bindpasswd", "bind_passwd", "bindpw", "bind_pw",
                                 "bind-pw", "bind.pw", "bindcredential", "bind_credential", "bind-credential", "bind.credential", "binddn", "bind_dn",
                                 "bind-dn", "bind.dn", "ldappassword", "ldap_password", "ldap-password", "ldap.password", "ldappasswd", "ldap_passwd",
                                 "ldappw", "ldap_pw", "ldap-pw", "ldap.pw", "ldapbind", "ldap_bind", "ldap-bind", "ldap.bind", "managerpassword",
                                 "manager_password", "manager-password", "manager.password"]),
        passwordNamed("mail-password-setting", "SMTP / IMAP / mail account password setting",
                      names: #"smtp[A-Za-z0-9_.-]{0,20}?pass(?:word|wd)?|e?mail(?:er)?[_.-]?(?:host[_.-]?|smtp[_.-]?)?pass(?:word|wd)?|imap[_.-]?pass(?:word|wd)?|pop3?[_.-]?pass(?:word|wd)?"#,
                      keywords: ["smtp", "mail_pass", "mail-pass", "mail.pass", "mailpass", "mailer_pass", "mailer-pass", "mailer.pass", "mailerpass",
                                 "mail_host_pass", "mail-host-pass", "mail.host.pass", "mailhostpass", "imap_pass", "imap-pass", "imap.pass", "imappass",
                                 "pop_pass", "pop-pass", "pop.pass", "poppass", "pop3_pass", "pop3-pass", "pop3.pass", "pop3pass"]),
        passwordNamed("container-database-password", "Database or broker password in a container environment variable",
                      names: #"(?:DOCKER_INFLUXDB_INIT_|POSTGRES_|MYSQL_(?:ROOT_)?|MARIADB_(?:ROOT_)?|MONGO_INITDB_ROOT_|MSSQL_SA_|COUCHDB_|ELASTIC_|KEYCLOAK_ADMIN_|MINIO_ROOT_|CLICKHOUSE_|ARANGO_ROOT_)PASSWORD|\bPGPASSWORD|\bMYSQL_PWD|\bSA_PASSWORD|RABBITMQ_DEFAULT_PASS"#,
                      keywords: ["postgres_password", "pgpassword", "mysql_root_password", "mysql_password", "mysql_pwd", "mariadb_root_password",
                                 "mariadb_password", "mongo_initdb_root_password", "sa_password", "couchdb_password", "elastic_password",
                                 "keycloak_admin_password", "minio_root_password", "influxdb_init_password", "clickhouse_password",
                                 "arango_root_password", "rabbitmq_default_pass"]),

        // Command lines.
        SecretRule(
            id: "ldap-cli-password", description: "Bind password given to an OpenLDAP client with -w", family: "connection-urls",
            pattern: #"\bldap(?:search|add|modify|delete|passwd|whoami|compare|modrdn|exop)\b"# + commandLine + #"{0,300}?[ \t]-w[ \t]+"# + argumentValue,
            keywords: ["ldapsearch", "ldapadd", "ldapmodify", "ldapdelete", "ldappasswd", "ldapwhoami", "ldapcompare", "ldapmodrdn", "ldapexop"],
            secretGroup: 1, allowPatterns: [dummyPasswords], valueChecks: [.notReference], windowAfter: 500),
        SecretRule(
            id: "sshpass-password", description: "Password given to sshpass -p", family: "connection-urls",
            pattern: #"\bsshpass[ \t]+-p[ \t]*["']?([^\s"'`-][^\s"'`]{2,127})"#,
            keywords: ["sshpass"], secretGroup: 1, allowPatterns: [dummyPasswords], valueChecks: [.notReference]),
        SecretRule(
            id: "redis-cli-password", description: "Password given to redis-cli -a", family: "connection-urls",
            pattern: #"\bredis-cli\b"# + commandLine + #"{0,200}?[ \t](?:-a|--pass)[ \t]+["']?([^\s"'`-][^\s"'`]{3,127})"#,
            keywords: ["redis-cli"], secretGroup: 1, allowPatterns: [dummyPasswords], valueChecks: [.notReference], windowAfter: 400),
        SecretRule(
            id: "mysql-cli-password", description: "Password given to a MySQL client with -p<password>", family: "connection-urls",
            pattern: #"mysql(?:dump|admin|import|check|show|slap|pump)?\b"# + commandLine + #"{0,200}?[ \t]-p["']?([^\s"'`-][^\s"'`]{2,127})"#,
            keywords: ["mysql"], secretGroup: 1, allowPatterns: [dummyPasswords], valueChecks: [.notReference],
            windowAfter: 400, matchesAtKeyword: true),
        SecretRule(
            id: "smb-mount-password", description: "Password in CIFS / SMB mount options", family: "connection-urls",
            pattern: #"\b(?:cifs|smb3|smbfs)\b"# + commandLine + #"{0,300}?[\s,=]pass(?:word)?=([^,\s"'`]{3,128})"#,
            keywords: ["cifs", "smb3", "smbfs"], secretGroup: 1, allowPatterns: [dummyPasswords], valueChecks: [.notReference], windowAfter: 500),
        SecretRule(
            id: "smbclient-password", description: "Password given to smbclient or rpcclient as -U user%password", family: "connection-urls",
            pattern: #"\b(?:smbclient|rpcclient|smbget|smbcacls)\b"# + commandLine + #"{0,300}?[ \t](?:-U|--user(?:name)?=?)[ \t]*["']?[^%\s"']{1,64}%([^\s"'`]{3,128})"#,
            keywords: ["smbclient", "rpcclient", "smbget", "smbcacls"], secretGroup: 1, allowPatterns: [dummyPasswords],
            valueChecks: [.notReference], windowAfter: 500),
        SecretRule(
            id: "windows-net-use-password", description: "Password given to Windows net use", family: "connection-urls",
            pattern: #"(?i)\bnet[ \t]+use[ \t]+(?:[A-Z]:[ \t]+|\*[ \t]+)?\\\\[^\s"']+(?:[ \t]+/user:[^\s"']+)?[ \t]+([^\s"'/*][^\s"']{2,127})"#,
            keywords: ["net use"], secretGroup: 1, allowPatterns: [dummyPasswords], valueChecks: [.notReference]),

        // Configuration files.
        SecretRule(
            id: "redis-requirepass", description: "Redis requirepass / masterauth password", family: "connection-urls",
            pattern: #"\b(?:requirepass|masterauth)[ \t]+"# + argumentValue,
            keywords: ["requirepass", "masterauth"], secretGroup: 1,
            allowPatterns: [dummyPasswords, #"^(?i:foobared|<password>|mypassword)$"#], valueChecks: [.notReference]),
        SecretRule(
            id: "rabbitmq-default-password", description: "RabbitMQ default_pass setting", family: "connection-urls",
            pattern: #"\bdefault_pass[ \t]*=[ \t]*"# + argumentValue,
            keywords: ["default_pass"], secretGroup: 1, allowPatterns: [dummyPasswords], valueChecks: [.notReference]),
        SecretRule(
            id: "pgpass-line", description: "PostgreSQL .pgpass line (host:port:database:user:password)", family: "connection-urls",
            pattern: #"(?<![A-Za-z0-9_.*:-])[A-Za-z0-9._*-]{1,253}:(?:5432|5433|6432|\*):[A-Za-z0-9_*.-]{1,63}:[A-Za-z0-9_*.@-]{1,63}:([^:\s"'`]{4,128})"#,
            keywords: [":5432:", ":5433:", ":6432:", ":*:"], secretGroup: 1, allowPatterns: [dummyPasswords], valueChecks: [.notReference],
            windowBefore: 320),
        SecretRule(
            id: "mysql-option-file-password", description: "Password in a MySQL option file ([client] section of my.cnf)", family: "connection-urls",
            pattern: #"\[(?:client|mysql|mysqldump|mysqladmin|mysqld|mariadb|client-server)\][^\[]{0,500}?(?:\\[nr]|\s)password[ \t]*=[ \t]*"# + argumentValue,
            keywords: ["[client]", "[mysql]", "[mysqldump]", "[mysqladmin]", "[mysqld]", "[mariadb]", "[client-server]"], secretGroup: 1,
            allowPatterns: [dummyPasswords], valueChecks: [.notReference], windowAfter: 700),
        SecretRule(
            id: "vnc-connection-password", description: "Password in a VNC connection file", family: "connection-urls",
            pattern: #"(?i)\[connection\][^\[]{0,400}?(?:\\[nr]|\s)password[ \t]*=[ \t]*([a-f0-9]{16})\b"#,
            keywords: ["[connection]"], secretGroup: 1, minimumEntropy: 2.5, windowAfter: 600),
        SecretRule(
            id: "rdp-saved-password", description: "Saved password blob in an RDP connection file", family: "connection-urls",
            pattern: lineStart + #"password 51:b:([A-F0-9]{64,4000})\b"#,
            keywords: ["password 51:b:"], secretGroup: 1, minimumEntropy: 3.0, windowAfter: 4100),
        SecretRule(
            id: "snmp-community-string", description: "SNMP community string other than public or private", family: "connection-urls",
            pattern: #"(?:(?<!no )\bsnmp-server[ \t]+community|\br[ow]community6?)[ \t]+([^\s"'`]{4,64})"#,
            keywords: ["snmp-server community", "rocommunity", "rwcommunity"], secretGroup: 1,
            allowPatterns: [#"^(?i:public|private|community|string|secret|<[^>]*>)$"#], valueChecks: [.notReference]),
    ]
}
