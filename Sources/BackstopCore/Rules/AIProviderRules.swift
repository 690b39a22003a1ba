extension BuiltInRules {
    static let aiProviders: [SecretRule] = [
        SecretRule(
            id: "openai-project-key", description: "OpenAI project API key", family: "ai-providers",
            pattern: #"\b(sk-proj-[A-Za-z0-9_-]{40,250})"# + tokenEnd,
            keywords: ["sk-proj-"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "openai-service-account-key", description: "OpenAI service account API key", family: "ai-providers",
            pattern: #"\b(sk-svcacct-[A-Za-z0-9_-]{40,250})"# + tokenEnd,
            keywords: ["sk-svcacct-"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "openai-admin-key", description: "OpenAI admin API key", family: "ai-providers",
            pattern: #"\b(sk-admin-[A-Za-z0-9_-]{40,250})"# + tokenEnd,
            keywords: ["sk-admin-"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "openai-api-key", description: "OpenAI API key (legacy user key)", family: "ai-providers",
            pattern: #"\b(sk-(?:None-)?[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})\b"#,
            keywords: ["t3blbkfj"], secretGroup: 1, minimumEntropy: 3.5),
        SecretRule(
            id: "anthropic-api-key", description: "Anthropic API key", family: "ai-providers",
            pattern: #"\b(sk-ant-api0[0-9]-[A-Za-z0-9_-]{93}AA)"# + tokenEnd,
            keywords: ["sk-ant-api0"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "anthropic-admin-key", description: "Anthropic admin API key", family: "ai-providers",
            pattern: #"\b(sk-ant-admin0[0-9]-[A-Za-z0-9_-]{93}AA)"# + tokenEnd,
            keywords: ["sk-ant-admin0"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "huggingface-access-token", description: "Hugging Face user access token", family: "ai-providers",
            pattern: #"\b(hf_[A-Za-z]{34})\b"#,
            keywords: ["hf_"], secretGroup: 1, minimumEntropy: 3.9),
        SecretRule(
            id: "huggingface-org-token", description: "Hugging Face organization API token", family: "ai-providers",
            pattern: #"\b(api_org_[A-Za-z]{34})\b"#,
            keywords: ["api_org_"], secretGroup: 1, minimumEntropy: 3.9),
        SecretRule(
            id: "cohere-api-key", description: "Cohere API key", family: "ai-providers",
            pattern: named("cohere|co_api_key|co-api-key", value: #"[A-Za-z0-9]{40}"#),
            keywords: ["cohere", "co_api_key", "co-api-key"], secretGroup: 2, minimumEntropy: 4.0,
            nameGroup: 1, nameStopwords: identifierNames, valueChecks: [.containsDigit]),
        SecretRule(
            id: "groq-api-key", description: "Groq API key", family: "ai-providers",
            pattern: #"\b(gsk_[A-Za-z0-9]{52})\b"#,
            keywords: ["gsk_"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "replicate-api-token", description: "Replicate API token", family: "ai-providers",
            pattern: #"\b(r8_[A-Za-z0-9]{37})\b"#,
            keywords: ["r8_"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "perplexity-api-key", description: "Perplexity API key", family: "ai-providers",
            pattern: #"\b(pplx-[A-Za-z0-9]{48})\b"#,
            keywords: ["pplx-"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "xai-api-key", description: "xAI API key", family: "ai-providers",
            pattern: #"\b(xai-[A-Za-z0-9]{80})\b"#,
            keywords: ["xai-"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "mistral-api-key", description: "Mistral AI API key", family: "ai-providers",
            pattern: named("mistral", value: #"[A-Za-z0-9]{32}"#),
            keywords: ["mistral"], secretGroup: 2, minimumEntropy: 3.5, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit]),
        SecretRule(
            id: "langsmith-api-key", description: "LangSmith API key", family: "ai-providers",
            pattern: #"\b(lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})\b"#,
            keywords: ["lsv2_"], secretGroup: 1, minimumEntropy: 3.0),
        SecretRule(
            id: "openrouter-api-key", description: "OpenRouter API key", family: "ai-providers",
            pattern: #"\b(sk-or-v1-[a-f0-9]{64})\b"#,
            keywords: ["sk-or-v1-"], secretGroup: 1, minimumEntropy: 3.0),
    ]
}
