@testable import BackstopCore
import BackstopTestSupport
import Foundation

/// Sample helpers shared by the provider-named specs.
extension RuleSamples {
    /// Bitcoin's base58 alphabet (no 0, O, I, l).
    static let base58 = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")

    static func base58(_ count: Int, _ r: inout R) -> String {
        String((0..<count).map { _ in base58[r.below(base58.count)] })
    }

    /// A value of `count` characters over `alphabet` assigned to `name`; look-alikes one character
    /// short and a placeholder of the same length.
    static func keyedValue(_ id: String, name: String, _ count: Int, _ alphabet: Alphabet, prefix: String = "") -> RuleSpec {
        .keyed(id, name: name, { _, r in prefix + mixed(count, alphabet, &r) },
               fp: { r in [prefix + mixed(count - 1, alphabet, &r), prefix + String(repeating: "x", count: count)] })
    }

    /// A UUID assigned to `name`; look-alikes one character short and a placeholder.
    static func keyedUUID(_ id: String, name: String, uppercase: Bool = false) -> RuleSpec {
        .keyed(id, name: name, { i, r in
            let uuid = SampleSecrets.uuid(&r)
            return uppercase && i != 1 ? uuid.uppercased() : uuid
        }, fp: { r in [String(SampleSecrets.uuid(&r).dropLast()), "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"] })
    }
}
