#!/usr/bin/env bash
# Makes one case draft on the 100 KB benchmark article (ArticleSplitBenchmark.article(), 519 passages)
# in an H2 data directory, through /write in headless Chromium, and prints its edit path; then measure
# the editor's retained heap per session with it (issue 21):
#   scripts/seed-editor-draft.sh <data-dir>      (after ./mvnw -o -DskipTests package)
#   DATA_DIR=<data-dir> scripts/measure-session-heap.sh 100 /write/<edit token>
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 1 ] || { echo "usage: $0 <data-dir>" >&2; exit 2; }
data_dir=$(mkdir -p "$1" && cd "$1" && pwd)
# shellcheck source=lib/packaged-app.sh
. scripts/lib/packaged-app.sh
app_java
app_launch_layout fat-jar
work=$(mktemp -d)
trap 'app_stop; rm -rf "$work"' EXIT
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile="$work/classpath" >/dev/null
port=$(app_free_port)
app_start "$work/app.log" "${app_launch[@]}" --server.port="$port" --server.address=127.0.0.1 \
    --guarantee-lab.data-dir="$data_dir"
app_wait_for "http://127.0.0.1:$port/write"
"$java" -cp "target/test-classes:$(cat "$work/classpath")" org.guaranteelab.authoring.EditorDraftSeed \
    "http://127.0.0.1:$port"
