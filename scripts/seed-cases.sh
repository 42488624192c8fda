#!/usr/bin/env bash
# Stores <count> published user cases (copies of the bundled case, each under its own id) in an H2 data
# directory, then starts the app on it and measures CaseCatalog.find of a user case (issue 21's budget:
# with 10,000 published cases a user case opens as fast as the bundled one).
#   scripts/seed-cases.sh <data-dir> [count=10000]
# Seeds only an empty directory; run again on the same directory to measure again. Needs JDK 21+.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: $0 <data-dir> [count]" >&2; exit 2; }
data_dir=$(mkdir -p "$1" && cd "$1" && pwd)
count=${2:-10000}
[ -d /usr/lib/jvm/temurin-25-jdk-amd64 ] && export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
# The pom's `benchmarks` profile runs CaseLookupLoad with the test class path (exec:exec@case-lookup-load).
exec ./mvnw -q -B -Pbenchmarks test-compile exec:exec@case-lookup-load -Dbenchmark.args="$data_dir $count"
