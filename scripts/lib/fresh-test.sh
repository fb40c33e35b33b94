#!/bin/bash
# scripts/test --fresh: the suite as a new user's machine runs it. The
# committed HEAD is cloned into a new temporary folder, which also holds a
# new build root (made from the mirror as scripts/setup makes any), an empty
# HOME and an empty TMPDIR; scripts/test runs there with a clean environment.
# Nothing from this checkout's build, root, HOME or /tmp takes part.
# Warnings are errors, as in CI (CI=1 unless the caller set CI).
# Usage: scripts/lib/fresh-test.sh [CTEST_ARGS...]
# POSTWRIGHT_FRESH_DIR: where the temporary folder goes (default /var/tmp,
# which has room for a root of about 2 GB); POSTWRIGHT_KEEP_FRESH=1 keeps it.
set -eu
. "$(dirname "$0")/common.sh"

base=${POSTWRIGHT_FRESH_DIR:-/var/tmp}
mkdir -p "$base"
fresh=$(mktemp -d "$base/postwright-fresh.XXXXXX")
cleanup() {
    if [ "${POSTWRIGHT_KEEP_FRESH:-0}" = 1 ]; then
        pw_say "fresh run kept in $fresh"
    else
        rm -rf --one-file-system "$fresh"
    fi
}
trap cleanup EXIT

head=$(git -C "$PW_REPO" rev-parse --short HEAD)
if [ -n "$(git -C "$PW_REPO" status --porcelain --untracked-files=normal)" ]; then
    pw_say "warning: uncommitted changes are not part of a fresh run; testing the committed HEAD $head"
fi
git clone --quiet --no-hardlinks "$PW_REPO" "$fresh/src"
mkdir -p "$fresh/home" "$fresh/tmp"
pw_say "fresh run of $head in $fresh (new clone, new root, empty HOME and TMPDIR)"

started=$(date +%s)
status=0
env -i \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME="$fresh/home" TMPDIR="$fresh/tmp" LANG=C.UTF-8 TERM="${TERM:-dumb}" \
    POSTWRIGHT_ROOT="$fresh/root" \
    CI="${CI:-1}" \
    ${POSTWRIGHT_MIRROR:+POSTWRIGHT_MIRROR="$POSTWRIGHT_MIRROR"} \
    ${POSTWRIGHT_NATIVE:+POSTWRIGHT_NATIVE="$POSTWRIGHT_NATIVE"} \
    ${POSTWRIGHT_BUILD_TYPE:+POSTWRIGHT_BUILD_TYPE="$POSTWRIGHT_BUILD_TYPE"} \
    "$fresh/src/scripts/test" "$@" || status=$?
elapsed=$(($(date +%s) - started))
if [ "$status" = 0 ]; then
    pw_say "fresh run of $head passed in ${elapsed} s"
else
    pw_say "fresh run of $head FAILED (exit $status) after ${elapsed} s"
fi
exit $status
