# Shared by up.sh, down.sh, token.sh and story.sh: the compose command for this topology.
# C360_PROJECT names the compose project (c360); the C360_* variables of .env.example change ports, images, secrets.
C360_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
C360_COMPOSE_FILE="$C360_ROOT/deploy/compose/docker-compose.yml"
export C360_PROJECT=${C360_PROJECT:-c360}
export C360_APP_IMAGE=${C360_APP_IMAGE:-c360/app:latest}
export C360_INFRA_IMAGE=${C360_INFRA_IMAGE:-c360/infra:bookworm}
export C360_HTTP_PORT=${C360_HTTP_PORT:-8080}

compose() {
  docker-compose -p "$C360_PROJECT" -f "$C360_COMPOSE_FILE" "$@"
}

log() { printf '[%s] %s\n' "$(basename "$0" .sh)" "$*" >&2; }
