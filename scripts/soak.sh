#!/usr/bin/env bash
# The long runs of the fault and fuzz loops that ./scripts/test.sh runs briefly: the server killed 100
# times under load on SQLite and on PostgreSQL, the client killed 100 times mid-write, a server restart
# under 1,000 chat clients, and every fuzz target for SOAK_FUZZ_SECONDS (default 300) each. Prints the
# figures each loop reports.
#
#   ./scripts/soak.sh
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
export QT_QPA_PLATFORM=offscreen
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
# shellcheck source=scripts/pgcluster.sh
source scripts/pgcluster.sh
trap pg_cluster_stop EXIT
pg_cluster_start

cmake --preset ci >/dev/null
cmake --build --preset ci -j "$(nproc)"

export GUILD_FAULT_KILLS=${GUILD_FAULT_KILLS:-100}
export GUILD_FAULT_CLIENTS=${GUILD_FAULT_CLIENTS:-1000}
echo "== fault loops: $GUILD_FAULT_KILLS kills, $GUILD_FAULT_CLIENTS chat clients"
mkdir -p build/soak
status=0
ctest --test-dir build -R 'faults' --timeout 3600 -V >build/soak/faults.log 2>&1 || status=$?
grep -E 'QINFO|FAIL!|tests passed|tests failed' build/soak/faults.log | grep -v 'applied cache migration' || true
if [ "$status" -ne 0 ]; then
  echo "a fault loop failed: build/soak/faults.log"
  exit "$status"
fi

echo "== fuzz targets, ${SOAK_FUZZ_SECONDS:-300} s each"
./scripts/fuzz.sh "${SOAK_FUZZ_SECONDS:-300}"
