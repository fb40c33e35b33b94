#!/bin/sh
# Test set-up: fetches the CommonMark spec (npm's commonmark-spec package) into
# the build folder once. Never committed: the examples are the spec's own.
# Usage: fetch-commonmark-spec.sh DEST_DIR
set -eu
dest=$1
version=0.31.2
[ -s "$dest/spec.txt" ] && exit 0
command -v npm >/dev/null || { echo "npm is needed to fetch commonmark-spec (scripts/setup installs it)"; exit 1; }
mkdir -p "$dest"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "commonmark-spec@$version" >/dev/null)
tar -xzf "$work/commonmark-spec-$version.tgz" -C "$work"
cp "$work/package/spec.txt" "$dest/spec.txt.part"
mv "$dest/spec.txt.part" "$dest/spec.txt"
echo "fetched commonmark-spec $version"
