@testable import BackstopCore
import BackstopTestSupport
import Testing

/// Keys that vendors publish are no findings wherever they are written; one character changed,
/// they are.
@Suite struct PublishedExamplesTests {
    /// Each published value, assembled here, in a line that would report it otherwise.
    static let published: [(String, String)] = [
        ("Azurite", "AZURE_STORAGE_ACCOUNT_KEY=" + "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1" + "OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==" + "\n"),
        ("Hardhat account #0", "private_key = \"0x" + "ac0974bec39a17e36ba4a6b4d238ff94" + "4bacb478cbed5efcaee784d7bf4f2ff80" + "\"\n"),
        ("Telegram example", "telegram_bot_token = \"" + "123456:ABC-DEF1234" + "ghIkl-zyx57W2v1u123ew11" + "\"\n"),
    ]

    @Test(arguments: published.indices)
    func aPublishedValueIsNoFinding(_ index: Int) {
        let (label, text) = Self.published[index]
        let detector = SecretDetector(rules: BuiltInRules.all)
        #expect(detector.findings(in: Fragment(path: "src/dev.env", bytes: Array(text.utf8))).isEmpty, "\(label)")
        // The same shape with one character changed is reported: the allowance is by value.
        let changed = text.replacingOccurrences(of: "OUzFT50", with: "OUzFT51").replacingOccurrences(of: "4bacb478", with: "4bacb479")
            .replacingOccurrences(of: "zyx57W2", with: "zyx57W3")
        #expect(!detector.findings(in: Fragment(path: "src/dev.env", bytes: Array(changed.utf8))).isEmpty, "\(label) changed")
    }
}
