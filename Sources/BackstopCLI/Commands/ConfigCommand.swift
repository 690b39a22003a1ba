import BackstopCore
import BackstopGuard
import Foundation

struct ConfigCommand: Command {
    static let name = "config"
    static let summary = "print the effective configuration and where each value came from"
    static let usage = """
        Prints every key with its effective value and its source: built-in, the user file
        (~/.config/backstop/config.json), the repo file (.backstop.json) or --config FILE.
        What the user file or an uncommitted .backstop.json loosens counts only once a person
        accepted that content: until then it is ignored, with a warning.
          --format text|json
          --accept   a person accepts the user file and .backstop.json as they are now
        """

    let format: String
    let accept: Bool

    init(parsing arguments: inout Arguments) throws(UsageError) {
        format = try arguments.choice("--format", from: ["text", "json"], default: "text")
        accept = arguments.flag("--accept")
        try arguments.finish()
    }

    func run(in context: CommandContext) throws -> ExitStatus {
        if accept {
            let needed = try context.configuration().configuration.personOnly.needsPerson(.configAccept)
            guard PersonGate.admits(Self.name, needed: needed, doing: "lets what the user file and .backstop.json loosen take effect",
                                    commandLine: "backstop config --accept", in: context.directory) else { return .blocked }
            let files = [context.userConfigurationPath] + (context.workingTreeRoot().map { [$0 + "/.backstop.json"] } ?? [])
            for path in files {
                guard let bytes = FileManager.default.contents(atPath: path) else { continue }
                try ConfigurationAcceptance.accept([UInt8](bytes), path: path)
                Terminal.say("backstop: accepted \(path) as it is now")
            }
        }
        let effective = try context.configuration()
        if format == "json" {
            var object: [String: JSONValue] = [:]
            for key in ConfigurationSchema.keys {
                object[key.path] = .object([
                    "value": effective.values[key.path] ?? key.defaultValue,
                    "source": .string(effective.sources[key.path] ?? "built-in"),
                    "locked": .bool(effective.locked.contains(key.path)),
                ])
            }
            Terminal.output(JSONValue.object(object).rendered())
            return .clean
        }
        for key in ConfigurationSchema.keys {
            var value = compact(effective.values[key.path] ?? key.defaultValue)
            if key.path == CustomRules.key {
                // A rule is a paragraph of JSON: the count and ids say what is in force.
                let rules = effective.configuration.customRules
                value = "\(rules.count) custom rule\(rules.count == 1 ? "" : "s")" + (rules.isEmpty ? "" : " (" + rules.map(\.id).joined(separator: ", ") + ")")
            }
            let lock = effective.locked.contains(key.path) ? ", locked" : ""
            Terminal.output("\(key.path) = \(value)    (\(effective.sources[key.path] ?? "built-in")\(lock))")
            Terminal.output("    \(key.summary)")
        }
        return .clean
    }

    private func compact(_ value: JSONValue) -> String {
        value.rendered().split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}
