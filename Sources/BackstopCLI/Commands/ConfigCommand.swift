import BackstopCore
import Foundation

struct ConfigCommand: Command {
    static let name = "config"
    static let summary = "print the effective configuration and where each value came from"
    static let usage = """
        Prints every key with its effective value and its source: built-in, the user file
        (~/.config/backstop/config.json), the repo file (.backstop.json) or --config FILE.
          --format text|json
        """

    let format: String

    init(parsing arguments: inout Arguments) throws(UsageError) {
        format = try arguments.choice("--format", from: ["text", "json"], default: "text")
        try arguments.finish()
    }

    func run(in context: CommandContext) throws -> ExitStatus {
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
            let value = compact(effective.values[key.path] ?? key.defaultValue)
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
