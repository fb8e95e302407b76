#!/usr/bin/env bash
# Follows docs/deploy.md on a clean Debian 12 (a fresh debootstrap, nothing of this machine in it),
# step by step, with the packages from BUILD_DIR/packages (step 1 is the build on this machine). Run on
# demand as root; it downloads what the guide installs (about 300 MB) and takes a few minutes.
# Where the chroot differs from a real machine it says so: no systemd (the unit's ExecStart is run as
# the guild user instead, as scripts/package-check.sh does), no DNS or ACME (certbot's files are made
# by a throwaway authority at the paths certbot writes), nginx and PostgreSQL started by hand.
# Usage: scripts/deploy-guide-check.sh BUILD_DIR [ROOT] (ROOT: where the clean system is unpacked).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
root=${2:-/tmp/guild-clean-debian}
[ "$(id -u)" -eq 0 ] || { echo "deploy-guide-check: run as root (debootstrap, chroot)" >&2; exit 2; }
ls "$build"/packages/guild-server_*.deb "$build"/packages/guild_*.deb >/dev/null

# A pristine debootstrap is kept as a tarball, so each run starts from the same clean system.
pristine=${GUILD_CLEAN_DEBIAN_TAR:-/tmp/guild-clean-debian.tar}
if [ ! -f "$pristine" ]; then
  command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
  rm -rf "$root.new"
  debootstrap --variant=minbase bookworm "$root.new" http://deb.debian.org/debian
  tar -C "$root.new" -cf "$pristine" .
  rm -rf "$root.new"
fi
for fs in dev/pts dev sys proc; do umount "$root/$fs" 2>/dev/null || true; done
rm -rf "$root"
mkdir -p "$root"
tar -C "$root" -xf "$pristine"
for fs in proc sys dev dev/pts; do mountpoint -q "$root/$fs" || mount --bind "/$fs" "$root/$fs"; done
cleanup() {
  chroot "$root" /bin/sh -c 'pkill -x nginx; pkill -x guild-server; pg_ctlcluster 15 main stop' 2>/dev/null || true
  for fs in dev/pts dev sys proc; do umount "$root/$fs" 2>/dev/null || true; done
}
trap cleanup EXIT
cp "$build"/packages/*.deb "$root/root/"
cp /etc/resolv.conf "$root/etc/resolv.conf"

chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root DEBIAN_FRONTEND=noninteractive \
  /bin/bash -euo pipefail <<'GUIDE'
cd /root
say() { printf '\n== %s\n' "$*"; }
start_unit() { # the unit's ExecStart for PORT, as its user (there is no systemd in a chroot)
  local port=$1
  local cmd
  cmd=$(sed -n 's/^ExecStart=//p' /usr/lib/systemd/system/guild-server@.service | sed "s/%i/$port/g")
  # shellcheck disable=SC2086
  setpriv --reuid=guild --regid=guild --init-groups -- $cmd > "/tmp/server-$port.out" 2> "/tmp/server-$port.log" &
  for _ in $(seq 1 300); do grep -q "listening on" "/tmp/server-$port.out" 2>/dev/null && return 0; sleep 0.1; done
  cat "/tmp/server-$port.log"; return 1
}

say "2. Install the server"
apt-get update -qq
apt-get install -y -qq ./guild-server_*_amd64.deb curl >/dev/null
id guild
stat -c '%U:%G %a %n' /var/lib/guild /etc/guild/server.conf
guild-server --version
start_unit 8443
curl -fsS http://127.0.0.1:8443/healthz; echo
grep -o '"message":"this community has no admin yet[^"]*"' /tmp/server-8443.log

say "3. The first admin"
OWNER_PASSWORD=guide-owner-password
printf '%s\n' "$OWNER_PASSWORD" | runuser -u guild -- guild-server admin create-user owner --role admin \
    --display-name "Owner" --email owner@example.org --password-stdin --data /var/lib/guild

say "4. TLS and nginx in front (certbot's files made by a throwaway authority: no DNS here)"
apt-get install -y -qq nginx-light openssl >/dev/null
mkdir -p /etc/letsencrypt/live/guild.example.org && cd /etc/letsencrypt/live/guild.example.org
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj "/CN=Guide CA" \
  -keyout /root/ca.key -out /root/ca.pem 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=guild.example.org" \
  -keyout privkey.pem -out /root/site.csr 2>/dev/null
printf 'subjectAltName=DNS:guild.example.org\n' > /root/san.ext
openssl x509 -req -in /root/site.csr -CA /root/ca.pem -CAkey /root/ca.key -CAcreateserial -days 2 \
  -extfile /root/san.ext -out fullchain.pem 2>/dev/null
cd /root
cp /usr/share/guild-server/nginx/guild.conf /etc/nginx/conf.d/guild.conf
# The marked lines: the name and the certificate paths already fit guild.example.org; one process.
sed -i -e 's|^\( *\)server 127.0.0.1:8401 .*|\1server 127.0.0.1:8443 max_fails=1 fail_timeout=5s;|' \
  -e '/server 127.0.0.1:8402 /d' /etc/nginx/conf.d/guild.conf
rm -f /etc/nginx/sites-enabled/default
nginx -t
nginx
public() { curl -fsS --resolve guild.example.org:443:127.0.0.1 --cacert /root/ca.pem "$@"; }
public https://guild.example.org/healthz; echo
public -H 'Content-Type: application/json' -d "{\"username\":\"owner\",\"password\":\"$OWNER_PASSWORD\"}" \
  https://guild.example.org/api/v1/auth/login | grep -q accessToken && echo "the owner signs in through nginx"
[ "$(curl -s -o /dev/null -w '%{http_code}' --resolve guild.example.org:443:127.0.0.1 --cacert /root/ca.pem \
  https://guild.example.org/metrics)" = 404 ] && echo "/metrics is not public"
[ "$(curl -s -o /dev/null -w '%{http_code}' --resolve guild.example.org:80:127.0.0.1 http://guild.example.org/)" = 301 ] &&
  echo "plain HTTP sends members to HTTPS"

say "5. Members"
apt-get install -y -qq ./guild_*_amd64.deb >/dev/null
guild --version
ls /usr/share/applications/org.guild.Guild.desktop /usr/share/icons/hicolor/256x256/apps/guild.png

say "6. Several processes on PostgreSQL"
cd /tmp # runuser -u postgres from /root cannot change there
apt-get install -y -qq postgresql >/dev/null
pg_ctlcluster 15 main start
DB_PASSWORD=guide-db-password
runuser -u postgres -- psql -q -c "CREATE ROLE guild LOGIN PASSWORD '$DB_PASSWORD'"  # createuser --pwprompt, typed
runuser -u postgres -- createdb --owner guild guild
kill -TERM "$(pgrep -f 'listen 127.0.0.1:8443')"                                    # systemctl stop guild-server@8443
while pgrep -f 'listen 127.0.0.1:8443' >/dev/null; do sleep 0.1; done
PGPASSWORD="$DB_PASSWORD" runuser -u guild -- guild-server migrate \
    --from sqlite:/var/lib/guild/guild.sqlite --to postgresql://guild@127.0.0.1:5432/guild
sed -i "s|^# database = .*|database = postgresql://guild:$DB_PASSWORD@127.0.0.1:5432/guild|" /etc/guild/server.conf
grep '^database' /etc/guild/server.conf | sed 's/:[^:@]*@/:***@/'
start_unit 8401
start_unit 8402
sed -i -e 's|^\( *\)server 127.0.0.1:8443 .*|\1server 127.0.0.1:8401 max_fails=1 fail_timeout=5s;\n\1server 127.0.0.1:8402 max_fails=1 fail_timeout=5s;|' \
  /etc/nginx/conf.d/guild.conf
nginx -t && nginx -s reload
# A reload hands over to new workers a moment later; until then the old ones still know only 8443.
for _ in $(seq 1 50); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' --resolve guild.example.org:443:127.0.0.1 --cacert /root/ca.pem \
    https://guild.example.org/healthz)" = 200 ] && break
  sleep 0.1
done
for i in 1 2 3 4; do
  public -H 'Content-Type: application/json' -d "{\"username\":\"owner\",\"password\":\"$OWNER_PASSWORD\"}" \
    https://guild.example.org/api/v1/auth/login | grep -q accessToken
done
echo "the owner signs in through nginx, on PostgreSQL, across both processes"
grep -c '"route":"/api/v1/auth/login"' /tmp/server-8401.log /tmp/server-8402.log

say "7. Operations"
curl -fsS http://127.0.0.1:8401/metrics | grep -c '^guild_' | sed 's/$/ metric samples on 8401/'
runuser -u postgres -- pg_dump --format=custom guild > /var/backups/guild/guild-$(date +%F).dump
runuser -u postgres -- createdb --owner guild guild_restored
runuser -u postgres -- pg_restore --no-owner --role guild --dbname guild_restored < /var/backups/guild/guild-$(date +%F).dump
runuser -u postgres -- psql -qtA -d guild_restored -c "SELECT username FROM users"
# The SQLite backup of step 7, on the database step 6 moved from:
sed -i 's|^database = |# database = |' /etc/guild/server.conf
runuser -u guild -- guild-server backup /var/backups/guild/guild-$(date +%F).sqlite --config /etc/guild/server.conf
stat -c '%U %a %n' /var/backups/guild/guild-$(date +%F).sqlite
say "followed to the end"
GUIDE
