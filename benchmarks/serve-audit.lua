-- wrk script for benchmarks/serve-load.sh: every request posts one typical setup file to the audit API
-- (POST /api/v1/audit, application/yaml) and counts the answers that are not 200.
local setup_file = os.getenv("SETUP") or "samples/ehpad-les-charmilles.yaml"
local f = assert(io.open(setup_file, "rb"))
local body = f:read("*a")
f:close()

wrk.method = "POST"
wrk.path = "/api/v1/audit?asOf=2026-01-15"
wrk.body = body
wrk.headers["Content-Type"] = "application/yaml"

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  not_ok = 0
end

function response(status, headers, body)
  if status ~= 200 then
    not_ok = not_ok + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do
    bad = bad + t:get("not_ok")
  end
  io.write(string.format("RESULT requests=%d duration_s=%.1f rps=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f "
      .. "not_200=%d socket_errors=%d\n", summary.requests, summary.duration / 1e6,
      summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
      latency:percentile(99) / 1000, latency.max / 1000, bad,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
