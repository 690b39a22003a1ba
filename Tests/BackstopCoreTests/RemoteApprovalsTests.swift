@testable import BackstopCore
import Testing

@Suite struct RemoteApprovalsTests {
    typealias Row = RemoteApprovals.Row

    /// Remotes as configured, the allow list's URLs, `push.allowedRemoteURLs`; the rows and the
    /// count of approvals no remote has.
    static let cases: [([ConfiguredRemote], [String], [String], [Row], Int)] = [
        ([], [], [], [], 0),
        ([ConfiguredRemote(name: "origin", urls: ["https://h/a.git"], pushURLs: [])], ["https://h/a.git"], [],
         [Row(name: "origin", url: "https://h/a.git", isApproved: true)], 0),
        // `git remote set-url origin NEW`: the old approval is counted, the new URL is not approved.
        ([ConfiguredRemote(name: "origin", urls: ["https://h/new"], pushURLs: [])], ["https://h/old", "https://h/old/"], [],
         [Row(name: "origin", url: "https://h/new", isApproved: false)], 1),
        // A push goes to the pushurl; the fetch url is still the remote's, so its approval is in use.
        ([ConfiguredRemote(name: "origin", urls: ["https://h/read"], pushURLs: ["ssh://h/write.git", "ssh://h/mirror"])], ["https://h/read", "ssh://h/write"],
         [], [Row(name: "origin", url: "ssh://h/write.git", isApproved: true), Row(name: "origin", url: "ssh://h/mirror", isApproved: false)], 0),
        // Push URLs routed through the push helper are shown, and approved, as where the push ends.
        ([ConfiguredRemote(name: "origin", urls: ["https://h/a.git"], pushURLs: ["backstop::https://h/a.git"])], ["https://h/a.git"], [],
         [Row(name: "origin", url: "https://h/a.git", isApproved: true)], 0),
        // `push.allowedRemoteURLs` approves too; a removed remote's approvals are counted once each.
        ([ConfiguredRemote(name: "upstream", urls: ["/srv/u.git"], pushURLs: []), ConfiguredRemote(name: "backup", urls: ["/srv/b"], pushURLs: [])],
         ["/srv/gone-1", "/srv/gone-2"], ["/srv/b.git/"],
         [Row(name: "backup", url: "/srv/b", isApproved: true), Row(name: "upstream", url: "/srv/u.git", isApproved: false)], 2),
    ]

    @Test(arguments: cases)
    func eachRemoteByNameWithItsPushURL(_ remotes: [ConfiguredRemote], _ approved: [String], _ configured: [String], _ rows: [Row], _ unused: Int) {
        let approvals = RemoteApprovals(remotes: remotes, approvedURLs: approved, configuredURLs: configured)
        #expect(approvals.rows == rows)
        #expect(approvals.unusedApprovals == unused)
    }
}
