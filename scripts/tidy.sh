#!/usr/bin/env bash
# clang-tidy (checks in .clang-tidy) over the layers of pure logic: protocol/, scoring/, models/, search/ and
# server/domain/. They hold the rules; widgets and glue are left to the compiler's warnings, because
# tidying all of Guild takes a quarter of an hour on two cores. Needs a configured build (compile
# commands) in BUILD_DIR, default build/.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
run-clang-tidy -p "$build" -j "$(nproc)" -quiet 'protocol/|scoring/|models/|search/|server/domain/' \
  >"$build/clang-tidy.log" 2>&1 || { grep -E "(warning|error):" "$build/clang-tidy.log" | sort -u; exit 1; }
echo "clang-tidy: clean"
