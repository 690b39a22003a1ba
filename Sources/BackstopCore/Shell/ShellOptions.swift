/// A command's options read as getopt reads them: clusters of short flags (`-rf`), a short
/// option's value attached or in the next word (`-n5`, `-n 5`), long options (`--user=x`,
/// `--user x`), `--` ending them. Wrappers and interpreters use it to find where the command or
/// the code they run starts.
struct ShellOptions {
    /// Each option as `-x` or `--name`, with its value when it takes one.
    var options: [(name: String, value: String?)] = []
    /// The index of the first operand (the first word that is not an option, or after `--`).
    var operandIndex = 0
    /// With `permute`, every operand's index, options being allowed after them.
    var operandIndices: [Int] = []

    /// `shortWithValue`: short options whose value follows; `optionallyAttached`: short options whose
    /// value, if any, is the rest of the cluster; `plusOptions`: `+o` counts as an option (shells).
    init(_ words: [String], from start: Int, shortWithValue: Set<Character> = [], longWithValue: Set<String> = [],
         optionallyAttached: Set<Character> = [], plusOptions: Bool = false, permute: Bool = false) {
        var index = start
        operandIndex = words.count
        while index < words.count {
            let word = words[index]
            if word == "--" {
                operandIndices += Array(index + 1..<words.count)
                if operandIndex == words.count { operandIndex = index + 1 }
                break
            }
            if word.hasPrefix("--") {
                let body = word.dropFirst(2)
                if let equals = body.firstIndex(of: "=") {
                    options.append(("--" + body[..<equals], String(body[body.index(after: equals)...])))
                    index += 1
                } else if longWithValue.contains(String(body)) {
                    options.append(("--" + body, index + 1 < words.count ? words[index + 1] : nil))
                    index += 2
                } else {
                    options.append(("--" + body, nil))
                    index += 1
                }
                continue
            }
            if let sign = word.first, sign == "-" || (plusOptions && sign == "+"), word.count > 1 {
                index += 1
                let characters = Array(word.dropFirst())
                for (offset, character) in characters.enumerated() {
                    let rest = String(characters[(offset + 1)...])
                    if shortWithValue.contains(character) {
                        if !rest.isEmpty {
                            options.append(("\(sign)\(character)", rest))
                        } else {
                            options.append(("\(sign)\(character)", index < words.count ? words[index] : nil))
                            index += 1
                        }
                        break
                    }
                    if optionallyAttached.contains(character) {
                        options.append(("\(sign)\(character)", rest.isEmpty ? nil : rest))
                        break
                    }
                    options.append(("\(sign)\(character)", nil))
                }
                continue
            }
            if operandIndex == words.count { operandIndex = index }
            guard permute else { break }
            operandIndices.append(index)
            index += 1
        }
        if !permute, operandIndex < words.count { operandIndices = Array(operandIndex..<words.count) }
    }

    func has(_ names: String...) -> Bool {
        options.contains { names.contains($0.name) }
    }

    func value(_ names: String...) -> String? {
        options.first { names.contains($0.name) }?.value
    }

    func values(_ names: String...) -> [String] {
        options.filter { names.contains($0.name) }.compactMap(\.value)
    }
}
