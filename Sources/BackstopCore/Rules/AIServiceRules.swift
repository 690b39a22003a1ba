extension BuiltInRules {

    /// A provider's key that has no prefix of its own: only a secret when assigned to a name that
    /// holds the provider's name.
    private static func providerNamed(
        _ id: String, _ description: String, names: String, keywords: [String], value: String,
        entropy: Double, checks: Set<ValueCheck> = [], end: String = #"(?![A-Za-z0-9_+/=-])"#
    ) -> SecretRule {
        SecretRule(
            id: id, description: description, family: "ai-providers",
            pattern: named(names, value: value, end: end), keywords: keywords, secretGroup: 2, minimumEntropy: entropy,
            nameGroup: 1, nameStopwords: identifierNames, valueChecks: checks)
    }

    /// Before a prefixed token: not inside a longer base64 or identifier run (`sha256=qaN-fw_...`).
    private static let tokenStart = #"(?<![A-Za-z0-9_+/-])"#

    /// A token whose prefix names the provider.
    private static func providerToken(_ id: String, _ description: String, pattern: String, keywords: [String], entropy: Double) -> SecretRule {
        SecretRule(id: id, description: description, family: "ai-providers", pattern: tokenStart + pattern, keywords: keywords, secretGroup: 1,
                   minimumEntropy: entropy)
    }

    static let aiServices: [SecretRule] = [
        // Prefixed tokens.
        providerToken("anthropic-oauth-token", "Anthropic OAuth access or refresh token (Claude subscription)",
                      pattern: #"\b(sk-ant-o(?:at|rt)0[0-9]-[A-Za-z0-9_-]{80,120})"# + tokenEnd, keywords: ["sk-ant-oat0", "sk-ant-ort0"], entropy: 4.0),
        providerToken("anthropic-session-key", "Anthropic console session key",
                      pattern: #"\b(sk-ant-sid0[0-9]-[A-Za-z0-9_-]{80,120})"# + tokenEnd, keywords: ["sk-ant-sid0"], entropy: 4.0),
        providerToken("nvidia-api-key", "NVIDIA NIM / NGC API key",
                      pattern: #"\b(nvapi-[A-Za-z0-9_-]{64})"# + tokenEnd, keywords: ["nvapi-"], entropy: 4.0),
        providerToken("cerebras-api-key", "Cerebras API key",
                      pattern: #"\b(csk-[a-z0-9]{48})\b"#, keywords: ["csk-"], entropy: 3.8),
        providerToken("fireworks-api-key", "Fireworks AI API key",
                      pattern: #"\b(fw_[A-Za-z0-9]{24,40})\b"#, keywords: ["fw_"], entropy: 3.7),
        providerToken("together-api-key", "Together AI API key",
                      pattern: #"\b(tgp_v1_[A-Za-z0-9_-]{40,64})"# + tokenEnd, keywords: ["tgp_v1_"], entropy: 4.0),
        providerToken("anyscale-api-key", "Anyscale Endpoints API key",
                      pattern: #"\b(esecret_[A-Za-z0-9]{20,64})\b"#, keywords: ["esecret_"], entropy: 3.7),
        providerToken("jina-api-key", "Jina AI API key",
                      pattern: #"\b(jina_[A-Za-z0-9]{40,80})\b"#, keywords: ["jina_"], entropy: 4.0),
        providerToken("runpod-api-key", "RunPod API key",
                      pattern: #"\b(rpa_[A-Za-z0-9]{32,64})\b"#, keywords: ["rpa_"], entropy: 3.7),
        providerToken("helicone-api-key", "Helicone API key",
                      pattern: #"\b((?:sk|pk)-helicone-(?:eu-)?(?:proxy-)?[a-z0-9]{7}-[a-z0-9]{7}-[a-z0-9]{7}-[a-z0-9]{7}(?:-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})?)\b"#,
                      keywords: ["-helicone-"], entropy: 3.5),
        providerToken("tavily-api-key", "Tavily search API key",
                      pattern: #"\b(tvly-(?:dev-|prod-)?[A-Za-z0-9]{32})\b"#, keywords: ["tvly-"], entropy: 4.0),
        providerToken("firecrawl-api-key", "Firecrawl API key",
                      pattern: #"\b(fc-[a-f0-9]{32})\b"#, keywords: ["fc-"], entropy: 3.0),
        providerToken("browserbase-api-key", "Browserbase API key",
                      pattern: #"\b(bb_live_[A-Za-z0-9_-]{20,40})"# + tokenEnd, keywords: ["bb_live_"], entropy: 3.7),
        // The token is base64 of `{"api_address":...,"api_key":...}`.
        providerToken("neptune-api-token", "Neptune.ai API token",
                      pattern: #"\b(eyJhcGlfYWRkcmVzcyI6[A-Za-z0-9+/]{60,400}={0,2})(?![A-Za-z0-9+/=])"#, keywords: ["eyjhcglfywrkcmvzcyi6"], entropy: 4.0),

        // Keys without a prefix of their own, or with one too short to stand alone (`sk-`, `pa-`, `as-`).
        providerNamed("deepseek-api-key", "DeepSeek API key", names: "deepseek", keywords: ["deepseek"],
                      value: #"sk-[a-f0-9]{32}"#, entropy: 3.0),
        providerNamed("stability-api-key", "Stability AI API key", names: "stability", keywords: ["stability"],
                      value: #"sk-[A-Za-z0-9]{48}"#, entropy: 4.0, checks: [.containsDigit]),
        providerNamed("elevenlabs-api-key", "ElevenLabs API key", names: #"eleven[_-]?labs|xi[_-]api[_-]key"#,
                      keywords: ["elevenlabs", "eleven_labs", "eleven-labs", "xi-api-key", "xi_api_key"],
                      value: #"sk_[a-f0-9]{48}|[a-f0-9]{32}"#, entropy: 3.0),
        providerNamed("together-legacy-api-key", "Together AI API key (hex form)", names: #"together[_-]?(?:ai[_-]?)?(?:api|key)"#,
                      keywords: ["together_api", "together-api", "togetherapi", "together_key", "together-key", "togetherkey",
                                 "together_ai", "together-ai", "togetherai"],
                      value: #"[a-f0-9]{64}"#, entropy: 3.0),
        providerNamed("assemblyai-api-key", "AssemblyAI API key", names: #"assembly[_-]?ai"#,
                      keywords: ["assemblyai", "assembly_ai", "assembly-ai"], value: #"[a-f0-9]{32}"#, entropy: 3.0),
        providerNamed("deepgram-api-key", "Deepgram API key", names: "deepgram", keywords: ["deepgram"],
                      value: #"[a-f0-9]{40}"#, entropy: 3.0),
        providerNamed("ai21-api-key", "AI21 Studio API key", names: "ai21", keywords: ["ai21"],
                      value: #"[A-Za-z0-9]{32}|"# + uuidValue, entropy: 3.0, checks: [.containsDigit]),
        providerNamed("clarifai-pat", "Clarifai personal access token", names: "clarifai", keywords: ["clarifai"],
                      value: #"[a-f0-9]{32}"#, entropy: 3.0),
        providerNamed("voyage-api-key", "Voyage AI API key", names: "voyage", keywords: ["voyage"],
                      value: #"pa-[A-Za-z0-9_-]{32,64}"#, entropy: 4.0, checks: [.containsDigit], end: tokenEnd),
        providerNamed("sambanova-api-key", "SambaNova Cloud API key", names: #"samba[_-]?nova"#,
                      keywords: ["sambanova", "samba_nova", "samba-nova"], value: uuidValue, entropy: 3.0),
        providerNamed("modal-token-secret", "Modal token secret", names: #"modal[_-]?token[_-]?secret|token[_-]?secret"#,
                      keywords: ["modal_token", "modal-token", "modaltoken", "token_secret", "token-secret", "tokensecret"],
                      value: #"as-[A-Za-z0-9]{20,32}"#, entropy: 3.7, checks: [.containsDigit]),
        providerNamed("baseten-api-key", "Baseten API key", names: "baseten", keywords: ["baseten"],
                      value: #"[A-Za-z0-9]{8}\.[A-Za-z0-9]{32}"#, entropy: 3.5, checks: [.containsDigit]),
        providerNamed("wandb-api-key", "Weights & Biases API key", names: #"wandb|weights[_-]?and[_-]?biases"#,
                      keywords: ["wandb", "weights_and_biases", "weights-and-biases", "weightsandbiases"],
                      value: #"(?:local-)?[a-f0-9]{40}"#, entropy: 3.0),
        providerNamed("comet-api-key", "Comet ML API key", names: "comet", keywords: ["comet"],
                      value: #"[A-Za-z0-9]{25}"#, entropy: 3.5, checks: [.containsDigit]),
        providerNamed("exa-api-key", "Exa search API key", names: #"exa[_-]?api[_-]?key|exa[_-]key"#,
                      keywords: ["exa_api", "exa-api", "exaapi", "exa_key", "exa-key"], value: uuidValue, entropy: 3.0),
        providerNamed("serpapi-api-key", "SerpApi API key", names: #"serp[_-]?api"#,
                      keywords: ["serpapi", "serp_api", "serp-api"], value: #"[a-f0-9]{64}"#, entropy: 3.0),
        providerNamed("serper-api-key", "Serper (Google search API) key", names: "serper", keywords: ["serper"],
                      value: #"[a-f0-9]{40}"#, entropy: 3.0),
        providerNamed("brave-search-api-key", "Brave Search API key", names: "brave", keywords: ["brave"],
                      value: #"BSA[A-Za-z0-9_-]{20,40}"#, entropy: 3.7, checks: [.containsDigit], end: tokenEnd),
        providerNamed("kaggle-api-key", "Kaggle API key", names: "kaggle", keywords: ["kaggle"],
                      value: #"[a-f0-9]{32}"#, entropy: 3.0),
        providerNamed("roboflow-api-key", "Roboflow API key", names: "roboflow", keywords: ["roboflow"],
                      value: #"[A-Za-z0-9]{20}"#, entropy: 3.5, checks: [.containsDigit]),
        providerNamed("leonardo-api-key", "Leonardo.Ai API key", names: #"leonardo"#, keywords: ["leonardo"],
                      value: uuidValue, entropy: 3.0),
        providerNamed("runway-api-key", "Runway API key", names: #"runway"#, keywords: ["runway"],
                      value: #"key_[a-f0-9]{128}"#, entropy: 3.0),
        providerNamed("fal-api-key", "fal.ai API key", names: #"fal[_-]?(?:api[_-]?)?key"#,
                      keywords: ["fal_key", "fal-key", "falkey", "fal_api", "fal-api", "falapi"],
                      value: #"[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}:[a-f0-9]{32}"#, entropy: 3.0),

        // `kaggle.json`: the account name, then the key.
        SecretRule(
            id: "kaggle-json-credentials", description: "Kaggle API credentials file (kaggle.json)", family: "ai-providers",
            pattern: #""username"[ \t]?:[ \t]?"[A-Za-z0-9_.-]{1,64}"[ \t]?,[ \t]?"key"[ \t]?:[ \t]?"([a-f0-9]{32})""#,
            keywords: ["\"username\""], secretGroup: 1, minimumEntropy: 3.0),
    ]
}
