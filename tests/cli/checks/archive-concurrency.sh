#!/bin/sh
# The run archive under concurrency and crashes (docs/testing.md, "The run archive"):
# 8 runs writing one new archive at once all get stored, and the archive passes SQLite's
# integrity check; a run killed (kill -9) inside its transaction — the test hook
# TIEUCHI_TEST_STORE_SLEEP holds it there — leaves the archive as it was, readable, and
# the next run is stored after it.
set -e
export SOURCE_DATE_EPOCH=1767225600
T="$TMP/archive-concurrency"
rm -rf "$T"
mkdir -p "$T"
S="$T/runs.db"
bin="$BUILD/tieuchi"
sql() { python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); [print(*r, sep="|") for r in c.execute(sys.argv[2])]' "$@"; }
run() { $RUNNER "$bin" run criteria/hoa-binh/1153-2023-xa.lua examples/hoa-binh/xa-2023.csv --store "$S" --lang en "$@"; }

pids=""
for i in 1 2 3 4 5 6 7 8; do
  (rc=0; run >/dev/null 2>"$T/err.$i" || rc=$?; echo $rc >"$T/rc.$i") &
  pids="$pids $!"
done
for p in $pids; do wait "$p"; done
for i in 1 2 3 4 5 6 7 8; do
  [ "$(cat "$T/rc.$i")" = 1 ] || { echo "parallel run $i: exit $(cat "$T/rc.$i")"; cat "$T/err.$i"; exit 1; }
  grep -q "^tieuchi: run [1-8] stored in" "$T/err.$i" || { echo "parallel run $i not stored"; cat "$T/err.$i"; exit 1; }
done
[ "$(sql "$S" "PRAGMA integrity_check")" = ok ] || { echo "integrity check failed"; exit 1; }
[ "$(sql "$S" "PRAGMA journal_mode")" = wal ] || { echo "the archive is not in WAL mode"; exit 1; }
[ "$(sql "$S" "SELECT count(*) FROM runs")" = 8 ] || { echo "not 8 runs"; exit 1; }
[ "$(sql "$S" "SELECT count(DISTINCT id) FROM runs WHERE id BETWEEN 1 AND 8")" = 8 ] || { echo "ids"; exit 1; }
# Every run complete: its files, its inputs and results, the same as the others'.
[ "$(sql "$S" "SELECT count(DISTINCT n) FROM (SELECT count(*) AS n FROM outcomes GROUP BY run)")" = 1 ] || { echo "runs differ in size"; exit 1; }
[ "$(sql "$S" "SELECT count(*) FROM blobs")" = 2 ] || { echo "the files are not kept once"; exit 1; }
$RUNNER "$bin" runs diff 1 8 --store "$S" >/dev/null || { echo "runs 1 and 8 differ"; exit 1; }
$RUNNER "$bin" replay 5 --store "$S" >/dev/null || { echo "run 5 does not replay"; exit 1; }

# Killed inside the transaction.
before=$(sql "$S" "SELECT count(*) FROM runs")
# exec: $! is then the process that writes (a shell function would leave it running).
(export TIEUCHI_TEST_STORE_SLEEP=60; exec $RUNNER "$bin" run criteria/hoa-binh/1153-2023-xa.lua \
  examples/hoa-binh/xa-2023.csv --store "$S" --lang en >/dev/null 2>"$T/killed.err") &
pid=$!
i=0
until grep -q "test hook: waiting" "$T/killed.err" 2>/dev/null; do
  i=$((i + 1)); [ $i -lt 600 ] || { echo "the test hook was not reached"; kill -9 $pid; exit 1; }
  sleep 0.1
done
kill -9 $pid
wait $pid 2>/dev/null || true
[ "$(sql "$S" "PRAGMA integrity_check")" = ok ] || { echo "integrity check failed after the kill"; exit 1; }
[ "$(sql "$S" "SELECT count(*) FROM runs")" = "$before" ] || { echo "the killed run left rows"; exit 1; }
[ "$(sql "$S" "SELECT count(*) FROM outcomes WHERE run > $before")" = 0 ] || { echo "the killed run left results"; exit 1; }
$RUNNER "$bin" runs list --store "$S" >/dev/null || { echo "runs list fails after the kill"; exit 1; }
run >/dev/null 2>"$T/after.err" || [ $? -eq 1 ]
grep -q "^tieuchi: run $((before + 1)) stored in" "$T/after.err" || { echo "no run stored after the kill"; cat "$T/after.err"; exit 1; }
[ "$(sql "$S" "PRAGMA integrity_check")" = ok ] || { echo "integrity check failed"; exit 1; }
$RUNNER "$bin" replay $((before + 1)) --store "$S" >/dev/null || { echo "the run after the kill does not replay"; exit 1; }
echo "8 parallel writers, a killed run: the archive is consistent"
