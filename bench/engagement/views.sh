#!/usr/bin/env bash
# Prints how many article views Headline records per second:
#   1. through the engagement service's counting path and write-behind (in one JVM, H2 in memory);
#   2. through HTTP: wrk requests an article page on Payara Micro with the real WAR, every request
#      a new reader, and the counted views are read back from /api/articles/{id}/stats.
# Not a test: numbers depend on the machine. Usage:
#   bench/engagement/views.sh [threads=4] [seconds=10] [wrk connections=32] [port=18080]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
threads="${1:-4}"
seconds="${2:-10}"
connections="${3:-32}"
port="${4:-18080}"
m2="${MAVEN_REPO:-$HOME/.m2/repository}"

if [ ! -f "$root/web-faces/target/headline.war" ] || [ ! -d "$root/engagement/target/classes" ]; then
  echo "Building the WAR first (mvn -DskipTests package)..."
  (cd "$root" && mvn -q -o -DskipTests package)
fi

# 1. The service.
cp="$root/core/target/classes:$root/engagement/target/classes"
cp="$cp:$(ls "$m2"/com/h2database/h2/2.2.224/h2-2.2.224.jar)"
cp="$cp:$(ls "$m2"/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar)"
java -cp "$cp" "$here/ServiceBench.java" "$threads" "$seconds" \
  "$root/engagement/src/main/resources/db/migration/engagement/V1__counters.sql"

# 2. HTTP.
command -v wrk >/dev/null || { echo "http: skipped, wrk is not installed (apt-get install wrk)"; exit 0; }
work="$(mktemp -d "${TMPDIR:-/tmp}/headline-bench.XXXXXX")"
java -Dheadline.data.dir="$work/data" -Dheadline.demo.articles=30 \
  -jar "$root/web-faces/target/payara-micro.jar" --deploy "$root/web-faces/target/headline.war" \
  --contextroot / --port "$port" --nohazelcast --disablephonehome --rootdir "$work/root" \
  >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

base="http://127.0.0.1:$port"
for _ in $(seq 1 180); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/" || true)" = "200" ] && break
  kill -0 "$server" 2>/dev/null || { echo "Payara Micro stopped; see its log:"; tail -20 "$work/server.log"; exit 1; }
  sleep 1
done
article="$(curl -s "$base/" | grep -o 'href="/article/[^"]*"' | head -1 | cut -d'"' -f2)"
[ -n "$article" ] || { echo "no article on the home page"; exit 1; }
id="$(curl -s -A "bench warm-up" "$base$article" | grep -o '/share/[0-9]*/' | head -1 | tr -dc 0-9)"
views() { curl -s "$base/api/articles/$id/stats" | grep -o '"views":[0-9]*' | cut -d: -f2; }
# Warm-up: the first requests compile the view and warm the JIT; they are not measured.
wrk -t2 -c"$connections" -d"${seconds}s" -s "$here/bench.lua" "$base$article" -- warm-up >/dev/null
sleep 3
before="$(views)"
wrk -t2 -c"$connections" -d"${seconds}s" -s "$here/bench.lua" "$base$article" -- measured >"$work/wrk.txt"
sleep 4
after="$(views)"
requests="$(grep 'Requests/sec' "$work/wrk.txt" | awk '{print $2}')"
counted=$((after - before))
awk -v n="$counted" -v s="$seconds" -v r="$requests" -v c="$connections" \
  'BEGIN { printf "http:    %d views counted in %d s = %.0f views/s (wrk: %s requests/s, %d connections)\n", n, s, n / s, r, c }'
