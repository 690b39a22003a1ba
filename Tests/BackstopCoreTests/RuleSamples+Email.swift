@testable import BackstopCore
import BackstopTestSupport
import Foundation

extension RuleSamples {
    static func brevoBody(_ r: inout R) -> String { hex(64, &r) + "-" + mixed(16, .base62, &r) }

    static let email: [RuleSpec] = [
        keyedUUID("postmark-server-token", name: "POSTMARK_SERVER_TOKEN"),
        keyedValue("sparkpost-api-key", name: "SPARKPOST_API_KEY", 40, .hex),
        .keyed("mandrill-api-key", name: "MANDRILL_API_KEY", { i, r in (i == 1 ? "md" + "-" : "") + mixed(22, .base64url, &r) },
               fp: { r in [mixed(21, .base64url, &r), String(repeating: "x", count: 22)] }),
        keyedValue("mailjet-api-secret", name: "MAILJET_SECRET_KEY", 32, .hex),
        prefixed("mailersend-api-token", "mls" + "n.", 64, .hex),
        .token("brevo-api-key", { _, r in "xkey" + "sib-" + brevoBody(&r) },
               fp: { r in ["xkey" + "sib-" + hex(64, &r), "xkey" + "sib-" + hex(63, &r) + "-" + mixed(16, .base62, &r)] }),
        .token("brevo-smtp-key", { _, r in "xsmtp" + "sib-" + brevoBody(&r) },
               fp: { r in ["xsmtp" + "sib-" + hex(64, &r), "xsmtp" + "sob-" + brevoBody(&r)] }),
        .keyed("resend-api-key", name: "RESEND_API_KEY", { _, r in "re" + "_" + mixed(8, .base62, &r) + "_" + mixed(24, .base62, &r) },
               fp: { r in ["re" + "_" + mixed(8, .base62, &r), "rx" + "_" + mixed(8, .base62, &r) + "_" + mixed(24, .base62, &r)] }),
        keyedValue("loops-api-key", name: "LOOPS_API_KEY", 32, .hex),
        .keyed("convertkit-api-secret", name: "CONVERTKIT_API_SECRET", { i, r in i == 1 ? "kit" + "_" + hex(32, &r) : mixed(43, .base64url, &r) },
               fp: { r in [mixed(42, .base64url, &r), "kit" + "_" + hex(31, &r)] }),
        .keyed("customerio-api-key", name: "CUSTOMERIO_API_KEY", { i, r in i == 1 ? hex(20, &r) : hex(32, &r) },
               fp: { r in [hex(31, &r), hex(19, &r)] }),
        .keyed("klaviyo-private-key", name: "KLAVIYO_PRIVATE_KEY", { _, r in "pk" + "_" + mixed(34, .base62, &r) },
               fp: { r in ["pk" + "_" + mixed(33, .base62, &r), "sk" + "_" + mixed(34, .base62, &r)] }),
        keyedValue("mailtrap-api-token", name: "MAILTRAP_API_TOKEN", 32, .hex),
        .keyed("amazon-ses-smtp-password", name: "AWS_SES_SMTP_PASSWORD", { _, r in "B" + mixed(43, .base64, &r) },
               // Placeholders: a random value under an SMTP password name is a password whatever its form.
               fp: { _ in ["B" + String(repeating: "x", count: 43), "your-ses-smtp-password-here"] }),
        .keyed("smtp2go-api-key", name: "SMTP2GO_API_KEY", { _, r in "api" + "-" + mixed(32, .upperHex, &r) },
               fp: { r in ["api" + "-" + mixed(31, .upperHex, &r), "api" + "-" + hex(32, &r)] }),
        keyedValue("elasticemail-api-key", name: "ELASTICEMAIL_API_KEY", 96, .upperHex),
        keyedValue("mailerlite-api-key", name: "MAILERLITE_API_KEY", 32, .hex),
    ]
}
