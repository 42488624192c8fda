#!/usr/bin/env bash
# Server time of opening view links among many stored scenarios (target: p95 <= 20 ms).
#   scripts/seed-scenarios.sh <data-dir>            # once: 1,000,000 scenarios + view-tokens.txt
#   scripts/benchmark-view-links.sh <data-dir> [token-file] [requests=10000] [concurrency=2]
# Starts target/guarantee-lab.jar (built if missing) on a free loopback port against the data
# directory, sends WARMUP (default 2000) then <requests> GETs of /s/{token} (the page, whose meta
# tags look the scenario up) and of /api/scenarios/{token}, tokens drawn from the file, and prints
# the client's latencies and the server's own time per request, read from Tomcat's access log
# (%D: from the request line read to the response written). Bounded: each phase stops after
# MAX_SECONDS (default 300). Stops the app on exit. JAVA_OPTS adds JVM options.
# LAYOUT=extracted runs the jar as Spring Boot's "efficient deployments" page advises (extracted
# with -Djarmode=tools) instead of as one fat jar; Vaadin looks up static files on every request,
# which costs more through the fat jar's nested-jar class loader.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: $0 <data-dir> [token-file] [requests] [concurrency]" >&2; exit 2; }
data_dir=$(cd "$1" && pwd)
tokens=${2:-$data_dir/view-tokens.txt}
requests=${3:-10000}
concurrency=${4:-2}
warmup=${WARMUP:-2000}
max_seconds=${MAX_SECONDS:-300}
target_p95_ms=20
# shellcheck source=lib/packaged-app.sh
. scripts/lib/packaged-app.sh
app_java
[ -s "$tokens" ] || { echo "no tokens in $tokens (run scripts/seed-scenarios.sh first)" >&2; exit 2; }

[ -f target/guarantee-lab.jar ] || ./mvnw -q -B -DskipTests package
# The pom's `benchmarks` profile runs H2's shell and ViewLinkLoad with the test class path (exec:exec@…).
./mvnw -q -B -Pbenchmarks test-compile
benchmarks() { ./mvnw -q -B -Pbenchmarks "exec:exec@$1" -Dbenchmark.args="$2"; }

# Before the app starts: H2's file database admits one process at a time.
rows=$(benchmarks h2-shell "-url jdbc:h2:file:$data_dir/guarantee-lab -user sa -sql 'select count(*) from shared_scenario'" |
  sed -n 2p | tr -dc 0-9)

port=$(app_free_port)
work=$(mktemp -d)
layout=${LAYOUT:-fat-jar}
app_dir=$PWD
jar=$PWD/target/guarantee-lab.jar
if [ "$layout" = extracted ]; then
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$work/app"
  jar=$work/app/guarantee-lab.jar
fi
# shellcheck disable=SC2086 # JAVA_OPTS is a list of JVM options, e.g. to compare JIT settings
app_start "$work/app.log" -Xms1g -Xmx1g ${JAVA_OPTS:-} -jar "$jar" \
  --guarantee-lab.data-dir="$data_dir" --server.port="$port" --server.address=127.0.0.1 \
  --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$work" \
  --server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.suffix=.log \
  --server.tomcat.accesslog.rotate=false --server.tomcat.accesslog.buffered=false \
  --server.tomcat.accesslog.pattern='%m %U%q %s %D'
# The access log records every address requested, view tokens included: it is enabled here only,
# for this benchmark (never in application.properties), and deleted once the figures are read.
trap 'app_stop; rm -f "$work/access.log"' EXIT

started=$(date +%s)
app_wait_for "http://127.0.0.1:$port/api/cases/ukraine-2025" 180
echo "access log and app log in $work"
echo "app up on 127.0.0.1:$port after $(($(date +%s) - started)) s; $rows scenarios stored; $(wc -l <"$tokens") tokens; $(nproc) cores"

# p50/p95/p99/max in ms and the count of non-200 answers, from access-log lines of one path prefix.
server_times() {
  awk -v prefix="$1" '$1 == "GET" && index($2, prefix) == 1 && $2 !~ /\?warmup/ { print $4, $3 }' "$work/access.log" |
    sort -n | awk '{ t[NR] = $1; if ($2 != 200) bad++ }
      END { n = NR; if (n == 0) { print "no requests"; exit }
            split("50 95 99 100", ps, " ")
            for (i = 1; i <= 4; i++) { r = int((ps[i] / 100) * n + 0.999999); if (r < 1) r = 1; v[i] = t[r] / 1000 }
            printf "%d requests, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms, non-200 %d\n", n, v[1], v[2], v[3], v[4], bad + 0 }'
}

summary=""
for target in "/s/%s" "/api/scenarios/%s"; do
  benchmarks view-link-load "http://127.0.0.1:$port $tokens $target $requests $concurrency $warmup $max_seconds"
  prefix=${target%%%s}
  server=$(server_times "$prefix")
  echo "server $target: $server"
  summary+="${target/\%s/{token\}} server ${server#*requests, }; "
done

view_p95=$(server_times /s/ | sed -E 's/.*p95 ([0-9.]+) ms.*/\1/')
verdict=$(awk -v p="$view_p95" -v t="$target_p95_ms" 'BEGIN { print (p <= t) ? "MET" : "NOT MET" }')
echo "SUMMARY $(date -u +%FT%TZ) $rows scenarios, $(nproc) cores, $layout, concurrency $concurrency: ${summary}view-link p95 target <= ${target_p95_ms} ms ${verdict}"
