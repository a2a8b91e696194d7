#!/usr/bin/env bash
# Deploys release VERSION (a folder under releases/) of the demo service on 127.0.0.1:${DEMO_PORT:-18080}.
# Builds the service once, stops the running instance, points .demo/current at the release,
# starts the new instance in the background and returns when it answers.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

releases=$(cd "$here/releases" && echo *)
version=${1:?usage: deploy.sh VERSION (one of: $releases)}
port=${DEMO_PORT:-18080}
release="$here/releases/$version"
bin="$demo/bin"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [[ ! -f "$release/release.json" ]]; then
    echo "no release '$version' in $here/releases (have: $releases)" >&2
    exit 1
fi
mkdir -p "$demo"

# Build once; rebuild only when a source file is newer than the last build.
# Building into a fresh folder and swapping it in leaves the running instance's files untouched.
stamp="$bin/.built"
if [[ ! -f "$stamp" ]] || [[ -n $(find "$here/demo-service" \( -name bin -o -name obj \) -prune -o -type f -newer "$stamp" -print -quit) ]]; then
    echo "building demo service"
    rm -rf "$bin.new"
    if ! dotnet build "$here/demo-service/DemoService.csproj" -c Release -o "$bin.new" -nologo -v quiet > "$demo/build.log" 2>&1; then
        cat "$demo/build.log" >&2
        exit 1
    fi
    touch "$bin.new/.built"
    rm -rf "$bin"
    mv "$bin.new" "$bin"
fi

stop_service

previous=$(cat "$demo/current/VERSION" 2>/dev/null || echo none)
echo "$previous" > "$demo/previous_version"
ln -sfn "$release" "$demo/current"

# setsid + nohup: the service outlives this script and whatever runs it, in its own session;
# every stream is redirected so it never holds the caller's stdout/stderr open.
setsid nohup dotnet "$bin/DemoService.dll" --port "$port" --release "$demo/current" \
    < /dev/null >> "$demo/service.log" 2>&1 &
pid=$!
echo "$pid" > "$pid_file"

# Wait until it answers (and so has JIT-compiled its endpoints), or fail early if it died.
for _ in $(seq 200); do
    # Matching the version keeps another process that holds the port from passing for ours.
    if curl -fsS --max-time 2 "http://127.0.0.1:$port/version" 2>/dev/null | grep -qF "\"version\":\"$version\""; then
        curl -sS -o /dev/null --max-time 2 "http://127.0.0.1:$port/health" || true
        echo "deployed $version (was $previous), pid $pid, http://127.0.0.1:$port"
        exit 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
        rm -f "$pid_file"
        echo "demo service $version exited at start; last lines of $demo/service.log:" >&2
        tail -n 5 "$demo/service.log" >&2
        exit 1
    fi
    sleep 0.1
done
echo "demo service $version (pid $pid) did not answer on port $port within 20s" >&2
exit 1
