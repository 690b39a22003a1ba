extension BuiltInRules {
    static let aiProviders: [SecretRule] = [
    ]
}
