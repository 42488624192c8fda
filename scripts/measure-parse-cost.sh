#!/usr/bin/env bash
# What the attack inputs of issue #22 cost a running app (loopback only): curl's total time, which on
# loopback is the server's time plus a few ms to send the body. Start the app first, e.g.
#   java -jar target/guarantee-lab.jar --server.port=18912 &
# then: scripts/measure-parse-cost.sh [base URL, default http://127.0.0.1:18912] [runs, default 5]
# Prints, per input, the HTTP status and the median and slowest of the runs, in ms. The reference line
# is a body of the same size that needs no address parsing: what reading 1 MB costs anyway.
set -euo pipefail
base=${1:-http://127.0.0.1:18912}
runs=${2:-5}
case "$base" in
    http://127.*|http://localhost*|http://\[::1\]*) ;;
    *) echo "Loopback addresses only: $base" >&2; exit 1 ;;
esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
open(f"{work}/choices-1mb.json", "w").write(json.dumps({"title": "T", "choices": "a&" * 500_000}))
open(f"{work}/title-1mb.json", "w").write(json.dumps({"title": "t" * 1_000_000, "choices": "nato"}))
open(f"{work}/choices-240kb.json", "w").write(json.dumps({"title": "T", "choices": "a&" * 120_000}))
open(f"{work}/location-form.txt", "w").write("location=" + "a%26" * 200_000)
open(f"{work}/builder-query.txt", "w").write("a&" * 3_900)
PY
measure() { # name, then curl arguments
    local name=$1; shift
    local times=() status=""
    for _ in $(seq "$runs"); do
        read -r status time < <(curl -s -o /dev/null --max-time 120 -w '%{http_code} %{time_total}\n' "$@" || echo "000 120")
        times+=("$time")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" -v status="$status" \
        '{ t[NR] = $1 * 1000 } END { printf "%-48s %s  median %7.1f ms  slowest %7.1f ms\n", name, status, t[int((NR + 1) / 2)], t[NR] }'
}
measure "POST /api/scenarios, choices a& x 500,000 (1 MB)" -H 'Content-Type: application/json' \
    --data-binary @"$work/choices-1mb.json" "$base/api/scenarios"
measure "  for reference: 1 MB title, refused as too long" -H 'Content-Type: application/json' \
    --data-binary @"$work/title-1mb.json" "$base/api/scenarios"
measure "POST /api/scenarios, choices a& x 120,000 (240 KB)" -H 'Content-Type: application/json' \
    --data-binary @"$work/choices-240kb.json" "$base/api/scenarios"
measure "POST /?v-r=init, location a& x 200,000 (800 KB)" -H 'Content-Type: application/x-www-form-urlencoded' \
    --data-binary @"$work/location-form.txt" "$base/?v-r=init"
measure "GET /?a&a&... (3,900 repeats, under the 8 KB line)" "$base/?$(cat "$work/builder-query.txt")"
