@testable import BackstopCore
import BackstopTestSupport
import Foundation

extension RuleSamples {
    /// URLs of `schemes` (one per variant) holding a password, and the documentation forms of the first.
    static func urlSpec(_ id: String, _ schemes: [String], host: String = "svc.internal.test") -> RuleSpec {
        .sample(id, { i, r in
            let secret = password(&r, 18)
            return Sample(pick(i, schemes) + "://app" + String(i) + ":" + secret + "@" + host + "/path", secret: secret)
        }, fp: { _ in [schemes[0] + "://user:password@localhost/", schemes[0] + "://user:${PASSWORD}@" + host + "/",
                       schemes[0] + "://" + host + ":2121/path", schemes[0] + "://app@" + host + "/path"] })
    }

    /// Texts (one per variant) with `{}` standing for a generated password, and whole-text look-alikes.
    static func textSpec(_ id: String, shape: RuleSpec.Shape = .token, _ texts: [String], length: Int = 16, fp: [String]) -> RuleSpec {
        .sample(id, shape: shape, { i, r in
            let secret = password(&r, length)
            return Sample(pick(i, texts).replacingOccurrences(of: "{}", with: secret), secret: secret)
        }, fp: { _ in fp })
    }

    static let connectionProtocols: [RuleSpec] = [
        urlSpec("file-transfer-url-password", ["ftp", "sftp", "webdavs"]),
        urlSpec("ssh-url-password", ["ssh", "scp", "svn+ssh"]),
        urlSpec("smb-url-password", ["smb", "cifs", "smb"]),
        urlSpec("ldap-url-password", ["ldap", "ldaps", "ldapi"]),
        urlSpec("mail-url-password", ["smtp", "imaps", "sendgrid+smtp"]),
        urlSpec("mqtt-url-password", ["mqtt", "mqtts", "mqtt+ssl"]),
        urlSpec("nats-url-password", ["nats", "nats", "tls+nats"]),
        urlSpec("stomp-url-password", ["stomp", "stomp+ssl", "stomp"]),
        urlSpec("neo4j-url-password", ["bolt", "neo4j+s", "bolt+ssc"]),
        urlSpec("sqlalchemy-url-password", ["postgresql" + "+psycopg2", "mysql" + "+pymysql", "mssql" + "+pyodbc"]),
        urlSpec("sql-database-url-password", ["sqlserver", "clickhouse", "oracle"]),
        urlSpec("snowflake-url-password", ["snowflake", "snowflake", "snowflake"], host: "xy12345.eu-west-1"),
        urlSpec("redshift-url-password", ["redshift", "redshift", "redshift"], host: "analytics.abc123.us-east-1.redshift.amazonaws.com:5439"),
        urlSpec("nosql-url-password", ["cassandra", "couchbases", "elasticsearch"]),
        urlSpec("proxy-url-password", ["socks5", "socks5h", "socks"]),
        urlSpec("remote-desktop-url-password", ["vnc", "rdp", "vnc"]),

        textSpec("jdbc-url-password", ["jdbc:" + "mysql://db.internal.test:3306/app?user=app&password={}&useSSL=true",
                                       "jdbc:" + "sqlserver://sql.internal.test:1433;databaseName=sales;user=etl;password={};encrypt=true",
                                       "jdbc:" + "postgresql://pg.internal.test/app?ssl=true&password={}"],
                 fp: ["jdbc:" + "mysql://db.test/app?user=app&password=${DB_PASSWORD}", "jdbc:" + "mysql://db.test/app?user=root&password=password",
                      "jdbc:" + "mysql://localhost/db?user=root"]),
        textSpec("jdbc-oracle-thin-password", ["jdbc:" + "oracle:thin:app/{}@db.internal.test:1521/ORCL", "jdbc:" + "oracle:thin:etl/{}@//db.internal.test:1522/svc",
                                               "jdbc:" + "oracle:thin:report/{}@dbhost:1521:ORCL"],
                 fp: ["jdbc:" + "oracle:thin:@db.test:1521/ORCL", "jdbc:" + "oracle:thin:scott/tiger@db.test:1521/ORCL"]),
        textSpec("oracle-sqlplus-password", ["sqlplus -s app/{}@prod_tns", "expdp system/{} directory=dp schemas=app", "sqlldr app/{} control=load.ctl"],
                 fp: ["sqlplus / as sysdba", "sqlplus scott/tiger@orcl", "sqlplus app/$DB_PASS@prod"]),
        textSpec("oracle-connect-string-password", ["app/{}@db.internal.test:1521/ORCLPDB1", "CONNECT report/{}@//10.0.0.5:1521/sales",
                                                    "etl/{}@dbhost:1522/xe"],
                 fp: ["scott/tiger@localhost:1521/xe", "app/$PW@db.test:1521/x"]),
        textSpec("odbc-dsn-password", ["DSN=warehouse;UID=etl;PWD={};", "Driver={PostgreSQL Unicode};Servername=pg.internal.test;Database=app;Uid=app;Pwd={}",
                                       "Driver={Snowflake};Account=xy12345;UID=svc;PWD={{}};Warehouse=wh"],
                 fp: ["DSN=warehouse;UID=etl;PWD=;", "DSN=x;UID=y;PWD=password;", "Driver={SQLite3};Database=app.db;"]),
        textSpec("kafka-jaas-password", ["org.apache.kafka.common.security.plain.PlainLoginModule required username=\"svc\" password=\"{}\";",
                                         "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\\\"svc\\\" password=\\\"{}\\\";",
                                         "KafkaClient {\n  org.apache.kafka.common.security.plain.PlainLoginModule required\n  username=\"app\"\n  password=\"{}\";\n};"],
                 fp: ["PlainLoginModule required username=\"svc\" password=\"${KAFKA_PASSWORD}\";", "PlainLoginModule required username=\"a\" password=\"password\";"]),
        textSpec("neo4j-auth-setting", ["NEO4J_AUTH=neo4j/{}", "NEO4J_AUTH: neo4j/{}", "NEO4J_AUTH=\"neo4j/{}\""],
                 fp: ["NEO4J_AUTH=neo4j/neo4j", "NEO4J_AUTH=none", "NEO4J_AUTH=neo4j/password"]),
        .keyed("influxdb-token", name: "INFLUX_TOKEN", { _, r in mixed(86, .base64url, &r) + "==" },
               fp: { r in [mixed(85, .base64url, &r) + "==", mixed(86, .base64url, &r)] }),
        .keyed("elastic-cloud-auth", name: "ELASTIC_CLOUD_AUTH", { _, r in "elastic:" + password(&r, 20) },
               fp: { _ in ["elastic:changeme", "elastic"] }),

        .keyed("ldap-bind-password", name: "LDAP_BIND_PASSWORD", { _, r in password(&r) }, fp: { _ in ["changeme", "password", "${LDAP_PW}"] }),
        .keyed("mail-password-setting", name: "SMTP_PASSWORD", { _, r in password(&r) }, fp: { _ in ["changeme", "password", "${SMTP_PASS}"] }),
        .keyed("container-database-password", name: "POSTGRES_PASSWORD", { _, r in password(&r) },
               fp: { _ in ["postgres", "password", "${POSTGRES_PASSWORD}"] }),

        textSpec("ldap-cli-password", ["ldapsearch -x -H ldaps://ldap.corp.test -D \"cn=admin,dc=corp\" -w {} -b \"dc=corp\"",
                                       "ldapmodify -D cn=admin,dc=corp -w '{}' -f change.ldif", "ldappasswd -x -D cn=admin,dc=corp -w {} uid=bob"],
                 fp: ["ldapsearch -x -W -D cn=admin,dc=corp", "ldapsearch -x -w $LDAP_PW -D cn=admin"]),
        textSpec("sshpass-password", ["sshpass -p '{}' ssh deploy@host.test", "sshpass -p{} scp build.tgz host.test:/tmp", "sshpass -p \"{}\" rsync -a dist/ host.test:"],
                 fp: ["sshpass -e ssh host.test", "sshpass -p $SSHPASS ssh host.test", "sshpass -p password ssh host.test"]),
        textSpec("redis-cli-password", ["redis-cli -h cache.internal.test -p 6379 -a {} ping", "redis-cli --pass '{}' info", "redis-cli -a {} --no-auth-warning"],
                 fp: ["redis-cli -a $REDIS_PASSWORD ping", "redis-cli -a password ping", "redis-cli -h cache -p 6379"]),
        textSpec("mysql-cli-password", ["mysql -h db.internal.test -u app -p{} app_db", "mysqldump -uroot -p'{}' --all-databases", "mysqladmin -u root -p{} status"],
                 fp: ["mysql -u root -p app_db", "mysql -u root -p$MYSQL_PWD", "mysql -u root -ppassword"]),
        textSpec("smb-mount-password", ["mount -t cifs //fs01/finance /mnt/fin -o username=svc,password={},vers=3.0",
                                        "//fs01/share /mnt/share cifs username=svc,password={},uid=1000 0 0",
                                        "mount.cifs //nas/backup /mnt/b -o user=bk,pass={}"],
                 fp: ["mount -t cifs //fs01/share /mnt -o username=svc,password=$SMB_PASS", "//fs01/share /mnt cifs credentials=/etc/smb-creds 0 0",
                      "mount -t cifs //fs01/share /mnt -o password=password"]),
        textSpec("smbclient-password", ["smbclient //fs01/finance -U 'CORP\\svc%{}' -c ls", "rpcclient -U svc%{} 10.0.0.5", "smbget -U backup%{} smb://nas/x"],
                 fp: ["smbclient //fs01/share -U svc", "smbclient //fs01/share -U svc%$PASS"]),
        textSpec("windows-net-use-password", ["net use Z: \\\\fs01\\finance {} /user:CORP\\svc", "net use \\\\fs01\\ipc$ /user:CORP\\admin {}",
                                              "NET USE * \\\\nas\\share {} /persistent:no"],
                 fp: ["net use Z: \\\\fs01\\share /user:CORP\\svc *", "net use Z: \\\\fs01\\share /persistent:yes"]),

        textSpec("redis-requirepass", ["requirepass {}", "masterauth \"{}\"", "CONFIG SET requirepass {}"],
                 fp: ["# requirepass foobared", "requirepass ${REDIS_PASSWORD}", "requirepass password"]),
        textSpec("rabbitmq-default-password", ["default_pass = {}", "default_user = admin\ndefault_pass = {}", "default_pass={}"],
                 fp: ["default_pass = guest", "default_pass = $RABBIT_PASS"]),
        textSpec("pgpass-line", ["db.internal.test:5432:app:app_user:{}", "*:*:*:replicator:{}", "10.0.0.7:6432:*:etl:{}"],
                 fp: ["localhost:5432:*:postgres:postgres", "*:*:*:*:*", "host:5432:db:user:$PGPASS"]),
        textSpec("mysql-option-file-password", shape: .multiline, ["[client]\nuser=app\npassword={}\nhost=db.internal.test",
                                                                   "[mysqldump]\nuser = backup\npassword = \"{}\"", "[client]\npassword={}"],
                 fp: ["[client]\nuser=app\npassword=\n", "[client]\npassword=password\n", "[mysqld]\nport=3306\n"]),
        .sample("vnc-connection-password", shape: .multiline, { i, r in
            let secret = hex(16, &r)
            return Sample("[connection]\nhost=10.0.0." + String(i + 9) + "\nport=5900\npassword=" + secret + "\n[options]\nviewonly=0", secret: secret)
        }, fp: { r in ["[connection]\nhost=10.0.0.9\nport=5900\n", "[connection]\nhost=x\npassword=" + hex(15, &r) + "\n"] }),
        .sample("rdp-saved-password", shape: .multiline, { i, r in
            let blob = "01000000D08C9DDF0115D1118C7A00C04FC297EB" + mixed(pick(i, [600, 800, 520]), .upperHex, &r)
            return Sample("full address:s:10.0.0.5\nusername:s:CORP\\svc\npassword 51:b:" + blob, secret: blob)
        }, fp: { r in ["password 51:b:" + mixed(30, .upperHex, &r), "password 51:b:" + mixed(600, .hex, &r).lowercased() + "g"] }),
        textSpec("snmp-community-string", ["snmp-server community {} RW", "rocommunity {} 10.0.0.0/8", "snmp-server community {} RO 99"], length: 12,
                 fp: ["snmp-server community public RO", "no snmp-server community Qx7mP2rT9wLk RW", "rocommunity public default"]),
    ]
}
