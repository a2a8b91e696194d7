#!/usr/bin/env bash
# Parses a generated 100,000-series exposition with Shipcheck's parser (median of RUNS in one process, after warm-up)
# and, as a peer in the same run, times `promtool check metrics` (prometheus' own Go parser plus its lint) on the same
# file (median of PEER_RUNS). Prints the machine and the medians; copy the block into docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source bench/lib.sh

runs=${RUNS:-15}
peer_runs=${PEER_RUNS:-5}
series=${SERIES:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build bench/metrics/MetricsBench -c Release -o "$work/bin" -nologo -v quiet -clp:NoSummary >/dev/null
"$work/bin/MetricsBench" --series "$series" --write "$work/metrics.txt"
bytes=$(stat -c %s "$work/metrics.txt")

machine
echo "exposition: $series series, $bytes bytes"
"$work/bin/MetricsBench" --series "$series" --runs "$runs"

if command -v promtool >/dev/null; then
    times=()
    for _ in $(seq "$peer_runs"); do
        start=$(date +%s%N)
        # promtool exits 1 when its lint finds problems (the generated names are not all lint-clean); the parse is what counts.
        promtool check metrics < "$work/metrics.txt" >/dev/null 2>&1 || true
        times+=($(( ($(date +%s%N) - start) / 1000000 )))
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (peer_runs + 1) / 2 ))p")
    awk -v ms="$median" -v b="$bytes" -v n="$peer_runs" 'BEGIN { printf "promtool check metrics (peer, whole process): median %d ms of %d runs, %.0f MB/s\n", ms, n, (b / 1e6) / (ms / 1000) }'
else
    echo "promtool not installed (apt-get install prometheus): no peer measured"
fi
