#!/usr/bin/env bash
# Lighthouse 12 on the builder (/), a view link (/s/…) and, if given, a peer page, desktop and mobile,
# the median of N runs each, against the packaged jar on loopback (issue #20, docs/benchmarks.md).
#
#   scripts/lighthouse.sh [runs, default 3]                       (after ./mvnw package)
#   PEER_URL=http://127.0.0.1:8766/peer.html scripts/lighthouse.sh 3
#
# Needs npm (installs lighthouse@12.2.3 once into ~/.cache/guarantee-lab) and Chromium (CHROME_PATH,
# default /usr/bin/chromium). Lighthouse's default throttling: simulated slow 4G and a 4x slower CPU
# on mobile; desktop preset otherwise. Reports (JSON) stay in target/lighthouse/.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-3}
jar=target/guarantee-lab.jar
[ -f "$jar" ] || { echo "No $jar: run ./mvnw package first" >&2; exit 1; }
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
[ -x "$CHROME_PATH" ] || { echo "No Chromium at $CHROME_PATH: apt-get install chromium, or set CHROME_PATH" >&2; exit 1; }
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

lighthouse_home=${LIGHTHOUSE_HOME:-$HOME/.cache/guarantee-lab/lighthouse-12.2.3}
lighthouse=$lighthouse_home/node_modules/.bin/lighthouse
if [ ! -x "$lighthouse" ]; then
    echo "lighthouse: installing lighthouse@12.2.3 into $lighthouse_home"
    mkdir -p "$lighthouse_home"
    npm install --prefix "$lighthouse_home" --no-audit --no-fund --silent -E lighthouse@12.2.3
fi

out=target/lighthouse
rm -rf "$out" && mkdir -p "$out"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
data=$(mktemp -d)
"$java" -jar "$jar" --server.address=127.0.0.1 --server.port="$port" --guarantee-lab.data-dir="$data" \
    > "$out/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
base=http://127.0.0.1:$port
for _ in $(seq 1 120); do
    curl -fs -o /dev/null "$base/" && break
    sleep 1
done
curl -fs -o /dev/null "$base/" || { echo "The app did not start; see $out/app.log" >&2; exit 1; }

view=$(curl -fs -X POST -H 'Content-Type: application/json' \
    -d '{"title":"Lighthouse example","author":"scripts/lighthouse.sh","notes":"","choices":"nato=bridge&g7&sanctions=strengthened"}' \
    "$base/api/scenarios" | python3 -c 'import json, sys; print(json.load(sys.stdin)["view"])')

pages=("builder $base/" "view-link $view")
[ -n "${PEER_URL:-}" ] && pages+=("peer $PEER_URL")

# Warm the JVM (first requests of a fresh start are slower than a running server's).
for _ in 1 2 3 4 5; do curl -fs -o /dev/null "$base/"; done

echo "lighthouse: $runs runs per page and form factor; load $(cut -d' ' -f1-3 /proc/loadavg)"
for entry in "${pages[@]}"; do
    name=${entry%% *}
    url=${entry#* }
    for form in desktop mobile; do
        preset=()
        [ "$form" = desktop ] && preset=(--preset=desktop)
        for run in $(seq 1 "$runs"); do
            "$lighthouse" "$url" "${preset[@]}" --only-categories=performance --quiet \
                --chrome-flags="--headless=new --no-sandbox" \
                --output=json --output-path="$out/$name-$form-$run.json"
        done
    done
done

python3 - "$out" "$runs" <<'EOF'
import json, statistics, sys
from pathlib import Path
out, runs = Path(sys.argv[1]), int(sys.argv[2])
rows = {}
for f in sorted(out.glob("*.json")):
    name, form, _ = f.stem.rsplit("-", 2)
    r = json.loads(f.read_text())
    a = r["audits"]
    items = a["resource-summary"]["details"]["items"]
    kib = lambda kind: next(i["transferSize"] for i in items if i["resourceType"] == kind) / 1024
    rows.setdefault((name, form), []).append((
        r["categories"]["performance"]["score"] * 100,
        a["largest-contentful-paint"]["numericValue"] / 1000,
        a["total-blocking-time"]["numericValue"],
        a["cumulative-layout-shift"]["numericValue"],
        kib("total"), kib("script")))
print(f"| page | form | score | LCP s | TBT ms | CLS | KiB | JS KiB |  (median of {runs})")
print("|---|---|---|---|---|---|---|---|")
for (name, form), values in rows.items():
    med = [statistics.median(column) for column in zip(*values)]
    print(f"| {name} | {form} | {med[0]:.0f} | {med[1]:.2f} | {med[2]:.0f} | {med[3]:.3f} | {med[4]:.0f} | {med[5]:.0f} |")
EOF
echo "lighthouse: reports in $out/; load now $(cut -d' ' -f1-3 /proc/loadavg)"
