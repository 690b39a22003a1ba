@testable import BackstopCore
import BackstopTestSupport
import Foundation
import Testing

/// One true-positive sample: the text placed in a context, and the part of it the rule reports.
struct Sample: Sendable {
    let value: String
    let secret: String

    init(_ value: String, secret: String? = nil) {
        self.value = value
        self.secret = secret ?? value
    }
}

/// The samples of one rule: how to make its true positives, and look-alikes it must not report.
struct RuleSpec: Sendable, CustomTestStringConvertible {
    enum Shape: Sendable {
        /// Self-identifying token: bare, and assigned to a neutral name in every syntax.
        case token
        /// Keyword-anchored: only meaningful assigned to a name that holds the keyword.
        case assigned(String)
        /// Assigned with a quoted value only (the generic rule requires quotes).
        case quoted(String)
        /// Assigned with a bare value that ends the line (`.env`, YAML, INI, shell).
        case bare(String)
        /// A multi-line block (PEM, PuTTY): bare and embedded in strings of several languages.
        case multiline
    }

    let ruleID: String
    let shape: Shape
    let variants: Int
    let make: @Sendable (Int, inout SampleRandom) -> Sample
    /// Values rendered in the same contexts as the positives.
    let negatives: @Sendable (inout SampleRandom) -> [String]
    /// Whole texts, for look-alikes that need a different name or layout.
    let negativeTexts: [String]

    var testDescription: String { ruleID }

    var seed: UInt64 { UInt64(Checksums.crc32(Array(ruleID.utf8))) }

    func positives() -> [Sample] {
        (0..<variants).map { index in
            var random = SampleRandom(seed: seed &+ UInt64(index) &* 7919)
            return make(index, &random)
        }
    }

    func negativeValues() -> [String] {
        var random = SampleRandom(seed: seed ^ 0xFA15E)
        return negatives(&random)
    }

    static func token(
        _ id: String, variants: Int = 3, _ make: @escaping @Sendable (Int, inout SampleRandom) -> String,
        fp: @escaping @Sendable (inout SampleRandom) -> [String], fpTexts: [String] = []
    ) -> RuleSpec {
        RuleSpec(ruleID: id, shape: .token, variants: variants, make: { index, random in Sample(make(index, &random)) },
                 negatives: fp, negativeTexts: fpTexts)
    }

    static func sample(
        _ id: String, shape: Shape = .token, variants: Int = 3, _ make: @escaping @Sendable (Int, inout SampleRandom) -> Sample,
        fp: @escaping @Sendable (inout SampleRandom) -> [String], fpTexts: [String] = []
    ) -> RuleSpec {
        RuleSpec(ruleID: id, shape: shape, variants: variants, make: make, negatives: fp, negativeTexts: fpTexts)
    }

    static func keyed(
        _ id: String, name: String, variants: Int = 3, _ make: @escaping @Sendable (Int, inout SampleRandom) -> String,
        fp: @escaping @Sendable (inout SampleRandom) -> [String], fpTexts: [String] = []
    ) -> RuleSpec {
        RuleSpec(ruleID: id, shape: .assigned(name), variants: variants, make: { index, random in Sample(make(index, &random)) },
                 negatives: fp, negativeTexts: fpTexts)
    }
}

/// A rendering of a sample in one syntax, with the secret as the detector sees it there.
struct RenderedSample {
    let context: String
    let text: String
    let secret: String
}

enum SampleContexts {
    static let neutralName = "API_TOKEN"
    static let negativeName = "SETTING_VALUE"

    static func render(_ sample: Sample, shape: RuleSpec.Shape, negative: Bool = false) -> [RenderedSample] {
        let v = sample.value, s = sample.secret
        func wrap(_ text: String) -> String { "import os\n\n" + text + "\nprint(\"ready\")\n" }
        switch shape {
        case .token, .assigned:
            var name = negative ? negativeName : neutralName
            var rows: [RenderedSample] = []
            if case .assigned(let keyed) = shape { name = keyed } else { rows.append(RenderedSample(context: "bare", text: wrap(v), secret: s)) }
            rows += [
                RenderedSample(context: "dotenv", text: wrap(name + "=" + v), secret: s),
                RenderedSample(context: "python", text: wrap(name + " = \"" + v + "\""), secret: s),
                RenderedSample(context: "json", text: "{\n  \"" + name + "\": \"" + v + "\",\n  \"debug\": false\n}\n", secret: s),
                RenderedSample(context: "yaml", text: "service:\n  " + name + ": " + v + "\n  replicas: 2\n", secret: s),
                RenderedSample(context: "shell", text: "#!/bin/sh\nexport " + name + "=" + v + "\nexec ./run\n", secret: s),
                RenderedSample(context: "go", text: "func main() {\n\t" + name + " := \"" + v + "\"\n\t_ = " + name + "\n}\n", secret: s),
            ]
            return rows
        case .quoted(let name):
            return [
                RenderedSample(context: "python", text: wrap(name + " = \"" + v + "\""), secret: s),
                RenderedSample(context: "json", text: "{\"" + name + "\": \"" + v + "\"}\n", secret: s),
                RenderedSample(context: "yaml", text: "app:\n  " + name + ": \"" + v + "\"\n", secret: s),
                RenderedSample(context: "javascript", text: "const " + name + " = '" + v + "';\n", secret: s),
                RenderedSample(context: "go", text: "\t" + name + " := \"" + v + "\"\n", secret: s),
                RenderedSample(context: "ruby", text: "config." + name + " = '" + v + "'\n", secret: s),
            ]
        case .bare(let name):
            return [
                RenderedSample(context: "dotenv", text: name.uppercased() + "=" + v + "\n", secret: s),
                RenderedSample(context: "yaml", text: "database:\n  " + name + ": " + v + "\n  pool: 5\n", secret: s),
                RenderedSample(context: "ini", text: "[db]\n" + name + " = " + v + "\n", secret: s),
                RenderedSample(context: "shell", text: "export " + name.uppercased() + "=" + v + "  # production\n", secret: s),
            ]
        case .multiline:
            let lines = v.split(separator: "\n", omittingEmptySubsequences: false)
            return [
                RenderedSample(context: "bare", text: v + "\n", secret: s),
                RenderedSample(context: "python", text: wrap("KEY_MATERIAL = \"\"\"\n" + v + "\n\"\"\""), secret: s),
                RenderedSample(context: "json", text: "{\"key_material\": \"" + v.replacingOccurrences(of: "\n", with: "\\n") + "\\n\"}\n",
                               secret: s.replacingOccurrences(of: "\n", with: "\\n")),
                RenderedSample(context: "yaml", text: "tls:\n  key_material: |\n" + lines.map { "    " + $0 }.joined(separator: "\n") + "\n",
                               secret: s.replacingOccurrences(of: "\n", with: "\n    ")),
                RenderedSample(context: "shell", text: "export KEY_MATERIAL=\"" + v + "\"\n", secret: s),
                RenderedSample(context: "go", text: "var keyMaterial = `" + v + "`\n", secret: s),
            ]
        }
    }
}
