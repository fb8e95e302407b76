#!/usr/bin/env bash
# Builds the libFuzzer targets (the fuzz preset: clang with AddressSanitizer and UndefinedBehaviorSanitizer)
# and runs each one: first every input kept in fuzz/regressions/<target>/ (each must pass), then SECONDS
# (default 60) of fuzzing from the seed corpus in fuzz/corpus/<target>/. Inputs the fuzzer finds
# interesting go to build/fuzz/corpus/ (the committed seeds are never changed); a crash or a broken
# invariant stops it with the input in build/fuzz/findings/<target>/ — fix it, then add that input to
# fuzz/regressions/<target>/. Prints the executions of each target.
#
#   ./scripts/fuzz.sh [seconds] [target…]
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
./scripts/install-deps.sh >/dev/null

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)"

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for bin in build/fuzz/fuzz/bin/fuzz_*; do targets+=("$(basename "$bin")"); done
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/scripts/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen

summary=build/fuzz/summary.txt
: >"$summary"
status=0
for name in "${targets[@]}"; do
  bin=build/fuzz/fuzz/bin/$name
  work=build/fuzz/corpus/$name
  findings=build/fuzz/findings/$name
  mkdir -p "$work" "$findings"
  shopt -s nullglob
  regressions=(fuzz/regressions/"$name"/*)
  shopt -u nullglob
  if [ ${#regressions[@]} -gt 0 ]; then
    if ! "$bin" "${regressions[@]}" >"build/fuzz/$name.regressions.log" 2>&1; then
      echo "$name: a regression input fails again (build/fuzz/$name.regressions.log)" | tee -a "$summary"
      status=1
      continue
    fi
  fi
  if "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$findings/" "$work" "fuzz/corpus/$name" >"build/fuzz/$name.log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "build/fuzz/$name.log" | grep -o '[0-9]*$' || echo '?')
    echo "$name: $runs executions in ${seconds} s, ${#regressions[@]} regression inputs, no findings" | tee -a "$summary"
  else
    echo "$name: FINDING — see build/fuzz/$name.log and $findings/" | tee -a "$summary"
    grep -E 'ERROR|fuzz invariant|SUMMARY' "build/fuzz/$name.log" | head -5 || true
    status=1
  fi
done
exit $status
