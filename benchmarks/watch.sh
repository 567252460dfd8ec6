#!/usr/bin/env bash
# The analyst's loop, side by side in one run: `rules watch` rebuilding an edited pack in its warm JVM,
# against a cold `rules test --no-cache` (a fresh JVM compiling the pack) after the same edit.
#
#   java -jar target/mssante-advisor.jar rules watch --rules COPY SAMPLE      (stays up)
#   then EDITS times: edit COPY/exchanges/exchanges.drl (a comment line added), wait for the watch's
#   build (its own "built in N ms", compilation included), then time
#   java -jar target/mssante-advisor.jar rules test --rules COPY --no-cache -q   (wall, ms)
#
# usage: benchmarks/watch.sh [EDITS] [SAMPLE]     (from anywhere; default 10 edits, the SSIAD sample)
#   REBUILD=1  rebuild the jar even if it exists
# Writes benchmarks/target/watch/{watch.log,builds.txt,cold.txt,loads.txt,results.md}. About 2 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

EDITS=${1:-10}
SAMPLE=${2:-samples/ssiad-val-de-sevre.yaml}
JAR=target/mssante-advisor.jar
OUT=benchmarks/target/watch

if [ "${REBUILD:-0}" = 1 ] || [ ! -f "$JAR" ]; then
  echo "building $JAR ..." >&2
  mvn -q -DskipTests package
fi

rm -rf "$OUT"
mkdir -p "$OUT"
cp -r rules "$OUT/pack"
DRL="$OUT/pack/exchanges/exchanges.drl"
LOG="$OUT/watch.log"

uptime > "$OUT/loads.txt"
java -jar "$JAR" rules watch --lang en --rules "$OUT/pack" "$SAMPLE" > "$LOG" 2>&1 &
WATCH=$!
# SIGTERM, not SIGINT: a background job of a script ignores SIGINT. Both end the watch the same way.
trap 'kill -TERM $WATCH 2>/dev/null || true' EXIT

# Waits until the watch log shows $1 ended builds ("Built in", or a pack that did not compile).
builds() { grep -cE 'Built in [0-9]+ ms' "$LOG" || true; }
await_build() {
  for _ in $(seq 1 1200); do
    [ "$(builds)" -ge "$1" ] && return 0
    sleep 0.1
  done
  echo "no build $1 after 120 s; log:" >&2; cat "$LOG" >&2; exit 1
}

await_build 1
for i in $(seq 1 "$EDITS"); do
  echo "// edit $i" >> "$DRL"
  await_build $((i + 1))
  start=$(date +%s%N)
  java -jar "$JAR" rules test --rules "$OUT/pack" --no-cache -q || true
  echo $(( ($(date +%s%N) - start) / 1000000 )) >> "$OUT/cold.txt"
  uptime >> "$OUT/loads.txt"
done
kill -TERM $WATCH
wait $WATCH
trap - EXIT

# "Built in 612 ms (compilation 401 ms, 45 rules)." -> "612 401"
sed -nE 's/^Built in ([0-9]+) ms \(compilation ([0-9]+) ms.*/\1 \2/p' "$LOG" > "$OUT/builds.txt"
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
{
  echo "| measure | first | median of the next $EDITS | min–max of the next |"
  echo "|---|---|---|---|"
  first=$(head -1 "$OUT/builds.txt")
  next_total=$(tail -n +2 "$OUT/builds.txt" | cut -d' ' -f1)
  next_compile=$(tail -n +2 "$OUT/builds.txt" | cut -d' ' -f2)
  echo "| rules watch, whole build (ms) | ${first% *} | $(echo "$next_total" | median) | $(echo "$next_total" | sort -n | head -1)–$(echo "$next_total" | sort -n | tail -1) |"
  echo "| rules watch, compilation (ms) | ${first#* } | $(echo "$next_compile" | median) | $(echo "$next_compile" | sort -n | head -1)–$(echo "$next_compile" | sort -n | tail -1) |"
  echo "| cold rules test --no-cache, wall (ms) | – | $(median < "$OUT/cold.txt") | $(sort -n "$OUT/cold.txt" | head -1)–$(sort -n "$OUT/cold.txt" | tail -1) |"
  echo
  echo "Load (uptime) during the run:"
  sed -E 's/.*load average: /  /' "$OUT/loads.txt" | tr '\n' ';'
  echo
} > "$OUT/results.md"
cat "$OUT/results.md"
