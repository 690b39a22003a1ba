extension BuiltInRules {
    static let saas: [SecretRule] = [
    ]
}
