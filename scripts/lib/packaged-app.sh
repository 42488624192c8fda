# Sourced by the scripts that start the packaged app (benchmarks, measurements, the AOT training run):
# the one way to pick the JDK, a free loopback port, how to launch the jar, and to wait until it
# answers or say why it did not. The caller has cd'ed to the project root.
#   app_java                      sets $java (JAVA_HOME, else the machine's Temurin 25, else `java`)
#   app_free_port                 prints a free port on 127.0.0.1 (never 8080)
#   app_launch_layout [layout]    sets $app_layout, $app_dir and the array app_launch: "aot" (the copy
#                                 scripts/build-aot-cache.sh made, with its cache), "extracted" (the same
#                                 copy, no cache), "fat-jar", or "auto" (default: aot if its cache is newer
#                                 than target/guarantee-lab.jar, else fat-jar)
#   app_start LOG ARG...          runs "$java" ARG... in $app_dir in the background, output to LOG; sets $app
#   app_wait_for URL [SECONDS]    polls URL until HTTP 200 (default 300 s); exits with the log's tail if the
#                                 app stops or the time runs out
#   app_stop                      stops the app (SIGTERM) and waits for it; safe to call twice or from a trap

app_java() {
    if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
        export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
    fi
    java=${JAVA_HOME:+$JAVA_HOME/bin/}java
}

app_free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

app_launch_layout() {
    local layout=${1:-auto} jar=target/guarantee-lab.jar cache=target/app/guarantee-lab.aot
    [ -f "$jar" ] || { echo "No $jar: run ./mvnw package first" >&2; exit 1; }
    if [ "$layout" = auto ]; then
        if [ -s "$cache" ] && [ "$cache" -nt "$jar" ]; then layout=aot; else layout=fat-jar; fi
    fi
    case "$layout" in
        fat-jar) app_dir=$PWD; app_launch=(-jar "$PWD/$jar") ;;
        extracted|aot)
            if [ ! -s "$cache" ] || [ "$jar" -nt "$cache" ]; then
                echo "No up-to-date extracted app with its AOT cache: run scripts/build-aot-cache.sh first" >&2
                exit 1
            fi
            # The cache records the class path as trained: run from inside target/app, relative jar name.
            app_dir=$PWD/target/app; app_launch=(-jar guarantee-lab.jar)
            if [ "$layout" = aot ]; then
                # shellcheck disable=SC2207 # java-options: one option a line, written by build-aot-cache.sh
                app_launch=(-XX:AOTCache=guarantee-lab.aot $(cat target/app/java-options 2>/dev/null) "${app_launch[@]}")
            fi ;;
        *) echo "unknown layout $layout (fat-jar, extracted, aot, auto)" >&2; exit 2 ;;
    esac
    app_layout=$layout
}

app_start() {
    app_log=$1; shift
    (cd "${app_dir:-$PWD}" && exec "$java" "$@") >"$app_log" 2>&1 &
    app=$!
}

app_wait_for() {
    local url=$1 limit=${2:-300} started
    started=$(date +%s)
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)" = 200 ]; do
        if ! kill -0 "$app" 2>/dev/null; then
            echo "The app stopped before answering $url; its log ($app_log):" >&2
            tail -30 "$app_log" >&2
            exit 1
        fi
        if [ $(($(date +%s) - started)) -ge "$limit" ]; then
            echo "No HTTP 200 from $url within $limit s; the app's log: $app_log" >&2
            exit 1
        fi
        sleep 0.1
    done
}

app_stop() {
    if [ -n "${app:-}" ]; then
        kill "$app" 2>/dev/null || true
        wait "$app" 2>/dev/null || true
        app=
    fi
}
