extension BuiltInRules {
    static let email: [SecretRule] = [
        namedCredential(
            "postmark-server-token", "Postmark server or account API token", family: "email", names: "postmark",
            value: lowercaseUUID, end: #"\b"#, minimumEntropy: 3.0, valueChecks: []),
        namedCredential(
            "sparkpost-api-key", "SparkPost API key", family: "email", names: #"sparkpost|spark[_-]post"#,
            keywords: ["sparkpost", "spark_post", "spark-post"], value: #"[a-f0-9]{40}"#, end: #"\b"#, minimumEntropy: 3.0),
        namedCredential(
            "mandrill-api-key", "Mandrill (Mailchimp Transactional) API key", family: "email", names: "mandrill",
            value: #"(?:md-)?[A-Za-z0-9_-]{22}"#, minimumEntropy: 3.7),
        namedCredential(
            "mailjet-api-secret", "Mailjet API secret key", family: "email",
            names: #"mailjet[A-Za-z0-9_.-]{0,20}(?:secret|private)|mj[_-]?apikey[_-]?private|mj[_-]?api[_-]?secret"#,
            keywords: ["mailjet", "mj_apikey", "mj-apikey", "mjapikey", "mj_api", "mj-api", "mjapi"],
            value: #"[a-f0-9]{32}"#, end: #"\b"#, minimumEntropy: 3.0),
        SecretRule(
            id: "mailersend-api-token", description: "MailerSend API token", family: "email",
            pattern: #"\b(mlsn\.[a-f0-9]{64})\b"#, keywords: ["mlsn."], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "brevo-api-key", description: "Brevo (Sendinblue) API key", family: "email",
            pattern: #"\b(xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16})\b"#, keywords: ["xkeysib-"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "brevo-smtp-key", description: "Brevo (Sendinblue) SMTP key", family: "email",
            pattern: #"\b(xsmtpsib-[a-f0-9]{64}-[A-Za-z0-9]{16})\b"#, keywords: ["xsmtpsib-"], secretGroup: 1, minimumEntropy: 3.0),
        namedCredential(
            "resend-api-key", "Resend API key", family: "email", names: "resend",
            value: #"re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}"#, minimumEntropy: 3.7),
        namedCredential(
            "loops-api-key", "Loops API key", family: "email", names: #"loops[_.-]?(?:so[_.-]?)?api"#,
            keywords: ["loops_api", "loops-api", "loops.api", "loopsapi", "loops_so", "loops-so", "loops.so", "loopsso"],
            value: #"[a-f0-9]{32}"#, end: #"\b"#, minimumEntropy: 3.0),
        namedCredential(
            "convertkit-api-secret", "Kit (ConvertKit) API secret or v4 API key", family: "email",
            names: #"convertkit|convert[_-]kit|(?<![A-Za-z])kit[_-]api"#, keywords: ["convertkit", "convert_kit", "convert-kit", "kit_api", "kit-api"],
            value: #"kit_[a-f0-9]{32}|[A-Za-z0-9_-]{43}"#, minimumEntropy: 3.5),
        namedCredential(
            "customerio-api-key", "Customer.io tracking or app API key", family: "email", names: #"customer[_.-]?io"#,
            keywords: ["customerio", "customer_io", "customer-io", "customer.io"],
            value: #"[a-f0-9]{20}|[a-f0-9]{32}"#, end: #"\b"#, minimumEntropy: 3.0),
        namedCredential(
            "klaviyo-private-key", "Klaviyo private API key", family: "email", names: "klaviyo",
            value: #"pk_[A-Za-z0-9]{34}"#, minimumEntropy: 3.5),
        namedCredential(
            "mailtrap-api-token", "Mailtrap API token", family: "email", names: "mailtrap",
            value: #"[a-f0-9]{32}"#, end: #"\b"#, minimumEntropy: 3.0),
        namedCredential(
            "amazon-ses-smtp-password", "Amazon SES SMTP password", family: "email",
            names: #"ses[_-]?smtp|smtp[_-]?ses|aws[_-]?ses|amazon[_-]?ses"#,
            keywords: ["ses_smtp", "ses-smtp", "sessmtp", "smtp_ses", "smtp-ses", "smtpses", "aws_ses", "aws-ses", "awsses", "amazon_ses",
                       "amazon-ses", "amazonses"],
            // Version byte 0x04, then the 32-byte signature: 44 base64 characters starting with `B`.
            value: #"B[A-Za-z0-9+/]{43}"#, minimumEntropy: 4.0),
        namedCredential(
            "smtp2go-api-key", "SMTP2GO API key", family: "email", names: "smtp2go",
            value: #"api-[A-F0-9]{32}"#, minimumEntropy: 3.0),
        namedCredential(
            "elasticemail-api-key", "Elastic Email API key", family: "email", names: #"elastic[_-]?email"#,
            keywords: ["elasticemail", "elastic_email", "elastic-email"], value: #"[A-F0-9]{96}"#, end: #"\b"#, minimumEntropy: 3.0),
        namedCredential(
            "mailerlite-api-key", "MailerLite classic API key", family: "email", names: "mailerlite",
            value: #"[a-f0-9]{32}"#, end: #"\b"#, minimumEntropy: 3.0),
    ]
}
