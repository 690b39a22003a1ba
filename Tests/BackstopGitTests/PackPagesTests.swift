import BackstopCore
@testable import BackstopGit
import BackstopSystem
import Foundation
import Glibc
import Testing

/// The watcher lets go of the pack pages an action read (`ProcessMemory.releaseMappedPages`): they
/// leave the process's resident set, what libgit2 reads afterwards is still right, and a mapping
/// holding this process's own writes is never touched.
@Suite struct PackPagesTests {
    @Test func packPagesReadAreLetGoAndReadAgainUnchanged() throws {
        let fixture = try SnapshotFixture()
        for number in 0..<200 { try fixture.write("f\(number).txt", String(repeating: "line \(number) of a packed file\n", count: 100)) }
        try fixture.git("add", "-A")
        try fixture.git("commit", "-qm", "files")
        try fixture.git("repack", "-adq")
        let store = try fixture.store()
        let tree = try #require(try store.headTree())
        let ids = try (0..<200).map { number in try #require(try store.entry(at: RepositoryPath("f\(number).txt"), in: tree)) }
        let contents = try ids.map { try store.content(of: $0) }
        let objects = fixture.root + "/.git/objects"
        #expect(try residentKilobytes(ofMappingsBelow: objects) > 0)

        ProcessMemory.releaseMappedPages(below: objects)

        #expect(try residentKilobytes(ofMappingsBelow: objects) == 0)
        #expect(try ids.map { try store.content(of: $0) } == contents)
    }

    @Test func aPrivateMappingKeepsWhatThisProcessWroteToIt() throws {
        let fixture = try SnapshotFixture()
        let file = fixture.root + "/.git/objects/written.bin"
        try fixture.write(".git/objects/written.bin", String(repeating: "a", count: 8_192))
        let descriptor = open(file, O_RDWR)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        let mapped = try #require(mmap(nil, 8_192, PROT_READ | PROT_WRITE, MAP_PRIVATE, descriptor, 0))
        #expect(mapped != MAP_FAILED)
        defer { munmap(mapped, 8_192) }
        mapped.storeBytes(of: UInt8(ascii: "b"), as: UInt8.self)
        // Read-only now, as a library's relocated data is: the written page is this process's own.
        #expect(mprotect(mapped, 8_192, PROT_READ) == 0)

        ProcessMemory.releaseMappedPages(below: fixture.root + "/.git/objects")

        #expect(mapped.load(as: UInt8.self) == UInt8(ascii: "b"))
    }

    /// The resident kilobytes of every mapping of a file below `folder`, from `/proc/self/smaps`.
    private func residentKilobytes(ofMappingsBelow folder: String) throws -> Int {
        let real = try #require(realpath(folder, nil).map { path in
            defer { free(path) }
            return String(cString: path)
        })
        var total = 0, inside = false
        // Read to the end: /proc files say their size is 0.
        let smaps = try #require(try Files.contents("/proc/self/smaps"))
        for line in String(decoding: smaps, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if let range = fields.first, range.contains("-"), range.allSatisfy({ $0.isHexDigit || $0 == "-" }) {
                inside = fields.count >= 6 && fields[5].hasPrefix(real + "/")
            } else if inside, fields.first == "Rss:", fields.count >= 2, let kilobytes = Int(fields[1]) {
                total += kilobytes
            }
        }
        return total
    }
}
