#!/usr/bin/env bash
# Durability under SIGKILL (docs/reliability.md): starts target/guarantee-lab.jar (built if
# missing) on a fresh database, saves scenarios from 4 threads through POST /api/scenarios while,
# in headless Chromium, a teacher starts a class and 2 students at a time join it and submit, kills
# the JVM with SIGKILL at a random moment, restarts it on the same database and checks that every
# acknowledged save (title, notes, choices) and class submission (name, number, scenario) is there.
# Repeats <rounds> times. Needs Chromium (CHROMIUM=path, /usr/bin/chromium by default).
#   scripts/durability-kill-test.sh [rounds=20] [seed]
# Prints the seed first and one summary line last; exits 1 if an acknowledged save was lost.
# APP_JAR=path runs another copy of the jar (e.g. one that a build in progress will not replace).
# APP_START_TIMEOUT (ISO-8601, default PT5M): how long one start may take on a busy machine.
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

chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
    echo "No Chromium at $chromium: apt-get install chromium, or set CHROMIUM" >&2
    exit 1
fi
echo "$(date -u +%FT%TZ) load average: $(cut -d' ' -f1-3 /proc/loadavg)"
# Playwright would otherwise try to download its own browsers, which cannot work without internet.
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "$java" -Dapp.jar="$jar" -Dapp.start-timeout="${APP_START_TIMEOUT:-PT5M}" -Dchromium.path="$chromium" \
  -cp "$classpath" org.guaranteelab.durability.DurabilityKill "$rounds" "$seed" || status=$?
echo "$(date -u +%FT%TZ) load average: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "${status:-0}"
