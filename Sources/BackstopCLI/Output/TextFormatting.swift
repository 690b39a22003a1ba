extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }

    /// Lines after the first indented by two spaces, to sit under a heading.
    func indentingLines() -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  ")
    }
}
