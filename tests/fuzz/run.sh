#!/bin/sh
# tests/fuzz/run.sh — make test's smoke check of the fuzz harnesses (tests/fuzz/*.c):
# when clang is installed, build them (make fuzz-build, into build-fuzz/) and run each
# over its committed corpus and regressions once, without mutation (-runs=0); one test
# per harness. Without clang it only says so: `make fuzz` installs it. RUNNER is
# ignored: the harnesses carry their own sanitizers, which valgrind cannot run.
FUZZ_BUILD=build-fuzz
if ! command -v clang >/dev/null 2>&1; then
  echo "fuzz: clang is not installed: the harnesses are not checked (make fuzz installs it)"
  echo "fuzz: 0 passed, 0 failed"
  exit 0
fi
# A clean make: not the variables of the make that runs the tests (BUILD, OPT, …).
if ! MAKEFLAGS= MAKELEVEL= make --no-print-directory -s -j2 fuzz-build >/dev/null; then
  echo "fuzz: building the harnesses failed"
  echo "fuzz: 0 passed, 1 failed"
  exit 1
fi
passed=0
failed=0
for src in tests/fuzz/fuzz_*.c; do
  h=$(basename "$src" .c)
  h=${h#fuzz_}
  scratch=$(mktemp -d)
  dirs="tests/fuzz/corpus/$h"
  [ -d "tests/fuzz/regressions/$h" ] && dirs="$dirs tests/fuzz/regressions/$h"
  # shellcheck disable=SC2086
  if "$FUZZ_BUILD/fuzz_$h" -runs=0 -timeout=25 -rss_limit_mb=2048 \
       -artifact_prefix="$scratch/" "$scratch" $dirs >"$scratch/log" 2>&1; then
    passed=$((passed + 1))
    echo "fuzz: $h ok ($(grep '^Done ' "$scratch/log"))"
  else
    failed=$((failed + 1))
    echo "fuzz: $h FAILED:"
    tail -n 30 "$scratch/log"
  fi
  rm -rf "$scratch"
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
