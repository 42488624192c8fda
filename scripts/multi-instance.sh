#!/usr/bin/env bash
# Two instances of the packaged jar on one PostgreSQL behind nginx, on loopback, and what that must
# give (docs/deployment.md "Several instances", docs/decisions/0011-several-instances.md):
#   a. a scenario saved through instance 1 opens through instance 2;
#   b. a class board served by instance 1 updates live (push, no reload) when students submit through instance 2;
#   c. rate limits hold across instances: 6 saves through each of them, the 11th and 12th refused (429);
#   d. SIGKILL of an instance: a page it served comes back from the other one at the same address,
#      and every saved scenario and class submission is still there.
# Between c and d, and after d, a classroom burst through nginx: figures with two instances, then one.
#   scripts/multi-instance.sh [students per burst, default 6] [concurrent browsers, default 3]
# Starts its own PostgreSQL cluster in a temporary directory unless GUARANTEE_LAB_DB_URL (with _USER,
# _PASSWORD) names one. Needs target/guarantee-lab.jar (./mvnw -q -B -DskipTests package), Chromium,
# nginx and PostgreSQL 15 (Debian's packages). Prints PASS/FAIL lines and one summary line last;
# exits 1 on any FAIL. Removes everything it started on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
students=${1:-6}
workers=${2:-3}
jar=$PWD/target/guarantee-lab.jar
pg_bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
nginx=${NGINX:-/usr/sbin/nginx}
chromium=${CHROMIUM:-/usr/bin/chromium}
[ -d /usr/lib/jvm/temurin-25-jdk-amd64 ] && export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
java="${JAVA_HOME:-/usr}/bin/java"
for needed in "$jar" "$nginx" "$chromium" "$pg_bin/initdb"; do
    [ -e "$needed" ] || { echo "Missing $needed (see the usage at the top of $0)" >&2; exit 2; }
done

work=$(mktemp -d -t guarantee-lab-multi.XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [ -f "$work/pg/PG_VERSION" ]; then as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

passed=0
failed=0
pass() { echo "PASS $*"; passed=$((passed + 1)); }
fail() { echo "FAIL $*"; failed=$((failed + 1)); }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# PostgreSQL refuses to run as root: the cluster then belongs to the postgres user.
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
json_field() { python3 -c 'import json, sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }

# --- the Java drivers (ClassroomBurst, InstanceFailover), compiled before anything runs -------------------------------------------------------------------
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
classpath="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
driver() { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "$java" -Dchromium.path="$chromium" -cp "$classpath" "$@"; }

echo "$(date -u +%FT%TZ) start, load average: $(loadavg)"

# --- PostgreSQL -----------------------------------------------------------------------------
if [ -z "${GUARANTEE_LAB_DB_URL:-}" ]; then
    pg_port=$(free_port)
    mkdir -p "$work/pg"
    openssl rand -hex 16 > "$work/pg-password" 2>/dev/null || head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$work/pg-password"
    [ "$(id -u)" = 0 ] && chown -R postgres "$work" && chmod 755 "$work"
    as_postgres "$pg_bin/initdb" -D "$work/pg" -U guarantee_lab --pwfile="$work/pg-password" --auth=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$work/initdb.log"
    as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w \
        -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $work/pg" start >/dev/null
    export GUARANTEE_LAB_DB_USER=guarantee_lab
    GUARANTEE_LAB_DB_PASSWORD=$(cat "$work/pg-password")
    export GUARANTEE_LAB_DB_PASSWORD
    PGPASSWORD=$GUARANTEE_LAB_DB_PASSWORD "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U guarantee_lab guarantee_lab
    export GUARANTEE_LAB_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/guarantee_lab"
    echo "PostgreSQL 15 cluster of its own on 127.0.0.1:$pg_port"
else
    echo "PostgreSQL given: $GUARANTEE_LAB_DB_URL"
fi

# --- two instances ------------------------------------------------------------------------------
port1=$(free_port)
port2=$(free_port)
start_instance() { # number port
    mkdir -p "$work/data$1"
    # trusted-proxies: nginx on loopback; the checks below name their client in X-Forwarded-For.
    "$java" -jar "$jar" --spring.profiles.active=postgres --server.port="$2" \
        --guarantee-lab.data-dir="$work/data$1" --guarantee-lab.trusted-proxies=127.0.0.1 \
        --guarantee-lab.classroom.join-burst-per-client=100000 \
        >"$work/instance$1.log" 2>&1 &
    pids+=($!)
    eval "pid$1=$!"
}
start_instance 1 "$port1"
start_instance 2 "$port2"
for port in "$port1" "$port2"; do
    for _ in $(seq 1 240); do
        curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health" && break
        sleep 0.5
    done
    curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health" \
        || { echo "The instance on port $port did not start:"; tail -20 "$work"/instance*.log; exit 1; }
done
echo "Instance 1 on 127.0.0.1:$port1 (pid $pid1), instance 2 on 127.0.0.1:$port2 (pid $pid2)"
i1=http://127.0.0.1:$port1
i2=http://127.0.0.1:$port2

# --- nginx ----------------------------------------------------------------------------------------
nginx_port=$(free_port)
mkdir -p "$work/nginx"
# Sticky sessions by a cookie that nginx itself sets (the userid module, in Debian's nginx): a page's
# session lives in one instance's memory, so every request of that browser must reach that instance.
# ip_hash would send a whole school behind one address to one instance (and here, on loopback, every
# client); hashing JSESSIONID fails on the first request, which has no cookie yet, so the session
# would be created on one instance and the next request hashed to the other. $uid_set is the new
# cookie's value on that first request, $uid_got the same value on every later one.
# As root, nginx's workers would run as nobody, who may not write into this directory.
[ "$(id -u)" = 0 ] && nginx_user="user root;" || nginx_user=""
cat > "$work/nginx/nginx.conf" <<EOF
$nginx_user
daemon off;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    log_format upstream '\$remote_addr "\$request" \$status \$upstream_addr';
    access_log $work/nginx/access.log upstream;

    map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }

    upstream guarantee_lab {
        hash \$uid_got\$uid_set consistent;
        server 127.0.0.1:$port1 max_fails=1 fail_timeout=10s;
        server 127.0.0.1:$port2 max_fails=1 fail_timeout=10s;
    }
    server {
        listen 127.0.0.1:$nginx_port;
        userid on;
        userid_name route;
        userid_path /;
        userid_flags httponly samesite=strict;
        location / {
            proxy_pass http://guarantee_lab;
            proxy_http_version 1.1;
            # Vaadin's server push is a WebSocket (/VAADIN/push): pass the upgrade, keep it open.
            proxy_set_header Upgrade \$http_upgrade;
            proxy_set_header Connection \$connection_upgrade;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_read_timeout 1h;
            proxy_buffering off;
            # An instance that does not answer: the request goes to the other one.
            proxy_next_upstream error timeout;
            proxy_connect_timeout 2s;
            # For this test only: which instance answered.
            add_header X-Upstream \$upstream_addr always;
        }
    }
}
EOF
"$nginx" -c "$work/nginx/nginx.conf" -p "$work/nginx" &
pids+=($!)
lb=http://127.0.0.1:$nginx_port
for _ in $(seq 1 40); do curl -fs -o /dev/null "$lb/actuator/health" && break; sleep 0.25; done
echo "nginx on 127.0.0.1:$nginx_port, sticky by its own cookie, WebSocket upgrade passed"


save() { # base client title → "status view-link"
    local body
    body=$(curl -s -w '\n%{http_code}' -X POST "$1/api/scenarios" -H 'Content-Type: application/json' \
        -H "X-Forwarded-For: $2" -d "{\"title\":\"$3\",\"choices\":\"nato=bridge&g7\"}")
    local status=${body##*$'\n'}
    local json=${body%$'\n'*}
    if [ "$status" = 201 ] || [ "$status" = 200 ]; then
        echo "$status $(echo "$json" | json_field view)"
    else
        echo "$status -"
    fi
}
status_of() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
saved_links=()

# --- a. saved through 1, opened through 2 -------------------------------------------------------
read -r status link <<<"$(save "$i1" 203.0.113.1 'Saved through instance 1')"
token=${link##*/s/}
opened=$(status_of "$i2/s/$token")
if [ "$status" = 201 ] || [ "$status" = 200 ]; then saved_links+=("/s/$token"); fi
if [ "$opened" = 200 ] && curl -s "$i2/s/$token" | grep -q 'Saved through instance 1'; then
    pass "a. scenario saved through instance 1 (HTTP $status) opens through instance 2: GET /s/… → $opened"
else
    fail "a. scenario saved through instance 1 (HTTP $status) does not open through instance 2: GET /s/… → $opened"
fi

# --- c. one budget for both instances ---------------------------------------------------------------
codes=()
for n in 1 2 3 4 5 6; do
    read -r status link <<<"$(save "$i1" 203.0.113.12 "Limit $n")"; codes+=("$status")
    [ "$link" != - ] && saved_links+=("/s/${link##*/s/}")
done
for n in 7 8 9 10 11 12; do
    read -r status link <<<"$(save "$i2" 203.0.113.12 "Limit $n")"; codes+=("$status")
    [ "$link" != - ] && saved_links+=("/s/${link##*/s/}")
done
if [ "${codes[*]}" = "201 201 201 201 201 201 201 201 201 201 429 429" ]; then
    pass "c. 10 saves/min per client across instances: 6 via instance 1 + 6 via instance 2 → ${codes[*]}"
else
    fail "c. 10 saves/min per client across instances: 6 via instance 1 + 6 via instance 2 → ${codes[*]}"
fi

# --- b. board on 1, students on 2 ---------------------------------------------------------------------
if driver org.guaranteelab.classroom.ui.ClassroomBurst 3 1 "$i1" "$i2" >"$work/board.log" 2>&1; then
    pass "b. board served by instance 1 showed 3 submissions made through instance 2, by push without reload"
    grep -E 'Acknowledged|Last acknowledgement' "$work/board.log" | sed 's/^.*ClassroomBurst *[-:]* */   /'
else
    fail "b. board served by instance 1 did not show the submissions made through instance 2"
    tail -15 "$work/board.log"
fi

burst() { # label
    echo "$(date -u +%FT%TZ) burst through nginx, $1: $students students, $workers browsers, load average $(loadavg)"
    local status=0
    driver -Dburst.board-file="$work/board-link" org.guaranteelab.classroom.ui.ClassroomBurst "$students" "$workers" \
        "$lb" >"$work/burst.log" 2>&1 || status=$?
    grep -E 'Acknowledged|Lost|First join|Last acknowledgement|Failed' "$work/burst.log" | sed 's/^.*ClassroomBurst *[-:]* */   /'
    echo "   per instance (nginx log, requests): $(awk '{print $NF}' "$work/nginx/access.log" | sort | uniq -c | tr '\n' ' ')"
    echo "$(date -u +%FT%TZ) burst done, load average $(loadavg)"
    return "$status"
}

: >"$work/nginx/access.log"
if burst "two instances"; then
    pass "burst through nginx with two instances: nothing lost or duplicated, the board showed every submission"
else
    fail "burst through nginx with two instances (see the lines above)"
fi
rows_before=$(curl -s "$(cat "$work/board-link")/export.csv" | grep -vc '^#' || true)

# --- d. SIGKILL of the instance serving a page ---------------------------------------------------------
saved_links+=("/s/$(save "$lb" 203.0.113.40 'Saved through nginx' | awk '{print $2}' | sed 's|.*/s/||')")
if driver org.guaranteelab.e2e.InstanceFailover "$lb" "$port1=$pid1" "$port2=$pid2" >"$work/failover.log" 2>&1; then
    pass "d. the instance serving an open builder page was killed (SIGKILL); the page came back from the other one, same address and choices"
else
    fail "d. the page of a killed instance did not come back from the other one"
fi
grep -E 'served by|After the kill' "$work/failover.log" | sed 's/^.*InstanceFailover *[-:]* */   /'
lost=0
for path in "${saved_links[@]}"; do
    [ "$(status_of "$lb$path")" = 200 ] || lost=$((lost + 1))
done
rows_after=$(curl -s "$(cat "$work/board-link")/export.csv" | grep -vc '^#' || true)
if [ "$lost" = 0 ] && [ "$rows_after" = "$rows_before" ]; then
    pass "d. after the kill, through nginx: ${#saved_links[@]} of ${#saved_links[@]} saved scenarios open (200), class export has all $((rows_before - 1)) submissions"
else
    fail "d. after the kill: $lost of ${#saved_links[@]} saved scenarios do not open; class export rows $rows_before before, $rows_after after"
fi

: >"$work/nginx/access.log"
if burst "one instance left"; then
    pass "burst through nginx with one instance left: nothing lost or duplicated, the board showed every submission"
else
    fail "burst through nginx with one instance left (see the lines above)"
fi

echo "$(date -u +%FT%TZ) SUMMARY multi-instance: $passed passed, $failed failed (students per burst $students, browsers $workers, load average $(loadavg))"
[ "$failed" = 0 ]
