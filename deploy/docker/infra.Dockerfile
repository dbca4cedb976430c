# The helper image of the compose topology (deploy/compose/docker-compose.yml): Debian's PostgreSQL 15, Redis and
# HAProxy on the local base (deploy/base-image.sh builds both), one image for the three so that they share their
# layers and one apt-get run; each service picks its program by its command. apt goes over http: no CA needed.
ARG BASE_IMAGE=c360/node20-base:bookworm
FROM ${BASE_IMAGE}
# No "main" cluster at install time: c360-postgres creates its own in the data volume on first start. No docs,
# man pages or translations; and no LLVM (130 MB with libz3): it serves only PostgreSQL's optional JIT, which
# c360-postgres turns off (jit=off), so llvmjit.so is removed with it.
RUN mkdir -p /etc/postgresql-common /etc/dpkg/dpkg.cfg.d \
 && printf 'path-exclude=/usr/share/doc/*\npath-exclude=/usr/share/man/*\npath-exclude=/usr/share/locale/*\n' \
    > /etc/dpkg/dpkg.cfg.d/90c360-nodoc \
 && echo 'create_main_cluster = false' > /etc/postgresql-common/createcluster.conf \
 && apt-get update \
 && apt-get install -y --no-install-recommends postgresql-15 redis-server haproxy \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb /var/log/apt /var/log/dpkg.log \
 && rm -f /usr/lib/x86_64-linux-gnu/libLLVM-14.so* /usr/lib/x86_64-linux-gnu/libz3.so* \
    /usr/lib/postgresql/15/lib/llvmjit* \
 && rm -rf /usr/lib/postgresql/15/lib/bitcode \
 && mkdir -p /var/lib/postgresql/data /run/postgresql \
 && chown -R postgres:postgres /var/lib/postgresql /run/postgresql \
 && chmod 700 /var/lib/postgresql/data
COPY c360-postgres /usr/local/bin/c360-postgres
ENV PATH=/usr/lib/postgresql/15/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
CMD ["sh", "-c", "echo 'pick a command: c360-postgres, redis-server or haproxy' >&2; exit 2"]
