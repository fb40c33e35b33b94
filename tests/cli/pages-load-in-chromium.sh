#!/bin/sh
# Every example post, exported as a standalone page (images copied, and images
# embedded), loads in headless Chromium with no console message and with every
# image loaded (naturalWidth > 0); a page with math holds no script and draws
# it with KaTeX's own fonts, loaded from beside the page or from the page. A wrapper page frames the export and writes
# its verdict into its own DOM, which --dump-dom prints.
# Usage: pages-load-in-chromium.sh POSTWRIGHT EXAMPLES_DIR
set -eu
postwright=$1 examples=$2
chromium=$(command -v chromium || command -v chromium-browser) || { echo "chromium is not installed"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

failures=0 checked=0
for post in "$examples"/site/content/posts/*.md "$examples"/jekyll/_posts/*.md; do
    name=$(basename "$post" .md)
    for mode in copy embed; do
        dir="$work/$mode/$name"
        mkdir -p "$dir"
        if [ $mode = embed ]; then set -- --embed-images; else set --; fi
        "$postwright" export "$post" "$@" -o "$dir/page.html" 2>"$dir/export.log" || {
            echo "FAIL $mode $name: export failed"; cat "$dir/export.log"; failures=$((failures + 1)); continue; }
        cat > "$dir/check.html" <<'HTML'
<!DOCTYPE html><html><body><iframe id="f" src="page.html" width="1000" height="800"></iframe>
<script>
document.getElementById("f").addEventListener("load", () => {
  const images = Array.from(document.getElementById("f").contentDocument.images);
  const page = document.getElementById("f").contentDocument;
  Promise.all(images.map(i => i.complete ? 0 : new Promise(r => { i.onload = i.onerror = r; }))).then(() => page.fonts.ready).then(() => {
    const broken = images.filter(i => !(i.naturalWidth > 0)).map(i => i.src.slice(0, 120));
    const math = page.querySelectorAll(".katex").length;
    const katexFonts = Array.from(page.fonts).filter(f => f.family.includes("KaTeX") && f.status === "loaded").length;
    const scripts = page.querySelectorAll("script").length;
    let result = broken.length ? "BROKEN " + broken.join(" ") : "OK " + images.length + " images loaded";
    if (math > 0 && (katexFonts === 0 || scripts > 0))
      result = "MATH " + math + " formulas, " + katexFonts + " KaTeX fonts loaded, " + scripts + " scripts";
    else if (math > 0)
      result += ", " + math + " formulas drawn with " + katexFonts + " KaTeX fonts";
    document.body.setAttribute("data-result", result);
  });
});
</script></body></html>
HTML
        dom=$("$chromium" --headless --no-sandbox --disable-gpu --allow-file-access-from-files \
            --virtual-time-budget=10000 --enable-logging=stderr --v=0 --disable-background-networking \
            --no-first-run --disable-component-update --disable-sync --user-data-dir="$work/profile" \
            --dump-dom "file://$dir/check.html" 2>"$dir/chromium.log") || true
        result=$(printf '%s' "$dom" | sed -n 's/.*data-result="\([^"]*\)".*/\1/p')
        console=$(grep 'CONSOLE' "$dir/chromium.log" || true)
        checked=$((checked + 1))
        case "$result" in
            OK*) ;;
            *) echo "FAIL $mode $name: images: ${result:-no verdict}"; failures=$((failures + 1)); continue ;;
        esac
        if [ -n "$console" ]; then
            echo "FAIL $mode $name: console messages:"; echo "$console"; failures=$((failures + 1)); continue
        fi
        echo "PASS   : $mode $name ($result)"
    done
done
echo "chromium: $((checked - failures)) passed, $failures failed"
[ "$failures" = 0 ] && [ "$checked" -gt 0 ]
