#!/usr/bin/env bash
# Opens the HTML report of the samples in a real headless browser (Debian's chromium) and keeps
# what a director would see: a screenshot, the printed PDF and the DOM as the browser parsed it.
# Usage: docs/scripts/html-report-check.sh [OUT_DIR]   (needs: apt-get install -y chromium)
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-target/html-check}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"   # absolute, for the browser's file:// address
[ -f target/mssante-advisor.jar ] || mvn -q -DskipTests package
set +e
java -jar target/mssante-advisor.jar audit samples/ --as-of 2026-01-15 --format html --output "$out/rapport.html"
status=$?
set -e
[ "$status" -le 1 ] || { echo "audit failed with status $status" >&2; exit 1; }

# Self-contained: no script, stylesheet, image or font fetched from elsewhere.
if grep -Eq '(src|href)="(https?:)?//' "$out/rapport.html"; then
  echo "external resource in the report" >&2; exit 1
fi

browser="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$browser" ] || { echo "chromium not installed (apt-get install -y chromium)" >&2; exit 1; }
flags=(--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars)
page="file://$out/rapport.html"
"$browser" "${flags[@]}" --window-size=1280,2400 --screenshot="$out/rapport.png" "$page" 2>/dev/null
"$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/rapport.pdf" "$page" 2>/dev/null
"$browser" "${flags[@]}" --dump-dom "$page" 2>/dev/null > "$out/dom.html"

# The browser parsed the whole page: every sample's section and the portfolio are in its DOM.
sections=$(grep -o '<section class="report' "$out/dom.html" | wc -l)
[ "$sections" -eq 14 ] || { echo "expected 14 report sections in the DOM, found $sections" >&2; exit 1; }
grep -q "Plan d'action" "$out/dom.html" || { echo "no action plan in the DOM" >&2; exit 1; }
ls -l "$out"/rapport.html "$out"/rapport.png "$out"/rapport.pdf
echo "HTML report checked in $browser: $out/rapport.png (screenshot), $out/rapport.pdf (print)"
