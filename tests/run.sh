#!/bin/sh
# tests/run.sh — run every unit-test binary (cmocka) and every suite tests/*/run.sh (the CLI
# goldens, …), then print one summary line: "N passed, N failed". Exits non-zero when
# anything failed or when no test ran.
#   usage: BUILD=build RUNNER="valgrind …" sh tests/run.sh build/tests/test_*
BUILD=${BUILD:-build}
# The default language comes from the environment: fix it, so that the goldens do not
# depend on the machine (C → Vietnamese, the tool's own language).
unset LANGUAGE LC_ALL LC_MESSAGES
export LANG=C.UTF-8
passed=0
failed=0
log=$(mktemp)
for t in "$@"; do
  $RUNNER "$t" >"$log" 2>&1
  rc=$?
  cat "$log"
  # cmocka prints "[  PASSED  ] N test(s)." and "[  FAILED  ] N test(s), listed below:"
  p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$log" | tail -n 1)
  f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$log" | tail -n 1)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  if [ "$rc" -ne 0 ] && [ -z "$f" ]; then
    echo "$t: exited with $rc"
    failed=$((failed + 1))
  fi
done
# Every suite tests/SUITE/run.sh ends with "SUITE: N passed, N failed".
for suite in tests/*/run.sh; do
  name=$(basename "$(dirname "$suite")")
  BUILD="$BUILD" RUNNER="$RUNNER" sh "$suite" >"$log" 2>&1
  rc=$?
  cat "$log"
  p=$(sed -n "s/^$name: \([0-9]*\) passed, \([0-9]*\) failed\$/\1/p" "$log")
  f=$(sed -n "s/^$name: \([0-9]*\) passed, \([0-9]*\) failed\$/\2/p" "$log")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  if [ "$rc" -ne 0 ] && [ -z "$f" ]; then
    echo "$suite: exited with $rc"
    failed=$((failed + 1))
  fi
done
rm -f "$log"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
