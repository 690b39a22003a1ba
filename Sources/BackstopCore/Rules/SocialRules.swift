extension BuiltInRules {
    static let social: [SecretRule] = [
        SecretRule(
            id: "facebook-access-token", description: "Facebook / Meta user, page or system user access token", family: "social",
            // `EAAA` is Square's production token; Meta's carry the app's own characters there.
            pattern: #"\b(EAA[B-Za-z0-9][A-Za-z0-9]{90,500})\b"#,
            keywords: ["eaa"], secretGroup: 1, minimumEntropy: 4.0, windowAfter: 640, matchesAtKeyword: true),
        namedCredential(
            "facebook-app-secret", "Facebook / Meta app secret", family: "social",
            names: #"facebook|fb[_-]?app[_-]?secret|fb[_-]?client[_-]?secret|fb[_-]?secret"#,
            keywords: ["facebook", "fb_app", "fb-app", "fbapp", "fb_client", "fb-client", "fbclient", "fb_secret", "fb-secret", "fbsecret"],
            value: #"[a-f0-9]{32}"#, end: #"\b"#, minimumEntropy: 3.0,
            // The client token is built into every mobile app that uses the SDK.
            nameStopwords: describingCredentialNames + ["client_token", "client-token", "clienttoken"]),
        namedCredential(
            "facebook-app-access-token", "Facebook / Meta app access token (app id and app secret)", family: "social",
            names: #"facebook|fb[_-]?app|fb[_-]?access|fb[_-]?token"#,
            keywords: ["facebook", "fb_app", "fb-app", "fbapp", "fb_access", "fb-access", "fbaccess", "fb_token", "fb-token", "fbtoken"],
            value: #"[0-9]{15,16}\|(?:[a-f0-9]{32}|[A-Za-z0-9_-]{27})"#, minimumEntropy: 3.0, valueChecks: []),
        SecretRule(
            id: "instagram-access-token", description: "Instagram API access token", family: "social",
            pattern: #"\b(IG(?:QV|AA)[A-Za-z0-9_-]{100,500})"# + tokenEnd,
            keywords: ["igqv", "igaa"], secretGroup: 1, minimumEntropy: 4.0, windowAfter: 640),
        SecretRule(
            id: "twitter-bearer-token", description: "Twitter / X app-only bearer token", family: "social",
            // The token is URL-encoded and holds an escape (`%2B`, `%2F`, `%3D`); base64 of zero bytes never does.
            pattern: #"\b(A{20,24}(?=[A-Za-z0-9]{0,160}%(?:2B|2F|3D))[A-Za-z0-9%]{60,160})(?![A-Za-z0-9%])"#,
            keywords: ["aaaaaaaaaaaaaaaaaaaa"], secretGroup: 1, minimumEntropy: 3.5, valueChecks: [.containsDigit]),
        namedCredential(
            "twitter-api-key", "Twitter / X API key (consumer key)", family: "social", names: "twitter",
            value: #"[A-Za-z0-9]{25}"#, minimumEntropy: 3.5),
        namedCredential(
            "twitter-api-secret", "Twitter / X API key secret (consumer secret)", family: "social", names: "twitter",
            value: #"[A-Za-z0-9]{50}"#, minimumEntropy: 4.0),
        namedCredential(
            "twitter-access-token", "Twitter / X user access token", family: "social", names: "twitter",
            value: #"[0-9]{15,25}-[A-Za-z0-9]{20,40}"#, minimumEntropy: 3.5),
        namedCredential(
            "twitter-access-token-secret", "Twitter / X user access token secret", family: "social", names: "twitter",
            value: #"[A-Za-z0-9]{45}"#, minimumEntropy: 4.0),
        SecretRule(
            id: "linkedin-client-secret", description: "LinkedIn application client secret", family: "social",
            pattern: #"\b(WPL_AP[0-9]\.[A-Za-z0-9]{12,24}\.[A-Za-z0-9+/]{6,32}={0,2})(?![A-Za-z0-9+/=])"#,
            keywords: ["wpl_ap"], secretGroup: 1, minimumEntropy: 3.5),
        namedCredential(
            "linkedin-legacy-client-secret", "LinkedIn application client secret (16-character form)", family: "social",
            names: "linkedin", value: #"[A-Za-z0-9]{16}"#, minimumEntropy: 3.2),
        namedCredential(
            "twitch-api-token", "Twitch client secret or OAuth token", family: "social", names: "twitch",
            value: #"(?:oauth:)?[a-z0-9]{30}"#, minimumEntropy: 3.5),
        namedCredential(
            "reddit-client-secret", "Reddit application secret", family: "social", names: "reddit",
            value: #"[A-Za-z0-9_-]{27,30}"#, minimumEntropy: 3.7),
        SecretRule(
            id: "pinterest-access-token", description: "Pinterest API access or refresh token", family: "social",
            pattern: #"\b(pin[ar]_[A-Za-z0-9_-]{60,300})"# + tokenEnd,
            keywords: ["pina_", "pinr_"], secretGroup: 1, minimumEntropy: 4.0, windowAfter: 480),
        namedCredential(
            "tiktok-client-secret", "TikTok for Developers client secret", family: "social", names: "tiktok",
            value: #"[A-Za-z0-9]{32}"#, minimumEntropy: 3.7),
        namedCredential(
            "tiktok-access-token", "TikTok access or refresh token", family: "social", names: "tiktok",
            value: #"(?:act|rft)\.[A-Za-z0-9!*._-]{30,200}"#, end: #"(?![A-Za-z0-9!*._-])"#, minimumEntropy: 4.0),
        namedCredential(
            "flickr-api-key", "Flickr API key", family: "social", names: "flickr",
            value: #"[a-f0-9]{32}"#, end: #"\b"#, minimumEntropy: 3.0),
        namedCredential(
            "etsy-api-key", "Etsy API keystring", family: "social",
            // Not bare `etsy`, which every `GetSystem...` holds.
            names: #"(?<![A-Za-z])etsy(?:[_.-]|api|key)"#, keywords: ["etsy_", "etsy-", "etsy.", "etsyapi", "etsykey"],
            value: #"[a-z0-9]{24}"#, end: #"\b"#, minimumEntropy: 3.5),
        namedCredential(
            "vimeo-access-token", "Vimeo access token or client secret", family: "social", names: "vimeo",
            value: #"[a-f0-9]{32}|[A-Za-z0-9+/]{128}"#, minimumEntropy: 3.0),
        namedCredential(
            "spotify-client-secret", "Spotify client secret", family: "social", names: "spotify",
            value: #"[a-f0-9]{32}"#, end: #"\b"#, minimumEntropy: 3.0),
    ]
}
