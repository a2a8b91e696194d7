#!/usr/bin/env bash
# Hashes one large file (SIZE_MB, default 2048 MiB) and many files (FILES × 1 MiB, default 2000) with Shipcheck's
# FileHasher (HashBench: in one process, median of RUNS after a warm-up) and, in the same run, with `sha256sum` (one
# process, single-threaded; median of RUNS). The files are written once into a temp folder (random data, so page cache
# holds them; the box has 24 GiB) and removed at the end. Copy the printed block into docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source bench/lib.sh

runs=${RUNS:-5}
size_mb=${SIZE_MB:-2048}
count=${FILES:-2000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build bench/hashing/HashBench -c Release -o "$work/bin" -nologo -v quiet -clp:NoSummary >/dev/null
mkdir -p "$work/large" "$work/many"
head -c "$((size_mb << 20))" /dev/urandom > "$work/large/big.pt"
head -c "$((count << 20))" /dev/urandom | split -b 1M -a 5 --additional-suffix=.bin - "$work/many/part-"

median_sha256sum() { # median ms of RUNS runs of sha256sum over the files given, after one warm-up
    local times=() start
    sha256sum "$@" >/dev/null
    for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        sha256sum "$@" >/dev/null
        times+=($(( ($(date +%s%N) - start) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

machine
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "one file, $size_mb MiB:"
echo "  shipcheck FileHasher: $("$work/bin/HashBench" "$work/large" '*.pt' "$runs")"
echo "  sha256sum:            median $(median_sha256sum "$work/large/big.pt") ms of $runs runs"
echo "$count files × 1 MiB:"
echo "  shipcheck FileHasher ($(nproc) at once): $("$work/bin/HashBench" "$work/many" '*.bin' "$runs")"
echo "  sha256sum (one process):   median $(median_sha256sum "$work"/many/*.bin) ms of $runs runs"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
