# Shared helpers for the scripts in scripts/. Sourced, never run.
# The build environment is either the host itself (Qt >= 6.5 and KF6 available
# from its package manager) or a Debian 13 root made by scripts/setup.

PW_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
PW_ROOT=${POSTWRIGHT_ROOT:-$HOME/.cache/postwright/root}
PW_SUITE=trixie
PW_PACKAGES_FILE="$PW_REPO/scripts/packages.txt"
PW_STATE_DIR=.postwright        # inside the root: bootstrapped, packages

pw_say() { printf 'postwright: %s\n' "$*" >&2; }
pw_die() { printf 'postwright: error: %s\n' "$*" >&2; exit 1; }

# The package names from packages.txt, comments and blank lines dropped.
pw_packages() { sed -e 's/#.*//' "$PW_PACKAGES_FILE" | awk 'NF { print $1 }'; }

# True when the host's own package manager can provide the whole environment.
# POSTWRIGHT_NATIVE=1 forces native mode (for hosts without apt whose user
# installed the dependencies by hand), POSTWRIGHT_NATIVE=0 forces the root.
pw_host_is_native() {
    case "${POSTWRIGHT_NATIVE:-}" in
        1) return 0 ;;
        0) return 1 ;;
    esac
    command -v apt-cache >/dev/null 2>&1 || return 0
    local qt kf
    qt=$(apt-cache policy qt6-webengine-dev 2>/dev/null | awk '/Candidate:/ { print $2 }')
    kf=$(apt-cache policy libkf6texteditor-dev 2>/dev/null | awk '/Candidate:/ { print $2 }')
    [ -n "$qt" ] && [ "$qt" != "(none)" ] && [ -n "$kf" ] && [ "$kf" != "(none)" ] || return 1
    dpkg --compare-versions "$qt" ge 6.5
}

pw_root_is_complete() {
    [ -f "$PW_ROOT/$PW_STATE_DIR/bootstrapped" ] &&
        [ -f "$PW_ROOT/$PW_STATE_DIR/packages" ] &&
        cmp -s "$PW_ROOT/$PW_STATE_DIR/packages" <(pw_packages)
}

# "native" or "root": where builds and tests run.
pw_mode() {
    if [ -n "${PW_MODE_CACHED:-}" ]; then echo "$PW_MODE_CACHED"; return; fi
    if pw_host_is_native; then PW_MODE_CACHED=native; else PW_MODE_CACHED=root; fi
    echo "$PW_MODE_CACHED"
}

pw_configure_and_build() {
    local gen=()
    [ -f "$PW_REPO/build/build.ninja" ] || gen=(-G Ninja)
    "$PW_REPO/scripts/in-env" cmake -S "$PW_REPO" -B "$PW_REPO/build" "${gen[@]}" \
        -DCMAKE_BUILD_TYPE="${POSTWRIGHT_BUILD_TYPE:-RelWithDebInfo}" >/dev/null ||
        pw_die "configuring the build failed"
    "$PW_REPO/scripts/in-env" cmake --build "$PW_REPO/build" || pw_die "the build failed"
}
