#!/usr/bin/env bash
# Runs the JMH benchmarks (all of them by default, about 5 minutes on 2 cores) and prints a
# Markdown summary with medians, minima and maxima, and the machine load seen during the run.
#
# usage: benchmarks/jmh.sh [JMH ARGS...]     e.g. benchmarks/jmh.sh AuditBench -f 1
#   REBUILD=1  rebuild benchmarks/target/benchmarks.jar even if it exists
# Writes benchmarks/target/jmh/{jmh.json,jmh.log,loads.txt,results.md}.
set -euo pipefail
cd "$(dirname "$0")/.."       # the benchmarks read rules/ and samples/ from the project root

BJAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target/jmh
if [ "${REBUILD:-0}" = 1 ] || [ ! -f "$BJAR" ]; then
  echo "building $BJAR ..." >&2
  mvn -q -f benchmarks/pom.xml package
fi
mkdir -p "$OUT"

# Sample the 1-minute load average every 10 s while JMH runs.
: >"$OUT/loads.txt"
( while true; do cut -d' ' -f1 /proc/loadavg >>"$OUT/loads.txt"; sleep 10; done ) &
sampler=$!
trap 'kill "$sampler" 2>/dev/null || true' EXIT

java -jar "$BJAR" -rf json -rff "$OUT/jmh.json" "$@" 2>&1 | tee "$OUT/jmh.log"

kill "$sampler" 2>/dev/null || true
{
  echo "nproc $(nproc); $(java -version 2>&1 | sed -n 1p); load avg (1 min) during the run, sampled every 10 s:" \
    "$(sort -n "$OUT/loads.txt" | awk '{ v[NR] = $1 } END { printf "min %s, median %s, max %s", v[1], v[int((NR + 1) / 2)], v[NR] }')"
  echo
  java -cp "$BJAR" fr.mssante.advisor.bench.Summary "$OUT/jmh.json"
} | tee "$OUT/results.md"
