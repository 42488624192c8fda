#!/usr/bin/env bash
# Start-up time of the packaged jar: from `java -jar` to the first HTTP 200 on a page, over several
# cold starts (each with an empty database), and their median.
# Usage: scripts/measure-startup.sh [runs, default 5] [path, default /]   (after ./mvnw package)
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-5}
path=${2:-/}
jar=target/guarantee-lab.jar
if [ ! -f "$jar" ]; then
    echo "No $jar: run ./mvnw package first" >&2
    exit 1
fi
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
    "$java" -jar "$jar" --server.port="$port" --guarantee-lab.data-dir="$work/data-$run" >"$work/app-$run.log" 2>&1 &
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
    echo "run $run: ${ms} ms to HTTP 200 on $path"
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
echo "median of $n runs: ${median} ms"
