#!/usr/bin/env bash
# Seed 001's "Option 1: Direct Upgrade" of the demo connector to release VERSION (a folder under releases/):
# build (once), back up the installed version, stop it gracefully (SIGTERM, wait for exit), install the release,
# start it, and return when /ready answers for it. Rollback is ./rollback.sh. Settings: see lib.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

releases=$(cd "$here/releases" && echo *)
version=${1:?usage: deploy.sh VERSION (one of: $releases)}
release="$here/releases/$version"
if [[ ! -f "$release/release.json" ]]; then
    echo "no release '$version' in $here/releases (have: $releases)" >&2
    exit 1
fi

build_connector

# Step 1: back up the current version.
previous=$(installed_version)
if [[ -d "$install" ]]; then
    rm -rf "$backup"
    cp -r "$install" "$backup"
    echo "backed up $previous to $backup"
fi

# Step 2: stop the current service.
stop_connector

# Steps 3 and 4: update the code and its configuration. The logs folder stays, as it does on a `git pull`.
mkdir -p "$install"
cp "$release/release.json" "$install/release.json"
echo "$version" > "$install/VERSION"

# Step 5: start the new version.
start_connector
echo "deployed $version (was $previous)"
