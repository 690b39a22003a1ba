import Foundation

/// Human text goes to stderr; machine output (`--format json|sarif`) to stdout.
enum Terminal {
    static func say(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}
