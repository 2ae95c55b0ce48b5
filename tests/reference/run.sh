#!/bin/sh
# tests/reference/run.sh — the differential test in `make test` (tests/run.sh runs every
# tests/*/run.sh): every seed script on REFERENCE_UNITS random units (default 100), or
# 10 when the product runs under a RUNNER (valgrind is slow). One test per seed script;
# ends with "reference: N passed, N failed". `make differential` and `make fuzz` run the
# large count (docs/testing.md, "Differential testing").
BUILD=${BUILD:-build}
units=${REFERENCE_UNITS:-100}
[ -n "$RUNNER" ] && units=${REFERENCE_UNITS:-10}
log=$(mktemp)
BUILD="$BUILD" RUNNER="$RUNNER" SEED=${SEED:-1} sh tests/reference/differential.sh "$units" >"$log" 2>&1
rc=$?
cat "$log"
passed=$(grep -c "^criteria/.*: [0-9]* units, 0 disagreements" "$log")
failed=$(grep -c "^criteria/.*: [0-9]* units, [1-9][0-9]* disagreements" "$log")
# a run that stopped before its summary lines (a crash of the reference) fails too
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
rm -f "$log"
echo "reference: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
