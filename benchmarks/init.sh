#!/usr/bin/env bash
# Benchmark of `init` at national scale (issue 11's goals, 2 cores, -Xmx1g: one establishment <= 10 s,
# a whole department <= 20 s). Generates seeded synthetic extracts in their published forms with
# fr.mssante.advisor.extract.synthetic — 100,000 establishments in the FINESS JSON flux (and the Etalab
# CSV), 550,000 Annuaire Santé mailbox lines, 2,000,000 RPPS activity lines, about 1 GB — then times,
# side by side in one run, RUNS times each:
#   one      init FINESS_ET (an EHPAD of the largest department) to a file, from the JSON flux
#   one-csv  the same from the legacy Etalab CSV
#   dept     init --department D --out-dir (every establishment of that department)
#   dept-500 init --department D --categories 500 --out-dir (its EHPAD only)
# each with the default JVM and with the flags of the launcher src/main/sh/mssante-advisor
# (-XX:TieredStopAtLevel=1 -XX:+UseSerialGC, names ending in "+c1"), and prints every run (elapsed s,
# peak RSS KiB, user s, system s, the load average just before), then the medians of elapsed and CPU
# (user + system) time. Each run is a cold JVM, as a user runs it.
#
#   benchmarks/init.sh                       # 3 runs of each
#   RUNS=5 WORK=/tmp/init-bench benchmarks/init.sh   # keep the generated files there for the next run
#   DEPARTMENT=93 benchmarks/init.sh
#   BASELINE_JAR=/tmp/base/target/mssante-advisor.jar benchmarks/init.sh   # another build, side by side
#                                                  # (its series end in "@base")
#
# The machine is shared: read the load averages beside the figures (CPU time depends less on them).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
ESTABLISHMENTS=${ESTABLISHMENTS:-100000}
MAILBOXES=${MAILBOXES:-550000}
RPPS_LINES=${RPPS_LINES:-2000000}
DEPARTMENT=${DEPARTMENT:-59}
jar=target/mssante-advisor.jar
[ -f "$jar" ] || mvn -q -DskipTests package
work=${WORK:-$(mktemp -d)}
mkdir -p "$work"
json="$work/finess-structures-journalier-20260309.json"
csv="$work/etalab-cs1100507-stock-20260512-0339.csv"
mssante="$work/Extraction_Correspondance_MSSante_202603010400.txt"
rpps="$work/PS_LibreAcces_Personne_activite_202603010400.txt"
if [ ! -f "$json" ] || [ ! -f "$rpps" ]; then
  java -cp "$jar" fr.mssante.advisor.extract.synthetic.SyntheticExtracts --establishments "$ESTABLISHMENTS" \
    --mailboxes "$MAILBOXES" --rpps "$RPPS_LINES" --seed 2026 "$work" > /dev/null
fi
echo "files: $(du -h "$json" | cut -f1) JSON flux, $(du -h "$csv" | cut -f1) CSV, $(wc -l < "$mssante") mailbox lines" \
  "($(du -h "$mssante" | cut -f1)), $(wc -l < "$rpps") RPPS lines ($(du -h "$rpps" | cut -f1)); total $(du -ch "$json" "$mssante" "$rpps" | tail -1 | cut -f1) read by a run"
# The establishment: the first EHPAD (category 500) of the department in the CSV, the one with most RPPS lines is not needed.
finess=$(awk -F';' -v d="$DEPARTMENT" '$1=="structureet" && $14==d && $19=="500" {print $2; exit}' "$csv")
echo "establishment: $finess (EHPAD, department $DEPARTMENT); $(awk -F'|' -v f="$finess" '$22==f' "$rpps" | wc -l) RPPS lines at its site"

C1="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
run() {   # name, JVM flags, jar, then the init arguments
  local name=$1 flags=$2 jar=$3; shift 3
  local load; load=$(cut -d' ' -f1-3 /proc/loadavg)
  rm -rf "$work/out"
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" java -Xmx1g $flags ${JAVA_OPTS:-} -jar "$jar" init "$@" \
    --mssante "$mssante" --rpps "$rpps" --quiet
  echo "$name $(tail -1 "$work/time.txt") load $load"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
results="$work/results.txt"
: > "$results"
builds=("")
[ -z "${BASELINE_JAR:-}" ] || builds+=("@base")
for i in $(seq "$RUNS"); do
  for build in "${builds[@]}"; do
    jarfile=$jar; [ -z "$build" ] || jarfile=$BASELINE_JAR
    for jvm in "" "+c1"; do
      flags=""; [ -z "$jvm" ] || flags=$C1
      s=$jvm$build
      run "one$s" "$flags" "$jarfile" "$finess" --finess "$json" --output "$work/out/$finess.yaml" | tee -a "$results"
      run "one-csv$s" "$flags" "$jarfile" "$finess" --finess "$csv" --output "$work/out/$finess.yaml" | tee -a "$results"
      run "dept$s" "$flags" "$jarfile" --department "$DEPARTMENT" --finess "$json" --out-dir "$work/out" | tee -a "$results"
      echo "   ($(ls "$work/out" | wc -l) files)"
      run "dept-500$s" "$flags" "$jarfile" --department "$DEPARTMENT" --categories 500 --finess "$json" \
        --out-dir "$work/out" | tee -a "$results"
      echo "   ($(ls "$work/out" | wc -l) files)"
    done
  done
done
echo "medians over $RUNS runs (elapsed s / CPU s / peak RSS MiB):"
for series in one one-csv dept dept-500; do
  for build in "${builds[@]}"; do
    for name in "$series$build" "$series+c1$build"; do
      e=$(awk -v n="$name" '$1==n {print $2}' "$results" | median)
      c=$(awk -v n="$name" '$1==n {print $4+$5}' "$results" | median)
      m=$(awk -v n="$name" '$1==n {print $3}' "$results" | median)
      printf '  %-17s %6.1f  %6.1f  %5.0f\n' "$name" "$e" "$c" "$(echo "$m / 1024" | bc -l)"
    done
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
[ -n "${WORK:-}" ] || rm -rf "$work"
