#!/usr/bin/env bash
# Says whether the demo connector is running, and which version; exit 0 when it is, 1 when it is not.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
if pid=$(running_pid); then
    echo "running $(installed_version) (pid $pid): health http://127.0.0.1:$health_port, quotes ws://127.0.0.1:$ws_port"
    exit 0
fi
echo "not running (installed: $(installed_version))"
exit 1
