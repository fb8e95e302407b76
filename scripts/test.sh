#!/usr/bin/env bash
# The one command that tests Guild: installs what is missing, builds (CI preset, warnings as errors),
# runs every suite with ctest against real guild-server processes on SQLite and on a throwaway
# PostgreSQL cluster, then rebuilds everything (server, client, tests) under ASan+UBSan and runs every
# suite again, then runs every fuzz target briefly (scripts/fuzz.sh; GUILD_FUZZ_SECONDS, default 10).
# Formatting (scripts/format-check.sh) is checked first, clang-tidy (scripts/tidy.sh) after the build;
# after the suites, the deployment end to end (scripts/e2e-deploy.sh) and the packages
# (scripts/package-check.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh

jobs=$(nproc)
export QT_QPA_PLATFORM=offscreen
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-5G}

# shellcheck source=scripts/pgcluster.sh
source scripts/pgcluster.sh
trap pg_cluster_stop EXIT
pg_cluster_start

echo "== format"
./scripts/format-check.sh

echo "== build (ci preset)"
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$jobs"

echo "== clang-tidy (protocol, scoring, models, search, server domain)"
./scripts/tidy.sh

echo "== tests (ci preset)"
ctest --test-dir build --output-on-failure -j "$jobs" --timeout 600

echo "== deployment end to end: nginx (TLS, HTTP/2) in front of two guild-server processes on PostgreSQL"
./scripts/e2e-deploy.sh build

echo "== packages: build the .debs, install them, start the server as the unit would"
./scripts/package-check.sh build

echo "== everything again under AddressSanitizer + UndefinedBehaviorSanitizer"
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$jobs"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/scripts/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir build/asan --output-on-failure -j "$jobs" --timeout 900

echo "== fuzz targets (libFuzzer): regression inputs, then a short run of each"
./scripts/fuzz.sh "${GUILD_FUZZ_SECONDS:-10}"
