#!/bin/bash
# Runs inside a private mount namespace made by scripts/in-env (unshare
# --mount): every mount below dies with the namespace, so nothing is left
# mounted on the host when the command ends, fails or is interrupted.
# Usage: enter-root.sh ROOT REPO WORKDIR CMD...
set -eu
root=$1 repo=$2 workdir=$3
shift 3

mount --make-rprivate /
for d in proc sys dev; do
    mount --rbind "/$d" "$root/$d"
done
mount --rbind /tmp "$root/tmp"

bind_same_path() {  # a host folder at the same path inside the root
    mkdir -p "$root$1"
    mount --rbind "$1" "$root$1"
}
bind_same_path "$repo"
shared=$(dirname "$repo")/shared
[ -d "$shared" ] && bind_same_path "$shared"
# HOME and TMPDIR mean the same folders inside (scripts/test --fresh points
# both into its own temporary folder). Not when the root lives inside one of
# them, as in the default ~/.cache/postwright/root: the root keeps its own.
bind_named_folder() {
    local d
    [ -n "$1" ] && [ -d "$1" ] || return 0
    d=$(cd "$1" && pwd -P)
    case "$d" in /|/tmp|/tmp/*|"$repo"|"$repo"/*) return 0 ;; esac
    case "$root/" in "$d"/*) return 0 ;; esac
    bind_same_path "$d"
}
bind_named_folder "${TMPDIR:-}"
bind_named_folder "${HOME:-}"
case "$workdir" in
    "$repo"|"$repo"/*|/tmp|/tmp/*) ;;
    *) [ -d "$workdir" ] && bind_same_path "$workdir" ;;
esac
if [ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ]; then
    case "$XAUTHORITY" in
        /tmp/*) ;;
        *) mkdir -p "$root$(dirname "$XAUTHORITY")"
           touch "$root$XAUTHORITY"
           mount --bind "$XAUTHORITY" "$root$XAUTHORITY" ;;
    esac
fi

export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
unset LD_LIBRARY_PATH LD_PRELOAD PYTHONPATH
exec chroot "$root" /bin/sh -c 'cd "$1" && shift && exec "$@"' sh "$workdir" "$@"
