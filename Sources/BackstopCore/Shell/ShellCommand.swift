/// A shell command line as a guard reads it: every simple command it would run, wrappers taken
/// off, with its words unquoted. Built by `ShellReader` from the text; judged by `PreToolPolicy`.
public struct ShellCommand: Sendable, Equatable {
    /// The words after quotes and escapes are taken off, wrappers removed (`sudo rm -rf /` has
    /// `["rm", "-rf", "/"]`). The program word keeps its path (`/bin/rm`); `program` is its last
    /// component. A word whose value the reader cannot know (`$UNSET`, `$(cmd)`) keeps the
    /// expansion's text, starting with `$`.
    public var words: [String]
    /// Redirections: `>`, `>>`, `<`, `<<<`, `2>`, ... with their target word (the heredoc's body
    /// for `<<`).
    public var redirections: [Redirection]
    /// Whether this command's standard input is the output of an earlier command in a pipeline.
    public var readsPipe: Bool
    /// Whether its standard output goes to a later command in a pipeline.
    public var writesPipe: Bool
    /// The wrappers taken off, outermost first (`sudo`, `env`, `bash -c`, `xargs`, `find -exec`).
    public var wrappers: [String]
    /// For an interpreter one-liner (`python -c`, `node -e`, `perl -e`, `ruby -e`): the language
    /// and the code, which the policy reads for network calls and deletions.
    public var inlineCode: (language: String, code: String)?
    /// Variables set for this command only: prefix assignments (`HUSKY=0 git commit`) and the ones a
    /// wrapper sets (`env GIT_DIR=x git`, `sudo VAR=x cmd`).
    public var environment: [String: String]

    public struct Redirection: Sendable, Equatable {
        public let operation: String
        public let target: String

        public init(_ operation: String, _ target: String) {
            self.operation = operation
            self.target = target
        }
    }

    public init(words: [String], redirections: [Redirection] = [], readsPipe: Bool = false, writesPipe: Bool = false,
                wrappers: [String] = [], inlineCode: (language: String, code: String)? = nil, environment: [String: String] = [:]) {
        self.words = words
        self.redirections = redirections
        self.readsPipe = readsPipe
        self.writesPipe = writesPipe
        self.wrappers = wrappers
        self.inlineCode = inlineCode
        self.environment = environment
    }

    /// The program's name without its folder: `/usr/bin/rm` and `\rm` are `rm`.
    public var program: String { words.first.map { $0.split(separator: "/").last.map(String.init) ?? $0 } ?? "" }
    public var arguments: ArraySlice<String> { words.dropFirst() }

    public static func == (left: ShellCommand, right: ShellCommand) -> Bool {
        left.words == right.words && left.redirections == right.redirections && left.readsPipe == right.readsPipe
            && left.writesPipe == right.writesPipe && left.wrappers == right.wrappers
            && left.inlineCode?.language == right.inlineCode?.language && left.inlineCode?.code == right.inlineCode?.code
            && left.environment == right.environment
    }
}

/// A whole command line read: the simple commands in the order they would run (pipelines, lists,
/// subshells, command substitutions and nested `sh -c` scripts flattened), the variables assigned
/// along the way, and whether the reader met something it could not follow.
public struct ShellScript: Sendable, Equatable {
    public var commands: [ShellCommand]
    /// Variables assigned in the line (`D=~/x; rm -rf $D`), as the reader resolved them.
    public var assignments: [String: String]
    /// Something the reader could not read (an unterminated quote, a construct it does not know):
    /// the policy treats the line with suspicion rather than as harmless.
    public var unreadable: String?

    public init(commands: [ShellCommand], assignments: [String: String] = [:], unreadable: String? = nil) {
        self.commands = commands
        self.assignments = assignments
        self.unreadable = unreadable
    }
}
