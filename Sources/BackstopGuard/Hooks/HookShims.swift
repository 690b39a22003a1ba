/// The hook shims, as in the repository's `hooks/` folder (a test keeps them equal), embedded so an
/// installed binary needs no data files. `@BACKSTOP_BINARY@` becomes the binary's absolute path.
public enum HookShims {
    public static let marker = "backstop-shim v1"
    public static let placeholder = "@BACKSTOP_BINARY@"
    public static let hookNames = ["pre-commit", "commit-msg", "pre-push"]
    /// A hook that was there before is kept beside the shim under its name and this suffix.
    public static let previousSuffix = ".backstop-previous"

    public static func text(for hook: String) -> String? {
        switch hook {
        case "pre-commit": preCommit
        case "commit-msg": commitMessage
        case "pre-push": prePush
        default: nil
        }
    }

    static let preCommit = #"""
#!/bin/sh
# backstop-shim v1: installed by `backstop install`; `backstop uninstall` puts back what was here.
# A hook that was here before runs first, from pre-commit.backstop-previous beside this file.
previous="$(dirname "$0")/pre-commit.backstop-previous"
if [ -x "$previous" ]; then
    "$previous" "$@" || exit $?
fi
backstop="@BACKSTOP_BINARY@"
[ -x "$backstop" ] || backstop="$(command -v backstop)"
if [ -z "$backstop" ]; then
    echo "backstop: the commit guard cannot run: no backstop binary at @BACKSTOP_BINARY@ or on PATH." >&2
    echo "backstop: a person at a terminal can install it again (./install.sh), or take the guard off with 'backstop uninstall'." >&2
    exit 1
fi
exec "$backstop" hook pre-commit "$@"

"""#

    static let commitMessage = #"""
#!/bin/sh
# backstop-shim v1: installed by `backstop install`; `backstop uninstall` puts back what was here.
# A hook that was here before runs first, from commit-msg.backstop-previous beside this file; git
# passes both the file that holds the message.
previous="$(dirname "$0")/commit-msg.backstop-previous"
if [ -x "$previous" ]; then
    "$previous" "$@" || exit $?
fi
backstop="@BACKSTOP_BINARY@"
[ -x "$backstop" ] || backstop="$(command -v backstop)"
if [ -z "$backstop" ]; then
    echo "backstop: the commit guard cannot run: no backstop binary at @BACKSTOP_BINARY@ or on PATH." >&2
    echo "backstop: a person at a terminal can install it again (./install.sh), or take the guard off with 'backstop uninstall'." >&2
    exit 1
fi
exec "$backstop" hook commit-msg "$@"

"""#

    static let prePush = #"""
#!/bin/sh
# backstop-shim v1: installed by `backstop install`; `backstop uninstall` puts back what was here.
# A hook that was here before runs first, from pre-push.backstop-previous beside this file; both
# read the ref lines git writes on standard input.
input="$(cat)"
previous="$(dirname "$0")/pre-push.backstop-previous"
if [ -x "$previous" ]; then
    printf '%s\n' "$input" | "$previous" "$@" || exit $?
fi
backstop="@BACKSTOP_BINARY@"
[ -x "$backstop" ] || backstop="$(command -v backstop)"
if [ -z "$backstop" ]; then
    echo "backstop: the push guard cannot run: no backstop binary at @BACKSTOP_BINARY@ or on PATH." >&2
    echo "backstop: a person at a terminal can install it again (./install.sh), or take the guard off with 'backstop uninstall'." >&2
    exit 1
fi
printf '%s\n' "$input" | "$backstop" hook pre-push "$@"

"""#
}
