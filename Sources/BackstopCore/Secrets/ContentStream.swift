extension SecretDetector {
    /// The findings in content of unknown length that `next` hands over in pieces (at most the
    /// byte count it is asked for; empty at the end), scanned in the windows `ContentWindows` makes
    /// for content of that length, so memory holds one window and its overlap whatever the length.
    /// Returns the findings and the number of bytes read.
    public func findings(streamingAt place: Fragment, windowBytes: Int,
                         next: (Int) throws -> [UInt8]) rethrows -> (findings: [Finding], count: Int) {
        let layout = ContentWindows(stride: windowBytes, overlap: longestMatchBytes)
        var findings: [Finding] = []
        var position = ContentPosition()
        // The bytes from the current window's first (`bufferStart`) to the last read.
        var buffer: [UInt8] = []
        var bufferStart = 0
        var ended = false
        var start = 0
        while true {
            let wanted = start + layout.stride + layout.overlap
            while !ended, bufferStart + buffer.count < wanted {
                let piece = try next(wanted - bufferStart - buffer.count)
                if piece.isEmpty { ended = true } else { buffer += piece }
            }
            let available = bufferStart + buffer.count
            // As `ContentWindows.windows(count:)`: one window for empty content, none past the end.
            if start > 0, start >= available { break }
            let reported = start..<min(available, start + layout.stride)
            let read = max(0, start - layout.overlap)..<min(available, reported.upperBound + layout.overlap)
            let bytes = Array(buffer[(read.lowerBound - bufferStart)..<(read.upperBound - bufferStart)])
            let fragment = place.window(bytes, firstLine: position.line, firstColumn: position.column)
            findings += self.findings(in: fragment, reportingSecretsStartingIn: (reported.lowerBound - read.lowerBound)..<(reported.upperBound - read.lowerBound))
            start += layout.stride
            if ended, start >= available { break }
            // What the next window does not read is dropped; the position moves past it.
            let dropped = min(buffer.count, max(0, start - layout.overlap) - bufferStart)
            position.advance(over: buffer[0..<dropped])
            buffer.removeFirst(dropped)
            bufferStart += dropped
        }
        return (findings, bufferStart + buffer.count)
    }
}
