#!/usr/bin/env bash
# Stops the quickstart's demo service started by deploy.sh, if it is running.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
stop_service
