# Shared by deploy.sh and stop.sh; sourced, never run.
# Everything lives beside this file, so the scripts work from any working directory.
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
demo="$here/.demo"
pid_file="$demo/service.pid"

# Prints the pid from the pid file when that process is alive and is our demo service.
# The command-line check keeps a stale pid file from ever naming an unrelated, recycled pid.
running_pid() {
    local pid
    pid=$(cat "$pid_file" 2>/dev/null) || return 1
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q 'DemoService' || return 1
    echo "$pid"
}

# Stops the running instance (only the pid in the pid file) and waits until it has exited.
stop_service() {
    local pid
    if ! pid=$(running_pid); then
        rm -f "$pid_file"
        return 0
    fi
    kill -TERM "$pid"
    for _ in $(seq 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "demo service (pid $pid) did not stop within 10s; killing it" >&2
        kill -KILL "$pid" 2>/dev/null || true
        while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    fi
    rm -f "$pid_file"
    echo "stopped demo service (pid $pid)"
}
