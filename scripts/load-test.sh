#!/usr/bin/env bash
# Load tests with Gatling against the packaged app on loopback (docs/benchmarks.md).
#   scripts/load-test.sh builder-soak [-Dusers=300 -Dminutes=10 -DthinkSeconds=5 -DrampSeconds=60 ...]
#   scripts/load-test.sh shared-link  [-DvisitorsPerSecond=10 -Dseconds=60 ...]   (DATA_DIR: seeded data)
#   scripts/load-test.sh small        # 30 builder users for 1 minute: the quick reproducible check
#   scripts/load-test.sh classroom-burst [-Dstudents=300 -DrampSeconds=60 -DthinkMillis=1000 -DwarmupStudents=20]
# Starts the app (the AOT-cached extracted jar if scripts/build-aot-cache.sh made one, else the fat
# jar) on a free loopback port with HEAP (default 1g) and a Tomcat access log (server time per request,
# %D), runs the simulation through `./mvnw -Pgatling gatling:test`, stops the app, and prints Gatling's
# assertions (the budgets, each with its actual value) and the server's own times, ending with one
# SUMMARY line. Exits with Gatling's status: non-zero when a budget is missed.
# Extra -D arguments go to the simulation. DATA_DIR defaults to a fresh empty directory, except for
# shared-link, which needs scenarios (default /tmp/gl-bench-1m, see scripts/seed-scenarios.sh).
# HEAP_SAMPLE_SECONDS=n (default 120 for builder-soak, else off): every n seconds, the app's live heap
# (the total of `jcmd GC.class_histogram`, which runs a full GC first), to see whether it grows.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { sed -n '2,13p' "$0" >&2; exit 2; }
kind=$1; shift
# shellcheck source=lib/packaged-app.sh
. scripts/lib/packaged-app.sh
app_java
heap=${HEAP:-1g}
work=$(mktemp -d)
sim_args=()
# The classroom burst's own figures (lost, duplicated, board delay), which only that simulation writes.
result_file=
app_args=()
case "$kind" in
    builder-soak) simulation=org.guaranteelab.load.BuilderSoakSimulation; data_dir=${DATA_DIR:-$work/data} ;;
    small) simulation=org.guaranteelab.load.BuilderSoakSimulation; data_dir=${DATA_DIR:-$work/data}
        sim_args=(-Dusers=30 -Dminutes=1 -DrampSeconds=10 -DwarmupUsers=10 -DwarmupSeconds=20) ;;
    shared-link) simulation=org.guaranteelab.load.SharedLinkSimulation; data_dir=${DATA_DIR:-/tmp/gl-bench-1m}
        [ -s "$data_dir/view-tokens.txt" ] || { echo "no $data_dir/view-tokens.txt: run scripts/seed-scenarios.sh $data_dir first" >&2; exit 2; }
        sim_args=(-Dtokens="$(cd "$data_dir" && pwd)/view-tokens.txt") ;;
    classroom-burst) simulation=org.guaranteelab.load.ClassroomBurstSimulation; data_dir=${DATA_DIR:-$work/data}
        result_file=$work/classroom-burst.txt; sim_args=(-DresultFile="$result_file")
        # Every simulated student comes from 127.0.0.1, faster than a real class behind one address may join.
        # The board's refreshes, each with its count and server time (DEBUG lines, summed up at the end).
        app_args=(--guarantee-lab.classroom.join-burst-per-client=100000
            --logging.level.org.guaranteelab.classroom.ui.BoardView=DEBUG
            --logging.level.org.guaranteelab.classroom.ui.BoardRefreshes=DEBUG) ;;
    *) echo "unknown load test $kind (builder-soak, shared-link, small, classroom-burst)" >&2; exit 2 ;;
esac

[ -f target/guarantee-lab.jar ] || ./mvnw -q -B -DskipTests package
app_launch_layout auto
layout=$app_layout
port=$(app_free_port)
mkdir -p "$data_dir"
data_dir=$(cd "$data_dir" && pwd)
# Every simulated student connects from 127.0.0.1: no cap on connections per client (1,000 by default).
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
app_start "$work/app.log" "-Xms$heap" "-Xmx$heap" ${JAVA_OPTS:-} "${app_launch[@]}" \
    --server.port="$port" --server.address=127.0.0.1 --guarantee-lab.data-dir="$data_dir" "${app_args[@]}" \
    --guarantee-lab.max-connections-per-client=100000 \
    --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$work" \
    --server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.suffix=.log \
    --server.tomcat.accesslog.rotate=false --server.tomcat.accesslog.buffered=true \
    --server.tomcat.accesslog.pattern='%m %U%q %s %D %{X-Load-Phase}i'
trap app_stop EXIT
app_wait_for "http://127.0.0.1:$port/api/cases/ukraine-2025"
echo "app ($layout, heap $heap) on 127.0.0.1:$port; logs in $work; load average $(cut -d' ' -f1-3 /proc/loadavg)"

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
sample_every=${HEAP_SAMPLE_SECONDS:-0}
[ "$kind" = builder-soak ] && sample_every=${HEAP_SAMPLE_SECONDS:-120}
if [ "$sample_every" -gt 0 ]; then
    (
        started=$(date +%s)
        while kill -0 "$app" 2>/dev/null; do
            live=$("${JAVA_HOME:+$JAVA_HOME/bin/}jcmd" "$app" GC.class_histogram 2>/dev/null | awk '/^Total/ {print $3}')
            [ -n "$live" ] && echo "live heap at t+$(($(date +%s) - started)) s ($(date -u +%T)): $((live / 1024)) KB" >>"$work/heap.log"
            sleep "$sample_every"
        done
    ) &
fi
# Gatling fails the run when one of the simulation's assertions (the budgets) does not hold; the
# figures are still printed below, and the script ends with Gatling's status.
gatling_status=0
./mvnw -B -q -Pgatling test-compile gatling:test -Dgatling.simulationClass="$simulation" \
    -DbaseUrl="http://127.0.0.1:$port" "${sim_args[@]}" "$@" | tee "$work/gatling.out" || gatling_status=$?
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
kill -0 "$app" 2>/dev/null || echo "WARNING: the app stopped during the run; see $work/app.log"
grep -c OutOfMemoryError "$work/app.log" >/dev/null && echo "WARNING: OutOfMemoryError in $work/app.log"
app_stop; trap - EXIT
[ -s "$work/heap.log" ] && cat "$work/heap.log"

report=$(ls -dt target/gatling/*/ | head -1)
echo "Gatling report: ${report}index.html"
# A picture of the report's charts, for docs/images (the report itself is many files).
chromium=${CHROMIUM:-/usr/bin/chromium}
if [ -x "$chromium" ]; then
    timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
        --disable-component-update --disable-sync --no-first-run --user-data-dir="$work/chromium" --hide-scrollbars \
        --window-size=1280,2600 --virtual-time-budget=8000 --screenshot="${report%/}.png" \
        "file://$PWD/${report}index.html" >/dev/null 2>&1 && echo "Report charts: ${report%/}.png"
fi
if [ "$kind" = classroom-burst ]; then
    # Server time of each board refresh (re-render and push) that showed within 10 of the final count.
    python3 - "$work/app.log" <<'PY'
import re, statistics, sys
shown, times = None, []
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    if m := re.search(r"shows (\d+) submitted", line):
        shown = int(m.group(1))
    elif (m := re.search(r"board refresh took (\d+) us", line)) and shown is not None:
        times.append((shown, int(m.group(1)) / 1000))
        shown = None
if times:
    top = max(count for count, _ in times)
    near = sorted(ms for count, ms in times if count >= top - 10)
    print(f"Board refreshes showing {top - 10}-{top} submitted: {len(near)}, server time median "
          f"{statistics.median(near):.1f} ms, max {near[-1]:.1f} ms (all {len(times)} refreshes)")
PY
fi
python3 scripts/load-test-summary.py "$work/gatling.out" "$work/access.log" "$kind" "$layout" "$heap" "$load_before" "$load_after" \
    ${result_file:+"$result_file"}
[ "$gatling_status" = 0 ] || echo "Gatling's assertions failed or the run did not finish (status $gatling_status); see above" >&2
exit "$gatling_status"
