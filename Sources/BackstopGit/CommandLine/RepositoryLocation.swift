/// Where a repository's parts are: its working tree, its git folder, and the folder shared by all
/// of its worktrees (where Backstop keeps its state and git keeps hooks by default).
public struct RepositoryLocation: Sendable, Hashable {
    public let root: String
    public let gitDirectory: String
    public let commonDirectory: String

    public init(root: String, gitDirectory: String, commonDirectory: String) {
        self.root = root
        self.gitDirectory = gitDirectory
        self.commonDirectory = commonDirectory
    }

    /// Finds the repository that holds `directory`, or throws a GitError saying it is not one.
    public static func locate(from directory: String) throws(GitError) -> RepositoryLocation {
        let git = GitCommandLine(directory: directory)
        let outcome = try git.runAllowingFailure(["rev-parse", "--path-format=absolute", "--show-toplevel", "--absolute-git-dir", "--git-common-dir"])
        let lines = outcome.text.split(separator: "\n").map(String.init)
        guard outcome.status == 0, lines.count == 3 else {
            throw GitError(function: "git rev-parse", code: outcome.status, message: "\(directory) is not inside a git working tree")
        }
        return RepositoryLocation(root: lines[0], gitDirectory: lines[1], commonDirectory: lines[2])
    }

    /// Backstop's own state: `.git/backstop/`, never in the working tree.
    public var stateDirectory: String { commonDirectory + "/backstop" }
}
