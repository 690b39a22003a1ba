/// A blob, tree or commit id (SHA-1) as a plain hashable value, so sets and records hold no strings
/// and every layer speaks of content the same way.
public struct ObjectID: Hashable, Sendable, CustomStringConvertible {
    private let first: UInt64
    private let second: UInt64
    private let third: UInt32

    /// Reads the 20 bytes at `raw` (an adapter's id in memory).
    public init(loadingFrom raw: UnsafeRawPointer) {
        first = raw.loadUnaligned(as: UInt64.self)
        second = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        third = raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
    }

    /// The id of 20 bytes; nil for any other count.
    public init?(bytes: [UInt8]) {
        guard bytes.count == 20 else { return nil }
        self = bytes.withUnsafeBytes { raw in raw.baseAddress.map(ObjectID.init(loadingFrom:)) } ?? ObjectID.zero
    }

    /// Reads the 40-hex form; nil for anything else.
    public init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count == 40 else { return nil }
        var bytes = [UInt8](repeating: 0, count: 20)
        for index in 0..<20 {
            guard let high = Self.value(of: digits[2 * index]), let low = Self.value(of: digits[2 * index + 1]) else { return nil }
            bytes[index] = high << 4 | low
        }
        self.init(bytes: bytes)
    }

    private init(first: UInt64, second: UInt64, third: UInt32) {
        self.first = first
        self.second = second
        self.third = third
    }

    private static let zero = ObjectID(first: 0, second: 0, third: 0)

    /// git's id of empty content: emptying a file counts as deleting it.
    public static let emptyBlob = ObjectID(hex: "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391") ?? zero

    /// Calls `body` with the id's 20 bytes, in order.
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        // The tuple is laid out as 8 + 8 + 4 bytes, the id's bytes in order.
        Swift.withUnsafeBytes(of: (first, second, third)) { raw in body(UnsafeRawBufferPointer(rebasing: raw[0..<20])) }
    }

    /// The 40-hex form git prints.
    public var hex: String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(40)
        self.withUnsafeBytes { raw in
            for byte in raw {
                text.append(digits[Int(byte >> 4)])
                text.append(digits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The first 12 digits, as people quote ids.
    public var short: String { String(hex.prefix(12)) }

    public var description: String { hex }

    private static func value(of digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
