#!/usr/bin/env bash
# Every C++ file as clang-format (.clang-format) writes it; prints the files that are not.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run --Werror 2>/dev/null; then
  echo "not formatted (run: git ls-files '*.cpp' '*.h' | xargs clang-format -i):" >&2
  git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run 2>&1 | grep -o '^[^:]*:' | sort -u >&2
  exit 1
fi
echo "clang-format: clean"
