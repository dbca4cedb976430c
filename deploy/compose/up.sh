#!/usr/bin/env bash
# Builds what is missing and starts the compose topology, then waits until every service is healthy and the
# balancer answers /ready: deploy/compose/up.sh  (then deploy/compose/story.sh; deploy/compose/down.sh)
#   C360_SKIP_BUILD=1          use the images there are (no base image, no app build)
#   C360_BASE_IMAGE=node:20-bookworm-slim   build the app on a public base instead of deploy/base-image.sh's
#   C360_UP_TIMEOUT=180        seconds to wait for health
# Prints how long each step took.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
BASE_IMAGE=${C360_BASE_IMAGE:-c360/node20-base:bookworm}
TIMEOUT=${C360_UP_TIMEOUT:-180}
started=$SECONDS

if [ "${C360_SKIP_BUILD:-0}" != 1 ]; then
  step=$SECONDS
  "$C360_ROOT/deploy/base-image.sh"
  log "base images: $((SECONDS - step)) s"

  # npm in the build stage trusts the machine's CA bundle (a TLS-intercepting proxy): passed in the context
  # (NODE_EXTRA_CA_CERTS when set, else Debian's bundle: harmless where nothing intercepts)
  ca_args=()
  ca_bundle=${NODE_EXTRA_CA_CERTS:-/etc/ssl/certs/ca-certificates.crt}
  if [ -s "$ca_bundle" ]; then
    cp "$ca_bundle" "$C360_ROOT/deploy/docker/ca/build-ca.crt"
    ca_args=(--build-arg NODE_EXTRA_CA_CERTS=/tmp/build-ca/build-ca.crt)
  fi
  step=$SECONDS
  # --network host: the build's downloads leave by the host's interface. On Docker's bridge (MTU 1500) behind an
  # interface with a smaller one (1400 here) large TLS answers stall: npm ci took over 10 minutes per package.
  log "building $C360_APP_IMAGE on $BASE_IMAGE"
  DOCKER_BUILDKIT=0 docker build -q --network host -f "$C360_ROOT/deploy/docker/Dockerfile" --build-arg BASE_IMAGE="$BASE_IMAGE" \
    "${ca_args[@]}" -t "$C360_APP_IMAGE" "$C360_ROOT" >/dev/null
  log "app image: $((SECONDS - step)) s"
fi

step=$SECONDS
# up -d waits for each depends_on condition (healthy, seeded) before starting what needs it
compose up -d
log "compose up: $((SECONDS - step)) s"

deadline=$((SECONDS + TIMEOUT))
while :; do
  unhealthy=()
  for id in $(compose ps -q); do
    state=$(docker inspect -f '{{.Name}} {{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{else}}-{{end}} {{.State.ExitCode}}' "$id")
    read -r name status health code <<<"$state"
    case "$status/$health" in
      running/healthy | running/-) ;;
      exited/-) [ "$code" = 0 ] || unhealthy+=("$name:exited($code)") ;;
      *) unhealthy+=("$name:$status/$health") ;;
    esac
  done
  if [ ${#unhealthy[@]} -eq 0 ] && node -e "fetch('http://127.0.0.1:$C360_HTTP_PORT/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; then
    break
  fi
  if [ $SECONDS -ge $deadline ]; then
    log "not healthy after ${TIMEOUT} s: ${unhealthy[*]:-the balancer does not answer /ready}"
    compose ps >&2
    exit 1
  fi
  sleep 1
done
log "all healthy: $((SECONDS - step)) s after compose up began; $((SECONDS - started)) s in all"
log "GraphQL through the balancer: http://127.0.0.1:$C360_HTTP_PORT/graphql (token: deploy/compose/token.sh --role agent)"
