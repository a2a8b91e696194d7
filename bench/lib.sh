# Shared by bench/*/run.sh; sourced, never run. Benchmarks run by hand, never in tests.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# SHIPCHECK=path compares another build; the default is the published ReadyToRun binary.
shipcheck=${SHIPCHECK:-$root/out/shipcheck}
results_file=$(mktemp)
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# Publishes the CLI into out/ the way users get it, unless it is already there.
ensure_shipcheck() {
    [[ -x "$shipcheck" ]] && return 0
    echo "publishing src/Shipcheck.Cli to out/ (ReadyToRun)"
    dotnet publish "$root/src/Shipcheck.Cli" -c Release -o "$root/out" -nologo -v quiet
}

# hyperfine when it can be had; otherwise measure() falls back to a timed loop.
ensure_hyperfine() {
    command -v hyperfine >/dev/null && return 0
    local sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo -n)
    echo "installing hyperfine"
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq hyperfine < /dev/null >/dev/null 2>&1 \
        || echo "hyperfine not installed; timing with a loop over \$EPOCHREALTIME instead"
}

# The machine the numbers came from.
machine() {
    echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(free -g | awk '/^Mem:/ {print $2}') GiB"
    echo "system: $(uname -srm), .NET SDK $(dotnet --version 2>/dev/null || echo '?')"
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
}

# measure NAME RUNS COMMAND [WARMUPS]: runs COMMAND (a shell command line) RUNS times after
# WARMUPS (default 1) unmeasured runs, and records its median wall time in milliseconds under NAME.
# Fails if the command fails.
measure() {
    local name=$1 runs=$2 command=$3 warmups=${4:-1} median
    echo "measuring $name ($runs runs): $command"
    if command -v hyperfine >/dev/null; then
        local json
        json=$(mktemp)
        hyperfine --style basic --warmup "$warmups" --runs "$runs" --command-name "$name" --export-json "$json" "$command" >&2
        median=$(sed -n 's/.*"median": *\([0-9.eE+-]*\).*/\1/p' "$json" | head -n 1 | awk '{printf "%.1f", $1 * 1000}')
        rm -f "$json"
    else
        local times=() i start
        for ((i = -warmups; i < runs; i++)); do
            start=${EPOCHREALTIME/./}
            if ! (eval "$command") >/dev/null 2>&1; then
                echo "$name failed: $command" >&2
                return 1
            fi
            if ((i >= 0)); then # negative i: a warm-up
                times+=($(( ${EPOCHREALTIME/./} - start )))
            fi
        done
        median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.1f", m / 1000 }')
    fi
    printf '%s\t%s\n' "$name" "$median" >> "$results_file"
}

# The median recorded for NAME, in milliseconds.
median_of() { awk -F '\t' -v n="$1" '$1 == n { print $2 }' "$results_file"; }

# Prints every median recorded so far.
report() {
    echo
    machine
    awk -F '\t' '{ printf "  %-52s median %9s ms\n", $1, $2 }' "$results_file"
}
