/// One line git writes to a remote helper (gitremote-helpers(7)), as far as a push-only helper
/// needs it. Pure parsing, so the protocol is table-tested without git.
public enum RemoteHelperLine: Equatable, Sendable {
    case capabilities
    /// `list` or `list for-push`.
    case list
    case option(name: String, value: String)
    /// `push [+]SRC:DST`; an empty source deletes the destination.
    case push(RefSpec)
    /// The blank line that ends a batch, or the input.
    case end
    case unknown(String)

    public struct RefSpec: Equatable, Sendable {
        public let force: Bool
        public let source: String
        public let destination: String

        public init(force: Bool, source: String, destination: String) {
            self.force = force
            self.source = source
            self.destination = destination
        }

        /// The refspec as `git push` takes it.
        public var text: String { (force ? "+" : "") + source + ":" + destination }
        public var deletes: Bool { source.isEmpty }
    }

    public init(_ line: String) {
        let words = line.split(separator: " ", maxSplits: 1).map(String.init)
        switch words.first {
        case nil:
            self = .end
        case "capabilities" where words.count == 1:
            self = .capabilities
        case "list":
            self = .list
        case "option" where words.count == 2:
            let parts = words[1].split(separator: " ", maxSplits: 1).map(String.init)
            self = .option(name: parts[0], value: parts.count > 1 ? parts[1] : "")
        case "push" where words.count == 2:
            var spec = Substring(words[1])
            let force = spec.hasPrefix("+")
            if force { spec = spec.dropFirst() }
            guard let colon = spec.lastIndex(of: ":") else {
                self = .unknown(line)
                return
            }
            self = .push(RefSpec(force: force, source: String(spec[..<colon]), destination: String(spec[spec.index(after: colon)...])))
        default:
            self = .unknown(line)
        }
    }
}

/// What `git push --porcelain` reported for one ref: `FLAG \t FROM:TO \t SUMMARY (REASON)`.
public struct PushedRef: Equatable, Sendable {
    public let destination: String
    public let succeeded: Bool
    /// git's summary and reason, for a failure.
    public let summary: String

    public init(destination: String, succeeded: Bool, summary: String) {
        self.destination = destination
        self.succeeded = succeeded
        self.summary = summary
    }

    /// The ref lines of a porcelain report; other lines (`To URL`, `Done`) are skipped.
    public static func parse(porcelain text: String) -> [PushedRef] {
        text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3, let flag = fields[0].first, let colon = fields[1].lastIndex(of: ":") else { return nil }
            let destination = String(fields[1][fields[1].index(after: colon)...])
            return PushedRef(destination: destination, succeeded: flag != "!", summary: fields[2...].joined(separator: " "))
        }
    }
}

/// The `option` lines a push helper honours, as `git push` arguments for the push it makes.
public struct PushHelperOptions: Equatable, Sendable {
    public private(set) var arguments: [String] = []

    public init() {}

    /// Takes one option; false for one the helper does not support (git then goes on without it,
    /// or stops if the push needs it, such as `--force-with-lease` on a helper without `cas`).
    public mutating func set(name: String, value: String) -> Bool {
        switch (name, value) {
        case ("verbosity", _), ("progress", _), ("followtags", _):
            // Progress and verbosity are git's own output; follow-tags is resolved by git before the
            // push lines are written.
            return true
        case ("dry-run", "true"):
            arguments.append("--dry-run")
        case ("dry-run", "false"), ("atomic", "false"):
            return true
        case ("atomic", "true"):
            arguments.append("--atomic")
        case ("push-option", _):
            arguments.append("--push-option=" + value)
        case ("cas", _):
            arguments.append("--force-with-lease=" + value)
        default:
            return false
        }
        return true
    }
}
