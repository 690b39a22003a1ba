import Clibgit2

/// C strings as libgit2 hands them over and takes them, as bytes: paths need not be UTF-8.
enum CStrings {
    /// The bytes before the NUL.
    static func bytes(_ pointer: UnsafePointer<CChar>) -> [UInt8] {
        var count = 0
        while pointer[count] != 0 { count += 1 }
        return Array(UnsafeRawBufferPointer(start: pointer, count: count))
    }
}

/// A `git_strarray` built from byte strings; freed by `free()`, because libgit2 does not own it.
struct CStringArray {
    private let strings: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
    private let count: Int

    init(_ items: [[UInt8]]) {
        count = items.count
        strings = .allocate(capacity: max(items.count, 1))
        for (position, item) in items.enumerated() {
            let copy = UnsafeMutablePointer<CChar>.allocate(capacity: item.count + 1)
            item.withUnsafeBufferPointer { bytes in
                copy.withMemoryRebound(to: UInt8.self, capacity: item.count + 1) { target in
                    if let base = bytes.baseAddress { target.update(from: base, count: item.count) }
                    target[item.count] = 0
                }
            }
            strings[position] = copy
        }
    }

    var strarray: git_strarray { git_strarray(strings: strings, count: count) }

    func free() {
        for position in 0..<count { strings[position]?.deallocate() }
        strings.deallocate()
    }
}
