import BackstopCore
import BackstopGuard
import Foundation

/// Prints findings: text for a person on stderr, JSON or SARIF for machines on stdout.
enum FindingReporter {
    static func text(_ findings: [Finding]) -> String {
        findings.map { finding in
            // A message's place names its commit already.
            let commit = finding.part == .message ? "" : finding.commit.map { "  commit \($0.prefix(12))" } ?? ""
            return """
                \(finding.ruleID)  \(finding.place)\(commit)
                    \(finding.description): \(finding.redacted)
                    \(finding.excerpt)
                    fingerprint \(finding.fingerprint)
                """
        }.joined(separator: "\n")
    }

    static func summary(_ report: ScanReport, what: String) -> String {
        var parts = ["scanned \(report.files) \(what) (\(megabytes(report.bytes)))"]
        if report.commits > 0 { parts.append("\(report.commits) commits") }
        if !report.findings.isEmpty {
            parts.append("\(report.findings.count) finding\(report.findings.count == 1 ? "" : "s")")
        } else if report.notScanned == 0 {
            parts.append("no secrets found")
        }
        var text = parts.joined(separator: ", ")
        // Nothing is called clean that was not read: every skip is named, with its reason.
        if !report.skipped.isEmpty {
            text += "\n" + notScanned(report.skipped)
        } else if report.notScanned > 0 {
            text += "\n\(report.notScanned) not scanned: \(report.skippedBinary) binary, \(report.skippedLarge) over scan.maxFileBytes"
        }
        return text
    }

    /// `2 files not scanned: a.png (binary), b.txt (unreadable: permission denied)`.
    static func notScanned(_ skipped: [ScanReport.Skip], limit: Int = 20) -> String {
        let named = skipped.prefix(limit).map { "\($0.path) (\($0.reason))" }.joined(separator: ", ")
        let more = skipped.count > limit ? " and \(skipped.count - limit) more" : ""
        return "\(skipped.count) file\(skipped.count == 1 ? "" : "s") not scanned: \(named)\(more)"
    }

    static func allowHint(_ findings: [Finding]) -> String {
        guard let first = findings.first else { return "" }
        return """
            If a finding is not a secret, a person at a terminal can accept it: `backstop allow \(first.fingerprint)` \
            (writes .backstopignore). If it is a real secret, remove it and rotate it.
            """
    }

    static func json(_ report: ScanReport) -> String {
        let summary: JSONValue = .object([
            "files": .number(Double(report.files)), "bytes": .number(Double(report.bytes)),
            "skippedBinary": .number(Double(report.skippedBinary)), "skippedLarge": .number(Double(report.skippedLarge)),
            "skipped": .array(report.skipped.map { .object(["path": .string($0.path), "reason": .string($0.reason)]) }),
            "commits": .number(Double(report.commits)), "findings": .number(Double(report.findings.count)),
            "seconds": .number((report.elapsedSeconds * 1000).rounded() / 1000),
        ])
        return JSONValue.object(["findings": .array(report.findings.map(findingJSON)), "summary": summary]).rendered()
    }

    static func findingJSON(_ finding: Finding) -> JSONValue {
        var object: [String: JSONValue] = [
            "ruleID": .string(finding.ruleID), "description": .string(finding.description), "path": .string(finding.path),
            "line": .number(Double(finding.line)), "column": .number(Double(finding.column)),
            "redacted": .string(finding.redacted), "excerpt": .string(finding.excerpt), "fingerprint": .string(finding.fingerprint),
        ]
        if let commit = finding.commit { object["commit"] = .string(commit) }
        if finding.part != .content { object["part"] = .string(finding.part.rawValue) }
        return .object(object)
    }

    /// SARIF 2.1.0, as code-scanning services read it.
    static func sarif(_ report: ScanReport, rules: [SecretRule]) -> String {
        let usedRules = Set(report.findings.map(\.ruleID))
        let ruleObjects: [JSONValue] = rules.filter { usedRules.contains($0.id) }.map { rule in
            .object(["id": .string(rule.id), "name": .string(rule.id), "shortDescription": .object(["text": .string(rule.description)]),
                     "properties": .object(["family": .string(rule.family)])])
        }
        let results: [JSONValue] = report.findings.map { finding in
            var properties: [String: JSONValue] = ["redacted": .string(finding.redacted)]
            if let commit = finding.commit { properties["commit"] = .string(commit) }
            return .object([
                "ruleId": .string(finding.ruleID),
                "level": .string("error"),
                "message": .object(["text": .string("\(finding.description): \(finding.redacted)")]),
                "locations": .array([.object(["physicalLocation": .object([
                    "artifactLocation": .object(["uri": .string(finding.path)]),
                    "region": .object(["startLine": .number(Double(finding.line)), "startColumn": .number(Double(finding.column)),
                                       "snippet": .object(["text": .string(finding.excerpt)])]),
                ])])]),
                "partialFingerprints": .object(["backstop/v1": .string(finding.fingerprint)]),
                "properties": .object(properties),
            ])
        }
        let run: JSONValue = .object([
            "tool": .object(["driver": .object(["name": .string("backstop"), "rules": .array(ruleObjects)])]),
            "results": .array(results),
        ])
        return JSONValue.object([
            "$schema": .string("https://json.schemastore.org/sarif-2.1.0.json"),
            "version": .string("2.1.0"),
            "runs": .array([run]),
        ]).rendered()
    }

    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }
}
