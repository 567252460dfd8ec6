#!/usr/bin/env bash
# The dashboard as an ARS analyst would see it: synthetic extractions for the Seine-Saint-Denis (93)
# and the Val-de-Marne (94), the HTML dashboard for these two departments, and a screenshot of it
# taken by headless Chromium (when installed: apt-get install -y chromium).
#
#   docs/scripts/directory-demo.sh [OUT_DIR]        # default: a new temporary folder
#
# Writes OUT_DIR/dashboard.html (open it in any browser: one self-contained page) and
# OUT_DIR/dashboard.png. The question to answer at a glance: which EHPAD of the 93 have no
# organisational mailbox? (section « Département 93 », red rows at the top of its table).
# Nothing it writes belongs in the repository.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-$(mktemp -d)}
mkdir -p "$out"
jar=target/mssante-advisor.jar
[ -f "$jar" ] || mvn -q -DskipTests package
java -cp "$jar" fr.mssante.advisor.extract.synthetic.SyntheticExtracts --establishments 2500 --mailboxes 15000 \
  --departments 93,94 --seed 93 "$out"
# Either FINESS publication gives the same dashboard: the JSON flux here (the CSV is beside it).
java -jar "$jar" directory --finess "$out/finess-structures-journalier-20260309.json" \
  --mssante "$out/Extraction_Correspondance_MSSante_202603010400.txt" --department 93,94 \
  --format html --output "$out/dashboard.html"
echo "dashboard: $out/dashboard.html"
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -n "$browser" ]; then
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,2000 \
    --screenshot="$out/dashboard.png" "file://$(realpath "$out/dashboard.html")" 2>/dev/null
  echo "screenshot: $out/dashboard.png"
else
  echo "no chromium: apt-get install -y chromium for the screenshot" >&2
fi
