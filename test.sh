#!/usr/bin/env bash
# Runs every test: installs the Debian packages the tests need when missing, builds once, runs
# `dotnet test` with TRX results, and ends with one line: "tests: N passed, N failed, N skipped".
# Works unattended (CI=true, no stdin, no terminal). Exit code: 0 only if tests ran and none failed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# Debian packages the tests use: postgresql (sql), prometheus (promql), docker.io + busybox-static (docker),
# openssh-server + openssh-client (remote hosts), redis-tools (the stock-monitoring example's redis-server).
packages="curl procps util-linux ca-certificates postgresql prometheus docker.io busybox-static openssh-server openssh-client redis-tools"

configuration=Release
results=TestResults
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

install_missing_packages() {
    local missing=() package
    for package in $packages; do
        dpkg -s "$package" 2>/dev/null | grep -q '^Status: install ok installed' || missing+=("$package")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0

    local as_root=()
    if [[ $(id -u) -ne 0 ]]; then
        if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
            as_root=(sudo -n)
        else
            echo "test.sh: missing Debian packages: ${missing[*]}" >&2
            echo "install them as root: apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
            exit 1
        fi
    fi
    echo "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${as_root[@]}" apt-get update -qq < /dev/null
    "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" < /dev/null
}

# Sums one attribute of every TRX file's <Counters> element.
count() {
    local attribute=$1 total=0 value file
    for file in "$results"/*.trx; do
        [[ -e "$file" ]] || continue
        value=$(grep -o "<Counters [^>]*" "$file" | grep -o " $attribute=\"[0-9]*\"" | grep -o '[0-9]\+' || echo 0)
        total=$((total + value))
    done
    echo "$total"
}

install_missing_packages
if ! command -v dotnet >/dev/null; then
    echo "test.sh: the .NET SDK is missing (see global.json for the version)" >&2
    exit 1
fi

rm -rf "$results"
dotnet build Shipcheck.slnx -c "$configuration" -nologo -v quiet -clp:NoSummary < /dev/null
status=0
dotnet test Shipcheck.slnx -c "$configuration" --no-build --logger trx --results-directory "$results" < /dev/null || status=$?

passed=$(count passed)
failed=$(( $(count failed) + $(count error) + $(count timeout) + $(count aborted) ))
total=$(count total)
skipped=$(( total - passed - failed ))
echo "tests: $passed passed, $failed failed, $skipped skipped"

if [[ $total -eq 0 ]]; then
    echo "test.sh: no tests ran" >&2
    exit 1
fi
if [[ $failed -gt 0 || $status -ne 0 ]]; then
    exit 1
fi
