#!/usr/bin/env bash
# Runs the JMH micro-benchmarks of the scenario analysis (or BENCHMARK=DisplayNamesBenchmark: the name
# checks of a join). Extra arguments go to JMH (e.g. `-f 1 -wi 2 -i 3` for a quick run). Needs JDK 21+ (JAVA_HOME).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d /usr/lib/jvm/temurin-25-jdk-amd64 ] && export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
"${JAVA_HOME:-/usr}/bin/java" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.openjdk.jmh.Main "${BENCHMARK:-ScenarioAnalysisBenchmark}" "$@"
