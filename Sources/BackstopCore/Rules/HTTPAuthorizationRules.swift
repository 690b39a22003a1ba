extension BuiltInRules {
    /// From an `Authorization` (or `Proxy-Authorization`) header name to its scheme: `Authorization: `,
    /// `"Authorization": "`, `Header.Set("Authorization", "`, `-H 'Authorization: `.
    private static let authorizationHeader = #"(?i)authorization["']?[ \t]{0,4}[:=,][ \t]{0,4}["'`]?[ \t]{0,2}"#

    /// Base64 whose decoded bytes hold a `:` (a `user:password` pair): a colon is `O[g-v]`, `.[DTjz][o-r]`
    /// or `..[AEIMQUYcgkosw048]6` at a four-character boundary.
    static let base64HoldingColon = #"(?=(?:[A-Za-z0-9+/]{4})*(?:O[g-v]|[A-Za-z0-9+/][DTjz][o-r]|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]6))"#

    /// Base64 of pairs that documentation uses (`username:password`, RFC 7617's `Aladdin:open sesame`,
    /// RFC 6749's client `s6BhdRkqt3`).
    static let documentedBasicPairs = #"^(?:dXNlcm5hbWU6cGFzc3dvcmQ|dXNlcjpwYXNz|YWRtaW46YWRtaW4|YWRtaW46cGFzc3dvcmQ|dGVzdDp0ZXN0|QWxhZGRpbjpvcGVuIHNlc2FtZQ|czZCaGRSa3F0Mzpn)"#

    /// Documentation hosts (RFC 2606): credentials there illustrate a URL's syntax.
    static let notDocumentationHost = #"(?!(?:[A-Za-z0-9-]{1,63}\.)*example\.(?:com|org|net)\b)"#

    /// A shell command may go on over escaped line ends.
    static let commandLine = #"(?:[^\r\n]|\\\r?\n)"#

    static let httpAuthorization: [SecretRule] = [
        SecretRule(
            id: "http-bearer-authorization", description: "Bearer or token credential in an Authorization header", family: "http-auth",
            pattern: authorizationHeader + #"(?:bearer|token|apikey)[ \t]+(?-i:([A-Za-z0-9._~+/=-]{20,2000}))(?![A-Za-z0-9._~+/=-])"#,
            keywords: ["authorization"], secretGroup: 1, minimumEntropy: 3.5,
            valueChecks: [.containsDigit, .notReference, .notWordSlug], windowAfter: 2100, matchesAtKeyword: true),
        SecretRule(
            id: "http-basic-authorization", description: "Basic credentials (base64 user:password) in an Authorization header", family: "http-auth",
            pattern: authorizationHeader + #"basic[ \t]+(?-i:"# + base64HoldingColon + #"([A-Za-z0-9+/]{8,1000}={0,2}))(?![A-Za-z0-9+/=])"#,
            keywords: ["authorization"], secretGroup: 1, minimumEntropy: 3.0, allowPatterns: [documentedBasicPairs],
            windowAfter: 1100, matchesAtKeyword: true),
        SecretRule(
            id: "http-api-key-header", description: "API key in an X-API-Key style request header", family: "http-auth",
            // Not the user of a URL's credentials (`https://x-access-token:...@`): that is the URL rule's.
            pattern: #"(?i)(?<!//)\b(?:x-api-key|x-apikey|x-goog-api-key|api-key|x-auth-token|x-access-token|ocp-apim-subscription-key)["']?[ \t]{0,4}[:=,][ \t]{0,4}["'`]?(?-i:([A-Za-z0-9._~+/-]{20,256}={0,2}))(?![A-Za-z0-9._~+/=@-])"#,
            keywords: ["x-api-key", "x-apikey", "api-key", "x-auth-token", "x-access-token", "ocp-apim-subscription-key"],
            secretGroup: 1, minimumEntropy: 3.5, valueChecks: [.containsDigit, .notReference, .notWordSlug]),
        SecretRule(
            id: "curl-user-password", description: "Password given to curl with -u / --user", family: "http-auth",
            pattern: #"curl\b"# + commandLine + #"{0,300}?[ \t](?:-u|--user|-U|--proxy-user)(?:[ \t]+|=)?["']?[^\s:"'@]{1,64}:([^\s"']{3,128})"#,
            keywords: ["curl"], secretGroup: 1, allowPatterns: [dummyPasswords], valueChecks: [.notReference],
            windowAfter: 500, matchesAtKeyword: true),
        SecretRule(
            id: "command-line-password-flag", description: "Password on a command line (wget --password, --http-password, ...)", family: "http-auth",
            pattern: #"(?:^|[ \t"'`])--(?:http-|ftp-|proxy-)?password(?:=|[ \t]+)["']?([^\s"'`-][^\s"'`]{3,127})"#,
            keywords: ["--password", "--http-password", "--ftp-password", "--proxy-password"], secretGroup: 1, minimumEntropy: 2.5,
            allowPatterns: [dummyPasswords], valueChecks: [.containsDigit, .notReference, .notWordSlug]),
        SecretRule(
            id: "netrc-password", description: "Password in a .netrc / _netrc machine entry", family: "http-auth",
            pattern: #"machine(?:\\[rnt]|\s)+[^\s\\"']{1,253}(?:\\[rnt]|\s)+(?:login(?:\\[rnt]|\s)+[^\s\\"']{1,128}(?:\\[rnt]|\s)+)?(?:account(?:\\[rnt]|\s)+[^\s\\"']{1,128}(?:\\[rnt]|\s)+)?password(?:\\[rnt]|\s)+([^\s\\"'`{}<>$%]{3,128})"#,
            keywords: ["machine"], secretGroup: 1, allowPatterns: [dummyPasswords], valueChecks: [.notReference],
            windowAfter: 600, matchesAtKeyword: true),
        SecretRule(
            id: "url-basic-auth-password", description: "HTTP(S) URL with an inline password (also .git-credentials lines)", family: "http-auth",
            pattern: #"(?i)https?://[^:@/\s"'`]{1,128}:([^@/\s"'`]{3,128})@"# + notDocumentationHost + #"[A-Za-z0-9._\[-]"#,
            keywords: ["http://", "https://"], secretGroup: 1, allowPatterns: [dummyPasswords], stopwords: ["password", "passwd"],
            valueChecks: [.notReference], windowAfter: 300, matchesAtKeyword: true),
        SecretRule(
            id: "code-basic-auth-credentials", description: "Username and password passed to an HTTP client's credentials type", family: "http-auth",
            pattern: #"(?:\b(?:HTTPBasicAuth|HTTPDigestAuth|HTTPProxyAuth|NetworkCredential|UsernamePasswordCredentials|PasswordAuthentication)[ \t]*\(|\bauth[ \t]*=[ \t]*\()[ \t]*["'][^"'\r\n]{1,128}["'][ \t]*,[ \t]*["']([^"'\s]{4,128})["']"#,
            keywords: ["httpbasicauth", "httpdigestauth", "httpproxyauth", "networkcredential", "usernamepasswordcredentials",
                       "passwordauthentication", "auth=(", "auth = ("],
            secretGroup: 1, allowPatterns: [dummyPasswords], valueChecks: [.notReference]),
        SecretRule(
            id: "xml-password-element", description: "Password element in an XML configuration (Maven settings, FileZilla, ...)", family: "http-auth",
            pattern: #"<(password|Password|PASSWORD|passwd|Pass|pass)>([^<>{}\s$]{4,128})</\1>"#,
            keywords: ["<password>", "<passwd>", "<pass>"], secretGroup: 2, minimumEntropy: 2.5,
            allowPatterns: [dummyPasswords], valueChecks: [.containsDigit, .notReference, .notWordSlug]),
    ]
}
