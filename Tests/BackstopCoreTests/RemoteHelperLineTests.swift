import BackstopCore
import Testing

@Suite("push helper protocol")
struct RemoteHelperLineTests {
    @Test(arguments: [
        ("capabilities", RemoteHelperLine.capabilities),
        ("list for-push", .list),
        ("list", .list),
        ("", .end),
        ("option dry-run true", .option(name: "dry-run", value: "true")),
        ("option push-option a b", .option(name: "push-option", value: "a b")),
        ("push refs/heads/main:refs/heads/main", .push(.init(force: false, source: "refs/heads/main", destination: "refs/heads/main"))),
        ("push +HEAD:refs/heads/topic", .push(.init(force: true, source: "HEAD", destination: "refs/heads/topic"))),
        ("push :refs/heads/gone", .push(.init(force: false, source: "", destination: "refs/heads/gone"))),
        ("push nocolon", .unknown("push nocolon")),
        ("import refs/heads/main", .unknown("import refs/heads/main")),
    ])
    func parsesWhatGitWrites(_ line: String, _ expected: RemoteHelperLine) {
        #expect(RemoteHelperLine(line) == expected)
    }

    @Test func refspecsGoBackToGitPushUnchanged() {
        #expect(RemoteHelperLine.RefSpec(force: true, source: "refs/heads/a", destination: "refs/heads/b").text == "+refs/heads/a:refs/heads/b")
        #expect(RemoteHelperLine.RefSpec(force: false, source: "", destination: "refs/heads/b").deletes)
    }

    @Test func readsThePorcelainReportOfEachRef() {
        let report = "To /srv/origin.git\n*\trefs/heads/main:refs/heads/main\t[new branch]\n!\trefs/heads/x:refs/heads/x\t[rejected] (non-fast-forward)\nDone\n"
        #expect(PushedRef.parse(porcelain: report) == [
            PushedRef(destination: "refs/heads/main", succeeded: true, summary: "[new branch]"),
            PushedRef(destination: "refs/heads/x", succeeded: false, summary: "[rejected] (non-fast-forward)"),
        ])
    }

    @Test func honoursTheOptionsItCanPassOn() {
        var options = PushHelperOptions()
        let answers = [("progress", "true"), ("dry-run", "true"), ("cas", "refs/heads/main:abc"), ("object-format", "true")]
            .map { options.set(name: $0.0, value: $0.1) }
        #expect(answers == [true, true, true, false])
        #expect(options.arguments == ["--dry-run", "--force-with-lease=refs/heads/main:abc"])
    }

    @Test func routesAndUnroutesURLs() {
        #expect(PushRoute.routed("/srv/a.git") == "backstop::/srv/a.git")
        #expect(PushRoute.routed("backstop::/srv/a.git") == "backstop::/srv/a.git")
        #expect(PushRoute.destination("backstop::https://host/a") == "https://host/a")
    }
}
