#!/usr/bin/env bash
# How fast hostile setup files are refused, and the shared Auditor under 8 threads (docs/security.md).
#
# usage: benchmarks/hostile-input.sh [RUNS]     (from anywhere; default 20 warm runs per file, 5 processes)
# 1. in-process: benchmarks/HostileInputTiming.java on the jar (cold first load, then warm median);
# 2. whole process: `java -jar target/mssante-advisor.jar audit FILE -q`, median of 5, for the
#    "billion laughs" file beside a normal sample (the difference is the cost of refusing the bomb).
# Prints the machine load before and after: timings on a busy machine say little.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-20}
JAR=target/mssante-advisor.jar
[ -f "$JAR" ] || mvn -q -DskipTests package
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$JAR" benchmarks/HostileInputTiming.java "$RUNS"
echo
echo "| whole process, median of 5 | seconds | exit status |"
echo "|---|---|---|"
for file in samples/ssiad-val-de-sevre.yaml src/test/resources/hostile/billion-laughs.yaml; do
  times=()
  for _ in 1 2 3 4 5; do
    start=$(date +%s.%N)
    set +e; java -jar "$JAR" audit "$file" --as-of 2026-01-15 -q; status=$?; set -e
    times+=("$(echo "$(date +%s.%N) - $start" | bc)")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
  echo "| $file | $median | $status |"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
