/// Stands in for the shell reader until it lands: splits on `;` and spaces only.
public enum ShellReader {
    public static func read(_ text: String, home: String? = nil, variables: [String: String] = [:]) -> ShellScript {
        ShellScript(commands: text.split(separator: ";").map { ShellCommand(words: $0.split(separator: " ").map(String.init)) })
    }
}
