#!/usr/bin/env bash
# Stops and removes the compose topology, its network and its database volume (C360_KEEP_DATA=1 keeps the volume).
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
if [ "${C360_KEEP_DATA:-0}" = 1 ]; then
  compose down --remove-orphans --timeout 30
else
  compose down -v --remove-orphans --timeout 30
fi
