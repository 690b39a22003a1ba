/// What one agent session has seen, kept between hook calls (each call is its own process):
/// whether it read a secret, how far the watcher's rollbacks were reported to it, the call in
/// flight, and the classes rolled back so far, to tell a session that keeps retrying to stop.
public struct AgentSessionState: Codable, Sendable, Equatable {
    /// A tool call between its pre-tool and post-tool hooks.
    public struct OpenCall: Codable, Sendable, Equatable {
        public var toolCallID: String?
        /// The sync cookie dropped at the pre-tool hook, so the watcher opened an action boundary.
        public var cookie: String?
        /// Audit log entries there were at the pre-tool hook: later ones are this call's.
        public var logMark: Int

        public init(toolCallID: String?, cookie: String?, logMark: Int) {
            self.toolCallID = toolCallID
            self.cookie = cookie
            self.logMark = logMark
        }
    }

    /// One class a rollback of this session was reported for.
    public struct Rollback: Codable, Sendable, Equatable {
        public var actionClass: String
        public var call: Int
    }

    /// Two rollbacks of one class within this many calls: the agent is retrying what was rolled back.
    public static let retryWindow = 4

    public var tainted = false
    /// Audit log entries before this index were reported (or were there before the session).
    public var reportedThrough: Int?
    /// Tool calls seen at their pre-tool hook.
    public var calls = 0
    public var open: [OpenCall] = []
    public var rollbacks: [Rollback] = []

    public init() {}

    /// The call in flight with `toolCallID` (the latest when the agent gives no id); taken out.
    public mutating func close(_ toolCallID: String?) -> OpenCall? {
        let index = toolCallID.flatMap { id in open.lastIndex { $0.toolCallID == id } } ?? (open.isEmpty ? nil : open.count - 1)
        return index.map { open.remove(at: $0) }
    }

    /// Records the classes of rollbacks reported now; returns those rolled back before within
    /// `retryWindow` calls.
    public mutating func recordRollbacks(_ classes: [String]) -> [String] {
        var repeated: [String] = []
        for actionClass in Set(classes).sorted() {
            if rollbacks.contains(where: { $0.actionClass == actionClass && calls - $0.call < Self.retryWindow }) { repeated.append(actionClass) }
            rollbacks.append(Rollback(actionClass: actionClass, call: calls))
        }
        rollbacks = Array(rollbacks.suffix(20))
        return repeated
    }

    /// A session id as a file name: anything but letters, digits, `-`, `_` and `.` is replaced,
    /// and the digest keeps different ids apart.
    public static func fileName(for session: String) -> String {
        let readable = String(session.prefix(40).map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_".contains($0)) ? $0 : "_" })
        return readable + "-" + String(SHA256.hexDigest(Array(session.utf8)).prefix(12)) + ".json"
    }
}
