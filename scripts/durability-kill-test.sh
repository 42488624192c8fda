#!/usr/bin/env bash
# Durability under SIGKILL (docs/reliability.md): starts target/guarantee-lab.jar (built if
# missing) on a fresh database, saves scenarios from 4 threads through POST /api/scenarios, kills
# the JVM with SIGKILL at a random moment, restarts it on the same database and checks that every
# acknowledged save is there with its title, notes and choices. Repeats <rounds> times.
#   scripts/durability-kill-test.sh [rounds=20] [seed]
# Prints the seed first and one summary line last; exits 1 if an acknowledged save was lost.
# APP_JAR=path runs another copy of the jar (e.g. one that a build in progress will not replace).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-20}
seed=${2:-$(date +%s%3N)}
[ -d /usr/lib/jvm/temurin-25-jdk-amd64 ] && export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
java="${JAVA_HOME:-/usr}/bin/java"

jar=${APP_JAR:-target/guarantee-lab.jar}
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
classpath="target/test-classes:target/classes:$(cat target/test-classpath.txt)"

exec "$java" -Dapp.jar="$jar" -Dapp.start-timeout=PT5M -cp "$classpath" org.guaranteelab.sharing.DurabilityKill "$rounds" "$seed"
