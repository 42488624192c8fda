#!/usr/bin/env bash
# A local PostgreSQL for tests and development, on loopback only, from Debian's packages
# (apt-get install postgresql). Safe to run again: it starts what is not running and creates what
# is missing. Prints the connection as shell exports on stdout, everything else on stderr, so:
#
#   eval "$(scripts/local-postgres.sh)"     # start, create the database and its user, export
#   ./mvnw verify -Ppostgres-tests          # the tests on H2 and on this database
#
#   scripts/local-postgres.sh reset         # drop and recreate the database (empty, no schema)
#   scripts/local-postgres.sh stop
#
# As root (CI) it uses Debian's cluster (pg_lsclusters; created with pg_createcluster if there is
# none), run as the postgres OS user by pg_ctlcluster, since PostgreSQL refuses to run as root.
# As any other user it runs a cluster of its own under $GUARANTEE_LAB_PG_DIR (default
# ~/.local/share/guarantee-lab/postgres-<version>) on port $GUARANTEE_LAB_PG_PORT (default 5433).
#
# The database, user and password (defaults: guarantee_lab_tests for all three) can be set with
# GUARANTEE_LAB_DB_NAME, GUARANTEE_LAB_DB_USER and GUARANTEE_LAB_DB_PASSWORD. The default password
# is for a throwaway database on loopback only; never use it for real data.
set -euo pipefail

command=${1:-start}
case "$command" in
    start | reset | stop) ;;
    *) echo "usage: $0 [start|reset|stop]" >&2; exit 2 ;;
esac

db_name=${GUARANTEE_LAB_DB_NAME:-guarantee_lab_tests}
db_user=${GUARANTEE_LAB_DB_USER:-guarantee_lab_tests}
db_password=${GUARANTEE_LAB_DB_PASSWORD:-guarantee_lab_tests}
for name in "$db_name" "$db_user"; do
    # Plain lower-case identifiers, so that they need no quoting in SQL or in the JDBC URL.
    if [[ ! "$name" =~ ^[a-z_][a-z0-9_]{0,62}$ ]]; then
        echo "Database and user names must be lower-case letters, digits and _, not '$name'" >&2
        exit 2
    fi
done

version=${GUARANTEE_LAB_PG_VERSION:-$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -n 1)}
bin=/usr/lib/postgresql/$version/bin
if [ -z "$version" ] || [ ! -x "$bin/postgres" ]; then
    echo "PostgreSQL is not installed: apt-get install postgresql" >&2
    exit 1
fi

# Runs psql as the cluster's superuser, over the Unix socket (peer authentication, no password).
if [ "$(id -u)" -eq 0 ]; then
    cluster=${GUARANTEE_LAB_PG_CLUSTER:-main}
    if ! pg_lsclusters --no-header "$version" "$cluster" >/dev/null 2>&1; then
        echo "Creating PostgreSQL cluster $version/$cluster" >&2
        pg_createcluster --encoding=UTF8 --locale=C.UTF-8 "$version" "$cluster" >&2
    fi
    port=$(pg_lsclusters --no-header "$version" "$cluster" | awk '{print $3}')
    status() { pg_lsclusters --no-header "$version" "$cluster" | awk '{print $4}' | grep -q '^online'; }
    start() { pg_ctlcluster "$version" "$cluster" start >&2; }
    stop() { pg_ctlcluster "$version" "$cluster" stop >&2; }
    superuser_psql() { (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$port" "$@"); }
    where="cluster $version/$cluster"
else
    dir=${GUARANTEE_LAB_PG_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/guarantee-lab/postgres-$version}
    port=${GUARANTEE_LAB_PG_PORT:-5433}
    if [ ! -f "$dir/PG_VERSION" ]; then
        echo "Creating a PostgreSQL $version cluster in $dir" >&2
        mkdir -p "$dir"
        "$bin/initdb" --pgdata="$dir" --username="$(id -un)" --encoding=UTF8 --locale=C.UTF-8 \
            --auth-local=peer --auth-host=scram-sha-256 >&2
    fi
    status() { "$bin/pg_ctl" --pgdata="$dir" status >/dev/null 2>&1; }
    start() {
        # Loopback only, and the socket in the data directory: /var/run/postgresql belongs to root.
        "$bin/pg_ctl" --pgdata="$dir" --log="$dir/server.log" --wait \
            -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$dir'" start >&2
    }
    stop() { "$bin/pg_ctl" --pgdata="$dir" --wait stop >&2; }
    superuser_psql() { psql -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" "$@"; }
    where="$dir"
fi

if [ "$command" = stop ]; then
    if status; then stop; fi
    exit 0
fi

if status; then
    echo "PostgreSQL $where is running on port $port" >&2
else
    echo "Starting PostgreSQL $where on port $port" >&2
    start
fi

if [ "$command" = reset ]; then
    echo "Dropping database $db_name" >&2
    superuser_psql -d postgres -v db="$db_name" <<'SQL'
select format('drop database if exists %I with (force)', :'db') \gexec
SQL
fi

# The user owns its database, so that Flyway can create the tables as it does in production.
# UTF-8 and the C.UTF-8 collation whatever the cluster's defaults: text sorts by code point, as in H2.
superuser_psql -d postgres -v db="$db_name" -v user="$db_user" -v password="$db_password" <<'SQL'
select format('create role %I login', :'user')
 where not exists (select from pg_roles where rolname = :'user') \gexec
select format('alter role %I password %L', :'user', :'password') \gexec
select format('create database %I owner %I encoding %L lc_collate %L lc_ctype %L template template0',
              :'db', :'user', 'UTF8', 'C.UTF-8', 'C.UTF-8')
 where not exists (select from pg_database where datname = :'db') \gexec
SQL
owner=$(superuser_psql -d postgres -At -v db="$db_name" <<'SQL'
select pg_get_userbyid(datdba) from pg_database where datname = :'db'
SQL
)
if [ "$owner" != "$db_user" ]; then
    # Someone else's database: leave it alone rather than run the tests against it.
    echo "Database $db_name belongs to $owner, not $db_user: choose another GUARANTEE_LAB_DB_NAME" >&2
    exit 1
fi
echo "Database $db_name, owned by $db_user, on 127.0.0.1:$port" >&2

printf 'export GUARANTEE_LAB_DB_URL=%q\n' "jdbc:postgresql://127.0.0.1:$port/$db_name"
printf 'export GUARANTEE_LAB_DB_USER=%q\n' "$db_user"
printf 'export GUARANTEE_LAB_DB_PASSWORD=%q\n' "$db_password"
