extension BuiltInRules {
    static let payments: [SecretRule] = [
    ]
}
