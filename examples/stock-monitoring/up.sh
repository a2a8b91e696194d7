#!/usr/bin/env bash
# Starts the demo's infrastructure: a private Docker engine (its own data, exec root and socket in the state
# folder; no networking of its own), the base image built from this machine's packages, and the two containers
# a deploy leaves running: stock-timescale (PostgreSQL 15) and stock-redis (redis-server). Safe to run again.
#   ./up.sh                       ports 15432 (database) and 16379 (redis); STOCK_DB_PORT / STOCK_REDIS_PORT change them
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

db_port=${STOCK_DB_PORT:-15432}
redis_port=${STOCK_REDIS_PORT:-16379}

if [[ $(id -u) -ne 0 ]]; then
    echo "up.sh starts a Docker engine, which needs root: run it as root (or with sudo)" >&2
    exit 1
fi
dockerd=$(command -v dockerd || true)
if [[ -z "$dockerd" || ! -x "$docker_cli" ]]; then
    echo "dockerd or the docker CLI is missing: install the Debian package docker.io" >&2
    exit 1
fi
mkdir -p "$demo"
if (( ${#socket} > 100 )); then
    echo "the socket path $socket is too long for a unix socket (at most 107 bytes, and dockerd adds to it):" >&2
    echo "set STOCK_DEMO_DIR to a shorter folder, such as STOCK_DEMO_DIR=/tmp/stock-demo" >&2
    exit 1
fi

# The engine. setsid + nohup: it outlives this script, in its own session, holding none of our streams.
if pid=$(engine_pid); then
    echo "engine already running (pid $pid)"
else
    rm -f "$socket" "$engine_pid_file"
    setsid nohup "$dockerd" --data-root "$demo/engine/root" --exec-root "$demo/engine/exec" -H "unix://$socket" \
        --pidfile "$engine_pid_file" --iptables=false --ip6tables=false --bridge=none --log-level=warn \
        < /dev/null >> "$demo/dockerd.log" 2>&1 &
    if ! wait_until 300 dk version; then
        echo "the demo's dockerd did not answer within 30s; last lines of $demo/dockerd.log:" >&2
        tail -n 10 "$demo/dockerd.log" >&2
        exit 1
    fi
    echo "engine started (pid $(cat "$engine_pid_file")), unix://$socket"
fi

# The base image: busybox, PostgreSQL, psql and redis copied from this machine with their libraries.
if ! dk image inspect "$base_image" > /dev/null 2>&1; then
    echo "building $base_image from this machine's packages"
    build="$demo/build/base"
    rm -rf "$build"
    mkdir -p "$build"
    "$here/image/rootfs.sh" "$build/rootfs"
    cp "$here/image/Dockerfile" "$here/image/timescale.sh" "$build/"
    dk build --quiet --tag "$base_image" "$build" > /dev/null
    rm -rf "$build"
fi

running() {
    [[ $(dk inspect --format '{{.State.Running}}' "$1" 2>/dev/null) == true ]]
}

# Run again while the database runs, the ports it was started with stay: the containers listen there.
if [[ -f "$demo/ports.env" ]] && running stock-timescale; then
    # shellcheck source=/dev/null
    source "$demo/ports.env"
    if [[ "$DB_PORT:$REDIS_PORT" != "$db_port:$redis_port" && -n "${STOCK_DB_PORT:-}${STOCK_REDIS_PORT:-}" ]]; then
        echo "keeping the running database's ports $DB_PORT and $REDIS_PORT; run ./down.sh first to change them" >&2
    fi
    db_port=$DB_PORT
    redis_port=$REDIS_PORT
fi
printf 'DB_PORT=%s\nREDIS_PORT=%s\n' "$db_port" "$redis_port" > "$demo/ports.env"

# PGHOST and PGPORT: so seed 000's own `docker exec stock-timescale psql -U postgres -d stockval` reaches the server.
if ! running stock-timescale; then
    dk rm --force stock-timescale > /dev/null 2>&1 || true
    mkdir -p "$demo/timescale-data"
    chown 999:999 "$demo/timescale-data"
    # shellcheck disable=SC2046
    dk run --detach --name stock-timescale $(compose_labels stock-timescale) --network host \
        --volume "$demo/timescale-data:/var/lib/postgresql/data" --env "DB_PORT=$db_port" \
        --env PGHOST=/tmp --env "PGPORT=$db_port" \
        "$base_image" timescale.sh > /dev/null
fi
if ! wait_until 300 dk exec stock-timescale pg_isready -q -h 127.0.0.1 -p "$db_port"; then
    echo "stock-timescale did not accept connections on 127.0.0.1:$db_port within 30s" >&2
    explain stock-timescale
    exit 1
fi

# The schema and the checklist's read-only role, whose password is made once and kept in the state folder.
password_file="$demo/timescale-password"
if [[ ! -s "$password_file" ]]; then
    (umask 077 && head -c 64 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9' | head -c 24 > "$password_file")
fi
{ printf '\\set monitor_password %s\n' "$(cat "$password_file")"; cat "$here/image/schema.sql"; } |
    dk exec --interactive stock-timescale psql -q -h 127.0.0.1 -p "$db_port" -U postgres -d postgres -v ON_ERROR_STOP=1 > /dev/null
(umask 077 && echo "postgres://monitor:$(cat "$password_file")@127.0.0.1:$db_port/stockval" > "$demo/timescale.url")

if ! running stock-redis; then
    dk rm --force stock-redis > /dev/null 2>&1 || true
    # shellcheck disable=SC2046
    dk run --detach --name stock-redis $(compose_labels stock-redis) --network host \
        "$base_image" redis-server --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no > /dev/null
fi
if ! wait_until 100 dk exec stock-redis redis-cli -p "$redis_port" ping; then
    echo "stock-redis did not answer on 127.0.0.1:$redis_port within 10s" >&2
    explain stock-redis
    exit 1
fi

echo "stock-timescale on 127.0.0.1:$db_port, stock-redis on 127.0.0.1:$redis_port"
echo "the checklist reads the database through the secret TIMESCALE_URL; set it with:"
echo "  export TIMESCALE_URL=\"\$(cat $demo/timescale.url)\""
