import Foundation

/// `delete-outside-tree`: a deletion whose target lies outside the working tree, or is the tree's
/// root or a folder that holds it. Inside the tree the watcher judges deletions by their effect.
struct DeletionRule {
    let paths: CommandPaths

    static let removers: Set<String> = ["rm", "rmdir", "unlink", "shred", "srm", "trash", "trash-put"]

    /// The first target that is out of bounds, as a person would name it.
    func violation(_ step: ScriptWalk.Step) -> String? {
        let command = step.command
        switch command.program {
        case let program where Self.removers.contains(program):
            return (command.operands + step.xargsInput).lazy.compactMap { outOfBounds($0, in: step.directory) }.first
        case "rsync":
            // `rsync --delete SRC DEST` empties DEST of what SRC lacks.
            guard command.words.contains(where: { $0.hasPrefix("--delete") }), let destination = command.operands.last,
                  !destination.contains(":") else { return nil }
            return outOfBounds(destination, in: step.directory)
        case "find":
            guard command.words.contains("-delete") || command.wrappersRunHere else { return nil }
            // find deletes below its start folders, never the folder itself: the tree's root is inside.
            let starts = command.arguments.prefix { !$0.hasPrefix("-") && $0 != "(" && $0 != "!" }
            return (starts.isEmpty ? ["."] : Array(starts)).lazy.compactMap { start in
                paths.absolute(start, in: step.directory) == paths.root ? nil : outOfBounds(start, in: step.directory)
            }.first
        case "git":
            // `git -C /elsewhere clean -fdx` deletes there.
            guard let index = command.words.firstIndex(of: "-C"), index + 1 < command.words.count,
                  command.words.contains("clean") || (command.words.contains("reset") && command.words.contains("--hard")) else { return nil }
            return outOfBounds(command.words[index + 1], in: step.directory)
        default:
            return nil
        }
    }

    /// Why `word` may not be deleted, or nil. Unknown words (`$X`) are out of bounds only in the
    /// shapes that empty a disk (`$X`, `$X/`, `$X/*`): a script's own variable is otherwise its own.
    func outOfBounds(_ written: String, in directory: String) -> String? {
        // The one substitution whose value the guard knows: the top of the working tree.
        var word = written
        for form in ["$(git rev-parse --show-toplevel)", "`git rev-parse --show-toplevel`"] { word = word.replacingOccurrences(of: form, with: paths.root) }
        guard let path = paths.absolute(word, in: directory) else {
            let rest = word.drop { $0 != "/" && $0 != "}" }.drop { $0 == "}" }
            return ["", "/", "/*", "/.*"].contains(String(rest)) ? "\(word) (a variable the command line does not set)" : nil
        }
        if path == "/" { return "/ (the whole disk)" }
        if paths.root == path || paths.root.hasPrefix(path + "/") { return "\(word) (the working tree \(paths.root) or a folder that holds it)" }
        if paths.isInsideTree(path) || paths.isScratch(path) { return nil }
        if path == paths.home || path.hasPrefix(paths.home + "/") { return "\(word) (in your home folder, outside the working tree)" }
        return "\(word) (outside the working tree)"
    }
}

extension ShellCommand {
    /// `find ... -exec rm` runs its command here: the reader lists it as a command of its own, and
    /// find's start folders are what it reaches.
    fileprivate var wrappersRunHere: Bool {
        let index = words.firstIndex { ["-exec", "-execdir", "-ok", "-okdir"].contains($0) }
        guard let index, index + 1 < words.count else { return false }
        let program = words[index + 1].split(separator: "/").last.map(String.init) ?? ""
        return DeletionRule.removers.contains(program)
    }
}
