import BackstopCore
@testable import BackstopGit
import BackstopTestSupport
import Foundation
import Glibc
import Testing

/// A repository in a temporary folder for snapshot tests. Git's command line, run hermetically, is
/// the independent oracle: `ls-tree`, `cat-file`, `status`, `write-tree` in a temporary index.
final class SnapshotFixture {
    let repository: TemporaryRepository
    var base: String { repository.base }
    var root: String { repository.root }
    var home: String { repository.home }

    init() throws {
        repository = try TemporaryRepository(prefix: "backstop-snapshot")
    }

    static let settings = Configuration.defaults.snapshots

    func store(_ settings: SnapshotSettings = SnapshotFixture.settings) throws -> SnapshotStore {
        try SnapshotStore(location: RepositoryLocation(root: root, gitDirectory: root + "/.git", commonDirectory: root + "/.git"), settings: settings)
    }

    @discardableResult
    /// Runs git, which must succeed.
    func git(_ arguments: String..., input: [UInt8]? = nil, environment extra: [String: String] = [:]) throws -> ProcessResult {
        let result = try repository.git(arguments, input: input, environment: extra)
        try result.expectSuccess(arguments)
        return result
    }

    func text(_ arguments: String...) throws -> String {
        try repository.git(arguments).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Writes raw bytes at a path given as bytes (names need not be UTF-8), making its folders.
    func write(_ path: [UInt8], _ content: [UInt8], mode: mode_t = 0o644) throws {
        let full = Array((root + "/").utf8) + path
        if let slash = full.lastIndex(of: UInt8(ascii: "/")) {
            try FileManager.default.createDirectory(atPath: String(decoding: full[..<slash], as: UTF8.self), withIntermediateDirectories: true)
        }
        let descriptor = open(RepositoryPath(bytes: full).cString, O_WRONLY | O_CREAT | O_TRUNC, mode)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        _ = content.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        fchmod(descriptor, mode)
    }

    func write(_ path: String, _ text: String, mode: mode_t = 0o644) throws {
        try write(Array(path.utf8), Array(text.utf8), mode: mode)
    }

    func read(_ path: [UInt8]) -> [UInt8]? {
        let descriptor = open(RepositoryPath(bytes: path).cString(under: root), O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            result += buffer[..<count]
        }
        return result
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(atPath: root + "/" + path)
    }

    /// `git ls-tree -r -z` of a tree-ish: path bytes to (mode, blob id).
    func listTree(_ treeish: String) throws -> [[UInt8]: (mode: String, id: String)] {
        let result = try git("ls-tree", "-r", "-z", treeish)
        var entries: [[UInt8]: (mode: String, id: String)] = [:]
        for record in result.outputBytes.split(separator: 0) {
            guard let tab = record.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            let fields = String(decoding: record[..<tab], as: UTF8.self).split(separator: " ")
            entries[Array(record[(tab + 1)...])] = (String(fields[0]), String(fields[2]))
        }
        return entries
    }

    /// Blob content through `git cat-file`, the oracle for what a snapshot holds.
    func blob(_ id: String) throws -> [UInt8] {
        try git("cat-file", "blob", id).outputBytes
    }

    /// Every file under the working tree except `.git`: path bytes to (content or link target, mode bits).
    func files() -> [[UInt8]: (content: [UInt8], mode: mode_t)] {
        var result: [[UInt8]: (content: [UInt8], mode: mode_t)] = [:]
        collect(Array(root.utf8), prefix: [], into: &result)
        return result
    }

    private func collect(_ folder: [UInt8], prefix: [UInt8], into result: inout [[UInt8]: (content: [UInt8], mode: mode_t)]) {
        guard let directory = opendir(RepositoryPath(bytes: folder).cString) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name == Array(".".utf8) || name == Array("..".utf8) || (prefix.isEmpty && name == Array(".git".utf8)) { continue }
            let path = prefix.isEmpty ? name : prefix + [UInt8(ascii: "/")] + name
            let full = folder + [UInt8(ascii: "/")] + name
            var status = stat()
            guard lstat(RepositoryPath(bytes: full).cString, &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFDIR: collect(full, prefix: path, into: &result)
            case S_IFLNK:
                var buffer = [CChar](repeating: 0, count: 4096)
                let count = readlink(RepositoryPath(bytes: full).cString, &buffer, buffer.count)
                result[path] = (buffer[..<max(count, 0)].map { UInt8(bitPattern: $0) }, S_IFLNK)
            default: result[path] = (read(path) ?? [], status.st_mode & 0o777)
            }
        }
    }

    func fileDigest(_ path: String) -> [UInt8]? {
        read(Array(path.utf8)).map { SHA256.digest($0) }
    }
}
