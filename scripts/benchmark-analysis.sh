#!/usr/bin/env bash
# Runs the JMH micro-benchmarks of the scenario analysis (the pom's `benchmarks` profile, exec:exec@jmh), or
# with BENCHMARK=DisplayNamesBenchmark the name checks of a join. Extra arguments go to JMH (e.g. `-f 1 -wi 2
# -i 3` for a quick run). Needs JDK 21+ (JAVA_HOME).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d /usr/lib/jvm/temurin-25-jdk-amd64 ] && export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
# JMH's annotation processor runs only in that profile: a benchmark class compiled without it (by a
# plain test-compile) is stale here, so that its harness is generated.
find target/test-classes -name '*Benchmark*.class' -delete 2>/dev/null || true
exec ./mvnw -q -B -Pbenchmarks test-compile exec:exec@jmh -Dbenchmark.name="${BENCHMARK:-ScenarioAnalysisBenchmark}" -Dbenchmark.args="$*"
