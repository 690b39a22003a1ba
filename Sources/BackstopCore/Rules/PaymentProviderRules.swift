extension BuiltInRules {
    static let paymentProviders: [SecretRule] = [
        namedCredential(
            "paypal-client-secret", "PayPal REST API client secret", family: "payments",
            names: #"paypal[A-Za-z0-9_.-]{0,20}secret"#, keywords: ["paypal"],
            value: #"E[A-Za-z0-9_-]{79}"#, minimumEntropy: 4.0),
        namedCredential(
            "braintree-private-key", "Braintree API private key", family: "payments",
            names: #"braintree[A-Za-z0-9_.-]{0,20}private"#, keywords: ["braintree"],
            value: #"[a-f0-9]{32}"#, end: #"\b"#, minimumEntropy: 3.0),
        namedCredential(
            "adyen-api-key", "Adyen API key", family: "payments", names: "adyen",
            value: #"AQE[A-Za-z0-9+/=._-]{50,400}"#, end: #"(?![A-Za-z0-9+/=._-])"#, minimumEntropy: 4.0),
        SecretRule(
            id: "razorpay-live-key-id", description: "Razorpay live API key id", family: "payments",
            // Test-mode ids (`rzp_test_`) reach no money and are left out.
            pattern: #"\b(rzp_live_[A-Za-z0-9]{14})\b"#, keywords: ["rzp_live_"], secretGroup: 1, minimumEntropy: 3.0),
        namedCredential(
            "razorpay-key-secret", "Razorpay API key secret", family: "payments",
            names: #"(?:razorpay|rzp)[A-Za-z0-9_.-]{0,20}secret"#, keywords: ["razorpay", "rzp"],
            value: #"[A-Za-z0-9]{24}"#, minimumEntropy: 3.7),
        namedCredential(
            "checkout-com-secret-key", "Checkout.com production secret key", family: "payments",
            names: #"cko[_-]?secret|checkout(?:[_.-]?com)?[_-]?(?:secret|sk)"#,
            keywords: ["cko_secret", "cko-secret", "ckosecret", "checkoutsecret", "checkout_secret", "checkout-secret", "checkoutsk",
                       "checkout_sk", "checkout-sk", "checkoutcom", "checkout_com", "checkout-com", "checkout.com"],
            // Sandbox keys (`sk_sbox_`, `sk_test_`) reach no money: the underscore after the form keeps them out.
            value: #"sk_(?:[a-z0-9]{26}|"# + lowercaseUUID + ")", minimumEntropy: 3.3, valueChecks: []),
        namedCredential(
            "mollie-api-key", "Mollie live API key or organization access token", family: "payments", names: "mollie",
            value: #"live_[A-Za-z0-9]{30}|access_[A-Za-z0-9]{40}"#, minimumEntropy: 3.7),
        SecretRule(
            id: "paddle-api-key", description: "Paddle Billing live API key", family: "payments",
            pattern: #"\b(pdl_live_apikey_[a-z0-9]{26}_[A-Za-z0-9_]{20,40})"# + tokenEnd,
            keywords: ["pdl_live_apikey_"], secretGroup: 1, minimumEntropy: 3.7),
        namedCredential(
            "paddle-vendor-auth-code", "Paddle Classic vendor auth code", family: "payments", names: "paddle",
            value: #"[a-f0-9]{50}"#, end: #"\b"#, minimumEntropy: 3.0),
        namedCredential(
            "chargebee-api-key", "Chargebee live API key", family: "payments", names: "chargebee",
            value: #"live_[A-Za-z0-9]{32,34}"#, minimumEntropy: 3.7),
        namedCredential(
            "recurly-api-key", "Recurly private API key", family: "payments", names: "recurly",
            value: #"[a-f0-9]{32}"#, end: #"\b"#, minimumEntropy: 3.0),
        namedCredential(
            "wise-api-token", "Wise (TransferWise) API token", family: "payments",
            names: #"transferwise|(?<![A-Za-z])wise[_-]?(?:api|token|key)"#,
            keywords: ["transferwise", "wise_api", "wise-api", "wiseapi", "wise_token", "wise-token", "wisetoken", "wise_key", "wise-key",
                       "wisekey"],
            value: lowercaseUUID, end: #"\b"#, minimumEntropy: 3.0, valueChecks: []),
        namedCredential(
            "dwolla-api-secret", "Dwolla API secret", family: "payments",
            names: #"dwolla[A-Za-z0-9_.-]{0,20}secret"#, keywords: ["dwolla"],
            value: #"[A-Za-z0-9]{50}"#, minimumEntropy: 4.0),
        namedCredential(
            "authorize-net-transaction-key", "Authorize.net API transaction key", family: "payments",
            names: #"authorize[_.-]?net|authnet"#, keywords: ["authorizenet", "authorize_net", "authorize-net", "authorize.net", "authnet"],
            // One key in sixteen has no digit, so the entropy floor alone keeps words out.
            value: #"[A-Za-z0-9]{16}"#, minimumEntropy: 3.4, valueChecks: [],
            // The login id (`API_LOGIN_ID`) sits beside the key and is not secret.
            nameStopwords: describingCredentialNames + ["login"]),
        SecretRule(
            id: "klarna-api-key", description: "Klarna live API key", family: "payments",
            pattern: #"\b(klarna_live_api_[A-Za-z0-9_-]{40,200})"# + tokenEnd,
            keywords: ["klarna_live_api_"], secretGroup: 1, minimumEntropy: 4.0),
        namedCredential(
            "coinbase-commerce-api-key", "Coinbase Commerce API key", family: "payments",
            names: #"coinbase[_.-]?commerce|commerce[_.-]?coinbase"#,
            keywords: ["coinbase_commerce", "coinbase-commerce", "coinbase.commerce", "coinbasecommerce", "commerce_coinbase",
                       "commerce-coinbase", "commerce.coinbase", "commercecoinbase"],
            value: lowercaseUUID, end: #"\b"#, minimumEntropy: 3.0, valueChecks: []),
        namedCredential(
            "btcpay-api-key", "BTCPay Server Greenfield API key", family: "payments", names: "btcpay",
            value: #"[a-f0-9]{40}"#, end: #"\b"#, minimumEntropy: 3.0),
        namedCredential(
            "plaid-client-secret", "Plaid client secret", family: "payments",
            names: #"plaid[A-Za-z0-9_.-]{0,20}secret"#, keywords: ["plaid"],
            value: #"[a-f0-9]{30}"#, end: #"\b"#, minimumEntropy: 3.0),
        SecretRule(
            id: "plaid-processor-token", description: "Plaid processor token", family: "payments",
            pattern: #"\b(processor-(?:production|development)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b"#,
            keywords: ["processor-production-", "processor-development-"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "mercadopago-access-token", description: "Mercado Pago production access token", family: "payments",
            pattern: #"\b(APP_USR-[0-9]{16}-[0-9]{6}-[a-f0-9]{32}-[0-9]{6,12})\b"#,
            keywords: ["app_usr-"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "xendit-secret-key", description: "Xendit production secret key", family: "payments",
            pattern: #"\b(xnd_production_[A-Za-z0-9]{60,100})\b"#,
            keywords: ["xnd_production_"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "midtrans-server-key", description: "Midtrans production server key", family: "payments",
            pattern: #"(?<![A-Za-z0-9_-])(Mid-server-[A-Za-z0-9_-]{24})"# + tokenEnd,
            keywords: ["mid-server-"], secretGroup: 1, minimumEntropy: 3.7),
    ]
}
