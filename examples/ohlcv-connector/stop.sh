#!/usr/bin/env bash
# Stops the demo connector started by deploy.sh or rollback.sh, if it is running (SIGTERM, then waits).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
stop_connector
