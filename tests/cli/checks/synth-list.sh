#!/bin/sh
# Issue 8 item 4: `tieuchi synth --list NAME=FILE --rows N` writes a list file for the
# script's list over the units of the dataset it writes: the same seed gives the same
# bytes (another seed other bytes), the dataset is the same with or without the list, the
# list has N rows under a header, every unit has rows, the key is unique, and `tieuchi run`
# reads it into every unit without a finding about the list's rows.
set -e
S=criteria/thanh-hoa/cam-tan-2024.lua
$RUNNER "$BUILD/tieuchi" synth $S --units 30 --seed 5 -o "$TMP/d1.csv" --list dan_so="$TMP/l1.csv" --rows 3000
$RUNNER "$BUILD/tieuchi" synth $S --units 30 --seed 5 -o "$TMP/d2.csv" --list dan_so="$TMP/l2.csv" --rows 3000
$RUNNER "$BUILD/tieuchi" synth $S --units 30 --seed 6 -o /dev/null --list dan_so="$TMP/l3.csv" --rows 3000
$RUNNER "$BUILD/tieuchi" synth $S --units 30 --seed 5 -o "$TMP/d0.csv"
cmp "$TMP/l1.csv" "$TMP/l2.csv" || { echo "the same seed gave different lists"; exit 1; }
if cmp -s "$TMP/l1.csv" "$TMP/l3.csv"; then echo "seeds 5 and 6 gave the same list"; exit 1; fi
cmp "$TMP/d0.csv" "$TMP/d1.csv" || { echo "the dataset differs when a list is written"; exit 1; }
[ "$(wc -l <"$TMP/l1.csv")" -eq 3001 ] || { echo "not 3000 rows and a header: $(wc -l <"$TMP/l1.csv")"; exit 1; }
head -n 1 "$TMP/l1.csv" | grep -q '^unit,TT,Họ và tên,' || { echo "unexpected header: $(head -n 1 "$TMP/l1.csv")"; exit 1; }
units=$(tail -n +2 "$TMP/l1.csv" | cut -d, -f1 | sort -u | wc -l)
[ "$units" -eq 30 ] || { echo "rows for $units units, not 30"; exit 1; }
dups=$(tail -n +2 "$TMP/l1.csv" | cut -d, -f2 | sort | uniq -d | wc -l)
[ "$dups" -eq 0 ] || { echo "$dups keys repeated"; exit 1; }
rc=0
$RUNNER "$BUILD/tieuchi" run $S "$TMP/d1.csv" --list dan_so="$TMP/l1.csv" --format csv --lang en \
  -o "$TMP/r.csv" 2>"$TMP/r.err" || rc=$?
[ $rc -le 1 ] || { cat "$TMP/r.err"; echo "run exited with $rc"; exit 1; }
if grep -E 'list dan_so(:|,| has)' "$TMP/r.err" | head -n 3 | grep .; then
  echo "the list's rows gave findings"; exit 1
fi
given=$(grep -c 'list dan_so gives' "$TMP/r.err" || true)
[ "$given" -gt 100 ] || { echo "only $given dataset figures replaced by the list's"; exit 1; }
$RUNNER "$BUILD/tieuchi" explain $S "$TMP/d1.csv" --list dan_so="$TMP/l1.csv" --unit X00030 \
  --indicator 3.4 --lang en >"$TMP/x.txt" 2>&1 || true
grep -q 'from list dan_so' "$TMP/x.txt" || { cat "$TMP/x.txt"; echo "explain does not show the list"; exit 1; }
echo "synth --list: deterministic, the dataset unchanged, 3000 rows over 30 units, read into every unit"
