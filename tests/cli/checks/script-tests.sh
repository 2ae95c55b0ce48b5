#!/bin/sh
# Every seed script has its test cases (criteria/x/y.test.lua, docs/language.md "Test cases")
# and a golden test that runs them (tests/cli/cases/test-x-y.cmd), so that `make test` runs
# the test cases of every seed script.
set -e
for s in criteria/*/*.lua; do
  case "$s" in *.test.lua) continue ;; esac
  t="${s%.lua}.test.lua"
  [ -f "$t" ] || { echo "$s has no test cases ($t)"; exit 1; }
  p=$(basename "$(dirname "$s")"); n=$(basename "$s" .lua)
  grep -qx "test $s" "tests/cli/cases/test-$p-$n.cmd" 2>/dev/null \
    || { echo "no golden test runs the cases of $s (tests/cli/cases/test-$p-$n.cmd)"; exit 1; }
  grep -q "^0$" "tests/cli/cases/test-$p-$n.rc" || { echo "the cases of $s do not all pass"; exit 1; }
done
