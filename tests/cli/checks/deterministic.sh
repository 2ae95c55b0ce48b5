#!/bin/sh
# The same script and data give byte-identical results and traces.
set -e
X=criteria/hoa-binh/1153-2023-xa.lua
D=examples/hoa-binh/xa-2023.csv
for i in 1 2; do
  $RUNNER "$BUILD/tieuchi" run $X $D --format json --trace "$TMP/t$i.json" >"$TMP/r$i.json" 2>"$TMP/e$i.txt" || [ $? -eq 1 ]
done
cmp "$TMP/t1.json" "$TMP/t2.json"
cmp "$TMP/r1.json" "$TMP/r2.json"
cmp "$TMP/e1.txt" "$TMP/e2.txt"
