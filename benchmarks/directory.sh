#!/usr/bin/env bash
# Benchmark of `directory` at national scale (issue 11's goal: `directory --rpps` <= 30 s with -Xmx1g on
# a 2-core machine). Generates the three seeded synthetic extracts once — the FINESS JSON flux with
# 100,000 establishments (and the Etalab CSV beside it), 550,000 Annuaire Santé mailbox lines and
# 2,000,000 RPPS activity lines in the 2025 layout, about 1 GB in all — then times the whole command
# (JVM start, rule pack from the cache, the extracts streamed, rules, output written), the cases side by
# side, round after round, so that a change of machine load touches every case alike:
#
#   json          --finess FLUX.json --mssante MAILBOXES.txt
#   json+rpps     --finess FLUX.json --mssante MAILBOXES.txt --rpps RPPS.txt      (the goal)
#   csv+rpps      --finess ETALAB.csv --mssante MAILBOXES.txt --rpps RPPS.txt
#
# Prints every run with the 1-minute load average read just before it, then per case the medians of
# elapsed and CPU time (the CPU time depends less on what else the machine is doing) and the peak RSS.
#
#   benchmarks/directory.sh                        # 3 rounds, JSON output, the three cases
#   RUNS=5 FORMAT=html benchmarks/directory.sh
#   CASES="json+rpps" benchmarks/directory.sh
#   WORK=/tmp/dir-bench benchmarks/directory.sh    # keep the generated files there (reused next time)
#   JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" benchmarks/directory.sh   # flags added to -Xmx1g
#
# The machine is shared: report the load with the figures (docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
FORMAT=${FORMAT:-json}
CASES=${CASES:-json json+rpps csv+rpps}
ESTABLISHMENTS=${ESTABLISHMENTS:-100000}
MAILBOXES=${MAILBOXES:-550000}
RPPS=${RPPS:-2000000}
jar=target/mssante-advisor.jar
[ -f "$jar" ] || mvn -q -DskipTests package
work=${WORK:-$(mktemp -d)}
mkdir -p "$work"
flux="$work/finess-structures-journalier-20260309.json"
csv="$work/etalab-cs1100507-stock-20260512-0339.csv"
mssante="$work/Extraction_Correspondance_MSSante_202603010400.txt"
rpps="$work/PS_LibreAcces_Personne_activite_202603010400.txt"
if [ ! -f "$flux" ] || [ ! -f "$csv" ] || [ ! -f "$mssante" ] || [ ! -f "$rpps" ]; then
  java -cp "$jar" fr.mssante.advisor.extract.synthetic.SyntheticExtracts --establishments "$ESTABLISHMENTS" \
    --mailboxes "$MAILBOXES" --rpps "$RPPS" --seed 2026 "$work"
fi
for f in "$flux" "$csv" "$mssante" "$rpps"; do
  echo "file: $(basename "$f"): $(wc -l < "$f") lines, $(du -h "$f" | cut -f1)"
done
echo "in all: $(du -ch "$flux" "$mssante" "$rpps" | tail -1 | cut -f1) (JSON flux, mailboxes, RPPS)"
args() {
  case "$1" in
    json) echo "--finess $flux --mssante $mssante" ;;
    json+rpps) echo "--finess $flux --mssante $mssante --rpps $rpps" ;;
    csv+rpps) echo "--finess $csv --mssante $mssante --rpps $rpps" ;;
    *) echo "unknown case $1" >&2; exit 2 ;;
  esac
}
run() {
  # shellcheck disable=SC2046
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" java -Xmx1g ${JAVA_OPTS:-} -jar "$jar" directory $(args "$1") \
    --format "$FORMAT" --output "$work/dashboard-$1.$FORMAT" --quiet
  tail -1 "$work/time.txt"   # a failing run adds a first line "Command exited with non-zero status"
}
run json > /dev/null   # fills the rule pack cache (~/.cache/mssante-advisor) like any second run of the tool
results="$work/results.txt"
: > "$results"
for round in $(seq 1 "$RUNS"); do
  for c in $CASES; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    read -r seconds kb user sys < <(run "$c")
    cpu=$(awk "BEGIN {print $user + $sys}")
    echo "round $round, $c: ${seconds} s elapsed, ${cpu} s CPU (user+sys), peak RSS $((kb / 1024)) MiB, load before $load"
    echo "$c $seconds $cpu $((kb / 1024)) $load" >> "$results"
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
for c in $CASES; do
  e=$(awk -v c="$c" '$1 == c {print $2}' "$results" | median)
  u=$(awk -v c="$c" '$1 == c {print $3}' "$results" | median)
  m=$(awk -v c="$c" '$1 == c {print $4}' "$results" | sort -n | tail -1)
  l=$(awk -v c="$c" '$1 == c {print $5}' "$results" | sort -n | awk 'NR==1 {lo=$1} {hi=$1} END {print lo "-" hi}')
  echo "median of $RUNS, $c: ${e} s elapsed, ${u} s CPU, peak RSS ${m} MiB, load ${l} (format $FORMAT, -Xmx1g ${JAVA_OPTS:-}, $(nproc) cores)"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
