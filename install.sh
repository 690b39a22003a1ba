#!/usr/bin/env bash
# Installs Backstop: the system packages it builds against (libgit2-dev, pkg-config), a release build,
# the binary in ${PREFIX:-$HOME/.local}/bin, and with --repo PATH the guard in that repository.
# Safe to run again: it says what it did and changes only what is out of date.
set -euo pipefail

usage() {
    cat <<'USAGE'
Usage: ./install.sh [--repo PATH] [--deps]
  --repo PATH   also guard the git repository at PATH: install the hooks and start the watcher
  --deps        only install the system packages needed to build and test (python3 and perl too), then stop
Environment: PREFIX (default $HOME/.local): the binary goes to $PREFIX/bin/backstop
USAGE
}

repo=""
deps_only=false
while [ $# -gt 0 ]; do
    case "$1" in
        --repo) [ $# -ge 2 ] || { echo "install.sh: --repo needs a PATH" >&2; exit 2; }; repo="$2"; shift 2 ;;
        --repo=*) repo="${1#--repo=}"; shift ;;
        --deps) deps_only=true; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "install.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
    esac
done

cd "$(dirname "$0")"

# The tests also need python3 (the scenario suite's runner) and perl (one scenario uses it).
packages="libgit2-dev pkg-config git"
$deps_only && packages="$packages python3 perl"
missing=()
for package in $packages; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
        echo "install.sh: installing ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "install.sh: these packages are missing: ${missing[*]}. Run:" >&2
        echo "    sudo apt-get install -y ${missing[*]}" >&2
        echo "then run ./install.sh again." >&2
        exit 3
    fi
else
    echo "install.sh: $packages: present"
fi
$deps_only && exit 0

if ! command -v swift >/dev/null 2>&1; then
    echo "install.sh: no Swift toolchain on PATH; install Swift 6 (swift.org/install) and run ./install.sh again" >&2
    exit 3
fi

echo "install.sh: building release"
swift build -c release --static-swift-stdlib --product backstop >/dev/null
built="$(swift build -c release --static-swift-stdlib --product backstop --show-bin-path)/backstop"

bin="${PREFIX:-$HOME/.local}/bin"
mkdir -p "$bin"
if cmp -s "$built" "$bin/backstop"; then
    echo "install.sh: $bin/backstop is up to date"
else
    install -m 0755 "$built" "$bin/backstop.new"
    mv -f "$bin/backstop.new" "$bin/backstop"
    echo "install.sh: installed $bin/backstop"
fi
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "install.sh: note: $bin is not on PATH; add it (export PATH=\"$bin:\$PATH\") to run backstop by name, and so that git finds" \
            "the push helper (git-remote-backstop) that checks pushes made with the hooks skipped; then run \`backstop install\` again" ;;
esac

if [ -n "$repo" ]; then
    # `install` stops a running watcher around the change and starts it again from this build.
    "$bin/backstop" -C "$repo" install
    if ! "$bin/backstop" -C "$repo" status 2>/dev/null | grep -q '^watcher: running'; then
        "$bin/backstop" -C "$repo" watch --daemon
    fi
    echo "install.sh: $repo is guarded: commits and pushes go through backstop's hooks, and the watcher undoes mass deletions and leaks as they happen"
fi
