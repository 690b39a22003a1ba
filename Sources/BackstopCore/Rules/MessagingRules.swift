extension BuiltInRules {
    static let messaging: [SecretRule] = [
    ]
}
