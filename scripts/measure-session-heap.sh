#!/usr/bin/env bash
# Retained heap per idle session, and memory at idle, of the packaged app.
# Usage: scripts/measure-session-heap.sh [sessions, default 200] [path, default /]   (after ./mvnw package)
# Starts the app (AOT-cached extracted jar if scripts/build-aot-cache.sh made one, else the fat jar)
# with a fixed heap (HEAP, default 1g) on a free loopback port, warms it up with 20 visits, forces full
# garbage collections (jcmd GC.run) and reads the used heap (jcmd GC.heap_info); then opens <sessions>
# visits of <path> without cookies - each a new HTTP session whose UI Vaadin creates on the first GET
# (vaadin.eagerServerLoad) and keeps until the session expires - collects again and prints the
# difference divided by the number of sessions. Also prints heap used and resident set size at idle.
# DATA_DIR runs it on existing data (e.g. a seeded one, to measure a view link /s/<token>);
# JAVA_OPTS adds JVM options (e.g. -XX:+UseCompactObjectHeaders). Ends with one SUMMARY line.
set -euo pipefail
cd "$(dirname "$0")/.."
sessions=${1:-200}
path=${2:-/}
heap=${HEAP:-1g}
# shellcheck source=lib/packaged-app.sh
. scripts/lib/packaged-app.sh
app_java
jcmd=${JAVA_HOME:+$JAVA_HOME/bin/}jcmd
app_launch_layout auto
layout=$app_layout
work=$(mktemp -d)
port=$(app_free_port)
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
app_start "$work/app.log" "-Xms$heap" "-Xmx$heap" ${JAVA_OPTS:-} "${app_launch[@]}" --server.port="$port" \
    --server.address=127.0.0.1 --guarantee-lab.data-dir="${DATA_DIR:-$work/data}"
trap 'app_stop; rm -rf "$work"' EXIT
app_wait_for "http://127.0.0.1:$port$path"

# Used heap in KB after two full collections (the second frees what finalisation of the first left).
used_after_gc() {
    "$jcmd" "$app" GC.run >/dev/null
    "$jcmd" "$app" GC.run >/dev/null
    "$jcmd" "$app" GC.heap_info | sed -nE 's/.* total (reserved )?[0-9]+K, (committed [0-9]+K, )?used ([0-9]+)K.*/\3/p' | head -1
}
visit() {
    local n=$1 i code failed=0
    for i in $(seq "$n"); do
        code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path" || true)
        [ "$code" = 200 ] || failed=$((failed + 1))
    done
    echo "$failed"
}

# Warm-up: the first visits load classes and fill caches that every later session shares. Their
# sessions stay in the baseline.
visit 20 >/dev/null
sleep 2
idle_kb=$(used_after_gc)
rss_kb=$(ps -o rss= -p "$app" | tr -d ' ')
echo "idle after start and 20 visits: heap used after full GC ${idle_kb} KB; resident set size ${rss_kb} KB"
before_kb=$idle_kb
failed=$(visit "$sessions")
after_kb=$(used_after_gc)
sessions_held=$(( sessions - failed ))
[ "$sessions_held" -gt 0 ] || { echo "no visit succeeded" >&2; exit 1; }
per_session=$(( (after_kb - before_kb) / sessions_held ))
echo "after $sessions_held more sessions on $path ($failed failed): heap used after full GC ${after_kb} KB"
echo "SUMMARY $(date -u +%FT%TZ) $layout, heap $heap${JAVA_OPTS:+, $JAVA_OPTS}: retained heap per idle session on $path ${per_session} KB (budget 250 KB); idle heap ${idle_kb} KB, idle RSS $((rss_kb / 1024)) MB; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
