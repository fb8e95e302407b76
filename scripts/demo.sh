#!/usr/bin/env bash
# The one command that runs Guild: installs what is missing, builds Release, starts guild-server with
# the demo community on loopback and opens the desktop client signed in as the demo member.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target guild guild-server

data=${GUILD_DEMO_DATA:-build/demo-data}
mkdir -p "$data"
log=$(mktemp)
build/bin/guild-server --demo --listen 127.0.0.1:0 --data "$data" >"$log" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -f "$log"' EXIT

# Wait for the server's first line, which carries the port (the script's own wait, not a test's).
for _ in $(seq 1 300); do
  if grep -q "^listening on" "$log"; then break; fi
  if ! kill -0 $server 2>/dev/null; then echo "guild-server exited" >&2; exit 1; fi
  sleep 0.1
done
line=$(head -n 1 "$log")
echo "$line"
url="http://${line#listening on }"

client=(build/bin/guild --server "$url" --demo-login member)
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: running the client under Xvfb (set DISPLAY to see it)."
  xvfb-run -a -s "-screen 0 1440x900x24" "${client[@]}"
else
  "${client[@]}"
fi
