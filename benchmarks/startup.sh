#!/usr/bin/env bash
# Whole-process timings of one command-line audit under JVM variants, side by side:
#
#   java [FLAGS] -jar target/mssante-advisor.jar audit SAMPLE --as-of 2026-01-15 -q
#
# Variants: `java -version` alone (the floor); the tool compiling the DRL (its KieBase cache off,
# MSSANTE_ADVISOR_CACHE=off) with default flags, -XX:TieredStopAtLevel=1, -XX:+UseSerialGC, AppCDS
# (archive written once with -XX:ArchiveClassesAtExit, then used with -XX:SharedArchiveFile), and
# AppCDS with both flags; then, when the tool has its KieBase cache (`audit --help` lists
# --no-cache), the tool reloading it from a folder of ours, alone, with both flags, and with AppCDS
# and both flags.
#
# usage: benchmarks/startup.sh [RUNS] [SAMPLE]      (from anywhere; default 10 runs, the SSIAD sample)
#   ROUNDS=2   the runs of each variant are split into ROUNDS passes over all the variants, so that a
#              change of machine load during the script touches every variant alike
#   REBUILD=1  rebuild the jar even if it exists
#   NO_HYPERFINE=1  time with the bash loop even if hyperfine is installed
# Uses hyperfine when installed (apt-get install -y hyperfine), else a plain bash loop.
# Writes benchmarks/target/startup/{times.txt,loads.txt,results.md}. About 4-5 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-10}
SAMPLE=${2:-samples/ssiad-val-de-sevre.yaml}
ROUNDS=${ROUNDS:-2}
DATE=2026-01-15
JAR=target/mssante-advisor.jar
OUT=benchmarks/target/startup
PER_ROUND=$(( (RUNS + ROUNDS - 1) / ROUNDS ))

if [ "${REBUILD:-0}" = 1 ] || [ ! -f "$JAR" ]; then
  echo "building $JAR ..." >&2
  mvn -q -DskipTests package
fi

rm -rf "$OUT"
mkdir -p "$OUT/kbase-cache"
AUDIT=(audit "$SAMPLE" --as-of "$DATE" -q)
# The tool's cache off, or in a folder of ours (never the user's); `env` keeps hyperfine -N shell-free.
NOCACHE=(env MSSANTE_ADVISOR_CACHE=off)
CACHE=(env MSSANTE_ADVISOR_CACHE="$OUT/kbase-cache")
TOOL_HAS_CACHE=0
if java -jar "$JAR" audit --help 2>&1 | grep -- --no-cache >/dev/null; then
  TOOL_HAS_CACHE=1
fi

# One run that must end with the tool's statuses 0 (no finding) or 1 (findings); anything else
# (2 input error, 3 pack error, a crash) would make the timings meaningless.
check() {
  local status=0
  "$@" >/dev/null 2>"$OUT/last-stderr" || status=$?
  if [ "$status" -gt 1 ]; then
    echo "failed (status $status): $*" >&2
    cat "$OUT/last-stderr" >&2
    exit 1
  fi
}

echo "preparing: AppCDS archives and, if the tool has one, its KieBase cache ..." >&2
check "${NOCACHE[@]}" java -XX:ArchiveClassesAtExit="$OUT/compile.jsa" -jar "$JAR" "${AUDIT[@]}"
if [ "$TOOL_HAS_CACHE" = 1 ]; then
  check "${CACHE[@]}" java -jar "$JAR" "${AUDIT[@]}"      # first run: compiles and fills the cache
  if [ -z "$(ls -A "$OUT/kbase-cache")" ]; then
    echo "the tool wrote nothing in $OUT/kbase-cache: its cache variants would compile" >&2
    exit 1
  fi
  check "${CACHE[@]}" java -XX:ArchiveClassesAtExit="$OUT/cached.jsa" -jar "$JAR" "${AUDIT[@]}"   # cache-hit path
fi

NAMES=()
CMDS=()
variant() { NAMES+=("$1"); shift; CMDS+=("$*"); }
C1_SERIAL="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
variant "floor: java -version"                        java -version
variant "compile, default JVM flags"                  "${NOCACHE[@]}" java -jar "$JAR" "${AUDIT[@]}"
variant "compile, -XX:TieredStopAtLevel=1"            "${NOCACHE[@]}" java -XX:TieredStopAtLevel=1 -jar "$JAR" "${AUDIT[@]}"
variant "compile, -XX:+UseSerialGC"                   "${NOCACHE[@]}" java -XX:+UseSerialGC -jar "$JAR" "${AUDIT[@]}"
variant "compile, AppCDS"                             "${NOCACHE[@]}" java -XX:SharedArchiveFile="$OUT/compile.jsa" -jar "$JAR" "${AUDIT[@]}"
variant "compile, AppCDS + C1 + SerialGC"             "${NOCACHE[@]}" java -XX:SharedArchiveFile="$OUT/compile.jsa" $C1_SERIAL -jar "$JAR" "${AUDIT[@]}"
if [ "$TOOL_HAS_CACHE" = 1 ]; then
  variant "KieBase cache, default JVM flags"          "${CACHE[@]}" java -jar "$JAR" "${AUDIT[@]}"
  variant "KieBase cache, C1 + SerialGC"              "${CACHE[@]}" java $C1_SERIAL -jar "$JAR" "${AUDIT[@]}"
  variant "KieBase cache, AppCDS + C1 + SerialGC"     "${CACHE[@]}" java -XX:SharedArchiveFile="$OUT/cached.jsa" $C1_SERIAL -jar "$JAR" "${AUDIT[@]}"
fi
# Arguments hold no spaces (paths of this project), so each command is kept as one string.
for i in "${!CMDS[@]}"; do
  read -r -a words <<<"${CMDS[$i]}"
  check "${words[@]}"
done

HYPERFINE=$(command -v hyperfine || true)
if [ "${NO_HYPERFINE:-0}" = 1 ]; then
  HYPERFINE=
fi
TIMES="$OUT/times.txt"        # "index seconds" per timed run
LOADS="$OUT/loads.txt"        # "index load-before load-after" per pass
: >"$TIMES"
: >"$LOADS"
echo "timing: $RUNS runs per variant in $ROUNDS rounds, with ${HYPERFINE:-a bash loop} ..." >&2
for round in $(seq 1 "$ROUNDS"); do
  for i in "${!CMDS[@]}"; do
    before=$(cut -d' ' -f1 /proc/loadavg)
    if [ -n "$HYPERFINE" ]; then
      hyperfine -N -i --style none --warmup 1 --runs "$PER_ROUND" \
        --export-json "$OUT/h-$round-$i.json" "${CMDS[$i]}" >/dev/null 2>&1
      # The "times" array of the only result, one value per line (no jq or python needed).
      tr -d ' \n' <"$OUT/h-$round-$i.json" | sed 's/.*"times":\[\([^]]*\)\].*/\1/' | tr ',' '\n' \
        | awk -v i="$i" 'NF { print i, $1 }' >>"$TIMES"
    else
      read -r -a words <<<"${CMDS[$i]}"
      "${words[@]}" >/dev/null 2>&1 || true                      # warm-up (file cache)
      for _ in $(seq 1 "$PER_ROUND"); do
        start=$(date +%s%N)
        "${words[@]}" >/dev/null 2>&1 || true
        end=$(date +%s%N)
        awk -v i="$i" -v ns=$((end - start)) 'BEGIN { printf "%d %.6f\n", i, ns / 1e9 }' >>"$TIMES"
      done
    fi
    echo "$i $before $(cut -d' ' -f1 /proc/loadavg)" >>"$LOADS"
  done
done

# Table: median, min, max (seconds) per variant, and the 1-minute load averages seen while it ran.
{
  echo "nproc $(nproc); $(java -version 2>&1 | sed -n 1p); sample $SAMPLE; $RUNS runs per variant (${HYPERFINE:+hyperfine, }$ROUNDS rounds)"
  echo
  echo "| variant | median s | min s | max s | runs | load avg (1 min) during |"
  echo "|---|---:|---:|---:|---:|---|"
  for i in "${!CMDS[@]}"; do
    sort -n <(awk -v i="$i" '$1 == i { print $2 }' "$TIMES") | awk '
      { v[NR] = $1 }
      END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
            printf "%.3f|%.3f|%.3f|%d\n", m, v[1], v[NR], NR }' | {
      IFS='|' read -r median min max n
      loads=$(awk -v i="$i" '$1 == i { printf "%s%s-%s", sep, $2, $3; sep = ", " }' "$LOADS")
      echo "| ${NAMES[$i]} | $median | $min | $max | $n | $loads |"
    }
  done
} | tee "$OUT/results.md"
