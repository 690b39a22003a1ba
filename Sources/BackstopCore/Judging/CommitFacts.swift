/// What the pre-commit hook found out about the commit being made: the facts the commit classifier
/// judges that only git and the scanner can tell.
public struct CommitFacts: Sendable, Equatable {
    /// The staged patch against HEAD, without rename detection: a rename is a deletion and an
    /// addition, so moved content is scanned.
    public let files: [PatchFile]
    /// Entries in the index git is committing.
    public var indexedFiles: Int
    /// Secrets in the lines the commit adds, the names of the files it adds, or its message.
    public var secrets: [Finding] = []
    /// Values of the ignored secret files (`.env`) in the same places (`credential-copy`).
    public var credentialCopies: [Finding] = []
    /// The deleted paths that stand once git's rename detection has paired moves made with edits,
    /// less the files the commit stops tracking because git now ignores them and that are still on
    /// disk (`git rm -r --cached` of a folder committed by mistake). Nil when not looked up: git
    /// reads every candidate's content for it, so it is asked only of a deletion that crosses the
    /// threshold on its exact count (`CommitClassifier.deletionsToConfirm`).
    public var confirmedDeletions: Set<String>?
    /// Deleted paths a person gave this commit leave to delete (`DeletionAllowance`): they are
    /// not counted towards a mass deletion.
    public var allowedDeletions: Set<String> = []

    /// Deleted files whose content no added file carries: `git mv` moves content and loses none.
    /// Exact content ids pair a move up (the patch has no rename detection). Worked out once: the
    /// hook and the classifier both ask, and a commit may delete 100,000 files.
    public let deletionsLosingContent: [PatchFile]
    /// Files the patch adds less files it deletes.
    private let growth: Int

    public init(files: [PatchFile], indexedFiles: Int) {
        self.files = files
        self.indexedFiles = indexedFiles
        var added: [String: Int] = [:]
        for file in files where file.status == .added {
            if let id = file.contentID { added[id, default: 0] += 1 }
        }
        deletionsLosingContent = files.filter { file in
            guard file.status == .deleted else { return false }
            guard let id = file.contentID, let left = added[id], left > 0 else { return true }
            added[id] = left - 1
            return false
        }
        growth = files.filter { $0.status == .added }.count - files.filter { $0.status == .deleted }.count
    }

    /// The deletions that lose content and that no person allowed: what the threshold is about.
    public var deletionsToJudge: [PatchFile] {
        allowedDeletions.isEmpty ? deletionsLosingContent : deletionsLosingContent.filter { !allowedDeletions.contains($0.path) }
    }

    /// Tracked files before this commit: the index being committed, plus what it deletes, less what
    /// it adds.
    public var trackedBefore: Int { indexedFiles - growth }
}
