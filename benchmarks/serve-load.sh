#!/usr/bin/env bash
# Load benchmark of `serve` (docs/benchmarks.md, "serve"): the jar's service on loopback, wrk posting one
# typical setup file per request (benchmarks/serve-audit.lua) over 16 connections.
#
#   1. time to ready: from the JVM's launch to the first 200 on /healthz (READY_RUNS starts, median);
#   2. throughput and latency: WARMUP seconds of load, then DURATION seconds measured (requests/s, p50,
#      p90, p99, answers other than 200, socket errors), the load average beside it;
#   3. memory: the service's RSS sampled every 10 s during the measured run (first sample after the
#      warm-up, last, highest): flat means the last within 10 % of the first.
#
# usage: benchmarks/serve-load.sh                  (from anywhere; needs wrk: apt-get install -y wrk)
#   DURATION=60 WARMUP=20 CONNECTIONS=16 THREADS=2 READY_RUNS=5 SETUP=samples/ehpad-les-charmilles.yaml
#   JAVA_OPTS="..."  flags for the service's JVM; ACCESS_LOG=0 runs it with --quiet
#   DURATION=600 for the 10-minute memory run.
# The load generator runs on the same machine: on 2 cores, wrk and the service share them.
# Writes benchmarks/target/serve/{ready.txt,wrk.txt,rss.txt,results.md}; stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-60}
WARMUP=${WARMUP:-20}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
READY_RUNS=${READY_RUNS:-5}
export SETUP=${SETUP:-samples/ehpad-les-charmilles.yaml}
JAR=target/mssante-advisor.jar
OUT=benchmarks/target/serve
PORT=${PORT:-18181}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[ -f "$JAR" ] || mvn -q -DskipTests package
rm -rf "$OUT"; mkdir -p "$OUT"
quiet=(); [ "${ACCESS_LOG:-1}" = 0 ] && quiet=(--quiet)
pid=
stop() { if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi; pid=; }
trap stop EXIT

cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }   # the service's CPU time so far, in clock ticks

start() {   # sets pid, and ready_ms: the milliseconds from launch to the first 200 on /healthz
  local t0 t1
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$JAR" serve --port "$PORT" "${quiet[@]}" >"$OUT/serve.out" 2>"$OUT/serve.err" &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/healthz" 2>/dev/null)" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { cat "$OUT/serve.err" >&2; exit 1; }
    sleep 0.01
  done
  t1=$(date +%s%N)
  ready_ms=$(( (t1 - t0) / 1000000 ))
}

echo "== time to ready ($READY_RUNS starts)" | tee "$OUT/ready.txt"
for _ in $(seq 1 "$READY_RUNS"); do
  start
  echo "$ready_ms ms  load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/ready.txt"
  stop
  sleep 1
done
ready_median=$(grep ' ms ' "$OUT/ready.txt" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')

start
echo "== warm-up ${WARMUP}s" >&2
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s benchmarks/serve-audit.lua "http://127.0.0.1:$PORT" >/dev/null
rss() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }
( while kill -0 "$pid" 2>/dev/null; do echo "$(date +%s) $(rss) $(cut -d' ' -f1 /proc/loadavg)"; sleep 10; done ) \
  >"$OUT/rss.txt" 2>/dev/null &
sampler=$!
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
cpu_before=$(cpu)
echo "== measured ${DURATION}s, $CONNECTIONS connections" >&2
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s benchmarks/serve-audit.lua \
  "http://127.0.0.1:$PORT" | tee "$OUT/wrk.txt" >&2
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
cpu_after=$(cpu)
kill "$sampler" 2>/dev/null || true
result=$(grep '^RESULT' "$OUT/wrk.txt" | sed 's/^RESULT //')
rss_first=$(head -1 "$OUT/rss.txt" | cut -d' ' -f2)
rss_last=$(tail -1 "$OUT/rss.txt" | cut -d' ' -f2)
rss_max=$(cut -d' ' -f2 "$OUT/rss.txt" | sort -n | tail -1)
requests=$(echo "$result" | sed 's/.*requests=\([0-9]*\).*/\1/')
ticks=$(getconf CLK_TCK)
# CPU per request: what the service itself spent, whatever else the machine was doing.
cpu_per_request=$(awk -v c=$((cpu_after - cpu_before)) -v t="$ticks" -v n="$requests" 'BEGIN {printf "%.3f", c / t * 1000 / n}')
cpu_cores=$(awk -v c=$((cpu_after - cpu_before)) -v t="$ticks" -v d="$DURATION" 'BEGIN {printf "%.2f", c / t / d}')
stop
{
  echo "| measure | value |"
  echo "|---|---|"
  echo "| time to first 200 on /healthz (median of $READY_RUNS) | ${ready_median} ms |"
  echo "| load | $(echo "$result" | tr ' ' '\n' | sed 's/=/: /' | paste -sd ',' | sed 's/,/, /g') |"
  echo "| service CPU per request, cores used on average | ${cpu_per_request} ms, ${cpu_cores} |"
  echo "| RSS after warm-up / last / highest | $((rss_first / 1024)) / $((rss_last / 1024)) / $((rss_max / 1024)) MiB |"
  echo "| load average before / after | $load_before / $load_after |"
  echo "| setup, connections, duration | $SETUP, $CONNECTIONS, ${DURATION}s after ${WARMUP}s warm-up |"
} | tee "$OUT/results.md"
