#!/usr/bin/env bash
# Start-up time of the packaged jar: from `java -jar` to the first HTTP 200 on a page, over several
# cold starts (each with an empty database), and their median.
# Usage: scripts/measure-startup.sh [runs, default 5] [path, default /]   (after ./mvnw package)
# LAYOUT picks how the app is started:
#   fat-jar (default)  java -jar target/guarantee-lab.jar
#   extracted          the jar extracted by scripts/build-aot-cache.sh (target/app), no cache
#   aot                the same with its AOT cache, as scripts/run-packaged.sh starts it
# JAVA_OPTS adds JVM options and APP_ARGS app arguments, to measure one option at a time, e.g.
#   APP_ARGS=--spring.main.lazy-initialization=true scripts/measure-startup.sh
# Each run line and the median line carry the load average, since other work shares the cores.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-5}
path=${2:-/}
# shellcheck source=lib/packaged-app.sh
. scripts/lib/packaged-app.sh
app_java
app_launch_layout "${LAYOUT:-fat-jar}"
layout=$app_layout

work=$(mktemp -d)
trap 'app_stop; rm -rf "$work"' EXIT

times=()
for run in $(seq "$runs"); do
    port=$(app_free_port)
    start=$(date +%s%N)
    # shellcheck disable=SC2086 # JAVA_OPTS and APP_ARGS are lists
    app_start "$work/app-$run.log" ${JAVA_OPTS:-} "${app_launch[@]}" --server.port="$port" \
        --server.address=127.0.0.1 --guarantee-lab.data-dir="$work/data-$run" ${APP_ARGS:-}
    app_wait_for "http://127.0.0.1:$port$path" 180
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    times+=("$ms")
    started=$(grep -o 'Started Application in [0-9.]* seconds' "$work/app-$run.log" | grep -o '[0-9.]*' || true)
    echo "run $run: ${ms} ms to HTTP 200 on $path (Spring: started in ${started:-?} s; load average $(cut -d' ' -f1-3 /proc/loadavg))"
    app_stop
done

sorted=($(printf '%s\n' "${times[@]}" | sort -n))
n=${#sorted[@]}
if [ $((n % 2)) -eq 1 ]; then
    median=${sorted[$((n / 2))]}
else
    median=$(( (sorted[n / 2 - 1] + sorted[n / 2]) / 2 ))
fi
echo "median of $n runs: ${median} ms ($layout${JAVA_OPTS:+, JAVA_OPTS=$JAVA_OPTS}${APP_ARGS:+, APP_ARGS=$APP_ARGS}; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ))"
