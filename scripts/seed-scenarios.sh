#!/usr/bin/env bash
# Fills an H2 data directory with saved scenarios for scripts/benchmark-view-links.sh.
#   scripts/seed-scenarios.sh <data-dir> [count=1000000] [sample-file=<data-dir>/view-tokens.txt] [sample-size=1000] [case-id]
# With a case id, every scenario is built on that published case (e.g. one scripts/seed-cases.sh stored).
# Creates the schema with the app's own Flyway migrations, then inserts rows in JDBC batches and
# writes the view tokens of an evenly spread sample, one a line. Refuses a directory that already
# holds scenarios. Needs JDK 21+ (JAVA_HOME); a million rows take a few GB of disk.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: $0 <data-dir> [count] [sample-file] [sample-size]" >&2; exit 2; }
data_dir=$(mkdir -p "$1" && cd "$1" && pwd)
count=${2:-1000000}
sample_file=${3:-$data_dir/view-tokens.txt}
sample_size=${4:-1000}
[ -d /usr/lib/jvm/temurin-25-jdk-amd64 ] && export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
# The pom's `benchmarks` profile runs SeedScenarios with the test class path (exec:exec@seed-scenarios).
exec ./mvnw -q -B -Pbenchmarks test-compile exec:exec@seed-scenarios \
  -Dbenchmark.args="$data_dir $count $sample_file $sample_size${5:+ $5}"
