#!/usr/bin/env bash
# Throwaway PostgreSQL cluster on loopback for the test suite. Source it, then:
#   pg_cluster_start   -> exports GUILD_TEST_PG_URL (postgresql://postgres@127.0.0.1:PORT/postgres)
#   pg_cluster_stop    -> stops the server and removes its directory
# PostgreSQL refuses to run as root, so under root the server runs as the 'postgres' user.

# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}

_pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

pg_cluster_start() {
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    echo "pgcluster: PostgreSQL server binaries not found (install the postgresql package)" >&2
    return 1
  fi
  PG_CLUSTER_DIR=$(mktemp -d /tmp/guild-pg.XXXXXX)
  chmod 755 "$PG_CLUSTER_DIR"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$PG_CLUSTER_DIR"; fi
  local port
  port=$(free_port)
  _pg_as_owner "$PG_BIN/initdb" -D "$PG_CLUSTER_DIR/data" -U postgres -A trust -E UTF8 --no-sync >"$PG_CLUSTER_DIR/initdb.log" 2>&1 ||
    { cat "$PG_CLUSTER_DIR/initdb.log" >&2; return 1; }
  _pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_CLUSTER_DIR/data" -l "$PG_CLUSTER_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_CLUSTER_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null || { cat "$PG_CLUSTER_DIR/server.log" >&2; return 1; }
  export GUILD_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
  export PG_CLUSTER_DIR
  echo "pgcluster: PostgreSQL running on 127.0.0.1:$port"
}

pg_cluster_stop() {
  if [ -n "${PG_CLUSTER_DIR:-}" ] && [ -d "$PG_CLUSTER_DIR/data" ]; then
    _pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_CLUSTER_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_CLUSTER_DIR"
  fi
}
