extension BuiltInRules {
    static let payments: [SecretRule] = [
        SecretRule(
            id: "stripe-secret-key", description: "Stripe live secret key", family: "payments",
            pattern: #"\b(sk_live_[A-Za-z0-9]{24,247})\b"#,
            keywords: ["sk_live_"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "stripe-restricted-key", description: "Stripe live restricted key", family: "payments",
            pattern: #"\b(rk_live_[A-Za-z0-9]{24,247})\b"#,
            keywords: ["rk_live_"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "stripe-webhook-secret", description: "Stripe webhook signing secret", family: "payments",
            pattern: #"\b(whsec_[A-Za-z0-9+/]{32,64})(?![A-Za-z0-9+/=])"#,
            keywords: ["whsec_"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "square-access-token", description: "Square access token", family: "payments",
            pattern: #"\b(sq0atp-[A-Za-z0-9_-]{22}|EAAA[A-Za-z0-9_-]{60})"# + tokenEnd,
            keywords: ["sq0atp-", "eaaa"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "square-oauth-secret", description: "Square OAuth application secret", family: "payments",
            pattern: #"\b(sq0csp-[A-Za-z0-9_-]{43})"# + tokenEnd,
            keywords: ["sq0csp-"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "braintree-access-token", description: "Braintree (PayPal) production access token", family: "payments",
            pattern: #"\b(access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32})\b"#,
            keywords: ["access_token$production$"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "plaid-access-token", description: "Plaid access token", family: "payments",
            pattern: #"\b(access-(?:production|development)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b"#,
            keywords: ["access-production-", "access-development-"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "flutterwave-secret-key", description: "Flutterwave secret key", family: "payments",
            pattern: #"\b(FLWSECK(?:_TEST)?-[0-9a-f]{32}-X)(?![A-Za-z0-9_-])"#,
            keywords: ["flwseck"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "gocardless-access-token", description: "GoCardless live access token", family: "payments",
            pattern: assigned("gocardless", value: #"live_[A-Za-z0-9_=-]{40}"#),
            keywords: ["gocardless"], secretGroup: 1, minimumEntropy: 3.5),
    ]
}
