#!/usr/bin/env bash
# A burst of students joining one class and submitting, in headless Chromium against the packaged jar,
# with the teacher's board open: counts lost and duplicated submissions (the board's CSV export against
# what each student was acknowledged) and the delay from the last acknowledgement to the board showing
# it. See ClassroomBurst for how each is measured.
# Usage: scripts/classroom-burst.sh [students, default 300] [concurrent browsers, default 8]   (after ./mvnw package)
#   [board address [students' address]]: drive a running app (e.g. instances behind nginx) instead of
#   starting the jar. Exits with 1 if a submission was lost, duplicated or not shown on the board.
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

./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
echo "$(date -u +%FT%TZ) load average: $(cut -d' ' -f1-3 /proc/loadavg)"
# Playwright would otherwise try to download its own browsers, which cannot work without internet.
status=0
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Dapp.jar="$jar" -Dchromium.path="$chromium" \
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.guaranteelab.classroom.ui.ClassroomBurst "$@" || status=$?
echo "$(date -u +%FT%TZ) load average: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$status"
