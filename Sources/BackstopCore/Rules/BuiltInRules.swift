/// The rules Backstop ships with, grouped by family, one file per family.
///
/// Conventions for every rule: a stable kebab-case id; at least one keyword of three or more bytes that
/// occurs inside every match (the prefilter key); ASCII-only classes; the secret in a capture group
/// when the match carries context; an entropy floor where the format has no fixed prefix.
public enum BuiltInRules {
    public static let all: [SecretRule] =
        cloud + azure + cloudProviders + cloudNative + databaseServices + sourceHosting + packageRegistries + payments + messaging
        + aiProviders + saas + developerTools + continuousIntegration + packageSources + observability + featureFlags
        + social + communication + email + paymentProviders + cryptoExchanges + businessSaaS
        + cryptographicKeys + connectionStrings
        + aiServices + httpAuthorization + connectionProtocols + passwordHashes + keyMaterial + generic
}
