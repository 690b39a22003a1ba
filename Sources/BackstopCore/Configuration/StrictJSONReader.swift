/// A configuration file read strictly, as RFC 8259 has it: a key given twice in one object and a
/// number too large for a double are errors that name the key, where a lenient decoder would keep
/// the last value or fail with a message about types. Pure: bytes in, a document or an error out.
public struct StrictJSONReader {
    /// A document and, for each number in it, the text it was written as, so a message can quote
    /// `99999999999999999999999` rather than the double it rounds to.
    public struct Document: Sendable, Equatable {
        public let value: JSONValue
        /// Dotted key path (array elements as `key[0]`) to the number's text as written.
        public let numberTexts: [String: String]
    }

    /// Objects and arrays nest at most this deep: the configuration needs three levels, and a
    /// file of ten thousand `[` must not exhaust the stack.
    public static let maximumDepth = 64

    private let bytes: [UInt8]
    private let source: String
    private var offset = 0
    private var numberTexts: [String: String] = [:]

    private init(bytes: [UInt8], source: String) {
        self.bytes = bytes
        self.source = source
    }

    /// Reads one JSON document from `bytes`; `source` names the file in errors. A UTF-8 byte-order
    /// mark is skipped; anything after the document but white space is an error.
    public static func read(_ bytes: [UInt8], source: String) throws(ConfigurationError) -> Document {
        var reader = StrictJSONReader(bytes: bytes, source: source)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.offset = 3 }
        reader.skipWhiteSpace()
        let value = try reader.readValue(path: "", depth: 0)
        reader.skipWhiteSpace()
        if reader.offset < bytes.count { throw reader.error(at: "", "unexpected \(reader.describeNext()) after the document") }
        return Document(value: value, numberTexts: reader.numberTexts)
    }

    private mutating func readValue(path: String, depth: Int) throws(ConfigurationError) -> JSONValue {
        guard let byte = peek() else { throw error(at: path, "the file ends where a value should be") }
        switch byte {
        case UInt8(ascii: "{"): return try readObject(path: path, depth: depth + 1)
        case UInt8(ascii: "["): return try readArray(path: path, depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try readString(path: path))
        case UInt8(ascii: "t"): try expectWord("true", path: path); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false", path: path); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null", path: path); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try readNumber(path: path))
        default: throw error(at: path, "expected a value, found \(describeNext())")
        }
    }

    private mutating func readObject(path: String, depth: Int) throws(ConfigurationError) -> JSONValue {
        if depth > Self.maximumDepth { throw error(at: path, "nested deeper than \(Self.maximumDepth) levels") }
        offset += 1
        var members: [String: JSONValue] = [:]
        var lines: [String: Int] = [:]
        skipWhiteSpace()
        if peek() == UInt8(ascii: "}") {
            offset += 1
            return .object(members)
        }
        while true {
            skipWhiteSpace()
            guard peek() == UInt8(ascii: "\"") else { throw error(at: path, "expected a key in double quotes, found \(describeNext())") }
            let line = currentLine()
            let name = try readString(path: path)
            let memberPath = path.isEmpty ? name : "\(path).\(name)"
            if let first = lines[name] {
                throw ConfigurationError(key: memberPath, source: source,
                                         message: "duplicate key \"\(memberPath)\" (lines \(first) and \(line)); only one may stand")
            }
            lines[name] = line
            skipWhiteSpace()
            guard peek() == UInt8(ascii: ":") else { throw error(at: memberPath, "expected ':' after the key, found \(describeNext())") }
            offset += 1
            skipWhiteSpace()
            members[name] = try readValue(path: memberPath, depth: depth)
            skipWhiteSpace()
            switch peek() {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "}"):
                offset += 1
                return .object(members)
            default: throw error(at: memberPath, "expected ',' or '}' after the value, found \(describeNext())")
            }
        }
    }

    private mutating func readArray(path: String, depth: Int) throws(ConfigurationError) -> JSONValue {
        if depth > Self.maximumDepth { throw error(at: path, "nested deeper than \(Self.maximumDepth) levels") }
        offset += 1
        var items: [JSONValue] = []
        skipWhiteSpace()
        if peek() == UInt8(ascii: "]") {
            offset += 1
            return .array(items)
        }
        while true {
            skipWhiteSpace()
            items.append(try readValue(path: "\(path)[\(items.count)]", depth: depth))
            skipWhiteSpace()
            switch peek() {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "]"):
                offset += 1
                return .array(items)
            default: throw error(at: path, "expected ',' or ']' after an element, found \(describeNext())")
            }
        }
    }

    private mutating func readString(path: String) throws(ConfigurationError) -> String {
        offset += 1
        var scalars = String.UnicodeScalarView()
        var run: [UInt8] = []
        // Plain bytes are gathered and decoded once, so a multi-byte character is checked whole.
        func flush(_ run: inout [UInt8], into scalars: inout String.UnicodeScalarView) -> Bool {
            guard !run.isEmpty else { return true }
            guard let text = String(validating: run, as: UTF8.self) else { return false }
            scalars.append(contentsOf: text.unicodeScalars)
            run.removeAll(keepingCapacity: true)
            return true
        }
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                guard flush(&run, into: &scalars) else { throw error(at: path, "a string is not valid UTF-8") }
                return String(scalars)
            case UInt8(ascii: "\\"):
                guard flush(&run, into: &scalars) else { throw error(at: path, "a string is not valid UTF-8") }
                offset += 1
                scalars.append(try readEscape(path: path))
            case 0..<0x20:
                throw error(at: path, "a control character (\(describeNext())) inside a string must be escaped")
            default:
                run.append(byte)
                offset += 1
            }
        }
        throw error(at: path, "the file ends inside a string")
    }

    private mutating func readEscape(path: String) throws(ConfigurationError) -> Unicode.Scalar {
        guard let byte = peek() else { throw error(at: path, "the file ends inside a string") }
        offset += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let unit = try readHexUnit(path: path)
            if (0xD800..<0xDC00).contains(unit) {
                // A high surrogate stands only with the low one that follows it as `\uDC00`...
                guard bytes[offset...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) else {
                    throw error(at: path, "\\u\(hex(unit)) is half of a surrogate pair")
                }
                offset += 2
                let low = try readHexUnit(path: path)
                guard (0xDC00..<0xE000).contains(low), let scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) else {
                    throw error(at: path, "\\u\(hex(unit)) is not followed by the low half of a surrogate pair")
                }
                return scalar
            }
            guard let scalar = Unicode.Scalar(unit) else { throw error(at: path, "\\u\(hex(unit)) is half of a surrogate pair") }
            return scalar
        default:
            offset -= 1
            throw error(at: path, "\\\(describeNext()) is not a JSON escape")
        }
    }

    private mutating func readHexUnit(path: String) throws(ConfigurationError) -> UInt32 {
        var unit: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek(), let digit = Self.hexDigit(byte) else { throw error(at: path, "\\u needs four hex digits") }
            unit = unit << 4 | digit
            offset += 1
        }
        return unit
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, and finite as a double.
    private mutating func readNumber(path: String) throws(ConfigurationError) -> Double {
        let start = offset
        func digits(_ reader: inout StrictJSONReader) -> Int {
            let first = reader.offset
            while let byte = reader.peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { reader.offset += 1 }
            return reader.offset - first
        }
        if peek() == UInt8(ascii: "-") { offset += 1 }
        let leadingZero = peek() == UInt8(ascii: "0")
        let integerDigits = digits(&self)
        var wellFormed = integerDigits > 0 && !(leadingZero && integerDigits > 1)
        if peek() == UInt8(ascii: ".") {
            offset += 1
            wellFormed = wellFormed && digits(&self) > 0
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            offset += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { offset += 1 }
            wellFormed = wellFormed && digits(&self) > 0
        }
        // A number runs into the next delimiter; letters glued to it (`12abc`) make it malformed.
        while let byte = peek(), !Self.delimiters.contains(byte) {
            wellFormed = false
            offset += 1
        }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        guard wellFormed else { throw error(at: path, "\(text) is not a JSON number") }
        let number = Double(text) ?? .infinity
        guard number.isFinite else {
            throw ConfigurationError(key: path, source: source, message: "\(text) is out of range: too large for any number (line \(currentLine()))")
        }
        numberTexts[path] = text
        return number
    }

    private mutating func expectWord(_ word: String, path: String) throws(ConfigurationError) {
        let wanted = Array(word.utf8)
        guard bytes[offset...].starts(with: wanted) else { throw error(at: path, "expected a value, found \(describeNext())") }
        offset += wanted.count
    }

    private mutating func skipWhiteSpace() {
        while let byte = peek(), Self.whiteSpace.contains(byte) { offset += 1 }
    }

    private func peek() -> UInt8? { offset < bytes.count ? bytes[offset] : nil }

    /// 1-based line of `offset`, for messages.
    private func currentLine() -> Int { bytes[..<offset].count(where: { $0 == 0x0A }) + 1 }

    private func currentColumn() -> Int {
        offset - (bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0) + 1
    }

    private func describeNext() -> String {
        guard let byte = peek() else { return "the end of the file" }
        if (0x21..<0x7F).contains(byte) { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(hex(UInt32(byte), width: 2))"
    }

    private func error(at path: String, _ message: String) -> ConfigurationError {
        ConfigurationError(key: path, source: source, message: "not valid JSON: \(message) (line \(currentLine()), column \(currentColumn()))")
    }

    private func hex(_ value: UInt32, width: Int = 4) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private static let whiteSpace: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
    private static let delimiters: Set<UInt8> = whiteSpace.union([UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]")])
}
