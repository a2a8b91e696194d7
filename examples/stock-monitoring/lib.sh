# Shared by up.sh, deploy.sh and down.sh; sourced, never run.
# The scripts work from any directory. Everything they create lives in the state folder: .demo/ beside this
# file, or $STOCK_DEMO_DIR (the integration test points it at a temp folder so it never touches the repository's).
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
demo=$(realpath -m "${STOCK_DEMO_DIR:-$here/.demo}")
socket="$demo/docker.sock"
engine_pid_file="$demo/docker.pid"
project=stock-monitoring
base_image=stock-monitoring-base:local
app_services=(real-collector timescale-archiver api-server)
# The docker CLI that matches Debian's engine (docker.io); another one on PATH may be newer than the engine's API.
docker_cli=$([[ -x /usr/bin/docker ]] && echo /usr/bin/docker || command -v docker || echo docker)

# The docker CLI on the demo's own engine. The classic builder: BuildKit is not part of Debian's docker.io.
dk() {
    DOCKER_BUILDKIT=0 "$docker_cli" --host "unix://$socket" "$@"
}

# Prints the pid of the demo's dockerd when it is alive and is ours (its command line names our socket),
# so a stale pid file never names an unrelated, recycled pid.
engine_pid() {
    local pid
    pid=$(cat "$engine_pid_file" 2>/dev/null) || return 1
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "unix://$socket" || return 1
    echo "$pid"
}

# Exits with a message unless the demo's engine is running.
require_engine() {
    if ! engine_pid > /dev/null || ! dk version > /dev/null 2>&1; then
        echo "the demo's Docker engine is not running (unix://$socket): run $here/up.sh first" >&2
        exit 1
    fi
}

# The labels `docker compose up` would put on a service's container.
compose_labels() {
    echo --label "com.docker.compose.project=$project" --label "com.docker.compose.service=$1"
}

# Waits up to $1 tenths of a second until the command after it succeeds; fails otherwise.
wait_until() {
    local tenths=$1
    shift
    for _ in $(seq "$tenths"); do
        "$@" > /dev/null 2>&1 && return 0
        sleep 0.1
    done
    return 1
}

# Prints the last lines a container logged, to explain a failed start.
explain() {
    echo "last lines of $1:" >&2
    dk logs --tail 10 "$1" >&2 2>&1 || true
}
