#!/usr/bin/env bash
# Prints a bearer token the topology's gateways accept: the app image's token tool with gateway1's own JWT_*
# variables (so nothing is repeated here), e.g. deploy/compose/token.sh --role agent. Options: --help.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
# the tool refuses NODE_ENV=production, where tokens come from an identity provider
compose run --rm --no-deps -T -e NODE_ENV=development gateway1 node dist/scripts/token.js "$@"
