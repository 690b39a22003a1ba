import Foundation

/// `scan.rules`: a team's own credential formats, as data with the fields of `SecretRule`, added to
/// the built-in rules wherever a detector is made. Each file's rules join those of the files before
/// it (`EffectiveConfiguration`): a rule only ever adds findings, so adding one loosens nothing.
public enum CustomRules {
    /// The configuration key.
    public static let key = "scan.rules"
    /// The family of a rule that names none.
    public static let defaultFamily = "custom"
    /// The most context a rule may read either side of a keyword: the built-in PEM rules need 8 KiB.
    public static let windowBytes = 0...16_384
    /// Every field an entry may have; the first four are required.
    public static let fields = [
        "id", "description", "pattern", "keywords", "family", "secretGroup", "minimumEntropy", "pathPattern", "allowPatterns",
        "stopwords", "nameGroup", "nameStopwords", "valueChecks", "windowBefore", "windowAfter",
    ]
    static let requiredFields = ["id", "description", "pattern", "keywords"]

    /// The first problem with a `scan.rules` value, naming the entry and field (`[2].pattern`).
    public static func problem(in value: JSONValue) -> ConfigurationKey.Problem? {
        guard case .array(let entries) = value else {
            return ConfigurationKey.Problem(message: "must be a list of rule objects (fields: \(fields.joined(separator: ", ")))")
        }
        var seen: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            do {
                let rule = try rule(from: entry)
                if let earlier = seen[rule.id] {
                    return ConfigurationKey.Problem(place: "[\(index)].id", message: "'\(rule.id)' is already the id of scan.rules[\(earlier)]")
                }
                seen[rule.id] = index
            } catch {
                return ConfigurationKey.Problem(place: "[\(index)]" + error.place, message: error.message)
            }
        }
        return nil
    }

    /// The rules of a `scan.rules` value that `problem(in:)` accepts; an entry it would not is left out.
    public static func rules(in value: JSONValue?) -> [SecretRule] {
        guard case .array(let entries) = value else { return [] }
        return entries.compactMap { try? rule(from: $0) }
    }

    /// Two layers' `scan.rules` as one list: `earlier`'s, then those of `later` not already there.
    /// Two different rules with one id both apply, with a warning: each file is checked on its own.
    public static func joined(_ earlier: JSONValue?, _ later: JSONValue, source: String) -> (value: JSONValue, warnings: [String]) {
        guard case .array(var entries) = earlier ?? .array([]), case .array(let added) = later else { return (earlier ?? later, []) }
        var warnings: [String] = []
        for entry in added where !entries.contains(entry) {
            if let id = identifier(entry), entries.contains(where: { identifier($0) == id }) {
                warnings.append("\(source): key '\(key)': a rule with id '\(id)' is already given by an earlier file; both apply")
            }
            entries.append(entry)
        }
        return (.array(entries), warnings)
    }

    private static func identifier(_ entry: JSONValue) -> String? {
        guard case .object(let object) = entry, case .string(let id)? = object["id"] else { return nil }
        return id
    }

    /// One entry as a rule, or the problem with it (`place` starting at the field: `.pattern`).
    static func rule(from entry: JSONValue) throws(ConfigurationKey.Problem) -> SecretRule {
        guard case .object(let object) = entry else {
            throw ConfigurationKey.Problem(message: "must be an object with at least \(requiredFields.joined(separator: ", "))")
        }
        if let unknown = object.keys.sorted().first(where: { !fields.contains($0) }) {
            throw ConfigurationKey.Problem(place: ".\(unknown)", message: "unknown field (a rule has \(fields.joined(separator: ", ")))")
        }
        if let missing = requiredFields.first(where: { object[$0] == nil }) {
            throw ConfigurationKey.Problem(place: ".\(missing)", message: "missing: every rule needs \(requiredFields.joined(separator: ", "))")
        }
        let reader = Fields(object)

        let id = try reader.string("id")
        guard isKebabCase(id) else {
            throw reader.problem("id", "'\(id)' is not kebab-case (lower-case letters and digits joined by single '-')")
        }
        guard !BuiltInRules.all.contains(where: { $0.id == id }) else {
            throw reader.problem("id", "'\(id)' is the id of a built-in rule; give the rule an id of its own (a prefix such as your team's name)")
        }
        let description = try reader.string("description")
        let family = try reader.optionalString("family") ?? defaultFamily
        guard isKebabCase(family) else { throw reader.problem("family", "'\(family)' is not kebab-case") }

        let pattern = try reader.string("pattern")
        let groups = try reader.expression("pattern", pattern).numberOfCaptureGroups
        let keywords = try reader.strings("keywords", minimumCount: 1)
        if let index = keywords.firstIndex(where: { $0.utf8.count < 3 }) {
            throw reader.problem("keywords", "'\(keywords[index])' is shorter than 3 bytes: a keyword must be rare enough to find the rule's windows",
                                 at: "[\(index)]")
        }
        let secretGroup = try reader.optionalWhole("secretGroup", in: 0...groups, what: "a capture group of the pattern, which has \(groups)") ?? 0
        let nameGroup = try reader.optionalWhole("nameGroup", in: 1...max(1, groups), what: "a capture group of the pattern, which has \(groups)",
                                                 unless: groups == 0)
        let minimumEntropy = try reader.optionalNumber("minimumEntropy", in: 0...8, what: "bits per character")
        let pathPattern = try reader.optionalString("pathPattern")
        if let pathPattern { _ = try reader.expression("pathPattern", pathPattern) }
        let allowPatterns = try reader.strings("allowPatterns")
        for (index, allow) in allowPatterns.enumerated() { _ = try reader.expression("allowPatterns", allow, at: "[\(index)]") }
        let valueCheckNames = try reader.strings("valueChecks")
        var valueChecks = Set<ValueCheck>()
        for (index, name) in valueCheckNames.enumerated() {
            guard let check = ValueCheck(rawValue: name) else {
                throw reader.problem("valueChecks", "'\(name)' is not a value check (\(ValueCheck.allCases.map(\.rawValue).joined(separator: ", ")))",
                                     at: "[\(index)]")
            }
            valueChecks.insert(check)
        }
        let windowWhat = "bytes of context, at most \(windowBytes.upperBound)"
        // Absent windows take SecretRule's defaults.
        return SecretRule(
            id: id, description: description, family: family, pattern: pattern,
            keywords: uniqued(keywords.map(lowercasedASCII)), secretGroup: secretGroup, minimumEntropy: minimumEntropy,
            pathPattern: pathPattern, allowPatterns: allowPatterns, stopwords: try reader.strings("stopwords"),
            nameGroup: nameGroup, nameStopwords: try reader.strings("nameStopwords"), valueChecks: valueChecks,
            windowBefore: try reader.optionalWhole("windowBefore", in: windowBytes, what: windowWhat) ?? 160,
            windowAfter: try reader.optionalWhole("windowAfter", in: windowBytes, what: windowWhat) ?? 320)
    }

    /// `aws-key`, `acme2`: lower-case letters and digits joined by single hyphens.
    static func isKebabCase(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return !text.isEmpty && parts.allSatisfy { part in
            !part.isEmpty && part.utf8.allSatisfy { ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) }
        }
    }

    /// The keyword matcher folds ASCII case only, so only ASCII is folded here: a keyword's other
    /// bytes must stay as the text has them.
    static func lowercasedASCII(_ text: String) -> String {
        String(decoding: ValueFilters.lowercased(Array(text.utf8)), as: UTF8.self)
    }

    private static func uniqued(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}

/// An entry's fields, read with problems that name the field.
private struct Fields {
    let object: [String: JSONValue]

    init(_ object: [String: JSONValue]) { self.object = object }

    func problem(_ field: String, _ message: String, at place: String = "") -> ConfigurationKey.Problem {
        ConfigurationKey.Problem(place: ".\(field)" + place, message: message)
    }

    func string(_ field: String) throws(ConfigurationKey.Problem) -> String {
        guard let text = try optionalString(field) else { throw problem(field, "missing") }
        return text
    }

    func optionalString(_ field: String) throws(ConfigurationKey.Problem) -> String? {
        guard let value = object[field] else { return nil }
        guard case .string(let text) = value else { throw problem(field, "must be a string") }
        guard !text.isEmpty else { throw problem(field, "an empty string is not allowed") }
        return text
    }

    /// A list of non-empty strings; absent is empty.
    func strings(_ field: String, minimumCount: Int = 0) throws(ConfigurationKey.Problem) -> [String] {
        guard let value = object[field] else { return [] }
        guard case .array(let items) = value else { throw problem(field, "must be a list of strings") }
        var texts: [String] = []
        for (index, item) in items.enumerated() {
            guard case .string(let text) = item else { throw problem(field, "must be a string", at: "[\(index)]") }
            guard !text.isEmpty else { throw problem(field, "an empty string is not allowed", at: "[\(index)]") }
            texts.append(text)
        }
        if texts.count < minimumCount { throw problem(field, "must hold at least \(minimumCount)") }
        return texts
    }

    func optionalNumber(_ field: String, in range: ClosedRange<Double>, what: String) throws(ConfigurationKey.Problem) -> Double? {
        guard let value = object[field] else { return nil }
        guard case .number(let number) = value else { throw problem(field, "must be a number (\(what))") }
        guard range.contains(number) else {
            throw problem(field, "\(value.rendered()) is out of range (\(range.lowerBound) ... \(range.upperBound), \(what))")
        }
        return number
    }

    /// A whole number in `range`; `unless` refuses any value at all (a group in a pattern with none).
    func optionalWhole(_ field: String, in range: ClosedRange<Int>, what: String, unless refused: Bool = false) throws(ConfigurationKey.Problem) -> Int? {
        guard let value = object[field] else { return nil }
        guard case .number(let number) = value else { throw problem(field, "must be a whole number (\(what))") }
        guard number == number.rounded() else { throw problem(field, "\(value.rendered()) is not a whole number") }
        guard !refused, let whole = Int(exactly: number), range.contains(whole) else {
            throw problem(field, "\(value.rendered()) is out of range (\(what))")
        }
        return whole
    }

    /// The compiled expression: a pattern that does not compile would find nothing, silently.
    func expression(_ field: String, _ pattern: String, at place: String = "") throws(ConfigurationKey.Problem) -> NSRegularExpression {
        do {
            return try NSRegularExpression(pattern: pattern)
        } catch {
            throw problem(field, "does not compile as an ICU regular expression", at: place)
        }
    }
}
