/// The shape shared by credentials that carry no prefix of their own (a UUID, 32 hex, 40 base62):
/// they are a secret only where a name holding the provider's assigns them.
extension BuiltInRules {

    /// Names that describe a credential (or hold something else) rather than hold one.
    static let describingCredentialNames = identifierNames + ["hash", "digest", "checksum", "fingerprint"]

    /// A rule whose value (group 2) counts only when assigned to a name (group 1) matching `names`;
    /// `keywords` must cover every alternative of `names` (the default is `names` itself, for one word).
    static func namedCredential(
        _ id: String, _ description: String, family: String, names: String, keywords: [String]? = nil, value: String,
        end: String = #"(?![A-Za-z0-9_+/=-])"#, minimumEntropy: Double, valueChecks: Set<ValueCheck> = [.containsDigit],
        nameStopwords: [String] = describingCredentialNames
    ) -> SecretRule {
        SecretRule(
            id: id, description: description, family: family, pattern: named(names, value: value, end: end),
            keywords: keywords ?? [names], secretGroup: 2, minimumEntropy: minimumEntropy, nameGroup: 1,
            nameStopwords: nameStopwords, valueChecks: valueChecks)
    }
}
