import BackstopCore
import Clibgit2

/// The bridge between Core's `ObjectID` and libgit2's `git_oid`: the only place either is turned
/// into the other.
extension ObjectID {
    init(_ oid: UnsafePointer<git_oid>) {
        self.init(loadingFrom: UnsafeRawPointer(oid))
    }

    /// The id as libgit2 takes it.
    var gitOID: git_oid {
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid.id) { target in
            self.withUnsafeBytes { source in target.copyMemory(from: source) }
        }
        return oid
    }
}
