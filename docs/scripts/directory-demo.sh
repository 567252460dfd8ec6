#!/usr/bin/env bash
# The dashboard as a GRADeS or ARS advisor would see it: the three synthetic extracts (FINESS, mailboxes,
# RPPS) for the Seine-Saint-Denis (93), the Val-de-Marne (94), Corse-du-Sud (2A) and La Réunion (974), the
# HTML dashboard with its map, and a screenshot of it taken by headless Chromium (when installed:
# apt-get install -y chromium).
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
java -cp "$jar" fr.mssante.advisor.extract.synthetic.SyntheticExtracts --establishments 3000 --mailboxes 16000 \
  --rpps 60000 --departments 93,94,2A,974 --seed 93 "$out"
# Either FINESS publication gives the same dashboard: the JSON flux here (the CSV is beside it).
java -jar "$jar" directory --finess "$out/finess-structures-journalier-20260309.json" \
  --mssante "$out/Extraction_Correspondance_MSSante_202603010400.txt" \
  --rpps "$out/PS_LibreAcces_Personne_activite_202603010400.txt" \
  --format html --output "$out/dashboard.html"
echo "dashboard: $out/dashboard.html"
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -n "$browser" ]; then
  "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$(mktemp -d)" --hide-scrollbars --window-size=1400,1400 \
    --screenshot="$out/dashboard.png" "file://$(realpath "$out/dashboard.html")" 2>/dev/null
  echo "screenshot: $out/dashboard.png"
else
  echo "no chromium: apt-get install -y chromium for the screenshot" >&2
fi
