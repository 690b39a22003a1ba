/// Stretches of a text that hold other text in an encoding (base64, hex, URL-encoding), decoded so
/// the scanner can read what they hide, as gitleaks' decoder does. Only decodings that are text
/// count: a digest, an image or a certificate decodes to binary and is left alone.
public enum EncodedText {
    public enum Encoding: String, Sendable {
        case base64, hex, url = "URL"
    }

    /// One encoded stretch: where it is in the text, and what it decodes to.
    public struct Stretch: Sendable, Equatable {
        public let range: Range<Int>
        public let decoded: [UInt8]
        public let encoding: Encoding
    }

    /// Bounds, so a large file of encoded data cannot make a scan slow.
    public struct Limits: Sendable {
        /// The shortest base64 stretch decoded: 24 characters hold 18 bytes, shorter than no token.
        public var minimumBase64: Int = 24
        /// The shortest hex stretch decoded (16 bytes of text).
        public var minimumHex: Int = 32
        /// The longest stretch decoded.
        public var maximumStretch: Int = 64 * 1024
        /// Bytes decoded per text, in all.
        public var maximumDecodedBytes: Int = 1 << 20

        public init() {}
    }

    /// The encoded stretches of `bytes` whose decoding is text, in order.
    public static func stretches(in bytes: UnsafeBufferPointer<UInt8>, limits: Limits = Limits()) -> [Stretch] {
        table.withUnsafeBufferPointer { table in stretches(in: bytes, limits: limits, table: table) }
    }

    private static func stretches(in bytes: UnsafeBufferPointer<UInt8>, limits: Limits, table: UnsafeBufferPointer<UInt8>) -> [Stretch] {
        var found: [Stretch] = []
        var budget = limits.maximumDecodedBytes
        var index = 0
        let count = bytes.count
        while index < count, budget > 0 {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                if let stretch = urlStretch(in: bytes, around: index, limits: limits, table: table) {
                    budget -= stretch.decoded.count
                    found.append(stretch)
                    index = stretch.range.upperBound
                } else {
                    index += 1
                }
                continue
            }
            guard table[Int(byte)] & base64Character != 0 else { index += 1; continue }
            // A whole run of the base64 alphabet; a `0x` prefix belongs to it, so `0x...` is not read as hex.
            var end = index
            var seen: UInt8 = 0
            while end < count, table[Int(bytes[end])] & base64Character != 0 {
                seen |= table[Int(bytes[end])]
                end += 1
            }
            var padded = end
            while padded < count, padded - end < 2, bytes[padded] == UInt8(ascii: "=") { padded += 1 }
            let length = end - index
            defer { index = max(padded, index + 1) }
            guard length <= limits.maximumStretch else { continue }
            // Most runs are identifiers or random data: their first bytes already decode to binary.
            if seen & nonHex == 0 {
                guard length >= limits.minimumHex, let head = decodeHex(bytes, index..<(index + 16)), isText(head),
                      let decoded = decodeHex(bytes, index..<end), isText(decoded) else { continue }
                budget -= decoded.count
                found.append(Stretch(range: index..<end, decoded: decoded, encoding: .hex))
            } else if length >= limits.minimumBase64, seen & upper != 0, seen & lower != 0,
                      let head = decodeBase64(bytes, index..<(index + 12)), isText(head),
                      let decoded = decodeBase64(bytes, index..<end), isText(decoded) {
                budget -= decoded.count
                found.append(Stretch(range: index..<padded, decoded: decoded, encoding: .base64))
            }
        }
        return found
    }

    // MARK: - Classes of bytes

    private static let base64Character: UInt8 = 1
    private static let upper: UInt8 = 2
    private static let lower: UInt8 = 4
    /// Set for base64 characters that are not hex digits.
    private static let nonHex: UInt8 = 8
    private static let urlCharacter: UInt8 = 16

    private static let table: [UInt8] = (0..<256).map { value in
        let byte = UInt8(value)
        var classes: UInt8 = 0
        let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
        let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
        let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
        let isHexLetter = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F"))
        if isUpper || isLower || isDigit || "+/-_".utf8.contains(byte) { classes |= base64Character }
        if isUpper { classes |= upper }
        if isLower { classes |= lower }
        if classes & base64Character != 0, !isDigit, !isHexLetter { classes |= nonHex }
        if isUpper || isLower || isDigit || "%+-_.~=&:/!*'();@$,".utf8.contains(byte) { classes |= urlCharacter }
        return classes
    }

    // MARK: - Decoders

    private static func base64Value(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return byte - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"), UInt8(ascii: "-"): return 62
        case UInt8(ascii: "/"), UInt8(ascii: "_"): return 63
        default: return nil
        }
    }

    /// Standard or URL-safe base64 without its padding; a trailing single character is dropped.
    static func decodeBase64(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(range.count * 3 / 4)
        var accumulator: UInt32 = 0
        var bits = 0
        for index in range {
            guard let value = base64Value(bytes[index]) else { return nil }
            accumulator = (accumulator << 6) | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8((accumulator >> UInt32(bits)) & 0xFF))
            }
        }
        return output
    }

    /// A whole base64 text, its `=` padding allowed.
    static func decodeBase64(_ text: [UInt8]) -> [UInt8]? {
        let length = text.count - text.reversed().prefix { $0 == UInt8(ascii: "=") }.count
        return text.withUnsafeBufferPointer { decodeBase64($0, 0..<length) }
    }

    static func decodeHex(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(range.count / 2)
        var index = range.lowerBound
        while index + 1 < range.upperBound {
            guard let high = hexValue(bytes[index]), let low = hexValue(bytes[index + 1]) else { return nil }
            output.append(high << 4 | low)
            index += 2
        }
        return output
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// The run of URL characters around a `%XX`, decoded, when it holds at least one escape.
    private static func urlStretch(in bytes: UnsafeBufferPointer<UInt8>, around percent: Int, limits: Limits, table: UnsafeBufferPointer<UInt8>) -> Stretch? {
        guard percent + 2 < bytes.count, hexValue(bytes[percent + 1]) != nil, hexValue(bytes[percent + 2]) != nil else { return nil }
        var start = percent
        while start > 0, percent - start < limits.maximumStretch, table[Int(bytes[start - 1])] & urlCharacter != 0 { start -= 1 }
        var end = percent
        while end < bytes.count, end - start < limits.maximumStretch, table[Int(bytes[end])] & urlCharacter != 0 { end += 1 }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(end - start)
        var index = start
        while index < end {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < end, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                decoded.append(high << 4 | low)
                index += 3
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        guard isText(decoded) else { return nil }
        return Stretch(range: start..<end, decoded: decoded, encoding: .url)
    }

    /// At least 8 bytes, nearly all printable ASCII or white space: what a token or a config is.
    static func isText(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 8 else { return false }
        let printable = bytes.reduce(0) { count, byte in
            count + ((byte >= 0x20 && byte < 0x7F) || byte == 0x09 || byte == 0x0A || byte == 0x0D ? 1 : 0)
        }
        return printable * 100 >= bytes.count * 97
    }
}

/// String literals joined on one line (`"gh" + "p_..."`, PHP's `.`, Lua's `..`): the line as the
/// program would see it, so a token split to hide it is read whole.
public enum ConcatenatedStrings {
    /// A line with its joins taken out, and for each of its bytes the offset it came from.
    public struct JoinedLine: Sendable {
        public let bytes: [UInt8]
        public let origins: [Int]
        /// Offsets in `bytes` where a join was taken out: a secret across one was hidden.
        public let joins: [Int]
    }

    /// The lines of `bytes` that join string literals, each joined.
    public static func joinedLines(in bytes: UnsafeBufferPointer<UInt8>) -> [JoinedLine] {
        var lines: [JoinedLine] = []
        var line: Range<Int>?
        var joinsOnLine: [Range<Int>] = []
        var index = 0
        // A join starts at a closing quote, so only quotes are looked at closely.
        while index < bytes.count {
            guard isQuote(bytes[index]), let removed = join(in: bytes, closingQuote: index) else { index += 1; continue }
            if let current = line, current.contains(removed.lowerBound) {
                if let last = joinsOnLine.last, removed.lowerBound < last.upperBound { index += 1; continue }
                joinsOnLine.append(removed)
            } else {
                if let current = line { lines.append(join(bytes, current, removing: joinsOnLine)) }
                line = lineRange(in: bytes, around: removed.lowerBound)
                joinsOnLine = [removed]
            }
            index = removed.upperBound
        }
        if let current = line { lines.append(join(bytes, current, removing: joinsOnLine)) }
        return lines
    }

    /// After the quote at `quote`: spaces, a `+`, `.` or `..`, spaces, and a quote of the same kind;
    /// the range from the one quote to the other, both included.
    private static func join(in bytes: UnsafeBufferPointer<UInt8>, closingQuote quote: Int) -> Range<Int>? {
        var index = quote + 1
        while index < bytes.count, index <= quote + 3, bytes[index] == 0x20 { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: ".") else { return nil }
        if bytes[index] == UInt8(ascii: "."), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ".") { index += 1 }
        let operatorEnd = index
        index += 1
        while index < bytes.count, index <= operatorEnd + 4, bytes[index] == 0x20 { index += 1 }
        guard index < bytes.count, bytes[index] == bytes[quote] else { return nil }
        return quote..<(index + 1)
    }

    private static func lineRange(in bytes: UnsafeBufferPointer<UInt8>, around offset: Int) -> Range<Int> {
        var start = offset
        while start > 0, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        var end = offset
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        return start..<end
    }

    private static func isQuote(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`")
    }

    private static func join(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, removing joins: [Range<Int>]) -> JoinedLine {
        var output: [UInt8] = []
        var origins: [Int] = []
        var points: [Int] = []
        var position = line.lowerBound
        for removed in joins {
            for offset in position..<removed.lowerBound {
                output.append(bytes[offset])
                origins.append(offset)
            }
            points.append(output.count)
            position = removed.upperBound
        }
        for offset in position..<line.upperBound {
            output.append(bytes[offset])
            origins.append(offset)
        }
        return JoinedLine(bytes: output, origins: origins, joins: points)
    }
}
