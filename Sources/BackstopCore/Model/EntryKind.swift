/// What a file is in a snapshot or on disk, from git's tree modes.
public enum EntryKind: String, Sendable, Equatable {
    case file, executable, symlink, submodule
}
