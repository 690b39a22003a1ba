import Foundation

/// Human text goes to stderr; machine output (`--format json|sarif`) to stdout.
enum Terminal {
    // `FileHandle.write(_:)` traps when the write fails: a full disk under the watcher's output file
    // would kill the guard over a message. A message that cannot be written is lost; the work goes on.
    static func say(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data((text + "\n").utf8))
    }

    static func output(_ text: String) {
        try? FileHandle.standardOutput.write(contentsOf: Data((text + "\n").utf8))
    }
}
