#!/usr/bin/env bash
# Starts the packaged app the fast way: the extracted jar with the JDK's AOT cache that
# scripts/build-aot-cache.sh made (build it first, again after every ./mvnw package).
# Arguments go to the app, e.g. scripts/run-packaged.sh --server.port=9090
# APP_DIR (default target/app) picks another extracted copy; JAVA_OPTS adds JVM options.
set -euo pipefail
cd "$(dirname "$0")/.."
app_dir=${APP_DIR:-target/app}
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
    JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -s "$app_dir/guarantee-lab.aot" ] || { echo "No AOT cache in $app_dir: run scripts/build-aot-cache.sh first" >&2; exit 1; }
if [ target/guarantee-lab.jar -nt "$app_dir/guarantee-lab.aot" ]; then
    echo "target/guarantee-lab.jar is newer than the AOT cache: run scripts/build-aot-cache.sh again" >&2
    exit 1
fi
# The app runs from inside app_dir (the cache records the class path as trained), but its data stays
# under ./data of the project, as with java -jar; an environment variable, so that a
# --guarantee-lab.data-dir argument still wins.
export GUARANTEELAB_DATADIR=${GUARANTEELAB_DATADIR:-$PWD/data}
cd "$app_dir"
# java-options: what scripts/build-aot-cache.sh trained the cache with (Spring AOT, if the jar has it).
# shellcheck disable=SC2046,SC2086 # both are lists of options
exec "$java" -XX:AOTCache=guarantee-lab.aot $(cat java-options 2>/dev/null) ${JAVA_OPTS:-} -jar guarantee-lab.jar "$@"
