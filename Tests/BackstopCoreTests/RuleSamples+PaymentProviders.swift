@testable import BackstopCore
import BackstopTestSupport
import Foundation

extension RuleSamples {
    static let paymentProviders: [RuleSpec] = [
        .keyed("paypal-client-secret", name: "PAYPAL_CLIENT_SECRET", { _, r in "E" + mixed(79, .base64url, &r) },
               fp: { r in ["E" + mixed(78, .base64url, &r), "A" + mixed(79, .base64url, &r)] }),
        keyedValue("braintree-private-key", name: "BRAINTREE_PRIVATE_KEY", 32, .hex),
        .keyed("adyen-api-key", name: "ADYEN_API_KEY", { _, r in
            "AQE" + mixed(5, .base62, &r) + SampleSecrets.base64(r.bytes(90)) + "-" + SampleSecrets.base64(r.bytes(32))
        }, fp: { r in ["AQE" + mixed(20, .base62, &r), "AXE" + mixed(100, .base62, &r)] }),
        .token("razorpay-live-key-id", { _, r in "rzp" + "_live_" + mixed(14, .base62, &r) },
               fp: { r in ["rzp" + "_test_" + mixed(14, .base62, &r), "rzp" + "_live_" + mixed(13, .base62, &r)] }),
        keyedValue("razorpay-key-secret", name: "RAZORPAY_KEY_SECRET", 24, .base62),
        .keyed("checkout-com-secret-key", name: "CHECKOUT_SECRET_KEY", { i, r in
            "sk" + "_" + (i == 1 ? SampleSecrets.uuid(&r) : mixed(26, .lowerAlnum, &r))
        }, fp: { r in ["sk" + "_sbox_" + mixed(26, .lowerAlnum, &r), "sk" + "_test_" + SampleSecrets.uuid(&r)] }),
        .keyed("mollie-api-key", name: "MOLLIE_API_KEY", { i, r in i == 1 ? "access" + "_" + mixed(40, .base62, &r) : "live" + "_" + mixed(30, .base62, &r) },
               fp: { r in ["test" + "_" + mixed(30, .base62, &r), "live" + "_" + mixed(29, .base62, &r)] }),
        .token("paddle-api-key", { _, r in
            "pdl" + "_live_apikey_" + mixed(26, .lowerAlnum, &r) + "_" + mixed(22, .base62, &r) + "_" + mixed(3, .base62, &r)
        }, fp: { r in ["pdl" + "_sdbx_apikey_" + mixed(26, .lowerAlnum, &r) + "_" + mixed(22, .base62, &r) + "_" + mixed(3, .base62, &r),
                       "pdl" + "_live_apikey_" + mixed(10, .lowerAlnum, &r)] }),
        keyedValue("paddle-vendor-auth-code", name: "PADDLE_VENDOR_AUTH_CODE", 50, .hex),
        .keyed("chargebee-api-key", name: "CHARGEBEE_API_KEY", { i, r in "live" + "_" + mixed(pick(i, [32, 34, 33]), .base62, &r) },
               fp: { r in ["test" + "_" + mixed(32, .base62, &r), "live" + "_" + mixed(20, .base62, &r)] }),
        keyedValue("recurly-api-key", name: "RECURLY_API_KEY", 32, .hex),
        keyedUUID("wise-api-token", name: "WISE_API_TOKEN"),
        keyedValue("dwolla-api-secret", name: "DWOLLA_API_SECRET", 50, .base62),
        keyedValue("authorize-net-transaction-key", name: "AUTHORIZE_NET_TRANSACTION_KEY", 16, .base62),
        .token("klarna-api-key", { _, r in "klarna" + "_live_api_" + mixed(60, .base64url, &r) },
               fp: { r in ["klarna" + "_test_api_" + mixed(60, .base64url, &r), "klarna" + "_live_api_" + mixed(20, .base64url, &r)] }),
        keyedUUID("coinbase-commerce-api-key", name: "COINBASE_COMMERCE_API_KEY"),
        keyedValue("btcpay-api-key", name: "BTCPAY_API_KEY", 40, .hex),
        keyedValue("plaid-client-secret", name: "PLAID_CLIENT_SECRET", 30, .hex),
        .token("plaid-processor-token", { i, r in "processor-" + pick(i, ["production-", "development-"]) + SampleSecrets.uuid(&r) },
               fp: { r in ["processor-" + "sandbox-" + SampleSecrets.uuid(&r), "processor-" + "production-" + mixed(36, .lowerAlnum, &r)] }),
        .token("mercadopago-access-token", { _, r in
            "APP" + "_USR-" + r.digits(16) + "-" + r.digits(6) + "-" + hex(32, &r) + "-" + r.digits(9)
        }, fp: { r in ["TEST" + "-" + r.digits(16) + "-" + r.digits(6) + "-" + hex(32, &r) + "-" + r.digits(9),
                       "APP" + "_USR-" + r.digits(16) + "-" + r.digits(6) + "-" + hex(20, &r) + "-" + r.digits(9)] }),
        .token("xendit-secret-key", { i, r in "xnd" + "_production_" + mixed(pick(i, [60, 70, 80]), .base62, &r) },
               fp: { r in ["xnd" + "_development_" + mixed(60, .base62, &r), "xnd" + "_production_" + mixed(20, .base62, &r)] }),
        .token("midtrans-server-key", { _, r in "Mid" + "-server-" + mixed(24, .base64url, &r) },
               fp: { r in ["SB-" + "Mid" + "-server-" + mixed(24, .base64url, &r), "Mid" + "-server-" + mixed(23, .base62, &r)] }),
    ]
}
