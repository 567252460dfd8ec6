#!/usr/bin/env bash
# Benchmark of `directory` at national scale (issue 7's goal: <= 30 s with -Xmx1g on a 2-core machine).
# Generates seeded synthetic extractions — 100,000 FINESS establishments (the JSON flux; the Etalab CSV
# beside it lists the open ones, with their geolocalisation lines) and 550,000 Annuaire Santé mailbox
# lines — then times the whole command
# (JVM start, rule pack from the cache, both files streamed, rules, JSON written) RUNS times and
# prints every run, the medians of elapsed and CPU time (the CPU time depends less on what else the
# machine is doing), and the peak memory of the process.
#
#   benchmarks/directory.sh                 # 5 runs, JSON output
#   RUNS=3 FORMAT=html benchmarks/directory.sh
#   WORK=/tmp/dir-bench benchmarks/directory.sh   # keep the generated files there
#   JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" benchmarks/directory.sh   # JVM flags added to -Xmx1g
#   PUBLICATION=json benchmarks/directory.sh  # the FINESS JSON flux instead of the Etalab CSV
#
# Look at `uptime` first: other builds on the machine change the figures; report the load with them.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
FORMAT=${FORMAT:-json}
ESTABLISHMENTS=${ESTABLISHMENTS:-100000}
MAILBOXES=${MAILBOXES:-550000}
jar=target/mssante-advisor.jar
[ -f "$jar" ] || mvn -q -DskipTests package
work=${WORK:-$(mktemp -d)}
mkdir -p "$work"
finess="$work/etalab-cs1100507-stock-20260512-0339.csv"
[ "${PUBLICATION:-csv}" = json ] && finess="$work/finess-structures-journalier-20260309.json"
mssante="$work/Extraction_Correspondance_MSSante_202603010400.txt"
if [ ! -f "$finess" ] || [ ! -f "$mssante" ]; then
  java -cp "$jar" fr.mssante.advisor.extract.synthetic.SyntheticExtracts --establishments "$ESTABLISHMENTS" \
    --mailboxes "$MAILBOXES" --seed 2025 "$work"
fi
echo "files: $(wc -l < "$finess") FINESS lines ($(du -h "$finess" | cut -f1)), $(wc -l < "$mssante") mailbox lines ($(du -h "$mssante" | cut -f1))"
echo "load before: $(uptime | sed 's/.*load average: //')"
run() {
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" java -Xmx1g ${JAVA_OPTS:-} -jar "$jar" directory --finess "$finess" \
    --mssante "$mssante" --format "$FORMAT" --output "$work/dashboard.$FORMAT" --quiet
  tail -1 "$work/time.txt"   # a failing run adds a first line "Command exited with non-zero status"
}
run > /dev/null   # fills the rule pack cache (~/.cache/mssante-advisor) like any second run of the tool
times=()
cpus=()
for i in $(seq 1 "$RUNS"); do
  read -r seconds kb user sys < <(run)
  echo "run $i: ${seconds} s elapsed, $(awk "BEGIN {print $user + $sys}") s CPU (user+sys), peak RSS $((kb / 1024)) MiB"
  times+=("$seconds")
  cpus+=("$(awk "BEGIN {print $user + $sys}")")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
echo "median of $RUNS runs: ${median} s elapsed, ${cpu} s CPU (format $FORMAT, -Xmx1g ${JAVA_OPTS:-}, $(nproc) cores)"
echo "load after: $(uptime | sed 's/.*load average: //')"
