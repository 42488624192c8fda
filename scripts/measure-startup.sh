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
layout=${LAYOUT:-fat-jar}
jar=target/guarantee-lab.jar
if [ ! -f "$jar" ]; then
    echo "No $jar: run ./mvnw package first" >&2
    exit 1
fi
app_dir=$PWD/target/app
case "$layout" in
    fat-jar) jar=$PWD/$jar; launch_dir=$PWD; cache_opts=() ;;
    extracted|aot)
        if [ ! -s "$app_dir/guarantee-lab.aot" ] || [ "$jar" -nt "$app_dir/guarantee-lab.aot" ]; then
            echo "No up-to-date extracted app with its AOT cache: run scripts/build-aot-cache.sh first" >&2
            exit 1
        fi
        jar=guarantee-lab.jar; launch_dir=$app_dir; cache_opts=()
        # shellcheck disable=SC2207 # java-options: one option a line, written by scripts/build-aot-cache.sh
        [ "$layout" = extracted ] || cache_opts=(-XX:AOTCache=guarantee-lab.aot $(cat "$app_dir/java-options" 2>/dev/null)) ;;
    *) echo "LAYOUT must be fat-jar, extracted or aot" >&2; exit 2 ;;
esac
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
    JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

work=$(mktemp -d)
app=
cleanup() {
    if [ -n "$app" ]; then kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

free_port() {
    local port
    while :; do
        port=$((20000 + RANDOM % 40000))
        # Nothing answers on it: /dev/tcp fails to connect.
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
}

times=()
for run in $(seq "$runs"); do
    port=$(free_port)
    start=$(date +%s%N)
    # shellcheck disable=SC2086 # JAVA_OPTS and APP_ARGS are lists
    (cd "$launch_dir" && exec "$java" "${cache_opts[@]}" ${JAVA_OPTS:-} -jar "$jar" --server.port="$port" \
        --server.address=127.0.0.1 --guarantee-lab.data-dir="$work/data-$run" ${APP_ARGS:-}) >"$work/app-$run.log" 2>&1 &
    app=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path" || true)" = 200 ]; do
        if ! kill -0 "$app" 2>/dev/null; then
            echo "The app exited during run $run; its log:" >&2
            cat "$work/app-$run.log" >&2
            exit 1
        fi
        if [ $(( ($(date +%s%N) - start) / 1000000000 )) -ge 180 ]; then
            echo "No HTTP 200 on $path within 180 s in run $run; is there a page at $path?" >&2
            exit 1
        fi
        sleep 0.1
    done
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    times+=("$ms")
    started=$(grep -o 'Started Application in [0-9.]* seconds' "$work/app-$run.log" | grep -o '[0-9.]*' || true)
    echo "run $run: ${ms} ms to HTTP 200 on $path (Spring: started in ${started:-?} s; load average $(cut -d' ' -f1-3 /proc/loadavg))"
    kill "$app"
    wait "$app" 2>/dev/null || true
    app=
done

sorted=($(printf '%s\n' "${times[@]}" | sort -n))
n=${#sorted[@]}
if [ $((n % 2)) -eq 1 ]; then
    median=${sorted[$((n / 2))]}
else
    median=$(( (sorted[n / 2 - 1] + sorted[n / 2]) / 2 ))
fi
echo "median of $n runs: ${median} ms ($layout${JAVA_OPTS:+, JAVA_OPTS=$JAVA_OPTS}${APP_ARGS:+, APP_ARGS=$APP_ARGS}; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ))"
