import Foundation

/// Shannon entropy of a string's bytes, in bits per character.
public func shannonEntropy<Bytes: Collection>(_ bytes: Bytes) -> Double where Bytes.Element == UInt8 {
    guard !bytes.isEmpty else { return 0 }
    var counts = [Int](repeating: 0, count: 256)
    for byte in bytes { counts[Int(byte)] += 1 }
    let total = Double(bytes.count)
    var entropy = 0.0
    for count in counts where count > 0 {
        let probability = Double(count) / total
        entropy -= probability * log2(probability)
    }
    return entropy
}
