#!/usr/bin/env bash
# Stops everything up.sh and deploy.sh started: the demo's containers, then its dockerd (by the pid in its pid
# file, only when that process is ours), and removes the state folder except HISTORY.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if pid=$(engine_pid); then
    # Every container of this private engine is the demo's own.
    containers=$(dk ps --all --quiet 2>/dev/null || true)
    if [[ -n "$containers" ]]; then
        # shellcheck disable=SC2086
        dk rm --force $containers > /dev/null
    fi
    kill -TERM "$pid"
    for _ in $(seq 200); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "dockerd (pid $pid) did not stop within 20s; killing it" >&2
        kill -KILL "$pid"
        while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    fi
    echo "stopped the demo's engine (pid $pid) and its containers"
fi

if [[ -d "$demo" ]]; then
    # Layers and namespaces an engine leaves mounted would keep their folders from being removed.
    awk '{print $2}' /proc/mounts | grep -F -- "$demo/" | sort -r | while read -r mount; do
        umount -l "$mount" 2>/dev/null || true
    done
    find "$demo" -mindepth 1 -maxdepth 1 ! -name HISTORY.md -exec rm -rf {} +
    echo "removed $demo (kept HISTORY.md)"
fi
