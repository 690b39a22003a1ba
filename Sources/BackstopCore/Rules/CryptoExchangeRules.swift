extension BuiltInRules {
    /// Names under which wallet keys are assigned (`PRIVATE_KEY`, `deployerPrivKey`, `WALLET_PRIVATE_KEY`).
    private static let walletKeyNames = #"priv(?:ate)?[_.-]?key"#
    private static let walletKeyKeywords = ["private_key", "private-key", "private.key", "privatekey", "priv_key", "priv-key", "priv.key", "privkey"]
    /// Names that describe a key rather than hold one.
    private static let walletKeyStopwords = identifierNames + ["hash", "digest", "checksum", "public", "fingerprint", "path", "file", "len", "size"]

    static let cryptoExchanges: [SecretRule] = [
        namedCredential(
            "coinbase-api-secret", "Coinbase API secret or CDP API key secret", family: "crypto-exchanges",
            names: #"coinbase[A-Za-z0-9_.-]{0,20}(?:secret|private)"#, keywords: ["coinbase"],
            value: #"[A-Za-z0-9+/]{86}==|[A-Za-z0-9]{32}"#, minimumEntropy: 3.7),
        namedCredential(
            "binance-api-key", "Binance API key or secret", family: "crypto-exchanges", names: "binance",
            value: #"[A-Za-z0-9]{64}"#, minimumEntropy: 4.0, valueChecks: [.containsDigit, .notHexDigest]),
        namedCredential(
            "kraken-api-key", "Kraken API key or private key", family: "crypto-exchanges", names: "kraken",
            value: #"[A-Za-z0-9+/]{86}==|[A-Za-z0-9+/]{56}"#, minimumEntropy: 4.0),
        namedCredential(
            "bitfinex-api-key", "Bitfinex API key or secret", family: "crypto-exchanges", names: "bitfinex",
            value: #"[A-Za-z0-9]{43}"#, minimumEntropy: 4.0),
        namedCredential(
            "kucoin-api-secret", "KuCoin API secret or key", family: "crypto-exchanges", names: "kucoin",
            value: lowercaseUUID + #"|[a-f0-9]{24}"#, end: #"\b"#, minimumEntropy: 3.0, valueChecks: []),
        namedCredential(
            "bitstamp-api-secret", "Bitstamp API key or secret", family: "crypto-exchanges", names: "bitstamp",
            value: #"[A-Za-z0-9]{32}"#, minimumEntropy: 3.5),
        namedCredential(
            "gemini-exchange-api-key", "Gemini exchange master or account API key", family: "crypto-exchanges", names: "gemini",
            value: #"(?:master|account)-[A-Za-z0-9]{20}"#, minimumEntropy: 3.5),
        namedCredential(
            "gemini-exchange-api-secret", "Gemini exchange API secret", family: "crypto-exchanges",
            names: #"gemini[A-Za-z0-9_.-]{0,20}secret"#, keywords: ["gemini"],
            value: #"[1-9A-HJ-NP-Za-km-z]{27,28}"#, minimumEntropy: 3.7),
        namedCredential(
            "okx-api-secret", "OKX API key or secret", family: "crypto-exchanges", names: #"okx|okex"#, keywords: ["okx", "okex"],
            value: #"[A-F0-9]{32}|"# + lowercaseUUID, end: #"\b"#, minimumEntropy: 3.0, valueChecks: []),
        namedCredential(
            "bybit-api-secret", "Bybit API key or secret", family: "crypto-exchanges", names: "bybit",
            value: #"[A-Za-z0-9]{36}|[A-Za-z0-9]{18}"#, minimumEntropy: 3.5),
        namedCredential(
            "huobi-api-key", "HTX (Huobi) API access or secret key", family: "crypto-exchanges",
            names: #"huobi|(?<![A-Za-z])htx"#, keywords: ["huobi", "htx"],
            value: #"[a-z0-9]{8,10}-[a-z0-9]{8}-[a-z0-9]{8}-[a-z0-9]{5}"#, minimumEntropy: 3.5),
        namedCredential(
            "bittrex-api-key", "Bittrex API key or secret", family: "crypto-exchanges", names: "bittrex",
            value: #"[a-f0-9]{32}"#, end: #"\b"#, minimumEntropy: 3.0),
        namedCredential(
            "crypto-com-api-secret", "Crypto.com exchange API secret", family: "crypto-exchanges",
            names: #"crypto[_.-]?com[A-Za-z0-9_.-]{0,20}secret"#, keywords: ["crypto_com", "crypto-com", "crypto.com", "cryptocom"],
            value: #"[A-Za-z0-9]{22,32}"#, minimumEntropy: 3.7),
        namedCredential(
            "alchemy-api-key", "Alchemy API key", family: "crypto-exchanges", names: "alchemy",
            value: #"[A-Za-z0-9_-]{32}"#, minimumEntropy: 3.7),
        SecretRule(
            id: "alchemy-rpc-url", description: "Alchemy RPC endpoint URL with its API key", family: "crypto-exchanges",
            pattern: #"\b[a-z0-9-]{3,40}\.g\.alchemy\.com/(?:v2|nft/v[23])/([A-Za-z0-9_-]{32})"# + tokenEnd,
            keywords: [".g.alchemy.com/"], secretGroup: 1, minimumEntropy: 3.7, valueChecks: [.containsDigit]),
        namedCredential(
            "infura-api-key", "Infura API key or key secret", family: "crypto-exchanges", names: "infura",
            value: #"[a-f0-9]{32}"#, end: #"\b"#, minimumEntropy: 3.0),
        SecretRule(
            id: "infura-rpc-url", description: "Infura RPC endpoint URL with its API key", family: "crypto-exchanges",
            pattern: #"\b[a-z0-9-]{3,40}\.infura\.io/(?:ws/)?v3/([a-f0-9]{32})\b"#,
            keywords: [".infura.io/"], secretGroup: 1, minimumEntropy: 3.0, valueChecks: [.containsDigit]),
        namedCredential(
            "etherscan-api-key", "Etherscan (or BscScan, PolygonScan, Arbiscan) API key", family: "crypto-exchanges",
            names: #"etherscan|bscscan|polygonscan|arbiscan"#, keywords: ["etherscan", "bscscan", "polygonscan", "arbiscan"],
            value: #"[A-Z0-9]{34}"#, minimumEntropy: 3.5),
        namedCredential(
            "moralis-api-key", "Moralis API key", family: "crypto-exchanges", names: "moralis",
            value: #"[A-Za-z0-9]{64}"#, minimumEntropy: 4.0, valueChecks: [.containsDigit, .notHexDigest]),
        SecretRule(
            id: "quicknode-endpoint-url", description: "QuickNode endpoint URL with its token", family: "crypto-exchanges",
            pattern: #"\b(?:[a-z0-9-]{2,80}\.){1,3}quiknode\.pro/([a-f0-9]{40})\b"#,
            keywords: [".quiknode.pro/"], secretGroup: 1, minimumEntropy: 3.0, valueChecks: [.containsDigit]),
        namedCredential(
            "blockcypher-api-token", "BlockCypher API token", family: "crypto-exchanges", names: "blockcypher",
            value: #"[a-f0-9]{32}"#, end: #"\b"#, minimumEntropy: 3.0),
        SecretRule(
            id: "ethereum-private-key", description: "Ethereum (EVM) private key in hex assigned to a private key name",
            family: "crypto-exchanges",
            pattern: named(walletKeyNames, value: #"(?:0x)?[a-fA-F0-9]{64}"#, end: #"\b"#),
            keywords: walletKeyKeywords, secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1, nameStopwords: walletKeyStopwords,
            valueChecks: [.containsDigit]),
        SecretRule(
            id: "bitcoin-wif-private-key", description: "Bitcoin private key in wallet import format assigned to a private key name",
            family: "crypto-exchanges",
            pattern: named(walletKeyNames + #"|wif[_-]?key"#, value: #"5[HJK][1-9A-HJ-NP-Za-km-z]{49}|[KL][1-9A-HJ-NP-Za-km-z]{51}"#),
            keywords: walletKeyKeywords + ["wif_key", "wif-key", "wifkey"], secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1,
            nameStopwords: walletKeyStopwords, valueChecks: [.containsDigit]),
        SecretRule(
            id: "bip32-extended-private-key", description: "BIP32 extended private key (xprv, yprv, zprv)", family: "crypto-exchanges",
            pattern: #"\b([xyz]prv[1-9A-HJ-NP-Za-km-z]{107,108})\b"#,
            keywords: ["xprv", "yprv", "zprv"], secretGroup: 1, minimumEntropy: 4.0),
        namedCredential(
            "bip39-mnemonic", "BIP39 wallet recovery phrase assigned to a mnemonic or seed phrase name", family: "crypto-exchanges",
            names: #"mnemonic|seed[_-]?phrase|recovery[_-]?phrase|seed[_-]?words"#,
            keywords: ["mnemonic", "seed_phrase", "seed-phrase", "seedphrase", "recovery_phrase", "recovery-phrase", "recoveryphrase",
                       "seed_words", "seed-words", "seedwords"],
            // 12, 15, 18, 21 or 24 words of three to eight lower-case letters, the shape of the BIP39 word list.
            value: #"[a-z]{3,8}(?: [a-z]{3,8}){11}(?:(?: [a-z]{3,8}){3}){0,4}"#, end: #"(?![a-z]| [a-z])"#, minimumEntropy: 3.5,
            valueChecks: [], nameStopwords: describingCredentialNames + ["instruction", "opcode"]),
        SecretRule(
            id: "covalent-api-key", description: "Covalent (GoldRush) API key", family: "crypto-exchanges",
            pattern: #"\b(ckey_[a-z0-9]{27})\b"#, keywords: ["ckey_"], secretGroup: 1, minimumEntropy: 3.5, valueChecks: [.containsDigit]),
        namedCredential(
            "pinata-api-secret", "Pinata API secret", family: "crypto-exchanges",
            names: #"pinata[A-Za-z0-9_.-]{0,20}secret"#, keywords: ["pinata"],
            value: #"[a-f0-9]{64}"#, end: #"\b"#, minimumEntropy: 3.0),
        namedCredential(
            "coinmarketcap-api-key", "CoinMarketCap API key", family: "crypto-exchanges", names: #"coinmarketcap|cmc[_-]?pro"#,
            keywords: ["coinmarketcap", "cmc_pro", "cmc-pro", "cmcpro"], value: lowercaseUUID, end: #"\b"#, minimumEntropy: 3.0, valueChecks: []),
        namedCredential(
            "gateio-api-secret", "Gate.io API key or secret", family: "crypto-exchanges", names: #"(?<![A-Za-z])gate[_.-]?io"#,
            keywords: ["gateio", "gate_io", "gate-io", "gate.io"], value: #"[a-f0-9]{64}|[a-f0-9]{32}"#, end: #"\b"#, minimumEntropy: 3.0),
        namedCredential(
            "bitmex-api-secret", "BitMEX API secret", family: "crypto-exchanges", names: "bitmex",
            value: #"[A-Za-z0-9_-]{48}"#, minimumEntropy: 4.0),
        namedCredential(
            "poloniex-api-secret", "Poloniex API secret", family: "crypto-exchanges", names: "poloniex",
            value: #"[a-f0-9]{128}"#, end: #"\b"#, minimumEntropy: 3.0),
    ]
}
