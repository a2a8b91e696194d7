#!/usr/bin/env bash
# Start-up benchmark: median of 20 `shipcheck validate` runs on the quickstart checklist, beside two
# peers measured in the same run for scale (`/bin/true`: a process start; `git --version`: a small CLI).
# Goal (issue 2): at most 150 ms. Usage: bench/startup/run.sh   (RUNS=20 to change the count)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
trap 'rm -f "$results_file"' EXIT

runs=${RUNS:-20}
ensure_shipcheck
ensure_hyperfine

measure "shipcheck validate quickstart" "$runs" "'$shipcheck' validate '$root/examples/quickstart/shipcheck.yaml'" 3
measure "/bin/true" "$runs" "/bin/true" 3
measure "git --version" "$runs" "git --version" 3
report
