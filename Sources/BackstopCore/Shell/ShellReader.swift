/// Reads a shell command line (POSIX sh and bash) the way the shell would, so that a guard sees
/// every simple command it would run however it is written.
///
/// It reads: quoting (single, double, `$'...'`, backslashes, adjacent pieces joined into one word);
/// lists, pipelines and newlines; subshells, groups, command and process substitutions (their
/// commands are commands of the script; the word keeps the `$(...)` text); redirections, heredocs
/// (the body is the target) and here-strings; `~`, `$HOME` and variables assigned earlier in the
/// line (unknown ones keep their `$NAME` text; `${NAME:-default}` takes the default); field
/// splitting of unquoted known values; the bodies of `if`, `while`, `for`, `case` and functions,
/// each read once; wrappers (`sudo`, `env`, `xargs`, `find -exec`, `bash -c`, `eval`, ... see
/// `ShellWrappers`), taken off to any depth; interpreter one-liners (`python -c`, `node -e`, ...)
/// into `inlineCode`.
///
/// It does not: expand globs or braces (`*.log` and `{a,b}` stay as written), evaluate
/// arithmetic, follow `cd`, run loops (a `for` variable stays `$name`), know aliases, functions or
/// variables defined by earlier calls, read script files, or substitute the output of commands.
/// Assignments are passed to nested shells as if exported. Where it cannot follow the text (an
/// unterminated quote, heredoc or substitution) it says so in `unreadable` instead of guessing.
public enum ShellReader {
    public static func read(_ text: String, home: String? = nil, variables: [String: String] = [:]) -> ShellScript {
        var reading = ShellReading(environment: ShellEnvironment(variables: variables, home: home), depth: 0, wrappers: [])
        reading.read(text, context: ShellContext())
        return ShellScript(commands: reading.commands, assignments: reading.environment.assigned, unreadable: reading.unreadable)
    }
}

/// The variables known while reading, and those the line itself assigned.
struct ShellEnvironment {
    var variables: [String: String]
    var assigned: [String: String] = [:]

    init(variables: [String: String], home: String?) {
        self.variables = variables
        if let home, variables["HOME"] == nil { self.variables["HOME"] = home }
    }

    mutating func assign(_ name: String, _ value: String) {
        variables[name] = value
        assigned[name] = value
    }
}

/// What surrounds a command: its pipeline position, redirections and wrappers of the enclosing
/// construct, and variables set for it by a wrapper or prefix.
struct ShellContext {
    var readsPipe = false
    var writesPipe = false
    var redirections: [ShellCommand.Redirection] = []
    var wrappers: [String] = []
    var environment: [String: String] = [:]
}

/// One reading in progress: the commands found so far, in the order they would run.
struct ShellReading {
    static let maximumDepth = 16

    var environment: ShellEnvironment
    let depth: Int
    /// The wrappers around this whole reading (a `bash -c` script's commands, its substitutions' too).
    let wrappers: [String]
    var commands: [ShellCommand] = []
    var unreadable: String?

    mutating func note(_ reason: String?) {
        if unreadable == nil, let reason { unreadable = reason }
    }

    mutating func read(_ text: String, context: ShellContext) {
        guard depth <= Self.maximumDepth else {
            note("nested more than \(Self.maximumDepth) levels deep")
            return
        }
        let (tokens, lexFailure) = ShellLexer.tokens(of: text)
        let (node, parseFailure) = ShellParser.parse(tokens)
        note(lexFailure)
        note(parseFailure)
        walk(node, context: context)
    }

    private mutating func walk(_ node: ShellNode, context: ShellContext) {
        switch node {
        case .sequence(let items):
            for item in items { walk(item, context: context) }
        case .pipeline(let elements):
            let saved = environment
            for (index, element) in elements.enumerated() {
                var inner = context
                inner.readsPipe = context.readsPipe || index > 0
                inner.writesPipe = context.writesPipe || index < elements.count - 1
                walk(element, context: inner)
                // Each part of a pipeline runs in a subshell: its assignments do not last.
                environment = saved
            }
        case .compound(let inner, let redirections, let isolated):
            var innerContext = context
            innerContext.redirections = expand(redirections) + context.redirections
            let saved = environment
            walk(inner, context: innerContext)
            if isolated { environment = saved }
        case .command(let words, let redirections):
            run(words, redirections, context: context)
        }
    }

    private mutating func expand(_ redirections: [ShellRedirectionNode]) -> [ShellCommand.Redirection] {
        redirections.map { ShellCommand.Redirection($0.operation, text(of: $0.target)) }
    }

    private mutating func run(_ words: [ShellWord], _ redirectionNodes: [ShellRedirectionNode], context: ShellContext) {
        var prefix: [String: String] = [:]
        var index = 0
        while index < words.count, let assignment = ShellAssignment.split(words[index]) {
            let value = assignmentValue(assignment.value)
            prefix[assignment.name] = assignment.appends ? (environment.variables[assignment.name] ?? "") + value : value
            index += 1
        }
        var fields: [String] = []
        var declares = false
        for word in words[index...] {
            if declares, let assignment = ShellAssignment.split(word) {
                let value = assignmentValue(assignment.value)
                environment.assign(assignment.name, value)
                fields.append("\(assignment.name)=\(value)")
                continue
            }
            fields += self.fields(of: word)
            if fields.count == 1, ShellAssignment.declarations.contains(fields[0]) { declares = true }
        }
        let redirections = expand(redirectionNodes)
        guard !fields.isEmpty else {
            for (name, value) in prefix.sorted(by: { $0.key < $1.key }) { environment.assign(name, value) }
            if !redirections.isEmpty {
                finish(ShellCommand(words: [], redirections: redirections + context.redirections, readsPipe: context.readsPipe,
                                    writesPipe: context.writesPipe, wrappers: context.wrappers, environment: context.environment))
            }
            return
        }
        if fields[0] == "unset" {
            for name in fields.dropFirst() where !name.hasPrefix("-") { environment.variables[name] = nil }
        }
        let command = ShellCommand(words: fields, redirections: redirections + context.redirections, readsPipe: context.readsPipe,
                                   writesPipe: context.writesPipe, wrappers: context.wrappers,
                                   environment: context.environment.merging(prefix) { $1 })
        emit(command)
    }

    /// Records a command once its wrappers are off, with its interpreter one-liner if it is one.
    mutating func finish(_ command: ShellCommand) {
        var command = command
        if let code = ShellInterpreters.inlineCode(of: command) { command.inlineCode = code }
        commands.append(command)
    }

    /// Reads a script a command runs (`bash -c`, `eval`, a substitution): its commands join this
    /// reading, inside the wrappers and redirections of `base`.
    mutating func readNested(_ text: String, wrapper: String?, base: ShellCommand?, positional: [String] = [],
                             sharesEnvironment: Bool = false) {
        var nestedEnvironment = environment
        nestedEnvironment.assigned = [:]
        var context = ShellContext()
        if let base {
            nestedEnvironment.variables.merge(base.environment) { $1 }
            context = ShellContext(readsPipe: base.readsPipe, writesPipe: base.writesPipe, redirections: base.redirections,
                                   wrappers: base.wrappers + (wrapper.map { [$0] } ?? []), environment: base.environment)
        } else {
            context.wrappers = wrappers
        }
        if !positional.isEmpty {
            for (index, value) in positional.enumerated() { nestedEnvironment.variables[String(index)] = value }
            let arguments = positional.dropFirst().joined(separator: " ")
            nestedEnvironment.variables["@"] = arguments
            nestedEnvironment.variables["*"] = arguments
            nestedEnvironment.variables["#"] = String(positional.count - 1)
        }
        var nested = ShellReading(environment: nestedEnvironment, depth: depth + 1, wrappers: context.wrappers)
        nested.read(text, context: context)
        commands += nested.commands
        note(nested.unreadable)
        if sharesEnvironment {
            for (name, value) in nested.environment.assigned { environment.assign(name, value) }
        }
    }
}
