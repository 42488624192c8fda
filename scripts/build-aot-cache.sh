#!/usr/bin/env bash
# Builds the JDK's ahead-of-time cache (JEP 483/514/515, JDK 25) for the packaged jar, so that
# scripts/run-packaged.sh starts in a fraction of the time `java -jar` takes.
# Usage: scripts/build-aot-cache.sh [app-dir, default target/app]   (after ./mvnw package; after
# ./mvnw -Pspring-aot -DskipTests package for the fastest start, with Spring's AOT too)
# Steps (Spring Boot's "AOT cache" packaging page): extract the jar into the layout the cache needs
# (`-Djarmode=tools extract`: a thin jar plus lib/), then one training run with
# -XX:AOTCacheOutput. The training run starts the app for real against a throw-away database,
# opens the builder, a missing page and the case API (so the classes of the first page view are in
# the cache too, not only those of the context refresh), then stops it; the JVM writes the cache as
# it exits. The cache holds for this jar and this JDK only: rebuild it after every package.
set -euo pipefail
cd "$(dirname "$0")/.."

app_dir=${1:-target/app}
jar=target/guarantee-lab.jar
[ -f "$jar" ] || { echo "No $jar: run ./mvnw package first" >&2; exit 1; }
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
    JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

rm -rf "$app_dir"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$app_dir"
app_dir=$(cd "$app_dir" && pwd)
# A jar built with `./mvnw -Pspring-aot package` carries Spring's build-time bean definitions; they are
# used only when asked for, so the launch scripts read the options from java-options (decision 0007).
options=()
if unzip -Z1 "$jar" 'BOOT-INF/classes/org/guaranteelab/Application__ApplicationContextInitializer.class' >/dev/null 2>&1; then
    options=(-Dspring.aot.enabled=true)
fi
printf '%s\n' "${options[@]}" >"$app_dir/java-options"

work=$(mktemp -d)
app=
cleanup() {
    if [ -n "$app" ]; then kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# The cache records the class path as given: train from inside the app directory with the relative
# jar name, as run-packaged.sh starts it.
(cd "$app_dir" && exec "$java" -XX:AOTCacheOutput=guarantee-lab.aot "${options[@]}" -jar guarantee-lab.jar \
    --server.port="$port" --server.address=127.0.0.1 --guarantee-lab.data-dir="$work/data") >"$work/training.log" 2>&1 &
app=$!
started=$(date +%s)
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)" = 200 ]; do
    kill -0 "$app" 2>/dev/null || { echo "The training run stopped; its log:" >&2; cat "$work/training.log" >&2; exit 1; }
    [ $(($(date +%s) - started)) -lt 300 ] || { echo "The training run did not start within 300 s" >&2; exit 1; }
    sleep 0.5
done
for path in / "/?nato=bridge&g7&sanctions=maintained" /no-such-page /api/cases/ukraine-2025 /compare /source; do
    curl -s -o /dev/null "http://127.0.0.1:$port$path" || true
done
# SIGTERM: Spring shuts down gracefully, the JVM exits normally and writes the cache.
kill -TERM "$app"
wait "$app" 2>/dev/null || true
app=
[ -s "$app_dir/guarantee-lab.aot" ] || { echo "No cache written; the training log:" >&2; tail -30 "$work/training.log" >&2; exit 1; }
echo "AOT cache: $app_dir/guarantee-lab.aot ($(du -h "$app_dir/guarantee-lab.aot" | cut -f1))${options[*]:+, with Spring AOT}; start with scripts/run-packaged.sh"
