#!/bin/sh
# List tables given as workbooks (docs/language.md, "List tables"): the lists of
# tests/cli/fixtures/lists written as XLSX (tests/cli/tools/csv_to_xlsx.py: numbers as
# numeric cells, text inline) give the same results, findings, explanations and trace as
# the CSV lists of the lists-* cases, row for row — given with --list and found beside
# the dataset. A run that read them is stored with their SHA-256 and replays identical;
# runs diff names a cell changed in a workbook.
set -e
T="$TMP/lists-xlsx"
rm -rf "$T"
mkdir -p "$T/beside"
bin="$BUILD/tieuchi"
F=tests/cli/fixtures/lists
fails=0
for l in dan_so to_chuc; do
  python3 tests/cli/tools/csv_to_xlsx.py "$F/lists.$l.csv" "$T/$l.xlsx"
  cp "$T/$l.xlsx" "$T/beside/lists.$l.xlsx"
done
cp "$F/lists.csv" "$T/beside/lists.csv"
# same CASE ARGS…: the run's stdout, stderr and exit code are those of the CSV case CASE,
# once the workbooks' paths are written as the CSV lists'.
same() {
  case=$1; shift
  rc=0
  $RUNNER "$bin" "$@" >"$T/out" 2>"$T/err" || rc=$?
  for part in out err; do
    sed "s|$T/beside/lists|$F/lists|g; s|$T/\([a-z_]*\)\.xlsx|$F/lists.\1.csv|g; s|$F/lists\.\([a-z_]*\)\.xlsx|$F/lists.\1.csv|g" \
      "$T/$part" >"$T/$part.csv"
    if ! cmp -s "$T/$part.csv" "tests/cli/cases/$case.$part"; then
      echo "lists-xlsx: $case ($*): $part differs:"
      diff -u "tests/cli/cases/$case.$part" "$T/$part.csv" | head -n 30
      fails=$((fails + 1))
    fi
  done
  [ "$rc" = "$(cat "tests/cli/cases/$case.rc")" ] || { echo "lists-xlsx: $case: exit $rc"; fails=$((fails + 1)); }
}
given="--list dan_so=$T/dan_so.xlsx --list to_chuc=$T/to_chuc.xlsx"
same lists-run-en run "$F/lists.lua" "$F/lists.csv" $given --lang en
same lists-explain-en explain "$F/lists.lua" "$F/lists.csv" --unit X01 $given --lang en
same lists-explain-sum-en explain "$F/lists.lua" "$F/lists.csv" --unit X02 --indicator 1.3 $given --lang en
same lists-trace run "$F/lists.lua" "$F/lists.csv" --format csv -o /dev/null --trace /dev/stdout $given --lang en
# found beside the dataset: lists.dan_so.xlsx, lists.to_chuc.xlsx
same lists-run run "$F/lists.lua" "$T/beside/lists.csv"

# Stored with the workbooks' own SHA-256, and replayed from the archive alone.
S="$T/runs.db"
$RUNNER "$bin" run "$F/lists.lua" "$T/beside/lists.csv" --store "$S" >/dev/null 2>&1 || [ $? -eq 1 ]
for l in dan_so to_chuc; do
  h=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT sha256 FROM files WHERE role = ?", ("list " + sys.argv[2],)).fetchone()[0])' "$S" "$l")
  [ "$h" = "$(sha256sum <"$T/beside/lists.$l.xlsx" | cut -d' ' -f1)" ] || { echo "lists-xlsx: stored hash of $l is $h"; fails=$((fails + 1)); }
done
# One cell of the workbook changed (row 3, Lê Thị Bình has a smartphone now): runs diff
# names the sheet row, the unit, the column and both values.
sed '3s/,không,không$/,có,không/' "$F/lists.dan_so.csv" >"$T/dan_so.changed.csv"
python3 tests/cli/tools/csv_to_xlsx.py "$T/dan_so.changed.csv" "$T/beside/lists.dan_so.xlsx"
$RUNNER "$bin" run "$F/lists.lua" "$T/beside/lists.csv" --store "$S" >/dev/null 2>&1 || [ $? -eq 1 ]
$RUNNER "$bin" runs diff 1 2 --store "$S" --lang en >"$T/diff" 2>&1 || true
grep -q '^    row 3 (unit X01), column "Có điện thoại thông minh": "không" → "có"$' "$T/diff" ||
  { echo "lists-xlsx: runs diff does not name the changed cell:"; cat "$T/diff"; fails=$((fails + 1)); }
mv "$T/beside" "$T/away"
for run in 1 2; do
  $RUNNER "$bin" replay $run --store "$S" --lang en >"$T/replay" 2>&1 || { echo "lists-xlsx: the replay of $run failed:"; cat "$T/replay"; fails=$((fails + 1)); }
  grep -q "^replay of run $run: identical" "$T/replay" || { cat "$T/replay"; fails=$((fails + 1)); }
done
[ $fails -eq 0 ]
