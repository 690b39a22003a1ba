extension BuiltInRules {
    static let communication: [SecretRule] = [
        SecretRule(
            id: "slack-legacy-token", description: "Slack legacy workspace or session token (xoxs, xoxo)", family: "messaging",
            pattern: #"\b(xox[os]-[0-9]{6,14}-[0-9]{6,14}-[0-9]{6,14}-[A-Fa-f0-9]{20,64})\b"#,
            keywords: ["xoxs-", "xoxo-"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "microsoft-teams-legacy-webhook-url", description: "Microsoft Teams incoming webhook URL (outlook.office.com form)",
            family: "messaging",
            pattern: #"(?i)(https://outlook\.office(?:365)?\.com/webhook/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/IncomingWebhook/[0-9a-f]{32}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"#,
            keywords: ["outlook.office.com/webhook/", "outlook.office365.com/webhook/"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "microsoft-power-automate-webhook-url",
            description: "Power Automate / Logic Apps HTTP trigger URL with its signature (Teams workflow webhook)", family: "messaging",
            // The signature (`sig=`) alone authorizes a run; the host locates it.
            pattern: #"(?i)((?:[a-z0-9-]+\.){1,6}(?:logic\.azure\.com|api\.powerplatform\.com)(?::443)?/(?:powerautomate/automations/direct/)?workflows/[0-9a-f]{32}/triggers/[a-z0-9_-]{1,60}/paths/invoke/?\?(?:[a-z0-9_.-]{1,20}=[^\s"'<>&]{0,120}&){0,8}sig=(?-i:[A-Za-z0-9_%-]{40,90}))"#,
            keywords: ["logic.azure.com", "powerplatform.com"], secretGroup: 1, minimumEntropy: 3.5, windowAfter: 640),
        namedCredential(
            "mattermost-access-token", "Mattermost personal access or bot token", family: "messaging", names: "mattermost",
            value: #"[a-z0-9]{26}"#, minimumEntropy: 3.5),
        namedCredential(
            "zulip-api-key", "Zulip API key", family: "messaging", names: "zulip",
            value: #"[A-Za-z0-9]{32}"#, minimumEntropy: 3.7),
        namedCredential(
            "rocketchat-access-token", "Rocket.Chat personal access token", family: "messaging", names: #"rocket[_.-]?chat"#,
            keywords: ["rocketchat", "rocket_chat", "rocket-chat", "rocket.chat"], value: #"[A-Za-z0-9_-]{43}"#, minimumEntropy: 4.0),
        namedCredential(
            "webex-access-token", "Webex (Cisco Spark) access or bot token", family: "messaging", names: #"webex|cisco[_-]?spark"#,
            keywords: ["webex", "cisco_spark", "cisco-spark", "ciscospark"],
            value: #"[A-Za-z0-9]{64}_[A-Za-z0-9]{4}_"# + lowercaseUUID, minimumEntropy: 4.0),
        namedCredential(
            "zoom-api-secret", "Zoom API, SDK or OAuth client secret", family: "messaging",
            names: #"zoom[A-Za-z0-9_.-]{0,20}(?:secret|token)"#, keywords: ["zoom"],
            value: #"[A-Za-z0-9]{32,36}"#, minimumEntropy: 3.7),
        namedCredential(
            "line-channel-access-token", "LINE Messaging API channel access token", family: "messaging",
            names: #"line[_-]?(?:channel|bot|messaging)|channel[_-]?access[_-]?token"#,
            keywords: ["line_channel", "line-channel", "linechannel", "line_bot", "line-bot", "linebot", "line_messaging", "line-messaging",
                       "linemessaging", "channel_access_token", "channel-access-token", "channelaccesstoken"],
            value: #"[A-Za-z0-9+/]{100,250}={0,2}"#, minimumEntropy: 4.5),
        namedCredential(
            "line-channel-secret", "LINE Messaging API channel secret", family: "messaging",
            names: #"line[_-]?(?:channel|bot|messaging)[A-Za-z0-9_.-]{0,10}secret"#,
            keywords: ["line_channel", "line-channel", "linechannel", "line_bot", "line-bot", "linebot", "line_messaging", "line-messaging",
                       "linemessaging"],
            value: #"[a-f0-9]{32}"#, end: #"\b"#, minimumEntropy: 3.0),
        namedCredential(
            "vonage-api-secret", "Vonage (Nexmo) API secret", family: "messaging",
            names: #"(?:vonage|nexmo)[A-Za-z0-9_.-]{0,20}secret"#, keywords: ["vonage", "nexmo"],
            value: #"[A-Za-z0-9]{16}"#, minimumEntropy: 3.2),
        namedCredential(
            "messagebird-api-key", "MessageBird (Bird) API access key", family: "messaging", names: #"message[_-]?bird"#,
            keywords: ["messagebird", "message_bird", "message-bird"], value: #"[A-Za-z0-9]{25}"#, minimumEntropy: 3.7),
        namedCredential(
            "plivo-auth-token", "Plivo auth token", family: "messaging", names: "plivo",
            value: #"[A-Za-z0-9]{40}"#, minimumEntropy: 4.0),
        namedCredential(
            "sinch-api-token", "Sinch SMS API token", family: "messaging", names: "sinch",
            value: #"[a-f0-9]{32}"#, end: #"\b"#, minimumEntropy: 3.0),
        namedCredential(
            "telnyx-api-key", "Telnyx API v2 key", family: "messaging", names: "telnyx",
            value: #"KEY[0-9A-F]{32}_[A-Za-z0-9]{22}"#, minimumEntropy: 3.5),
        namedCredential(
            "clicksend-api-key", "ClickSend API key", family: "messaging", names: "clicksend",
            value: #"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"#, end: #"\b"#,
            minimumEntropy: 3.0, valueChecks: []),
        namedCredential(
            "pusher-app-secret", "Pusher Channels app secret", family: "messaging",
            names: #"pusher[A-Za-z0-9_.-]{0,20}secret"#, keywords: ["pusher"],
            value: #"[a-f0-9]{20}"#, end: #"\b"#, minimumEntropy: 3.0),
        namedCredential(
            "ably-api-key", "Ably API key (app id, key id and secret)", family: "messaging",
            names: #"(?<![A-Za-z])ably(?:[_-]|key|apikey)"#, keywords: ["ably_", "ably-", "ablykey", "ablyapikey"],
            value: #"[A-Za-z0-9_-]{4,8}\.[A-Za-z0-9_-]{4,8}:[A-Za-z0-9_+/=-]{40,50}"#, minimumEntropy: 4.0),
        SecretRule(
            id: "pubnub-secret-key", description: "PubNub secret key", family: "messaging",
            pattern: #"\b(sec-c-[A-Za-z0-9+/]{40,60}={0,2})(?![A-Za-z0-9+/=])"#,
            keywords: ["sec-c-"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "pubnub-publish-key", description: "PubNub publish key", family: "messaging",
            pattern: #"\b(pub-c-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b"#,
            keywords: ["pub-c-"], secretGroup: 1, minimumEntropy: 3.0),
        namedCredential(
            "getstream-api-secret", "Stream (GetStream) API secret", family: "messaging",
            names: #"getstream|stream[_-]?(?:api|chat|io)"#,
            keywords: ["getstream", "stream_api", "stream-api", "streamapi", "stream_chat", "stream-chat", "streamchat", "stream_io",
                       "stream-io", "streamio"],
            value: #"[a-z0-9]{64}"#, minimumEntropy: 4.0, valueChecks: [.containsDigit, .notHexDigest]),
        namedCredential(
            "sendbird-api-token", "Sendbird API token", family: "messaging", names: "sendbird",
            value: #"[a-f0-9]{40}"#, end: #"\b"#, minimumEntropy: 3.0),
        SecretRule(
            id: "intercom-access-token", description: "Intercom access token", family: "messaging",
            // Base64 of `tok:` and a UUID, so the sixth character is `j` (a digit follows) or `m` (a letter).
            pattern: #"\b(dG9rO[jm][A-Za-z0-9+/]{40,80}={0,2})(?![A-Za-z0-9+/=])"#,
            keywords: ["dg9roj", "dg9rom"], secretGroup: 1, minimumEntropy: 4.0),
        namedCredential(
            "drift-access-token", "Drift OAuth access token", family: "messaging", names: "drift",
            value: #"[A-Za-z0-9]{32}"#, minimumEntropy: 3.7),
        namedCredential(
            "crisp-plugin-key", "Crisp plugin token key", family: "messaging", names: "crisp",
            value: #"[a-f0-9]{64}"#, end: #"\b"#, minimumEntropy: 3.0),
        namedCredential(
            "gitter-access-token", "Gitter access token", family: "messaging", names: "gitter",
            value: #"[a-z0-9_-]{40}"#, minimumEntropy: 3.5),
        namedCredential(
            "discord-client-secret", "Discord OAuth2 client secret", family: "messaging", names: "discord",
            value: #"[A-Za-z0-9_-]{32}"#, minimumEntropy: 3.7),
    ]
}
