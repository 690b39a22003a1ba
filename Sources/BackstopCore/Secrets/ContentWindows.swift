/// Content too large to scan in one piece, walked as overlapping windows, so memory holds one
/// window whatever the size. Each window reports the secrets that start in its own stretch of
/// `stride` bytes and reads `overlap` bytes on either side: a secret across a boundary, with the
/// keyword before it, is whole in the window that reports it, and no secret is reported twice.
public struct ContentWindows: Sendable, Equatable {
    public let stride: Int
    public let overlap: Int

    public init(stride: Int, overlap: Int) {
        self.stride = max(1, stride)
        self.overlap = max(0, overlap)
    }

    /// One window: the bytes it reads, and the stretch whose secrets it reports (offsets in the
    /// whole content).
    public struct Window: Sendable, Equatable {
        public let read: Range<Int>
        public let reported: Range<Int>
    }

    /// The windows over `count` bytes, in order; one window when the content fits.
    public func windows(count: Int) -> [Window] {
        var windows: [Window] = []
        var start = 0
        repeat {
            let reported = start..<min(count, start + stride)
            windows.append(Window(read: max(0, start - overlap)..<min(count, reported.upperBound + overlap), reported: reported))
            start += stride
        } while start < count
        return windows
    }
}

/// The line and column of a byte, carried from one window to the next so that findings in a
/// window name their place in the whole content.
public struct ContentPosition: Sendable, Equatable {
    public private(set) var line = 1
    public private(set) var column = 1

    public init() {}

    /// Moves past `bytes`.
    public mutating func advance(over bytes: ArraySlice<UInt8>) {
        if let lastNewline = bytes.lastIndex(of: UInt8(ascii: "\n")) {
            line += bytes.count { $0 == UInt8(ascii: "\n") }
            column = bytes.endIndex - lastNewline
        } else {
            column += bytes.count
        }
    }
}

extension SecretDetector {
    /// The findings in content of `count` bytes that `read` hands over a window at a time (a range
    /// of the content in, its bytes out). `place` gives the path, line numbers, commit and part.
    public func findings(at place: Fragment, count: Int, windowBytes: Int,
                         read: (Range<Int>) throws -> [UInt8]) rethrows -> [Finding] {
        try findingsAndMarked(at: place, count: count, windowBytes: windowBytes, read: read).findings
    }

    /// As `findings(at:count:windowBytes:read:)`, with apart the findings an inline allowance
    /// marker excused (`findingsAndMarked(in:reportingSecretsStartingIn:)`).
    public func findingsAndMarked(at place: Fragment, count: Int, windowBytes: Int,
                                  read: (Range<Int>) throws -> [UInt8]) rethrows -> (findings: [Finding], marked: [Finding]) {
        let windows = ContentWindows(stride: windowBytes, overlap: longestMatchBytes).windows(count: count)
        var findings: [Finding] = []
        var marked: [Finding] = []
        var position = ContentPosition()
        var previous: (start: Int, bytes: [UInt8])?
        for window in windows {
            if let previous {
                // Windows overlap, so the bytes between two window starts are in the earlier one.
                position.advance(over: previous.bytes[0..<(window.read.lowerBound - previous.start)])
            }
            let bytes = try read(window.read)
            let fragment = place.window(bytes, firstLine: position.line, firstColumn: position.column)
            let start = window.read.lowerBound
            let found = findingsAndMarked(in: fragment, reportingSecretsStartingIn: (window.reported.lowerBound - start)..<(window.reported.upperBound - start))
            findings += found.findings
            marked += found.marked
            previous = (start, bytes)
        }
        return (findings, marked)
    }

    /// The findings in a fragment already in memory, scanned in windows when it is larger than
    /// `windowBytes` so the detector's own working memory stays bounded.
    public func findings(in fragment: Fragment, windowBytes: Int) -> [Finding] {
        findingsAndMarked(in: fragment, windowBytes: windowBytes).findings
    }

    public func findingsAndMarked(in fragment: Fragment, windowBytes: Int) -> (findings: [Finding], marked: [Finding]) {
        guard fragment.bytes.count > windowBytes else { return findingsAndMarked(in: fragment) }
        return findingsAndMarked(at: fragment, count: fragment.bytes.count, windowBytes: windowBytes) { Array(fragment.bytes[$0]) }
    }
}
