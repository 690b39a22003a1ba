@testable import BackstopCore
import Testing

@Suite struct UnifiedDiffTests {
    @Test func parsesAddedLinesWithTheirNumbersAndStatuses() {
        let patch = """
            \u{1}1111111111111111111111111111111111111111
            diff --git a/src/a.py b/src/a.py
            index 1..2 100644
            --- a/src/a.py
            +++ b/src/a.py
            @@ -3,0 +4,2 @@ def f():
            +x = 1
            ++++ not a header
            @@ -10 +12 @@
            -old
            +new
            diff --git a/gone.txt b/gone.txt
            deleted file mode 100644
            --- a/gone.txt
            +++ /dev/null
            @@ -1 +0,0 @@
            -bye
            diff --git "a/odd\\tname" "b/odd\\tname"
            new file mode 100644
            --- /dev/null
            +++ "b/odd\\tname"
            @@ -0,0 +1 @@
            +hi
            diff --git a/img.png b/img.png
            new file mode 100644
            Binary files /dev/null and b/img.png differ

            """
        let files = UnifiedDiff.parse(Array(patch.utf8))
        #expect(files.count == 4)
        #expect(files[0].path == "src/a.py")
        #expect(files[0].commit == "1111111111111111111111111111111111111111")
        #expect(files[0].addedLineNumbers == [4, 5, 12])
        #expect(String(decoding: files[0].addedBytes, as: UTF8.self) == "x = 1\n+++ not a header\nnew\n")
        #expect(files[1].path == "gone.txt" && files[1].status == .deleted)
        #expect(files[2].path == "odd\tname" && files[2].status == .added)
        #expect(files[3].path == "img.png" && files[3].isBinary)
    }

    @Test func unquotesOctalEscapes() {
        #expect(UnifiedDiff.unquote(Array(#""b/caf\303\251""#.utf8)) == "b/café")
    }
}
