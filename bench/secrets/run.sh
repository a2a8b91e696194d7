#!/usr/bin/env bash
# Secret-scan throughput in MB/s over a tree of text (SIZE_MB, default 500 MiB, copied from /usr/share, gzip files
# expanded so there is text to read): `shipcheck secrets scan` with Shipcheck's default rules and with gitleaks'
# 222-rule default config (GITLEAKS_CONFIG, default ../shared/corpora/gitleaks/config/gitleaks.toml beside the
# repository), beside, in the same run, `rg -f` over the same 222 regexes (ripgrep, apt) and secretlint with its
# recommended preset (npm: 13.x, the newest the registry here has; the issue named 12.x, installed into the temp
# folder). Medians of RUNS (default 3). Everything is written to a temp folder and removed at the end. Copy the
# printed block into docs/benchmarks.md.
#
# ripgrep: one -f over 214 regexes compiles past its default 100 MB regex size limit ("Compiled regex exceeds size
# limit", exit 2: what the first run's row hit), so the limits are raised; it runs with --no-unicode, as RE2 (and so
# gitleaks) reads \w \d \s as ASCII, and under RG_TIMEOUT seconds (default 600): its lazy DFA over the combined
# regexes thrashes, and a row that did not finish says so instead of stopping the script.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source bench/lib.sh

runs=${RUNS:-3}
size_mb=${SIZE_MB:-500}
config=${GITLEAKS_CONFIG:-$root/../shared/corpora/gitleaks/config/gitleaks.toml}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

ensure_shipcheck
ensure_hyperfine
command -v rg >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ripgrep < /dev/null > /dev/null 2>&1 || true

# The tree: text under /usr/share, until SIZE_MB. Compressed docs are expanded; binary files are left out by `grep -I`.
mkdir -p "$work/tree"
budget=$((size_mb << 20))
total=0
n=0
while IFS= read -r -d '' file; do
    n=$((n + 1))
    target="$work/tree/$(printf '%06d' "$n")-$(basename "$file")"
    case "$file" in
        *.gz) gzip -dc "$file" > "${target%.gz}" 2>/dev/null || continue; target=${target%.gz} ;;
        *) cp "$file" "$target" ;;
    esac
    if ! grep -Iq . "$target" 2>/dev/null; then rm -f "$target"; continue; fi
    total=$((total + $(stat -c %s "$target")))
    ((total < budget)) || break
done < <(find /usr/share/doc /usr/share/man /usr/share/perl5 /usr/share/python3 /usr/share/dotnet /usr/share -type f -size -4M -print0 2>/dev/null)
mb=$(awk -v b="$total" 'BEGIN { printf "%.1f", b / 1048576 }')
files=$(find "$work/tree" -type f | wc -l)
echo "tree: $files files, $mb MiB of text"

python3 bench/secrets/rules-to-rg.py "$config" > "$work/all-patterns.txt"
# ripgrep refuses the whole run when one pattern does not compile (look-arounds): keep the ones it accepts.
: > "$work/patterns.txt"
if command -v rg >/dev/null; then
    while IFS= read -r pattern; do
        rc=0
        rg -q -e "$pattern" /dev/null 2>/dev/null || rc=$?
        if ((rc <= 1)); then printf '%s\n' "$pattern" >> "$work/patterns.txt"; fi
    done < "$work/all-patterns.txt"
    echo "ripgrep compiles $(wc -l < "$work/patterns.txt") of $(wc -l < "$work/all-patterns.txt") regexes"
fi

# A finding is exit 1 for every scanner here; only 2 and above are failures of the scanner itself.
measure "shipcheck secrets scan (default rules)" "$runs" "$shipcheck secrets scan $work/tree --format json --output $work/default.json; [ \$? -le 1 ]"
measure "shipcheck secrets scan (gitleaks 222 rules)" "$runs" "$shipcheck secrets scan $work/tree --config $config --format json --output $work/gitleaks.json; [ \$? -le 1 ]"
if command -v rg >/dev/null; then
    rg_timeout=${RG_TIMEOUT:-600}
    rg_command="rg -c --no-unicode --regex-size-limit 2G --dfa-size-limit 2G -f $work/patterns.txt $work/tree"
    rc=0
    timeout "$rg_timeout" $rg_command > "$work/rg.txt" 2> "$work/rg.err" || rc=$?
    if ((rc <= 1)); then
        measure "rg -f (the regexes it compiles)" "$runs" "$rg_command > $work/rg.txt; [ \$? -le 1 ]" 0
    elif ((rc == 124)); then
        echo "rg -f did not finish within ${rg_timeout} s (one unmeasured try); its row is left out"
    else
        echo "rg -f failed (exit $rc): $(head -c 300 "$work/rg.err")"
    fi
    # Two rows that say what the one above cannot. The rules' keywords as fixed strings: the first stage alone (what
    # Shipcheck's keyword index does before any regex), a floor for any scanner that reads every byte. And every
    # regex in its own rg run, summed: the same regexes over the same files, without the combined automaton that
    # thrashes, and without a keyword prefilter.
    python3 bench/secrets/rules-to-rg.py --keywords "$config" > "$work/keywords.txt"
    measure "rg -i -F -f (the rules' keywords only)" "$runs" "rg -c -i -F -f $work/keywords.txt $work/tree > $work/rg-keywords.txt; [ \$? -le 1 ]"
    cat > "$work/each.sh" <<'EACH'
while IFS= read -r pattern; do
    rc=0
    rg -c --no-unicode -e "$pattern" "$2" > /dev/null || rc=$?
    ((rc <= 1)) || exit 2
done < "$1"
EACH
    measure "rg -e, each regex it compiles in its own run (summed)" 1 "bash $work/each.sh $work/patterns.txt $work/tree" 0
fi
if (cd "$work" && npm install --silent --no-audit --no-fund secretlint@13 @secretlint/secretlint-rule-preset-recommend@13 > /dev/null 2>&1); then
    printf '{"rules":[{"id":"@secretlint/secretlint-rule-preset-recommend"}]}\n' > "$work/.secretlintrc.json"
    # One run: secretlint is far slower than the others, and one run says enough.
    measure "secretlint (recommended preset)" 1 "cd $work && npx secretlint --secretlintrc .secretlintrc.json 'tree/**/*' > $work/secretlint.txt; [ \$? -le 1 ]" 0
else
    echo "secretlint could not be installed from npm; its row is left out"
fi

report
echo
echo "throughput over $mb MiB:"
awk -F '\t' -v mb="$mb" '{ printf "  %-56s %8.1f MiB/s\n", $1, mb / ($2 / 1000) }' "$results_file"
