#!/usr/bin/env bash
# Whole-process figures for the performance goals (docs/benchmarks.md), each a median of RUNS runs:
#
#   1. one audit of one sample from a cold JVM, under start-up variants side by side (JDK 17 and,
#      when installed, JDK 25 with its AOT cache);
#   2. the first run after an analyst edits a rule (--rules DIR, the disk cache empty), and the next one;
#   3. 10,000 generated setup files to JSON (audit DIR --format json --output FILE);
#   4. 100,000 generated setup files with -Xmx256m, watching the heap (GC log) and the process RSS.
#
# usage: benchmarks/whole.sh [RUNS]      (default 5; from anywhere)
#   PARTS="1 2 3 4"   which parts to run (default all)
#   REBUILD=1         rebuild the tool's jar and the benchmarks jar even if they exist
#   JDK25=/usr/lib/jvm/temurin-25-jdk-amd64   a JDK 25+ for the AOT-cache variants (skipped if missing)
#   BEFORE_JAR=path/to/older/mssante-advisor.jar   adds "before" rows (parts 1 and 3) with an older build, e.g.
#              git archive 9885076 | tar -x -C /tmp/before && (cd /tmp/before && mvn -q -DskipTests package)
# The runs of the variants of a part are interleaved (round after round), so a change of machine load
# touches every variant alike; the 1-minute load average is printed before and after each round.
# Writes benchmarks/target/whole/{results.md,times.txt,...}. Parts 3-4 generate their files once in
# benchmarks/target/whole/gen-10000 and gen-100000 (about 40 MB and 400 MB).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-5}
PARTS=${PARTS:-"1 2 3 4"}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAR=target/mssante-advisor.jar
BJAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target/whole
SAMPLE=samples/ssiad-val-de-sevre.yaml
DATE=2026-01-15
mkdir -p "$OUT"
if [ "${REBUILD:-0}" = 1 ] || [ ! -f "$JAR" ]; then mvn -q -DskipTests package; fi
if [ "${REBUILD:-0}" = 1 ] || [ ! -f "$BJAR" ]; then mvn -q -f benchmarks/pom.xml package; fi

TIMES="$OUT/times.txt"
: >"$TIMES"
RESULTS="$OUT/results.md"
{
  echo "# whole.sh $(date -u '+%Y-%m-%d %H:%M UTC'), $RUNS runs per variant"
  echo
  echo "nproc $(nproc); $(java -version 2>&1 | sed -n 1p); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
} >"$RESULTS"

load() { cut -d' ' -f1 /proc/loadavg; }

# time_cmd NAME PREPARE CMD...: one timed run (wall seconds) after an untimed PREPARE (a shell snippet).
time_cmd() {
  local name=$1 prepare=$2
  shift 2
  eval "$prepare"
  local status=0
  /usr/bin/time -f "%e %U %S" -o "$OUT/last-time" "$@" >/dev/null 2>"$OUT/last-stderr" || status=$?
  if [ "$status" -gt 2 ]; then
    echo "failed ($status): $*" >&2
    cat "$OUT/last-stderr" >&2
    exit 1
  fi
  # wall seconds, CPU seconds (user + system: less sensitive to the other processes of the machine)
  tail -1 "$OUT/last-time" | awk -v n="$name" '{ printf "%s\t%.3f\t%.3f\n", n, $1, $2 + $3 }' >>"$TIMES"
}

# table TITLE NAMES...: median, min, max of each variant's runs.
table() {
  local title=$1
  shift
  {
    echo
    echo "## $title"
    echo
    echo "| variant | median s | min s | max s | CPU s (median) | runs |"
    echo "|---|---:|---:|---:|---:|---:|"
    for n in "$@"; do
      cpu=$(awk -F'\t' -v n="$n" '$1 == n { print $3 }' "$TIMES" | sort -n | awk '{ v[NR] = $1 }
        END { if (NR) printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
      awk -F'\t' -v n="$n" '$1 == n { print $2 }' "$TIMES" | sort -n | awk -v n="$n" -v cpu="$cpu" '
        { v[NR] = $1 }
        END { if (NR == 0) exit; m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
              printf "| %s | %.2f | %.2f | %.2f | %s | %d |\n", n, m, v[1], v[NR], cpu, NR }'
    done
  } | tee -a "$RESULTS"
}

AUDIT=(audit "$SAMPLE" --as-of "$DATE" -q)
NOCACHE="export MSSANTE_ADVISOR_CACHE=off"

if [[ " $PARTS " == *" 1 "* ]]; then
  echo "part 1: one audit, cold JVM ..." >&2
  C1_SERIAL=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
  eval "$NOCACHE"
  java -XX:ArchiveClassesAtExit="$OUT/app17.jsa" -jar "$JAR" "${AUDIT[@]}" >/dev/null 2>&1 || true
  names=("java -version (floor)" "compile the DRL (--no-cache)" "jar's precompiled pack (the default)"
         "precompiled + C1 + SerialGC" "precompiled + AppCDS" "precompiled + AppCDS + C1 + SerialGC")
  has25=0
  if [ -x "$JDK25/bin/java" ]; then
    has25=1
    "$JDK25/bin/java" -XX:AOTCacheOutput="$OUT/app25.aot" -jar "$JAR" "${AUDIT[@]}" >/dev/null 2>&1 || true
    "$JDK25/bin/java" -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$OUT/auto25.jsa" -jar "$JAR" \
      "${AUDIT[@]}" >/dev/null 2>&1 || true
    names+=("JDK 25, precompiled" "JDK 25, precompiled + AutoCreateSharedArchive" "JDK 25, precompiled + AOT cache"
            "JDK 25, precompiled + AOT cache + C1 + SerialGC")
  fi
  if [ -n "${BEFORE_JAR:-}" ]; then
    mkdir -p "$OUT/before-cache"
    MSSANTE_ADVISOR_CACHE="$OUT/before-cache" java -jar "$BEFORE_JAR" "${AUDIT[@]}" >/dev/null 2>&1 || true
    names+=("before: compile the DRL" "before: disk cache hit")
  fi
  for round in $(seq 1 "$RUNS"); do
    echo "  round $round/$RUNS, load $(load)" >&2
    if [ -n "${BEFORE_JAR:-}" ]; then
      time_cmd "before: compile the DRL" "" java -jar "$BEFORE_JAR" "${AUDIT[@]}"
      time_cmd "before: disk cache hit" "" env MSSANTE_ADVISOR_CACHE="$OUT/before-cache" java -jar "$BEFORE_JAR" "${AUDIT[@]}"
    fi
    time_cmd "${names[0]}" "" java -version
    time_cmd "${names[1]}" "" java -jar "$JAR" "${AUDIT[@]}" --no-cache
    time_cmd "${names[2]}" "" java -jar "$JAR" "${AUDIT[@]}"
    time_cmd "${names[3]}" "" java "${C1_SERIAL[@]}" -jar "$JAR" "${AUDIT[@]}"
    time_cmd "${names[4]}" "" java -XX:SharedArchiveFile="$OUT/app17.jsa" -jar "$JAR" "${AUDIT[@]}"
    time_cmd "${names[5]}" "" java -XX:SharedArchiveFile="$OUT/app17.jsa" "${C1_SERIAL[@]}" -jar "$JAR" "${AUDIT[@]}"
    if [ "$has25" = 1 ]; then
      time_cmd "${names[6]}" "" "$JDK25/bin/java" -jar "$JAR" "${AUDIT[@]}"
      time_cmd "${names[7]}" "" "$JDK25/bin/java" -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$OUT/auto25.jsa" \
        -jar "$JAR" "${AUDIT[@]}"
      time_cmd "${names[8]}" "" "$JDK25/bin/java" -XX:AOTCache="$OUT/app25.aot" -jar "$JAR" "${AUDIT[@]}"
      time_cmd "${names[9]}" "" "$JDK25/bin/java" -XX:AOTCache="$OUT/app25.aot" "${C1_SERIAL[@]}" -jar "$JAR" "${AUDIT[@]}"
    fi
  done
  echo "  load after part 1: $(load)" >&2
  table "One audit of $SAMPLE, cold JVM (load $(load) at the end)" "${names[@]}"
  unset MSSANTE_ADVISOR_CACHE
fi

if [[ " $PARTS " == *" 2 "* ]]; then
  echo "part 2: first run after editing a rule ..." >&2
  PACK="$OUT/edited-rules"
  rm -rf "$PACK"
  cp -r rules "$PACK"
  export MSSANTE_ADVISOR_CACHE="$OUT/kbase-cache"
  names=("--rules DIR, first run after an edit (compiles, fills the cache)" "--rules DIR, next run (disk cache)")
  for round in $(seq 1 "$RUNS"); do
    echo "  round $round/$RUNS, load $(load)" >&2
    # Each round edits a rule's text (a comment) so the pack's key changes, as an analyst's edit does.
    edit="echo '// edit $round' >> '$PACK/governance/governance.drl'"
    time_cmd "${names[0]}" "$edit" java -jar "$JAR" "${AUDIT[@]}" --rules "$PACK"
    time_cmd "${names[1]}" "" java -jar "$JAR" "${AUDIT[@]}" --rules "$PACK"
  done
  unset MSSANTE_ADVISOR_CACHE
  table "Analyst's loop: --rules DIR on $SAMPLE (load $(load) at the end)" "${names[@]}"
fi

generate() {
  local n=$1 dir="$OUT/gen-$1"
  if [ ! -d "$dir" ]; then
    echo "  generating $n setup files in $dir ..." >&2
    java -cp "$BJAR" fr.mssante.advisor.bench.SetupGenerator "$dir" "$n" 42 2>/dev/null
  fi
}

if [[ " $PARTS " == *" 3 "* ]]; then
  echo "part 3: 10,000 files to JSON ..." >&2
  generate 10000
  names=("10,000 files --format json --output FILE" "10,000 files, 1 thread (taskset -c 0)")
  [ -n "${BEFORE_JAR:-}" ] && names+=("before: 10,000 files (sequential, in memory)")
  for round in $(seq 1 "$RUNS"); do
    echo "  round $round/$RUNS, load $(load)" >&2
    if [ -n "${BEFORE_JAR:-}" ]; then
      time_cmd "${names[2]}" "" java -jar "$BEFORE_JAR" audit "$OUT/gen-10000" --as-of "$DATE" --format json --output "$OUT/before-10000.json"
    fi
    time_cmd "${names[0]}" "" java -jar "$JAR" audit "$OUT/gen-10000" --as-of "$DATE" --format json --output "$OUT/gen-10000.json"
    time_cmd "${names[1]}" "" taskset -c 0 java -jar "$JAR" audit "$OUT/gen-10000" --as-of "$DATE" --format json --output "$OUT/gen-10000-1.json"
  done
  table "Batch: 10,000 generated files (load $(load) at the end)" "${names[@]}"
  if [ -n "${BEFORE_JAR:-}" ]; then
    if cmp -s "$OUT/before-10000.json" "$OUT/gen-10000.json"; then same=yes; else same=NO; fi
    echo "- streamed JSON byte-identical to the older build's in-memory JSON: $same" | tee -a "$RESULTS"
  fi
  # Where the time goes in one such run (phases of the tool, see docs/benchmarks.md).
  MSSANTE_ADVISOR_TIMINGS=1 java -jar "$JAR" audit "$OUT/gen-10000" --as-of "$DATE" --format json \
    --output "$OUT/gen-10000.json" 2>"$OUT/phases-10000.txt" || true
  { echo; echo '```'; cat "$OUT/phases-10000.txt"; echo '```'; } | tee -a "$RESULTS"
fi

if [[ " $PARTS " == *" 4 "* ]]; then
  echo "part 4: 100,000 files with -Xmx256m ..." >&2
  generate 100000
  status=0
  /usr/bin/time -f "%e s elapsed, max RSS %M KB" -o "$OUT/time-100000.txt" \
    java -Xmx256m -Xlog:gc:file="$OUT/gc-100000.log" -jar "$JAR" audit "$OUT/gen-100000" --as-of "$DATE" \
    --format json --output "$OUT/gen-100000.json" 2>"$OUT/stderr-100000.txt" || status=$?
  # Heap after each GC (MB), at tenths of the run: flat means nothing accumulates.
  after=$(grep -o -- '->[0-9]*M' "$OUT/gc-100000.log" | tr -d -- '->M')
  count=$(echo "$after" | wc -l)
  tenths=$(echo "$after" | awk -v c="$count" 'NR % int(c / 10 + 1) == 0 { printf "%s ", $1 } END { printf "(last %s)", $1 }')
  {
    echo
    echo "## 100,000 generated files, -Xmx256m (load $(load) at the end)"
    echo
    echo "- exit status $status (1 = findings, 2 = some files unreadable, as generated); $(cat "$OUT/time-100000.txt")"
    echo "- OutOfMemoryError: $(grep -c OutOfMemoryError "$OUT/stderr-100000.txt" || true)"
    echo "- reports in the JSON: $(grep -c '"source" :' "$OUT/gen-100000.json")"
    echo "- heap after GC (MB) through the run, $count collections: $tenths"
  } | tee -a "$RESULTS"
fi
