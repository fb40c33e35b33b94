#!/bin/sh
# Builds the .deb with cpack, unpacks it and runs the packaged binary headless.
# Usage: deb-builds-and-runs.sh BUILD_DIR
set -eu
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/postwright_*.deb)
echo "built $(basename "$deb")"

for needed in libkf6texteditor libjs-katex fonts-katex libqt6qml6; do
    dpkg-deb --field "$deb" Depends | grep -q "$needed" ||
        { echo "Depends misses $needed:"; dpkg-deb --field "$deb" Depends; exit 1; }
done
dpkg-deb -x "$deb" "$work/root"
for f in usr/bin/postwright \
         usr/share/applications/org.postwright.Postwright.desktop \
         usr/share/metainfo/org.postwright.Postwright.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/org.postwright.Postwright.svg \
         usr/share/postwright/mermaid/mermaid.min.js; do
    [ -e "$work/root/$f" ] || { echo "missing in the package: $f"; exit 1; }
done
version=$(env -u DISPLAY "$work/root/usr/bin/postwright" --version)
echo "$version"
case "$version" in "postwright "*) ;; *) echo "unexpected --version output"; exit 1 ;; esac
# The editor is a module the executable loads only to open it: the packaged
# binary finds it where the package puts it (an unknown option is refused by
# the editor's own parser, after the module has loaded).
for module in postwright-editor.so postwright-highlighting.so postwright-math.so; do
    [ -n "$(find "$work/root/usr/lib" -name $module)" ] || { echo "missing in the package: $module"; exit 1; }
done
editor=$(env -u DISPLAY QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/postwright" --no-such-option 2>&1 || true)
case "$editor" in *"Unknown option 'no-such-option'"*) ;; *) echo "the packaged editor did not start: $editor"; exit 1 ;; esac
# Code highlighting is a module too, loaded when a post has code.
printf 'Code:\n\n```go\nfunc main() {}\n```\n' >"$work/code.md"
"$work/root/usr/bin/postwright" export --fragment -o - "$work/code.md" >"$work/code.html"
grep -q '<span style=' "$work/code.html" || { echo "the packaged binary did not highlight code:"; cat "$work/code.html"; exit 1; }
# Math is drawn at export by KaTeX in the math module, also from the package.
printf 'Math: $E=mc^2$\n' >"$work/math.md"
"$work/root/usr/bin/postwright" export --fragment -o - "$work/math.md" >"$work/math.html"
grep -q 'class="katex"' "$work/math.html" || { echo "the packaged binary did not draw math:"; cat "$work/math.html"; exit 1; }
