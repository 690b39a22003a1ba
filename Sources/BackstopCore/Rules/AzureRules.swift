extension BuiltInRules {
    /// Microsoft's identifiable keys: random base64 with a four-character service signature at a fixed
    /// offset. A 32-byte key is 33 characters, the signature, one of `A-P`, 5 characters and `=`; a
    /// 64-byte key is 76 characters, the signature, 5 characters and one of `AQgw` before `==`.
    private static func azureIdentifiableKey(
        _ id: String, _ description: String, signature: String, keyword: String, longKey: Bool
    ) -> SecretRule {
        let body = longKey
            ? "[A-Za-z0-9+/]{76}" + signature + "[A-Za-z0-9+/]{5}[AQgw]=="
            : "[A-Za-z0-9+/]{33}" + signature + "[A-P][A-Za-z0-9+/]{5}="
        return SecretRule(
            id: id, description: description, family: "cloud",
            pattern: #"(?<![A-Za-z0-9+/])("# + body + #")(?![A-Za-z0-9+/=])"#,
            keywords: [keyword], secretGroup: 1, minimumEntropy: 4.0)
    }

    /// Microsoft's common annotated security key: 52 random base62 characters, `JQQJ9`, a version,
    /// a date, reserved characters, and at offset 76 the four-letter provider signature.
    private static func azureAnnotatedKey(_ provider: String) -> String {
        #"\b([A-Za-z0-9]{52}JQQJ9[9D][A-Za-z0-9][A-L][A-Za-z0-9]{16}"# + provider + #"[A-Za-z0-9]{4})\b"#
    }

    /// The shared access key of a messaging or IoT connection string: 32 bytes of base64.
    private static let azureSharedAccessKey = #"(?-i:([A-Za-z0-9+/]{43}=))(?![A-Za-z0-9+/=])"#

    static let azure: [SecretRule] = [
        SecretRule(
            id: "azure-app-configuration-connection-string", description: "Azure App Configuration connection string", family: "cloud",
            pattern: #"(?i)https://[a-z0-9-]{1,64}\.azconfig\.io/?;[ \t]*Id=[^;\s"'`]{1,64};[ \t]*Secret=(?-i:([A-Za-z0-9+/]{40,64}={0,2}))(?![A-Za-z0-9+/=])"#,
            keywords: [".azconfig.io"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "azure-iot-hub-connection-string", description: "Azure IoT Hub or Device Provisioning shared access policy connection string", family: "cloud",
            pattern: #"(?i)HostName=[a-z0-9-]{1,64}\.azure-devices(?:-provisioning)?\.net;[ \t]*SharedAccessKeyName=[^;\s"'`]{1,64};[ \t]*SharedAccessKey="#
                + azureSharedAccessKey,
            keywords: ["azure-devices"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "azure-iot-device-connection-string", description: "Azure IoT device or module connection string", family: "cloud",
            pattern: #"(?i)HostName=[a-z0-9-]{1,64}\.azure-devices\.net;[ \t]*DeviceId=[^;\s"'`]{1,128};(?:[ \t]*ModuleId=[^;\s"'`]{1,128};)?[ \t]*SharedAccessKey="#
                + azureSharedAccessKey,
            keywords: ["azure-devices"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "azure-service-bus-connection-string", description: "Azure Service Bus, Event Hubs or Relay connection string", family: "cloud",
            pattern: #"(?i)Endpoint=sb://[a-z0-9.-]{1,128}/?;[ \t]*SharedAccessKeyName=[^;\s"'`]{1,128};[ \t]*SharedAccessKey="# + azureSharedAccessKey,
            keywords: ["endpoint=sb://"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "azure-communication-services-connection-string", description: "Azure Communication Services connection string", family: "cloud",
            pattern: #"(?i)endpoint=https://[a-z0-9.-]{1,128}\.communication\.azure\.com/?;[ \t]*accesskey=(?-i:([A-Za-z0-9+/]{40,100}={0,2}))(?![A-Za-z0-9+/=])"#,
            keywords: [".communication.azure.com"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "azure-signalr-connection-string", description: "Azure SignalR Service connection string", family: "cloud",
            pattern: #"(?i)Endpoint=https?://[a-z0-9.-]{1,128}\.service\.signalr\.net(?::[0-9]{1,5})?/?;[ \t]*AccessKey=(?-i:([A-Za-z0-9+/]{40,100}={0,2}))(?![A-Za-z0-9+/=])"#,
            keywords: [".service.signalr.net"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "azure-web-pubsub-connection-string", description: "Azure Web PubSub connection string", family: "cloud",
            pattern: #"(?i)Endpoint=https?://[a-z0-9.-]{1,128}\.webpubsub\.azure\.com(?::[0-9]{1,5})?/?;[ \t]*AccessKey=(?-i:([A-Za-z0-9+/]{40,100}={0,2}))(?![A-Za-z0-9+/=])"#,
            keywords: [".webpubsub.azure.com"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "azure-redis-connection-string", description: "Azure Cache for Redis connection string with its access key", family: "cloud",
            pattern: #"(?i)[a-z0-9.-]{1,128}\.redis\.(?:cache\.windows|azure)\.net(?::[0-9]{1,5})?,[ \t]*(?:[a-z]{2,20}=[^,\s"'`]{0,64},[ \t]*){0,3}password=(?-i:([A-Za-z0-9+/]{32,100}={0,2}))(?![A-Za-z0-9+/=])"#,
            keywords: [".redis.cache.windows.net", ".redis.azure.net"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "azure-functions-key", description: "Azure Functions key in a function URL or x-functions-key header", family: "cloud",
            pattern: #"(?i)(?:https://[a-z0-9-]{1,64}\.azurewebsites\.net/api/[^\s"'<>?#]{0,200}\?(?:[^\s"'<>#&]{0,200}&){0,8}code=|x-functions-key["']?[ \t]{0,4}[:=][ \t]{0,4}["']?)"#
                + #"(?-i:([A-Za-z0-9_/+-]{30,100}(?:==|%3D%3D)?))(?![A-Za-z0-9_/+=%-])"#,
            keywords: ["azurewebsites.net", "x-functions-key"], secretGroup: 1, minimumEntropy: 4.0, valueChecks: [.containsDigit]),
        SecretRule(
            id: "azure-functions-identifiable-key", description: "Azure Functions key (identifiable format)", family: "cloud",
            pattern: #"(?<![A-Za-z0-9_-])([A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}[AQgw](?:==|%3D%3D))(?![A-Za-z0-9_=%-])"#,
            keywords: ["azfu"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "azure-devops-pat", description: "Azure DevOps personal access token", family: "cloud",
            pattern: azureAnnotatedKey("AZDO"), keywords: ["azdo"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "azure-devops-pat-legacy", description: "Azure DevOps personal access token (52-character form)", family: "cloud",
            pattern: named(#"azure[_.-]?devops|azdo|ado[_.-](?:pat|token)|vsts|devops[_.-]pat"#, value: #"[a-z2-7]{52}"#, end: #"\b"#),
            keywords: ["azure_devops", "azure-devops", "azure.devops", "azuredevops", "azdo", "ado_pat", "ado-pat", "ado.pat", "ado_token",
                       "ado-token", "ado.token", "vsts", "devops_pat", "devops-pat", "devops.pat"],
            secretGroup: 2, minimumEntropy: 3.8, nameGroup: 1, nameStopwords: identifierNames, valueChecks: [.containsDigit]),
        SecretRule(
            id: "azure-ai-services-key", description: "Azure OpenAI or Azure AI services key", family: "cloud",
            pattern: azureAnnotatedKey("ACOG"), keywords: ["acog"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "azure-openai-key", description: "Azure OpenAI or Cognitive Services key (32 hex)", family: "cloud",
            pattern: named(
                #"azure[_.-]?(?:openai|open[_.-]ai|cognitive|ai[_.-]?services?|speech|translator|vision|language|form[_.-]?recognizer|document[_.-]?intelligence|content[_.-]?safety)|aoai|cognitive[_.-]?services?"#,
                value: #"[a-fA-F0-9]{32}"#, end: #"\b"#),
            keywords: ["azure", "aoai", "cognitive"], secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1, nameStopwords: identifierNames,
            valueChecks: [.containsDigit]),
        SecretRule(
            id: "azure-event-grid-key", description: "Azure Event Grid access key", family: "cloud",
            pattern: #"(?<![A-Za-z0-9+/])([A-Za-z0-9+/]{33}AZEG[A-P][A-Za-z0-9+/]{5}=|[A-Za-z0-9]{52}JQQJ9[9D][A-Za-z0-9][A-L][A-Za-z0-9]{16}AZEG[A-Za-z0-9]{4})(?![A-Za-z0-9+/=])"#,
            keywords: ["azeg"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "azure-search-key", description: "Azure AI Search admin or query key", family: "cloud",
            pattern: #"\b([A-Za-z0-9]{42}AzSe[A-D][A-Za-z0-9]{5})\b"#, keywords: ["azse"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "azure-search-key-legacy", description: "Azure AI Search admin or query key (32 hex)", family: "cloud",
            pattern: named(#"azure[_.-]?search|search[_.-]?service[_.-]?(?:admin|api|query)|search[_.-]?admin"#, value: #"[A-Fa-f0-9]{32}"#, end: #"\b"#),
            keywords: ["azure_search", "azure-search", "azure.search", "azuresearch", "search_service", "search-service", "search.service",
                       "searchservice", "search_admin", "search-admin", "search.admin", "searchadmin"],
            secretGroup: 2, minimumEntropy: 3.0, nameGroup: 1, nameStopwords: identifierNames, valueChecks: [.containsDigit]),
        SecretRule(
            id: "azure-container-registry-key", description: "Azure Container Registry access key (identifiable format)", family: "cloud",
            pattern: #"(?<![A-Za-z0-9+/])([A-Za-z0-9+/]{42}\+ACR[A-D][A-Za-z0-9+/]{5})(?![A-Za-z0-9+/=])"#,
            keywords: ["+acr"], secretGroup: 1, minimumEntropy: 4.0),
        SecretRule(
            id: "azure-container-registry-password", description: "Azure Container Registry admin password", family: "cloud",
            pattern: named(#"acr[_.-](?:admin[_.-]?)?(?:password|passwd|pass|secret|token)|azure[_.-]?container[_.-]?registry"#,
                           value: #"[A-Za-z0-9+/=]{32}"#, end: #"(?![A-Za-z0-9+/=])"#),
            keywords: ["acr_", "acr-", "acr.", "azure_container", "azure-container", "azure.container", "azurecontainer"],
            secretGroup: 2, minimumEntropy: 4.0, nameGroup: 1, nameStopwords: identifierNames + ["url", "server", "host", "name"],
            valueChecks: [.containsDigit]),
        SecretRule(
            id: "azure-maps-key", description: "Azure Maps subscription key", family: "cloud",
            pattern: #"(?i)(?:(azure[_.-]?maps[A-Za-z0-9_.-]{0,30})"# + assignment + #"|atlas\.microsoft\.com/[^\s"'<>]{0,200}?[?&]subscription-key=)"#
                + #"(?-i:([A-Za-z0-9_-]{43}))(?![A-Za-z0-9_-])"#,
            keywords: ["azure_maps", "azure-maps", "azure.maps", "azuremaps", "atlas.microsoft.com"], secretGroup: 2, minimumEntropy: 4.0,
            nameGroup: 1, nameStopwords: identifierNames, valueChecks: [.containsDigit]),
        SecretRule(
            id: "azure-apim-subscription-key", description: "Azure API Management subscription key in an Ocp-Apim-Subscription-Key header", family: "cloud",
            pattern: assigned("ocp-apim-subscription-key", value: #"[a-f0-9]{32}"#, end: #"\b"#),
            keywords: ["ocp-apim-subscription-key"], secretGroup: 1, minimumEntropy: 3.0, valueChecks: [.containsDigit]),
        azureIdentifiableKey("azure-apim-key", "Azure API Management key (identifiable format)", signature: "APIM", keyword: "apim", longKey: true),
        azureIdentifiableKey("azure-batch-key", "Azure Batch account key (identifiable format)", signature: #"\+ABa"#, keyword: "+aba", longKey: true),
        azureIdentifiableKey("azure-cosmos-db-key", "Azure Cosmos DB account key (identifiable format)", signature: "ACDb", keyword: "acdb", longKey: true),
        azureIdentifiableKey("azure-storage-identifiable-key", "Azure storage account key (identifiable format)", signature: #"\+ASt"#, keyword: "+ast", longKey: true),
        azureIdentifiableKey("azure-cache-for-redis-key", "Azure Cache for Redis access key (identifiable format)", signature: "AzCa", keyword: "azca", longKey: false),
        azureIdentifiableKey("azure-service-bus-key", "Azure Service Bus shared access key (identifiable format)", signature: #"\+ASb"#, keyword: "+asb", longKey: false),
        azureIdentifiableKey("azure-event-hubs-key", "Azure Event Hubs shared access key (identifiable format)", signature: #"\+AEh"#, keyword: "+aeh", longKey: false),
        azureIdentifiableKey("azure-relay-key", "Azure Relay shared access key (identifiable format)", signature: #"\+ARm"#, keyword: "+arm", longKey: false),
        azureIdentifiableKey("azure-iot-key", "Azure IoT Hub, device or provisioning key (identifiable format)", signature: "AIoT", keyword: "aiot", longKey: false),
        SecretRule(
            id: "azure-annotated-key", description: "Microsoft common annotated security key (Azure service key)", family: "cloud",
            // The providers with a rule of their own are left to it.
            pattern: azureAnnotatedKey("(?!AZDO|ACOG|AZEG)[A-Za-z][A-Za-z0-9]{3}"), keywords: ["jqqj9"], secretGroup: 1, minimumEntropy: 4.0),
    ]
}
