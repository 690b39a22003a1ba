import BackstopCore
import Testing

@Suite("agent hook configuration")
struct AgentHookConfigurationTests {
    static let binary = "/opt/back stop/bin/backstop"
    static let existing = JSONValue.parse(#"""
        {"permissions":{"allow":["Bash(ls)"]},
         "hooks":{"PreToolUse":[{"matcher":"Bash","hooks":[{"type":"command","command":"other-guard"}]}]}}
        """#) ?? .null

    @Test func installKeepsOthersAndIsIdempotent() throws {
        for dialect in AgentDialect.allCases {
            let once = try AgentHookConfiguration.install(dialect, into: Self.existing, binary: Self.binary)
            let twice = try AgentHookConfiguration.install(dialect, into: once, binary: Self.binary)
            #expect(once == twice, "\(dialect)")
            #expect(once.objectValue?["permissions"] == Self.existing.objectValue?["permissions"])
            let entries = AgentHookConfiguration.entries(dialect, in: once)
            #expect(entries.contains { $0.event == dialect.probeEvent }, "\(dialect)")
            #expect(entries.allSatisfy { $0.commandLine.words.first == Self.binary && $0.commandLine.words.contains(dialect.rawValue) })
            let removed = try AgentHookConfiguration.uninstall(dialect, from: once)
            #expect(AgentHookConfiguration.entries(dialect, in: removed).isEmpty)
            #expect(removed.objectValue?["permissions"] == Self.existing.objectValue?["permissions"])
        }
        let claude = try AgentHookConfiguration.install(.claude, into: Self.existing, binary: Self.binary)
        let groups = claude.objectValue?["hooks"]?.objectValue?["PreToolUse"]?.arrayValue ?? []
        #expect(groups.count == 2, "the other guard's group stays beside Backstop's")
        #expect(AgentHookConfiguration.entries(.claude, in: claude).first { $0.event == "PreToolUse" }?.failClosed == true)
        #expect(AgentHookConfiguration.entries(.cursor, in: try AgentHookConfiguration.install(.cursor, into: nil, binary: Self.binary))
            .first { $0.event == "beforeShellExecution" }?.failClosed == true)
    }

    @Test func uninstallOfAFileWithOnlyBackstopLeavesItEmpty() throws {
        let installed = try AgentHookConfiguration.install(.copilot, into: nil, binary: Self.binary)
        #expect(AgentHookConfiguration.isEmpty(try AgentHookConfiguration.uninstall(.copilot, from: installed)))
        #expect(!AgentHookConfiguration.isEmpty(try AgentHookConfiguration.uninstall(.claude, from: Self.existing)))
    }

    @Test func removingAlteringOrSwitchingOffBackstopsHooksWeakensThem() throws {
        let installed = try AgentHookConfiguration.install(.claude, into: Self.existing, binary: Self.binary)
        var fields = installed.objectValue ?? [:]
        #expect(!AgentHookConfiguration.weakens(.claude, before: Self.existing, after: installed), "adding is no tamper")
        #expect(!AgentHookConfiguration.weakens(.claude, before: installed, after: installed))
        #expect(AgentHookConfiguration.weakens(.claude, before: installed, after: Self.existing))
        #expect(AgentHookConfiguration.weakens(.claude, before: installed, after: nil))
        #expect(AgentHookConfiguration.weakens(.claude, before: installed, after: try AgentHookConfiguration.install(.claude, into: nil, binary: "/tmp/backstop")))
        fields["disableAllHooks"] = .bool(true)
        #expect(AgentHookConfiguration.weakens(.claude, before: installed, after: .object(fields)))
        fields["disableAllHooks"] = nil
        fields["model"] = .string("opus")
        #expect(!AgentHookConfiguration.weakens(.claude, before: installed, after: .object(fields)), "other settings may change")
    }

    @Test func shellWordsReadWhatIsWritten() {
        let line = ["/opt/back stop/backstop", "it's"].map(AgentHookConfiguration.shellQuoted).joined(separator: " ")
        #expect(AgentHookConfiguration.shellWords(line) == ["/opt/back stop/backstop", "it's"])
        #expect(AgentHookConfiguration.shellWords(#"a "b c" d\ e"#) == ["a", "b c", "d e"])
    }
}
