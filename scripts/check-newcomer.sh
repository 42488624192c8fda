#!/usr/bin/env bash
# Does a newcomer's first try work? Clones the committed HEAD afresh and runs the README's two commands
# with each JDK given (default: the machine's default `java`, then Temurin 25), JAVA_HOME unset for the
# default one, and checks what the README promises (docs/decisions/0014-jdk-toolchain.md):
#   - with either, `./mvnw -DskipTests verify` builds (the tests are the suite's job); on a JDK older than
#     21, mvnw says in one line that it uses the newest installed JDK 21+ instead;
#   - with either, `./mvnw spring-boot:run` starts the app on a JDK 21+, logs "Guarantee Lab is running
#     at http://localhost:<port>/", and that page answers 200;
#   - neither needs Node: both run with no `node`, `npm` or `npx` on PATH and install no node_modules, since the
#     app's frontend bundle is committed (docs/decisions/0023).
# Usage: scripts/check-newcomer.sh [java-home ...]   ("default" for the machine's `java` without JAVA_HOME)
# Ends with "N passed, M failed" and exits non-zero if anything failed.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/packaged-app.sh
. scripts/lib/packaged-app.sh

[ $# -gt 0 ] || set -- default /usr/lib/jvm/temurin-25-jdk-amd64
work=$(mktemp -d)
passed=0
failed=0
trap 'rm -rf "$work"' EXIT

check() {
    if [ "$2" = 0 ]; then echo "PASS $1"; passed=$((passed + 1)); else echo "FAIL $1"; failed=$((failed + 1)); fi
}

for jdk in "$@"; do
    clone=$work/clone-$(basename "$jdk")
    git clone -q . "$clone"
    (
        cd "$clone"
        if [ "$jdk" = default ]; then unset JAVA_HOME; else export JAVA_HOME=$jdk PATH=$jdk/bin:$PATH; fi
        # As on a machine without Node: PATH is one folder of links to every command on it but node, npm, npx
        # and corepack, so that asking for them finds nothing.
        mkdir -p no-node
        IFS=: read -ra path_dirs <<<"$PATH"
        for dir in "${path_dirs[@]}"; do
            for command in "$dir"/*; do
                name=$(basename "$command")
                case "$name" in node | nodejs | npm | npx | corepack) continue ;; esac
                [ -x "$command" ] && [ ! -e "no-node/$name" ] && ln -s "$command" "no-node/$name"
            done
        done
        export PATH=$PWD/no-node
        if command -v node >/dev/null || command -v npm >/dev/null; then
            echo "   node or npm still on PATH"; echo 1 >result-verify; echo 1 >result-run; exit 0
        fi
        feature=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
        echo "== $jdk: java $feature"

        # On a JDK older than 21, mvnw itself switches to the newest installed JDK 21+ and says so.
        status=0; ./mvnw -B -DskipTests verify >verify.log 2>&1 || status=$?
        if [ "$feature" -lt 21 ] && ! grep -q "mvnw: JDK $feature found at .* is too old for Guarantee Lab; using JDK" verify.log; then
            status=1
        fi
        if [ -d node_modules ]; then
            echo "   verify installed node_modules: the committed frontend bundle was not used"
            status=1
        fi
        echo "$status" >result-verify
        echo "   verify -DskipTests: exit $status. $(grep -o '^mvnw: .*' verify.log | head -1)"

        port=$(app_free_port)
        ./mvnw -B spring-boot:run -Dspring-boot.run.arguments=--server.port="$port" >run.log 2>&1 &
        echo $! >run.pid
        ok=1
        for _ in $(seq 1 150); do
            if grep -q "Guarantee Lab is running at http://localhost:$port/" run.log; then
                [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/")" = 200 ] && ok=0
                break
            fi
            grep -q 'BUILD FAILURE' run.log && break
            sleep 2
        done
        if [ -d node_modules ]; then ok=1; echo "   spring-boot:run installed node_modules"; fi
        echo "$ok" >result-run
        echo "   spring-boot:run: $(grep -o 'Starting Application using Java [0-9.]*' run.log | head -1); $(grep -o 'Guarantee Lab is running at .*' run.log | head -1)"
        # The app is a child of Maven's JVM; stopping Maven's children first lets Maven itself end.
        pkill -TERM -P "$(cat run.pid)" 2>/dev/null || true
        sleep 3
        kill "$(cat run.pid)" 2>/dev/null || true
        wait "$(cat run.pid)" 2>/dev/null || true
    )
    check "$jdk: ./mvnw verify behaves as the README says" "$(cat "$clone/result-verify")"
    check "$jdk: ./mvnw spring-boot:run serves the app at the address it logs" "$(cat "$clone/result-run")"
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
