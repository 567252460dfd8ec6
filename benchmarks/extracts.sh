#!/usr/bin/env bash
# The extract readers at national scale (issue 11): 100,000 establishments in the FINESS JSON flux (the
# Etalab CSV beside it), 550,000 Annuaire Santé mailbox lines, 2,000,000 RPPS activity lines (about
# 800 MB in all), on the 2-core machine with -Xmx1g.
#   1. writes the seeded synthetic files once (kept in WORK);
#   2. in-process (benchmarks/ExtractReadingTiming.java): each reader alone, then the selections init and
#      the dashboard make (one establishment, one department, all ESSMS), with either FINESS publication;
#   3. whole process, side by side: `directory` with the CSV and with the JSON flux, RUNS times each
#      (median elapsed, CPU, peak RSS).
# Goals: the whole `directory --rpps` <= 30 s, `init` of one establishment <= 10 s (the readers are
# most of both). Timings on a busy machine say little: the load average is printed beside each part.
#
#   benchmarks/extracts.sh                    # RUNS=3
#   WORK=/tmp/extracts-national RUNS=5 benchmarks/extracts.sh
#   BASELINE_JAR=/tmp/before.jar benchmarks/extracts.sh   # the in-process table for another build too, side by side
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
jar=target/mssante-advisor.jar
[ -f "$jar" ] || mvn -q -DskipTests package
work=${WORK:-/tmp/extracts-national}
mkdir -p "$work"
csv="$work/etalab-cs1100507-stock-20260512-0339.csv"
json="$work/finess-structures-journalier-20260309.json"
mssante="$work/Extraction_Correspondance_MSSante_202603010400.txt"
rpps="$work/PS_LibreAcces_Personne_activite_202603010400.txt"
if [ ! -f "$rpps" ] || [ ! -f "$json" ]; then
  echo "load before writing: $(cut -d' ' -f1-3 /proc/loadavg)"
  start=$(date +%s.%N)
  java -Xmx1g -cp "$jar" fr.mssante.advisor.extract.synthetic.SyntheticExtracts --establishments 100000 \
    --mailboxes 550000 --rpps 2000000 --seed 2026 "$work"
  echo "written in $(echo "$(date +%s.%N) - $start" | bc) s"
fi
du -h "$csv" "$json" "$mssante" "$rpps"
for build in ${BASELINE_JAR:-} "$jar"; do
  echo
  echo "## in-process, -Xmx1g, $build (load before: $(cut -d' ' -f1-3 /proc/loadavg))"
  echo "| what | elapsed | CPU (thread) | heap kept | read |"
  echo "|---|---|---|---|---|"
  java -Xmx1g -cp "$build" benchmarks/ExtractReadingTiming.java "$work"
  echo "(load after: $(cut -d' ' -f1-3 /proc/loadavg))"
done
echo
echo "## whole process: directory, -Xmx1g, median of $RUNS"
echo "| FINESS | runs (s) | median elapsed | median CPU | peak RSS | load before → after |"
echo "|---|---|---|---|---|---|"
java -jar "$jar" directory --finess "$csv" --mssante "$mssante" --format json --output "$work/warm.json" --quiet || true
for finess in "$csv" "$json"; do
  before=$(cut -d' ' -f1 /proc/loadavg)
  times=(); cpus=(); peak=0
  for _ in $(seq 1 "$RUNS"); do
    /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" java -Xmx1g -jar "$jar" directory --finess "$finess" \
      --mssante "$mssante" --format json --output "$work/dashboard.json" --quiet
    read -r seconds kb user sys < <(tail -1 "$work/time.txt")
    times+=("$seconds"); cpus+=("$(echo "$user + $sys" | bc)")
    [ "$kb" -gt "$peak" ] && peak=$kb
  done
  median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
  echo "| $(basename "$finess") | ${times[*]} | $(median "${times[@]}") s | $(median "${cpus[@]}") s | $((peak / 1024)) MiB | $before → $(cut -d' ' -f1 /proc/loadavg) |"
done
