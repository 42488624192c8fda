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
# shellcheck source=lib/packaged-app.sh
. scripts/lib/packaged-app.sh
app_java

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
trap 'app_stop; rm -rf "$work"' EXIT

port=$(app_free_port)
# The cache records the class path as given: train from inside the app directory with the relative
# jar name, as run-packaged.sh starts it.
app_start "$work/training.log" -XX:AOTCacheOutput=guarantee-lab.aot "${options[@]}" -jar guarantee-lab.jar \
    --server.port="$port" --server.address=127.0.0.1 --guarantee-lab.data-dir="$work/data"
app_wait_for "http://127.0.0.1:$port/"
for path in / "/?nato=bridge&g7&sanctions=maintained" /no-such-page /api/cases/ukraine-2025 /compare /source; do
    curl -s -o /dev/null "http://127.0.0.1:$port$path" || true
done
# SIGTERM: Spring shuts down gracefully, the JVM exits normally and writes the cache.
app_stop
[ -s "$app_dir/guarantee-lab.aot" ] || { echo "No cache written; the training log:" >&2; tail -30 "$work/training.log" >&2; exit 1; }
echo "AOT cache: $app_dir/guarantee-lab.aot ($(du -h "$app_dir/guarantee-lab.aot" | cut -f1))${options[*]:+, with Spring AOT}; start with scripts/run-packaged.sh"
