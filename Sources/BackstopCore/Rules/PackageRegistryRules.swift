extension BuiltInRules {
    static let packageRegistries: [SecretRule] = [
    ]
}
