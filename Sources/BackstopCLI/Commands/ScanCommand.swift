import BackstopCore
import BackstopGit
import BackstopGuard

struct ScanCommand: Command {
    static let name = "scan"
    static let summary = "scan files, the staged change, a commit range or all history for secrets"
    static let usage = """
        Usage: backstop scan [PATH...] | - | --staged | --range A..B | --history
        Scans for secrets. Without a source: the working tree's work files (tracked, or untracked
        and not ignored). Files of any size are scanned (past scan.maxFileBytes in overlapping
        windows); a file that is not scanned (binary, unreadable) is named with the reason. Exit 1
        when anything is found. The rules are the built-in ones and those of scan.rules.
          -                 standard input, read to its end in windows of scan.maxFileBytes;
                            findings name the path (stdin) (a file named - is ./-)
          --staged          the lines the staged change adds (what the commit will hold)
          --range A..B      the lines each commit in the range adds, reported with its id
          --history         every blob in the repository's history, each read once
          --format text|json|sarif
          --list-rules      print the rules (built-in, then scan.rules) and exit
        """

    let source: Scan.Source
    let format: String
    let listsRules: Bool

    init(parsing arguments: inout Arguments) throws(UsageError) {
        let staged = arguments.flag("--staged")
        let range = try arguments.option("--range")
        let history = arguments.flag("--history")
        listsRules = arguments.flag("--list-rules")
        format = try arguments.choice("--format", from: ["text", "json", "sarif"], default: "text")
        let paths = try arguments.positionals()
        let readsStandardInput = paths.contains("-")
        if readsStandardInput, paths.count > 1 {
            throw UsageError(message: "backstop scan: '-' (standard input) cannot be combined with paths; name a file called - as ./-")
        }
        let chosen = [staged ? "--staged" : nil, range != nil ? "--range" : nil, history ? "--history" : nil, paths.isEmpty ? nil : "PATH"].compactMap { $0 }
        if chosen.count > 1 {
            throw UsageError(message: "backstop scan: \(chosen.joined(separator: " and ")) cannot be combined; choose one source")
        }
        if let range, range.isEmpty || range.hasPrefix("-") {
            throw UsageError(message: "backstop scan: option '--range' needs a revision range such as main..HEAD")
        }
        source = staged ? .staged : range.map(Scan.Source.range) ?? (history ? .history : readsStandardInput ? .standardInput : .paths(paths))
    }

    func run(in context: CommandContext) throws -> ExitStatus {
        let configuration = try context.configuration().configuration
        if listsRules { return listRules(configuration.rules) }
        // The staged change and a range need only git, run in the folder; no repository lookup.
        let repository: RepositoryLocation? = switch source {
        case .paths, .history: try? context.repository()
        case .staged, .range, .standardInput: nil
        }
        let report: ScanReport
        do {
            report = try Scan.run(source, in: context.directory, repository: repository, configuration: configuration, detector: try context.detector())
        } catch let missing as Scan.MissingPath {
            throw UsageError(message: "backstop scan: '\(missing.path)' does not exist")
        }
        let noun = switch source {
        case .paths: "files"
        case .staged: "staged files"
        case .range: "changed files"
        case .history: "blobs"
        case .standardInput: "stream from standard input"
        }

        switch format {
        case "json": Terminal.output(FindingReporter.json(report))
        case "sarif": Terminal.output(FindingReporter.sarif(report, rules: configuration.rules))
        default:
            if !report.findings.isEmpty { Terminal.say(FindingReporter.text(report.findings)) }
        }
        Terminal.say("backstop: " + FindingReporter.summary(report, what: noun).replacingOccurrences(of: "\n", with: "\nbackstop: "))
        if !report.findings.isEmpty { Terminal.say(FindingReporter.allowHint(report.findings)) }
        return report.findings.isEmpty ? .clean : .blocked
    }

    private func listRules(_ rules: [SecretRule]) -> ExitStatus {
        if format == "text" {
            for rule in rules { Terminal.output("\(rule.id)\t\(rule.family)\t\(rule.description)") }
        } else {
            Terminal.output(JSONValue.array(rules.map { rule in
                .object(["id": .string(rule.id), "family": .string(rule.family), "description": .string(rule.description),
                         "pattern": .string(rule.pattern), "keywords": .array(rule.keywords.map(JSONValue.string))])
            }).rendered())
        }
        return .clean
    }
}
