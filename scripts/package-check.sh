#!/usr/bin/env bash
# The Debian packages, as an owner meets them (docs/deploy.md, steps 1 to 3): builds guild and
# guild-server with cpack, checks what they hold, installs both with apt-get, checks the system user,
# the state directory and the configuration's owner and mode, `--version` of both binaries, then starts
# the server exactly as its systemd unit would (the unit's ExecStart, as the unit's user; under systemd
# the package has started guild-server@8443 itself), makes the first admin, asks /healthz, signs in,
# takes a backup, stops it with SIGTERM and removes the packages again.
# Usage: scripts/package-check.sh BUILD_DIR. Needs root (or sudo) to install.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/common.sh
source scripts/common.sh
build=${1:-build}
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

fail() { echo "package-check: $*" >&2; exit 1; }

echo "package-check: cpack"
rm -rf "$build/packages"
(cd "$build" && cpack -G DEB >/dev/null 2>&1) || (cd "$build" && cpack -G DEB)
server_deb=$(ls "$build"/packages/guild-server_*.deb)
client_deb=$(ls "$build"/packages/guild_*.deb)

contents() { dpkg-deb -c "$1" | awk '{print $6}' | sed 's|^\./|/|'; }
for path in /usr/bin/guild-server /usr/lib/systemd/system/guild-server@.service \
  /usr/lib/systemd/system/guild-server-backup.service /usr/lib/systemd/system/guild-server-backup.timer /etc/guild/server.conf \
  /usr/share/guild-server/nginx/guild.conf /usr/share/doc/guild-server/deploy.md; do
  contents "$server_deb" | grep -qx "$path" || fail "guild-server lacks $path"
done
for path in /usr/bin/guild /usr/share/applications/org.guild.Guild.desktop /usr/share/metainfo/org.guild.Guild.metainfo.xml \
  /usr/share/icons/hicolor/scalable/apps/guild.svg /usr/share/icons/hicolor/16x16/apps/guild.png \
  /usr/share/icons/hicolor/48x48/apps/guild.png /usr/share/icons/hicolor/256x256/apps/guild.png; do
  contents "$client_deb" | grep -qx "$path" || fail "guild lacks $path"
done
dpkg-deb -f "$server_deb" Depends | grep -q "libqt6sql6-sqlite" || fail "guild-server does not depend on the SQLite driver"
dpkg-deb -f "$client_deb" Depends | grep -q "libqt6widgets6" || fail "guild's library dependencies were not computed"
dpkg-deb -e "$server_deb" "$build/packages/control"
grep -qx /etc/guild/server.conf "$build/packages/control/conffiles" || fail "server.conf is not a conffile"

# A run before may have left them (a failed check): start from nothing installed.
$SUDO apt-get remove -y -qq guild guild-server >/dev/null 2>&1 || true
data_existed=0
if [ -e /var/lib/guild ] || [ -e /var/backups/guild ]; then data_existed=1; fi

echo "package-check: apt-get install ./$(basename "$client_deb") ./$(basename "$server_deb")"
$SUDO apt-get install -y -qq --no-install-recommends "./$client_deb" "./$server_deb" >/dev/null 2>&1 ||
  $SUDO apt-get install -y --no-install-recommends "./$client_deb" "./$server_deb"
cleanup() {
  if [ -n "${server_pid:-}" ]; then $SUDO kill "$server_pid" 2>/dev/null || true; fi
  $SUDO apt-get remove -y -qq guild guild-server >/dev/null 2>&1 || true
  if [ "$data_existed" = 0 ]; then $SUDO rm -rf /var/lib/guild /var/backups/guild; fi
}
trap cleanup EXIT

[ "$(guild --version)" = "guild $(sed -n 's/^project(Guild VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)" ] ||
  fail "guild --version says '$(guild --version)'"
guild-server --version | grep -q "^guild-server [0-9]" || fail "guild-server --version"
getent passwd guild >/dev/null || fail "no user guild"
[ "$(stat -c '%U:%G %a' /var/lib/guild)" = "guild:guild 750" ] || fail "/var/lib/guild is $(stat -c '%U:%G %a' /var/lib/guild)"
[ "$(stat -c '%U:%G %a' /etc/guild/server.conf)" = "root:guild 640" ] ||
  fail "/etc/guild/server.conf is $(stat -c '%U:%G %a' /etc/guild/server.conf)"
desktop-file-validate /usr/share/applications/org.guild.Guild.desktop || fail "the .desktop entry does not validate"
appstreamcli validate --no-net --pedantic /usr/share/metainfo/org.guild.Guild.metainfo.xml >/dev/null ||
  { appstreamcli validate --no-net /usr/share/metainfo/org.guild.Guild.metainfo.xml; fail "the AppStream data does not validate"; }

port=8443
if [ -d /run/systemd/system ]; then
  echo "package-check: systemd started guild-server@8443"
  systemctl is-active --quiet guild-server@8443 || fail "guild-server@8443 is not running"
else
  # No systemd here (a container): the unit's own command line, as its user, on a free port.
  port=$(free_port)
  exec_start=$(sed -n 's/^ExecStart=//p' /usr/lib/systemd/system/guild-server@.service | sed "s/%i/$port/g")
  echo "package-check: no systemd; running ExecStart as guild: $exec_start"
  log=$(mktemp)
  # setpriv execs (no process in between), so the signal below reaches the server itself.
  # shellcheck disable=SC2086 # the unit's words, as systemd splits them
  $SUDO setpriv --reuid=guild --regid=guild --init-groups -- $exec_start > "$log.out" 2> "$log" &
  server_pid=$!
  for _ in $(seq 1 300); do
    if grep -q "listening on" "$log.out" 2>/dev/null; then break; fi
    kill -0 "$server_pid" 2>/dev/null || { cat "$log" >&2; fail "the server did not start"; }
    sleep 0.1
  done
  grep -q "no admin yet" "$log" || fail "the server did not say how to make the first admin"
fi

health=$(curl -fsS "http://127.0.0.1:$port/healthz")
[ "$health" = '{"status":"ok"}' ] || fail "/healthz: $health"
printf 'package-check-password\n' | $SUDO runuser -u guild -- guild-server admin create-user owner --role admin \
  --password-stdin --data /var/lib/guild >/dev/null
curl -fsS -H 'Content-Type: application/json' -d '{"username":"owner","password":"package-check-password"}' \
  "http://127.0.0.1:$port/api/v1/auth/login" | grep -q accessToken || fail "the first admin cannot sign in"
[ "$(stat -c '%U' /var/lib/guild/guild.sqlite)" = guild ] || fail "the database is not the server's"

[ "$(stat -c '%U:%G %a' /var/backups/guild)" = "guild:guild 750" ] || fail "/var/backups/guild is $(stat -c '%U:%G %a' /var/backups/guild)"
$SUDO runuser -u guild -- guild-server backup /var/backups/guild/package-check.sqlite \
  --config /etc/guild/server.conf >/dev/null
[ "$(stat -c '%a' /var/backups/guild/package-check.sqlite)" = 600 ] || fail "the backup is readable by others"
# The units as systemd reads them (the template's instance, the backup service and its timer).
for unit in guild-server@.service guild-server-backup.service guild-server-backup.timer; do
  verdict=$(cd /tmp && systemd-analyze verify "/usr/lib/systemd/system/$unit" 2>&1) || fail "$unit: $verdict"
  [ -z "$verdict" ] || fail "$unit: $verdict"
done

if [ -n "${server_pid:-}" ]; then
  $SUDO kill -TERM "$server_pid"
  wait "$server_pid" || fail "the server did not stop cleanly on SIGTERM"
  server_pid=""
  grep -q '"message":"stopped"' "$log" || fail "no JSON 'stopped' line in the log"
fi
echo "package-check: passed ($(basename "$client_deb"), $(basename "$server_deb"))"
