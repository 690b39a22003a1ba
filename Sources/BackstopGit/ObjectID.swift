import Clibgit2

/// A blob, tree or commit id (SHA-1) as a plain hashable value, so sets and records hold no strings
/// and no C type leaves this module.
public struct ObjectID: Hashable, Sendable, CustomStringConvertible {
    private let first: UInt64
    private let second: UInt64
    private let third: UInt32

    init(_ oid: UnsafePointer<git_oid>) {
        let raw = UnsafeRawPointer(oid)
        first = raw.loadUnaligned(as: UInt64.self)
        second = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        third = raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
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
        first = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        second = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 8, as: UInt64.self) }
        third = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 16, as: UInt32.self) }
    }

    /// The id as libgit2 takes it.
    var gitOID: git_oid {
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid.id) { raw in
            raw.storeBytes(of: first, as: UInt64.self)
            raw.storeBytes(of: second, toByteOffset: 8, as: UInt64.self)
            raw.storeBytes(of: third, toByteOffset: 16, as: UInt32.self)
        }
        return oid
    }

    /// The 40-hex form git prints.
    public var hex: String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(40)
        withUnsafeBytes(of: (first, second, third)) { raw in
            // The tuple is laid out as 8 + 8 + 4 bytes, the id's bytes in order.
            for index in 0..<20 {
                let byte = raw[index]
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
