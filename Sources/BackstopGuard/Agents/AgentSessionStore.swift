import BackstopCore
import BackstopGit
import BackstopSystem
import Foundation

/// One agent session's state between hook calls, in `.git/backstop/agent-sessions/`, read and
/// written under a lock: an agent runs parallel tool calls' hooks at once.
struct AgentSessionStore {
    static let folderName = "agent-sessions"

    let path: String
    private let lock: FileLock

    /// Takes the session's lock until the value goes away.
    init(_ location: RepositoryLocation, session: String) throws {
        let folder = location.stateDirectory + "/" + Self.folderName
        do {
            try Files.makeDirectories(folder, permissions: 0o700)
            path = folder + "/" + AgentSessionState.fileName(for: session)
            lock = try FileLock.exclusive(path + ".lock")
        } catch {
            throw GuardError("cannot keep the agent session's state in \(folder): \(error.reason)")
        }
    }

    /// A state file that cannot be read is started afresh: it holds marks, not verdicts.
    func read() -> AgentSessionState {
        guard let bytes = (try? Files.contents(path)) ?? nil,
              let state = try? JSONDecoder().decode(AgentSessionState.self, from: Data(bytes)) else { return AgentSessionState() }
        return state
    }

    func write(_ state: AgentSessionState) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            try Files.writeAtomically([UInt8](try encoder.encode(state)), to: path, permissions: 0o600)
        } catch {
            throw GuardError("cannot write the agent session's state \(path): \(error)")
        }
    }
}
