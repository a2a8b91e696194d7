#!/usr/bin/env bash
# Fan-out benchmark: a verify phase of 200 HTTP checks against a local server that answers every
# request after 100 ms, timed beside a sequential curl loop and `xargs -P 50 curl` in the same run.
# Goal (issue 2): shipcheck's wall time at most 1.5x the slowest single check plus start-up.
# Usage: bench/fanout/run.sh   (RUNS=10 SEQUENTIAL_RUNS=3 CHECKS=200 to change the counts)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

checks=${CHECKS:-200}
runs=${RUNS:-10}
sequential_runs=${SEQUENTIAL_RUNS:-3}
work=$(mktemp -d)
server_pid=

cleanup() {
    if [[ -n "$server_pid" ]]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work" "$results_file"
}
trap cleanup EXIT

ensure_shipcheck
ensure_hyperfine

echo "building the fan-out server"
dotnet build "$root/bench/fanout/FanoutServer" -c Release -o "$work/server" -nologo -v quiet > "$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; exit 1; }
dotnet "$work/server/FanoutServer.dll" --port 0 --delay-ms 100 > "$work/server.log" 2>&1 &
server_pid=$!
url=
for _ in $(seq 100); do
    url=$(sed -n 's/^listening on //p' "$work/server.log")
    [[ -n "$url" ]] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.1
done
[[ -n "$url" ]] || { echo "the fan-out server did not start" >&2; exit 1; }
echo "fan-out server: $url (pid $server_pid)"

# The checklists: one check (start-up plus one request, for scale), and the fan-out.
write_checklist() {
    local file=$1 count=$2 i
    {
        echo "service: fanout-bench"
        echo "vars:"
        echo "  url: $url"
        echo "verify:"
        for ((i = 1; i <= count; i++)); do
            printf '  - name: check %03d\n    http: ${url}/check/%03d\n' "$i" "$i"
        done
    } > "$file"
}
write_checklist "$work/fanout.yaml" "$checks"
write_checklist "$work/one.yaml" 1
for ((i = 1; i <= checks; i++)); do printf '%s/check/%03d\n' "$url" "$i"; done > "$work/urls.txt"

measure "shipcheck run, 1 check" "$runs" "'$shipcheck' run '$work/one.yaml' --store '$work/one.db'"
measure "shipcheck run, $checks checks, --concurrency $checks" "$runs" \
    "'$shipcheck' run '$work/fanout.yaml' --concurrency $checks --store '$work/fanout.db'"
measure "xargs -P 50 curl, $checks URLs" "$runs" "xargs -P 50 -n 1 curl -s -o /dev/null < '$work/urls.txt'"
measure "sequential curl loop, $checks URLs" "$sequential_runs" \
    "while read -r u; do curl -s -o /dev/null \"\$u\"; done < '$work/urls.txt'" 0

report
fanout=$(median_of "shipcheck run, $checks checks, --concurrency $checks")
one=$(median_of "shipcheck run, 1 check")
awk -v f="$fanout" -v o="$one" 'BEGIN { printf "fan-out / one-check run: %.2f (goal: at most 1.5x the slowest check plus start-up)\n", f / o }'
