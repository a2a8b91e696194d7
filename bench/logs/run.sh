#!/usr/bin/env bash
# Logs benchmark: `shipcheck run` of one logs step counting 3 texts (and, as every logs step does, the default
# error pattern) over a ~1 GB log, beside `grep -c -E 'A|B|C'` on the same file in the same run (also with
# LC_ALL=C, and `rg -c` when ripgrep is installed). Goal (issue): at least half of grep's throughput.
# Usage: bench/logs/run.sh   (SIZE_MB=1024 for the log's size, RUNS=5 for the runs of each command)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
work=$(mktemp -d)
trap 'rm -rf "$work" "$results_file"' EXIT

size_mb=${SIZE_MB:-1024}
runs=${RUNS:-5}
ensure_shipcheck
ensure_hyperfine

awk_bin=$(command -v mawk || command -v awk)
echo "writing a ${size_mb} MB log into $work"
"$awk_bin" -v target=$((size_mb * 1024 * 1024)) -f "$(dirname "${BASH_SOURCE[0]}")/generate.awk" > "$work/app.log"
bytes=$(stat -c %s "$work/app.log")
patterns='PUBLISHED|WebSocket Connected|Flushed'
cat > "$work/logs.yaml" <<'YAML'
service: logs-bench
verify:
  - name: three texts
    logs: app.log
    expect: [ count("PUBLISHED") >= 0, count("WebSocket Connected") >= 0, count("Flushed") >= 0 ]
YAML
sed 's/logs: app.log/logs: missing.log/' "$work/logs.yaml" > "$work/empty.yaml"

# Output goes to a file, never /dev/null: GNU grep stops at the first match when its output is /dev/null.
out="$work/out.txt"
measure "shipcheck run, logs step, 3 counts" "$runs" "'$shipcheck' run '$work/logs.yaml' --store '$work/bench.db' > '$out'"
measure "shipcheck run, same step, no file (start-up)" "$runs" "'$shipcheck' run '$work/empty.yaml' --store '$work/bench.db' > '$out'"
measure "grep -c -E ($(locale | sed -n 's/^LC_CTYPE="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p'))" "$runs" "grep -c -E '$patterns' '$work/app.log' > '$out'"
measure "LC_ALL=C grep -c -E" "$runs" "LC_ALL=C grep -c -E '$patterns' '$work/app.log' > '$out'"
if command -v rg >/dev/null; then
    measure "rg -c" "$runs" "rg -c '$patterns' '$work/app.log' > '$out'"
fi

# Peak memory of one shipcheck run: the log is streamed, so it should not grow with the file.
rss=""
if [[ -x /usr/bin/time ]]; then
    rss=$( { /usr/bin/time -v "$shipcheck" run "$work/logs.yaml" --store "$work/bench.db" >/dev/null; } 2>&1 | awk -F': ' '/Maximum resident set size/ { print $2 }')
fi

report
echo "log: $bytes bytes, $(wc -l < "$work/app.log") lines; grep -c -E matched $(grep -c -E "$patterns" "$work/app.log") lines"
awk -F '\t' -v b="$bytes" '{ printf "  %-52s %8.0f MB/s\n", $1, b / 1e6 / ($2 / 1000) }' "$results_file"
[[ -n $rss ]] && echo "shipcheck peak RSS: $((rss / 1024)) MiB"
awk -v s="$(median_of "shipcheck run, logs step, 3 counts")" -v g="$(awk -F '\t' '$1 ~ /^grep -c -E/ { print $2 }' "$results_file")" \
    'BEGIN { printf "shipcheck / grep throughput: %.2f (goal: at least 0.5)\n", g / s }'
awk -v s="$(median_of "shipcheck run, logs step, 3 counts")" -v e="$(median_of "shipcheck run, same step, no file (start-up)")" -v b="$bytes" \
    'BEGIN { printf "shipcheck reading alone (run minus start-up): %.0f MB/s\n", b / 1e6 / ((s - e) / 1000) }'
