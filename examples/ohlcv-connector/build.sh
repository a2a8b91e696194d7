#!/usr/bin/env bash
# Builds the demo connector into the state folder (once; again when its sources change). deploy.sh calls it too.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
build_connector
