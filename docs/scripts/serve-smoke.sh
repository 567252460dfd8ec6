#!/usr/bin/env bash
# A short run of `serve` from the built jar, as a vendor would use it (CI runs it): an address others can
# reach with a token, curl with and without the token, one file and several, the page, a graceful stop on
# SIGTERM with status 0. Also checks what the service must not do: write what it receives to disk (its
# temporary folder stays empty after an upload) or log it (the access log has no query string, no name
# from the file). Needs curl. About 10 s.
#
# usage: docs/scripts/serve-smoke.sh            (from anywhere; builds nothing: run after `mvn package`)
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=target/mssante-advisor.jar
work=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "serve smoke: $*" >&2; [ -f "$work/err" ] && sed 's/^/  stderr: /' "$work/err" >&2; exit 1; }

# 0.0.0.0 without a token is refused (status 2, French first).
set +e
java -jar "$JAR" serve --bind 0.0.0.0 --port 0 >/dev/null 2>"$work/refused"
status=$?
set -e
[ "$status" -eq 2 ] || fail "a non-loopback --bind without --token-file exited $status, expected 2"
grep -q "donnez un jeton" "$work/refused" || fail "no French reason for the refusal"

umask 077
head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$work/token"
mkdir "$work/tmp"
java -Djava.io.tmpdir="$work/tmp" -jar "$JAR" serve --bind 0.0.0.0 --port 0 --token-file "$work/token" \
  >"$work/out" 2>"$work/err" &
pid=$!
for _ in $(seq 1 300); do
  grep -q "Service prêt" "$work/out" 2>/dev/null && break
  kill -0 "$pid" 2>/dev/null || fail "serve ended before it was ready"
  sleep 0.1
done
port=$(sed -n 's|.*http://[^:]*:\([0-9]*\)/ (API.*|\1|p' "$work/out" | head -1)
[ -n "$port" ] || fail "no ready line: $(cat "$work/out")"
base="http://127.0.0.1:$port"
token=$(cat "$work/token")

code() { curl -s -o "$work/body" -w '%{http_code}' "$@"; }
[ "$(code "$base/healthz")" = 200 ] || fail "/healthz is not 200"
[ "$(code -H 'Content-Type: application/yaml' --data-binary @samples/ehpad-les-charmilles.yaml "$base/api/v1/audit")" = 401 ] \
  || fail "an audit without the token is not 401"
grep -q 'urn:mssante-advisor:problem:unauthorized' "$work/body" || fail "the 401 is not a problem"
[ "$(code -H "Authorization: Bearer $token" -H 'Content-Type: application/yaml' \
  --data-binary @samples/ehpad-les-charmilles.yaml "$base/api/v1/audit?asOf=2026-01-15")" = 200 ] \
  || fail "an audit with the token is not 200: $(cat "$work/body")"
grep -q '"source" : "request"' "$work/body" || fail "the report's source is not request"
grep -q '"ruleId" : "BAL-PER-WITHOUT-RPPS"' "$work/body" || fail "the report lacks the sample's finding"
# A larger upload (several samples, ~200 KiB) must stay in memory: the temporary folder stays empty.
padded="$work/padded.yaml"
{ cat samples/hopital-ch-montval.yaml; for _ in $(seq 1 2500); do echo "# commentaire de remplissage pour la taille"; done; } > "$padded"
[ "$(code -H "Authorization: Bearer $token" -F "f=@samples/csapa-ch-montval.yaml" -F "f=@$padded" \
  "$base/api/v1/audits?asOf=2026-01-15&format=text")" = 200 ] || fail "/audits is not 200: $(cat "$work/body")"
grep -q "Une boîte applicative par établissement" "$work/body" || fail "no portfolio finding in /audits"
[ -z "$(ls -A "$work/tmp")" ] || fail "serve wrote to its temporary folder: $(ls -A "$work/tmp")"
[ "$(code "$base/")" = 200 ] && grep -q '<html lang="fr"' "$work/body" || fail "the page is not served"

kill -TERM "$pid"
set +e
wait "$pid"
status=$?
set -e
pid=
[ "$status" -eq 0 ] || fail "SIGTERM ended serve with status $status, expected 0"
grep -q "Service arrêté" "$work/out" || fail "no stop line"
grep -q "POST /api/v1/audit 200" "$work/err" || fail "no access-log line for the audit"
if grep -q "asOf\|Charmilles\|Montval\|$token" "$work/err"; then
  fail "the log holds a query string, a name from a file or the token"
fi
echo "serve smoke: ok (port $port, $(grep -c ' ms$' "$work/err") requests logged)"
