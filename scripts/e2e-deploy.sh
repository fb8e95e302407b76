#!/usr/bin/env bash
# The deployment end to end (./scripts/test.sh runs it): a throwaway certificate authority and a
# certificate for 127.0.0.1, PostgreSQL (GUILD_TEST_PG_URL's cluster, a fresh database), two
# guild-server processes on it as docs/deploy.md runs them (configuration file, trusted proxy, JSON
# logs), and Debian's nginx with deploy/nginx/guild.conf in front, only its marked lines changed
# (ports, certificate, upstream). Then tests/deploy/tst_deploy_e2e drives it, and promtool checks a
# /metrics scrape. Usage: scripts/e2e-deploy.sh BUILD_DIR (with GUILD_TEST_PG_URL set).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/common.sh
source scripts/common.sh
build=${1:-build}
server="$build/bin/guild-server"
test_binary="$build/tests/bin/tst_deploy_e2e"
: "${GUILD_TEST_PG_URL:?start the cluster first (scripts/pgcluster.sh)}"

work=$(mktemp -d /tmp/guild-e2e.XXXXXX)
pids=()
keep=${GUILD_E2E_KEEP:-0} # 1: leave the directory (logs, configuration) for a look
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ -f "$work/nginx.pid" ]; then kill "$(cat "$work/nginx.pid")" 2>/dev/null || true; fi
  wait 2>/dev/null || true
  if [ "$keep" = 1 ]; then echo "e2e: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT


echo "e2e: a throwaway certificate authority and a certificate for 127.0.0.1"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj "/CN=Guild e2e CA" \
  -keyout "$work/ca.key" -out "$work/ca.pem" 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=127.0.0.1" \
  -keyout "$work/server.key" -out "$work/server.csr" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n' > "$work/san.ext"
openssl x509 -req -in "$work/server.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" -CAcreateserial -days 2 \
  -extfile "$work/san.ext" -out "$work/server.pem" 2>/dev/null

echo "e2e: a fresh PostgreSQL database"
database="guild_e2e_$$"
psql -q "$GUILD_TEST_PG_URL" -c "CREATE DATABASE $database"
database_url="${GUILD_TEST_PG_URL%/*}/$database"

# The configuration file as the package ships it, pointed at this database.
sed -e "s|^data = .*|data = $work/data|" -e "s|^# database = .*|database = $database_url|" \
  deploy/config/server.conf > "$work/server.conf"
chmod 600 "$work/server.conf"

start_server() { # port logfile [more options]
  local port=$1 log=$2
  shift 2
  "$server" --config "$work/server.conf" --listen "127.0.0.1:$port" "$@" > "$work/$log.out" 2> "$work/$log.log" &
  pids+=($!)
  for _ in $(seq 1 600); do
    if grep -q "listening on" "$work/$log.out" 2>/dev/null; then return 0; fi
    if ! kill -0 "${pids[-1]}" 2>/dev/null; then cat "$work/$log.log" >&2; return 1; fi
    sleep 0.1
  done
  echo "e2e: guild-server on $port did not start" >&2
  return 1
}

port_a=$(free_port)
port_b=$(free_port)
echo "e2e: guild-server on 127.0.0.1:$port_a (seeds the demo) and 127.0.0.1:$port_b, one PostgreSQL"
start_server "$port_a" a --demo
pid_a=${pids[-1]}
start_server "$port_b" b

https_port=$(free_port)
http_port=$(free_port)
echo "e2e: nginx with deploy/nginx/guild.conf on 127.0.0.1:$https_port"
sed -e "s|^\( *\)listen 443 ssl http2; *# GUILD-LISTEN|\1listen 127.0.0.1:$https_port ssl http2;|" \
  -e "/listen \[::\]:443 ssl http2; *# GUILD-LISTEN/d" \
  -e "s|^\( *\)listen 80; *# GUILD-LISTEN-PLAIN|\1listen 127.0.0.1:$http_port;|" \
  -e "/listen \[::\]:80; *# GUILD-LISTEN-PLAIN/d" \
  -e "s|ssl_certificate .*# GUILD-CERT|ssl_certificate $work/server.pem;|" \
  -e "s|ssl_certificate_key .*# GUILD-CERT|ssl_certificate_key $work/server.key;|" \
  -e "s|server 127.0.0.1:8401 |server 127.0.0.1:$port_a |" \
  -e "s|server 127.0.0.1:8402 |server 127.0.0.1:$port_b |" \
  deploy/nginx/guild.conf > "$work/guild.conf"
if grep -q "8401\|8402\|/etc/letsencrypt\|listen 443" "$work/guild.conf"; then
  echo "e2e: deploy/nginx/guild.conf no longer has the marked lines this script changes" >&2
  exit 1
fi
start_nginx "$work" "$work/guild.conf" 1 "$work/nginx/access.log"

echo "e2e: promtool on a /metrics scrape"
curl -fsS "http://127.0.0.1:$port_b/metrics" > "$work/metrics.txt"
promtool check metrics < "$work/metrics.txt"

echo "e2e: tst_deploy_e2e through nginx"
GUILD_E2E_URL="https://127.0.0.1:$https_port" \
  GUILD_E2E_CA="$work/ca.pem" \
  GUILD_E2E_A="http://127.0.0.1:$port_a" \
  GUILD_E2E_B="http://127.0.0.1:$port_b" \
  GUILD_E2E_PID_A="$pid_a" \
  GUILD_E2E_LOGS="$work/a.log:$work/b.log" \
  QT_QPA_PLATFORM=offscreen \
  "$test_binary" || { keep=1; tail -n 20 "$work/nginx/error.log" "$work/b.log" >&2; exit 1; }

# The process left shuts down cleanly on SIGTERM.
kill -TERM "${pids[1]}"
wait "${pids[1]}"
psql -q "$GUILD_TEST_PG_URL" -c "DROP DATABASE $database WITH (FORCE)"
echo "e2e: passed"
