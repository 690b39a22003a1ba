import BackstopCore
import BackstopGit
import Foundation

/// The command line: `backstop [-C PATH] [--config FILE] COMMAND [OPTIONS]`.
public enum Backstop {
    static var commands: [any Command.Type] {
        [
        InstallCommand.self, UninstallCommand.self, ScanCommand.self, HookCommand.self, WatchCommand.self,
        StatusCommand.self, SnapshotCommand.self, SnapshotsCommand.self, RestoreCommand.self, UndoCommand.self,
        LogCommand.self, AllowCommand.self, AllowRemoteCommand.self, ConfigCommand.self, RecoverCommand.self, LeaksCommand.self, DoctorCommand.self,
        ]
    }

    static let version = "0.1.0"

    /// Runs the process's command line, argv[0] included: git runs the push helper as
    /// `git-remote-backstop REMOTE URL`, a link to this binary by that name.
    public static func main(invocation: [String]) -> Int32 {
        let words = Array(invocation.dropFirst())
        let name = invocation.first.map { ($0 as NSString).lastPathComponent } ?? ""
        return main(name == PushRoute.helperProgram ? ["hook", "remote-helper"] + words : words)
    }

    /// Runs one command line and returns the exit status; every error becomes a message and a status
    /// from the design's table.
    public static func main(_ words: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> Int32 {
        do {
            return try run(words, environment: environment).rawValue
        } catch {
            let failure = failure(error)
            Terminal.say(failure.message)
            return failure.status.rawValue
        }
    }

    /// What a person is told about an error, and the exit status it means (the README's table:
    /// 2 for usage and configuration, 3 for everything else).
    static func failure(_ error: Error) -> (message: String, status: ExitStatus) {
        switch error {
        case let error as UsageError:
            (error.message, .usage)
        case let error as ConfigurationError:
            ("backstop: configuration error: \(error)", .usage)
        case let error as GitError where error.isOutOfSpace:
            ("backstop: the disk is full: \(error)\n  free space on the disk that holds the repository's .git folder (`df .git`), then try again", .failure)
        case let error as GitError:
            ("backstop: git: \(error)\n  check that this is a healthy repository (`git status`), then try again", .failure)
        case let error as CustomStringConvertible:
            ("backstop: \(error.description)", .failure)
        default:
            ("backstop: \(error.localizedDescription)", .failure)
        }
    }

    private static func run(_ words: [String], environment: [String: String]) throws -> ExitStatus {
        var directory = FileManager.default.currentDirectoryPath
        var configurationFile: String?
        var index = 0
        while index < words.count, words[index].hasPrefix("-") {
            switch words[index] {
            case "-C":
                guard index + 1 < words.count else { throw UsageError(message: "backstop: option '-C' needs a PATH") }
                let path = words[index + 1]
                directory = path.hasPrefix("/") ? path : directory + "/" + path
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                    throw UsageError(message: "backstop: option '-C': '\(path)' is not a folder")
                }
                index += 2
            case "--config":
                guard index + 1 < words.count else { throw UsageError(message: "backstop: option '--config' needs a FILE") }
                let path = words[index + 1]
                configurationFile = path.hasPrefix("/") ? path : directory + "/" + path
                index += 2
            case "--help", "-h":
                Terminal.output(help)
                return .clean
            case "--version":
                Terminal.output("backstop \(version)")
                return .clean
            default:
                throw UsageError(message: "backstop: unknown option '\(words[index])' (see `backstop --help`)")
            }
        }
        guard index < words.count else {
            Terminal.say(help)
            return .usage
        }
        let name = words[index]
        if name == "help" {
            Terminal.output(help)
            return .clean
        }
        guard let type = commands.first(where: { $0.name == name }) else {
            throw UsageError(message: "backstop: unknown command '\(name)' (see `backstop --help`)")
        }
        var arguments = Arguments(command: name, words: Array(words[(index + 1)...]))
        if arguments.wantsHelp {
            Terminal.output("backstop \(name): \(type.summary)\n\n\(type.usage)")
            return .clean
        }
        let command = try type.init(parsing: &arguments)
        let context = CommandContext(directory: (directory as NSString).standardizingPath, configurationFile: configurationFile, environment: environment)
        return try command.run(in: context)
    }

    static var help: String {
        let width = commands.map { $0.name.count }.max() ?? 0
        let table = commands.map { "  \($0.name.padding(toLength: width, withPad: " ", startingAt: 0))  \($0.summary)" }
        return """
            Usage: backstop [-C PATH] [--config FILE] COMMAND [OPTIONS]
            Guards a git working tree: no secret leaves in a commit or push, no work is deleted en masse.

            Commands:
            \(table.joined(separator: "\n"))

            Every command has --help. Exit status: 0 clean, 1 blocked or findings, 2 usage or
            configuration error, 3 any other failure.
            """
    }
}
