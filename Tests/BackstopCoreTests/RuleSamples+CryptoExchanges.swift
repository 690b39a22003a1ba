@testable import BackstopCore
import BackstopTestSupport
import Foundation

extension RuleSamples {
    static let cryptoExchanges: [RuleSpec] = [
        .keyed("coinbase-api-secret", name: "COINBASE_API_SECRET", { i, r in i == 1 ? SampleSecrets.base64(r.bytes(64)) : mixed(32, .base62, &r) },
               fp: { r in [mixed(31, .base62, &r), SampleSecrets.base64(r.bytes(40))] }),
        keyedValue("binance-api-key", name: "BINANCE_API_SECRET", 64, .base62),
        .keyed("kraken-api-key", name: "KRAKEN_API_SECRET", { i, r in i == 1 ? mixed(56, .base64, &r) : SampleSecrets.base64(r.bytes(64)) },
               fp: { r in [mixed(55, .base64, &r), SampleSecrets.base64(r.bytes(48))] }),
        keyedValue("bitfinex-api-key", name: "BITFINEX_API_SECRET", 43, .base62),
        .keyed("kucoin-api-secret", name: "KUCOIN_API_SECRET", { i, r in i == 1 ? hex(24, &r) : SampleSecrets.uuid(&r) },
               fp: { r in [hex(23, &r), "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"] }),
        keyedValue("bitstamp-api-secret", name: "BITSTAMP_API_SECRET", 32, .base62),
        .keyed("gemini-exchange-api-key", name: "GEMINI_API_KEY", { i, r in pick(i, ["master", "account"]) + "-" + mixed(20, .base62, &r) },
               fp: { r in ["account" + "-" + mixed(10, .base62, &r), "gemini" + "-" + mixed(20, .base62, &r)] }),
        .keyed("gemini-exchange-api-secret", name: "GEMINI_API_SECRET", { i, r in base58(pick(i, [28, 27, 28]), &r) },
               fp: { r in [base58(26, &r), String(repeating: "x", count: 28)] }),
        .keyed("okx-api-secret", name: "OKX_SECRET_KEY", { i, r in i == 1 ? SampleSecrets.uuid(&r) : mixed(32, .upperHex, &r) },
               fp: { r in [mixed(31, .upperHex, &r), "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"] }),
        .keyed("bybit-api-secret", name: "BYBIT_API_SECRET", { i, r in mixed(i == 1 ? 18 : 36, .base62, &r) },
               fp: { r in [mixed(35, .base62, &r), mixed(17, .base62, &r)] }),
        .keyed("huobi-api-key", name: "HUOBI_SECRET_KEY", { _, r in
            [mixed(8, .lowerAlnum, &r), mixed(8, .lowerAlnum, &r), mixed(8, .lowerAlnum, &r), mixed(5, .lowerAlnum, &r)].joined(separator: "-")
        }, fp: { r in [[mixed(8, .lowerAlnum, &r), mixed(8, .lowerAlnum, &r), mixed(8, .lowerAlnum, &r)].joined(separator: "-"),
                       [mixed(8, .upperAlnum, &r), mixed(8, .upperAlnum, &r), mixed(8, .upperAlnum, &r), mixed(5, .upperAlnum, &r)].joined(separator: "-")] }),
        keyedValue("bittrex-api-key", name: "BITTREX_API_SECRET", 32, .hex),
        keyedValue("crypto-com-api-secret", name: "CRYPTO_COM_API_SECRET", 22, .base62),
        keyedValue("alchemy-api-key", name: "ALCHEMY_API_KEY", 32, .base64url),
        .sample("alchemy-rpc-url", { i, r in
            let key = mixed(32, .base62, &r)
            return Sample("https://" + pick(i, ["eth-mainnet", "polygon-mainnet", "arb-sepolia"]) + ".g.alchemy" + ".com/v2/" + key, secret: key)
        }, fp: { r in ["https://eth-mainnet" + ".g.alchemy" + ".com/v2/" + mixed(20, .base62, &r),
                       "https://eth-mainnet" + ".g.alchemy" + ".com/v2/" + String(repeating: "x", count: 32)] }),
        keyedValue("infura-api-key", name: "INFURA_API_KEY", 32, .hex),
        .sample("infura-rpc-url", { i, r in
            let key = hex(32, &r)
            return Sample(pick(i, ["https://mainnet", "wss://sepolia", "https://polygon-mainnet"]) + ".infura" + ".io/" + pick(i, ["v3/", "ws/v3/", "v3/"]) + key,
                          secret: key)
        }, fp: { r in ["https://mainnet" + ".infura" + ".io/v3/" + hex(31, &r), "https://mainnet" + ".infura" + ".io/v3/YOUR-PROJECT-ID"] }),
        keyedValue("etherscan-api-key", name: "ETHERSCAN_API_KEY", 34, .upperAlnum),
        keyedValue("moralis-api-key", name: "MORALIS_API_KEY", 64, .base62),
        .sample("quicknode-endpoint-url", { i, r in
            let token = hex(40, &r)
            let host = pick(i, ["fragrant-dawn-lake", "icy-snow-sound.bsc", "old-wild-cloud.solana-mainnet"])
            return Sample("https://" + host + ".quiknode" + ".pro/" + token + "/", secret: token)
        }, fp: { r in ["https://fragrant-dawn-lake" + ".quiknode" + ".pro/" + hex(39, &r) + "/",
                       "https://fragrant-dawn-lake" + ".quiknode" + ".pro/" + String(repeating: "x", count: 40) + "/"] }),
        keyedValue("blockcypher-api-token", name: "BLOCKCYPHER_TOKEN", 32, .hex),
        .keyed("ethereum-private-key", name: "DEPLOYER_PRIVATE_KEY", { i, r in (i == 1 ? "0x" : "") + hex(64, &r) },
               fp: { r in [hex(63, &r), "0x" + hex(40, &r)] },
               fpTexts: ["PRIVATE_KEY_HASH = \"" + String(repeating: "ab12", count: 16) + "\"\n"]),
        .keyed("bitcoin-wif-private-key", name: "BTC_PRIVATE_KEY", { i, r in
            pick(i, ["5" + pick(i / 3, ["H", "J", "K"]) + base58(49, &r), "K" + base58(51, &r), "L" + base58(51, &r)])
        }, fp: { r in ["5H" + base58(48, &r), "M" + base58(51, &r)] }),
        .token("bip32-extended-private-key", { i, r in pick(i, ["xp", "zp", "yp"]) + "rv" + base58(pick(i, [107, 108, 107]), &r) },
               fp: { r in ["xp" + "ub" + base58(107, &r), "xp" + "rv" + base58(60, &r)] }),
        .keyed("bip39-mnemonic", name: "MNEMONIC", { i, r in
            (0..<pick(i, [12, 24, 15])).map { _ in r.string(3 + r.below(6), .letters).lowercased() }.joined(separator: " ")
        }, fp: { r in [(0..<11).map { _ in r.string(5, .letters).lowercased() }.joined(separator: " "),
                       (0..<13).map { _ in r.string(5, .letters).lowercased() }.joined(separator: " "),
                       Array(repeating: "abandon", count: 12).joined(separator: " ")] }),
        prefixed("covalent-api-key", "cke" + "y_", 27, .lowerAlnum),
        keyedValue("pinata-api-secret", name: "PINATA_API_SECRET", 64, .hex),
        keyedUUID("coinmarketcap-api-key", name: "COINMARKETCAP_API_KEY"),
        .keyed("gateio-api-secret", name: "GATEIO_API_SECRET", { i, r in hex(i == 1 ? 32 : 64, &r) },
               fp: { r in [hex(63, &r), hex(31, &r)] }),
        keyedValue("bitmex-api-secret", name: "BITMEX_API_SECRET", 48, .base64url),
        keyedValue("poloniex-api-secret", name: "POLONIEX_API_SECRET", 128, .hex),
    ]
}
