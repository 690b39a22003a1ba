@testable import BackstopCore
import BackstopTestSupport
import Foundation

extension RuleSamples {
    /// A human-looking password: letters and digits, never one of the documentation stand-ins.
    static func password(_ r: inout R, _ count: Int = 16) -> String { mixed(count, .base62, &r) }

    static let httpAuthorization: [RuleSpec] = [
        .sample("http-bearer-authorization", { i, r in
            let token = mixed(pick(i, [40, 64, 32]), .base64url, &r)
            let text = pick(i, ["curl -sS -H \"Author" + "ization: Bearer " + token + "\" https://api.internal.test/v1/items",
                                "headers = {\"Author" + "ization\": \"Bearer " + token + "\"}",
                                "req.Header.Set(\"Proxy-Author" + "ization\", \"Token " + token + "\")"])
            return Sample(text, secret: token)
        }, fp: { _ in ["Author" + "ization: Bearer ${API_TOKEN}", "Author" + "ization: Bearer <token>",
                       "\"Author" + "ization\": \"Bearer \" + token", "Author" + "ization: Bearer YOUR_ACCESS_TOKEN_HERE"] }),
        .sample("http-basic-authorization", { i, r in
            let pair = "svc-" + r.string(pick(i, [3, 4, 5]), .lowerAlnum) + ":" + password(&r, pick(i, [14, 16, 17]))
            let encoded = SampleSecrets.base64(Array(pair.utf8))
            let text = pick(i, ["Author" + "ization: Basic " + encoded, "curl -H 'Author" + "ization: Basic " + encoded + "' https://repo.internal.test/",
                                "{\"Author" + "ization\": \"Basic " + encoded + "\"}"])
            return Sample(text, secret: encoded)
        }, fp: { r in ["Author" + "ization: Basic " + SampleSecrets.base64(Array(mixed(18, .base62, &r).utf8)),
                       "Author" + "ization: Basic " + SampleSecrets.base64(Array("username:password".utf8)),
                       "Author" + "ization: Basic <credentials>", "Author" + "ization: Basic ${BASIC_AUTH}",
                       "Author" + "ization: Basic " + SampleSecrets.base64(Array("s6BhdRkqt3:gX1fBat3bV".utf8))] }),
        .sample("http-api-key-header", { i, r in
            let key = mixed(32, .base62, &r)
            let text = pick(i, ["curl -H \"X-API" + "-Key: " + key + "\" https://api.internal.test/v2/jobs", "{\"x-api" + "-key\": \"" + key + "\"}",
                                "headers: { 'Ocp-Apim-Subscription" + "-Key': '" + key + "' }"])
            return Sample(text, secret: key)
        }, fp: { _ in ["X-API" + "-Key: process.env.SERVICE_API_KEY", "x-api" + "-key: YOUR_API_KEY_GOES_HERE", "X-API" + "-Key: {{apiKey}}"] }),
        .sample("curl-user-password", { i, r in
            let secret = password(&r, 14)
            let text = pick(i, ["curl -u deploy:" + secret + " https://repo.internal.test/upload",
                                "curl --user \"ci-bot:" + secret + "\" -X POST https://ci.internal.test/hook",
                                "curl -sS https://nexus.internal.test/service \\\n  -u admin2:" + secret])
            return Sample(text, secret: secret)
        }, fp: { _ in ["curl -u user:password https://x.test", "curl -u \"$USER:$PASS\" https://x.test", "curl -u admin: https://x.test",
                       "curl -u \"$API_KEY:\" https://x.test"] }),
        .sample("command-line-password-flag", { i, r in
            let secret = password(&r, 12)
            let text = pick(i, ["wget --user=ci --password=" + secret + " https://files.internal.test/a.tgz",
                                "wget --http-password " + secret + " --http-user=ci https://files.internal.test/b.tgz",
                                "wget --ftp-password='" + secret + "' ftp://files.internal.test/c.tgz"])
            return Sample(text, secret: secret)
        }, fp: { _ in ["wget --password=$PASSWORD https://x.test", "wget --password <password> https://x.test", "docker login --password-stdin",
                       "tool --password --verbose", "wget --password=changeme https://x.test"] }),
        .sample("netrc-password", { i, r in
            let secret = password(&r, 20)
            let text = pick(i, ["machine api.internal.test login bot password " + secret,
                                "machine git.corp.test\n  login ci\n  password " + secret,
                                "machine ftp.internal.test login uploader account ops password " + secret])
            return Sample(text, secret: secret)
        }, fp: { _ in ["machine api.test login bot password $TOKEN", "machine api.test login bot password password",
                       "the machine password is stored in the keychain"] }),
        .sample("url-basic-auth-password", { i, r in
            let secret = password(&r, 20)
            let text = pick(i, ["https://deploy:" + secret + "@git.internal.test/org/repo.git", "http://proxyuser:" + secret + "@proxy.corp.test:3128",
                                "https://x-access" + "-token:" + secret + "@github.com/org/repo"])
            return Sample(text, secret: secret)
        }, fp: { _ in ["https://user:password@host.test/", "https://user:${TOKEN}@host.test/", "https://host.test:8443/path",
                       "https://user@host.test/path", "new URL('https://abc:xyz@example.com')"] }),
        .sample("code-basic-auth-credentials", { i, r in
            let secret = password(&r, 16)
            let text = pick(i, ["requests.get(url, auth=HTTPBasic" + "Auth(\"svc\", \"" + secret + "\"))",
                                "var credential = new Network" + "Credential(\"svc\", \"" + secret + "\", \"CORP\");",
                                "requests.get(url, auth=(\"svc\", \"" + secret + "\"))"])
            return Sample(text, secret: secret)
        }, fp: { _ in ["HTTPBasic" + "Auth(\"user\", \"password\")", "HTTPBasic" + "Auth(user, password)", "auth=(username, os.environ[\"PW\"])"] }),
        .sample("xml-password-element", { i, r in
            let secret = password(&r, 14)
            let text = pick(i, ["<server><id>nexus</id><username>deploy</username><pass" + "word>" + secret + "</password></server>",
                                "<Pass>" + secret + "</Pass>", "<pass" + "word>" + secret + "</password>"])
            return Sample(text, secret: secret)
        }, fp: { _ in ["<pass" + "word>${env.NEXUS_PASSWORD}</password>", "<pass" + "word>{COQLCE6DU6GtcS5P=}</password>",
                       "<pass" + "word>password</password>", "<pass" + "word></password>", "<pass" + "word>repopwd</password>"] }),
    ]
}
