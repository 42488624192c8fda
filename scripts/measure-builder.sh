#!/usr/bin/env bash
# How quickly the builder responds, in headless Chromium against the packaged jar: first render
# (navigation start to the choices visible) and a choice to the updated summary, each over N runs
# after warm-up, with median, p95, min and max. See BuilderTimings for how each is measured.
# Usage: scripts/measure-builder.sh [runs, default 30] [warm-up rounds, default 20] [data-dir case-id]
#   (after ./mvnw package; with a data dir, e.g. from scripts/seed-cases.sh, and a published case's id in
#   it, also the first render of /cases/{id}, alternating with the bundled case's in the same run)
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/guarantee-lab.jar
if [ ! -f "$jar" ]; then
    echo "No $jar: run ./mvnw package first" >&2
    exit 1
fi
chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
    echo "No Chromium at $chromium: apt-get install chromium, or set CHROMIUM" >&2
    exit 1
fi
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi

# The pom's `benchmarks` profile runs BuilderTimings with the test class path (exec:exec@measure-builder).
exec ./mvnw -q -B -Pbenchmarks test-compile exec:exec@measure-builder -Dchromium.path="$chromium" -Dbenchmark.args="$*"
