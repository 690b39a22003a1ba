/// A configuration problem, always naming the key (or the file, when it is not JSON at all).
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The dotted key, e.g. `commit.massDeletionFiles`; empty when the whole file is at fault.
    public let key: String
    /// Where the value came from: a file path, `--config FILE`, or `built-in`.
    public let source: String
    public let message: String

    public init(key: String, source: String, message: String) {
        self.key = key
        self.source = source
        self.message = message
    }

    public var description: String {
        key.isEmpty ? "\(source): \(message)" : "\(source): key '\(key)': \(message)"
    }
}
