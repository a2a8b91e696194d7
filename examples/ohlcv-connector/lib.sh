# Shared by the scripts beside it; sourced, never run.
# Everything they create is in the state folder: $OHLCV_DEMO_DIR, default .demo beside this file. A relative
# OHLCV_DEMO_DIR is taken from the current directory. Ports: the seed's CONNECTOR_WSS_PORT (quotes, default 8765)
# and CONNECTOR_WSS_HEALTH_CHECK_PORT (/health, /ready, /metrics; default 8766), on 127.0.0.1 only.
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
demo=$(realpath -m "${OHLCV_DEMO_DIR:-$here/.demo}")
ws_port=${CONNECTOR_WSS_PORT:-8765}
health_port=${CONNECTOR_WSS_HEALTH_CHECK_PORT:-8766}
bin=$(realpath -m "${OHLCV_DEMO_BIN:-$demo/bin}")   # the built connector; one build serves every release (and both colors of blue-green)
install="$demo/install"          # the installed release: release.json, VERSION, logs/connector.log
backup="$demo/install.backup"    # the seed's "cp -r ohlcv-python-connector ohlcv-python-connector.backup"
pid_file="$demo/connector.pid"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Prints the pid from the pid file when that process is alive and is our connector.
# The command-line check keeps a stale pid file from ever naming an unrelated, recycled pid.
running_pid() {
    local pid
    pid=$(cat "$pid_file" 2>/dev/null) || return 1
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q 'OhlcvConnector.dll' || return 1
    echo "$pid"
}

installed_version() {
    cat "$install/VERSION" 2>/dev/null || echo none
}

# Builds the connector once; again only when a source file is newer than the last build. Building into a fresh
# folder and swapping it in leaves a running instance's files untouched.
build_connector() {
    local stamp="$bin/.built"
    if [[ -f "$stamp" ]] && [[ -z $(find "$here/connector" \( -name bin -o -name obj \) -prune -o -type f -newer "$stamp" -print -quit) ]]; then
        return 0
    fi
    echo "building the connector"
    mkdir -p "$demo"
    rm -rf "$bin.new"
    if ! dotnet build "$here/connector/OhlcvConnector.csproj" -c Release -o "$bin.new" -nologo -v quiet > "$demo/build.log" 2>&1; then
        cat "$demo/build.log" >&2
        return 1
    fi
    touch "$bin.new/.built"
    rm -rf "$bin"
    mv "$bin.new" "$bin"
}

# Starts the installed release in the background and returns when /ready answers for its version.
start_connector() {
    local version pid
    version=$(installed_version)
    # setsid + nohup: the connector outlives this script and whatever runs it, in its own session;
    # every stream is redirected so it never holds the caller's stdout/stderr open.
    setsid nohup dotnet "$bin/OhlcvConnector.dll" --install "$install" --ws-port "$ws_port" --health-port "$health_port" \
        < /dev/null >> "$demo/connector.out" 2>&1 &
    pid=$!
    echo "$pid" > "$pid_file"
    for _ in $(seq 300); do
        # Matching the version keeps another process on the port from passing for ours.
        if curl -fsS --max-time 2 "http://127.0.0.1:$health_port/ready" 2>/dev/null | grep -qF "\"version\":\"$version\""; then
            echo "started $version (pid $pid): health http://127.0.0.1:$health_port, quotes ws://127.0.0.1:$ws_port"
            return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            rm -f "$pid_file"
            echo "the connector $version exited at start; last lines of $demo/connector.out:" >&2
            tail -n 5 "$demo/connector.out" >&2
            return 1
        fi
        sleep 0.1
    done
    echo "the connector $version (pid $pid) was not ready on port $health_port within 30s; see $install/logs/connector.log" >&2
    return 1
}

# Stops the running instance (only the pid in the pid file) with SIGTERM and waits until it has exited, then
# prints what it logged meanwhile: "Server shutdown complete" there is the seed's graceful-shutdown test.
stop_connector() {
    local pid log="$install/logs/connector.log" offset
    if ! pid=$(running_pid); then
        rm -f "$pid_file"
        echo "nothing was running"
        return 0
    fi
    offset=$(stat -c %s "$log" 2>/dev/null || echo 0)
    kill -TERM "$pid"
    for _ in $(seq 150); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "the connector (pid $pid) did not stop within 15s of SIGTERM; killing it" >&2
        kill -KILL "$pid" 2>/dev/null || true
        while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    fi
    rm -f "$pid_file"
    echo "stopped $(installed_version) (pid $pid); its log after SIGTERM:"
    tail -c "+$((offset + 1))" "$log" 2>/dev/null | sed 's/^/  /'
}
