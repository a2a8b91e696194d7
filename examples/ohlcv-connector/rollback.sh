#!/usr/bin/env bash
# Seed 001's "Quick Rollback": stop the new version (SIGTERM), start the old one from the backup deploy.sh made,
# and return when /ready answers for it. The version rolled back from is kept in install.failed/, with its log,
# for whoever debugs it later. Settings: see lib.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [[ ! -f "$backup/VERSION" ]]; then
    echo "no backup in $backup: nothing was installed before the last deploy, so there is nothing to roll back to" >&2
    exit 1
fi
failed=$(installed_version)

# Step 1: stop the new version.
stop_connector

# Step 2: start the old version from the backup.
rm -rf "$demo/install.failed"
[[ -d "$install" ]] && mv "$install" "$demo/install.failed"
mv "$backup" "$install"
start_connector
echo "rolled back from $failed to $(installed_version); $failed's files and log are in $demo/install.failed"
