extension BuiltInRules {
    static let messaging: [SecretRule] = [
        SecretRule(
            id: "slack-bot-token", description: "Slack bot token", family: "messaging",
            pattern: #"\b(xoxb-[0-9]{8,14}-(?:[0-9]{8,14}-)?[A-Za-z0-9]{18,34})"# + tokenEnd,
            keywords: ["xoxb-"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "slack-user-token", description: "Slack user token", family: "messaging",
            pattern: #"\b(xox[pe](?:-[0-9]{8,14}){3}-[A-Za-z0-9]{28,34})"# + tokenEnd,
            keywords: ["xoxp-", "xoxe-"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "slack-app-token", description: "Slack app-level token", family: "messaging",
            pattern: #"\b(xapp-[0-9]-[A-Z0-9]{8,14}-[0-9]{8,16}-[a-f0-9]{32,80})\b"#,
            keywords: ["xapp-"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "slack-workspace-token", description: "Slack workspace access or refresh token (xoxa, xoxr)", family: "messaging",
            pattern: #"\b(xox[ar]-(?:[0-9]-)?[A-Za-z0-9-]{20,160})"# + tokenEnd,
            keywords: ["xoxa-", "xoxr-"], secretGroup: 1, minimumEntropy: 3.5, valueChecks: [.containsDigit]),
        SecretRule(
            id: "slack-config-token", description: "Slack configuration access or refresh token", family: "messaging",
            pattern: #"\b(xoxe\.xox[bp]-[0-9]-[A-Za-z0-9]{140,180}|xoxe-[0-9]-[A-Za-z0-9]{140,160})\b"#,
            keywords: ["xoxe.xoxb-", "xoxe.xoxp-", "xoxe-"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "slack-webhook-url", description: "Slack incoming webhook or workflow trigger URL", family: "messaging",
            pattern: #"(?:https?://)?(hooks\.slack\.com/(?:services/T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{24}|(?:workflows|triggers)/T[A-Z0-9]{8,12}/A[A-Z0-9]{8,12}/[0-9]{12,20}/[A-Za-z0-9]{24,40}))"#,
            keywords: ["hooks.slack.com"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "discord-bot-token", description: "Discord bot token", family: "messaging",
            pattern: assigned("discord", value: #"[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}"#),
            keywords: ["discord"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "discord-webhook-url", description: "Discord webhook URL", family: "messaging",
            pattern: #"(?i)(discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/(?-i:[A-Za-z0-9_-]{60,72}))"# + tokenEnd,
            keywords: ["discord.com/api/webhooks", "discordapp.com/api/webhooks"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "telegram-bot-token", description: "Telegram bot token", family: "messaging",
            pattern: #"\b([0-9]{8,10}:AA[A-Za-z0-9_-]{33})"# + tokenEnd,
            keywords: [":aa"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "twilio-api-key", description: "Twilio API key sid assigned next to its secret", family: "messaging",
            pattern: assigned("twilio", value: #"SK[0-9a-f]{32}"#),
            keywords: ["twilio"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "twilio-api-secret", description: "Twilio API key secret", family: "messaging",
            pattern: assigned(#"twilio[A-Za-z0-9_.-]{0,20}secret"#, value: #"[A-Za-z0-9]{32}"#),
            keywords: ["twilio"], secretGroup: 1, minimumEntropy: 3.5, valueChecks: [.containsDigit]),
        SecretRule(
            id: "twilio-auth-token", description: "Twilio account auth token", family: "messaging",
            pattern: assigned(#"twilio[A-Za-z0-9_.-]{0,20}auth[_.-]?token"#, value: #"[0-9a-f]{32}"#),
            keywords: ["twilio"], secretGroup: 1, minimumEntropy: 2.7),
        SecretRule(
            id: "sendgrid-api-key", description: "SendGrid API key", family: "messaging",
            pattern: #"\b(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})"# + tokenEnd,
            keywords: ["sg."], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "mailgun-api-key", description: "Mailgun API key or webhook signing key", family: "messaging",
            pattern: assigned("mailgun", value: #"key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}"#),
            keywords: ["mailgun"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "mailchimp-api-key", description: "Mailchimp API key", family: "messaging",
            pattern: #"\b([0-9a-f]{32}-us[0-9]{1,2})\b"#,
            // The datacenter suffix (`-us1` ... `-us21`) rather than `-us`, which every `-user` would hit.
            keywords: ["-us1", "-us2", "-us3", "-us4", "-us5", "-us6", "-us7", "-us8", "-us9"], secretGroup: 1, minimumEntropy: 3.0,
            windowBefore: 40, windowAfter: 8),
        SecretRule(
            id: "microsoft-teams-webhook-url", description: "Microsoft Teams incoming webhook URL", family: "messaging",
            pattern: #"(?i)(https://[a-z0-9-]+\.webhook\.office\.com/webhookb2/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/IncomingWebhook/[0-9a-f]{32}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"#,
            keywords: ["webhook.office.com"], secretGroup: 1, minimumEntropy: 3.0),
    ]
}
