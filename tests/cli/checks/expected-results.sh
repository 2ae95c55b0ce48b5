#!/bin/sh
# Each bundled example's results equal the totals computed by hand and by its independent
# checker (examples/<province>/<level>-<year>.expected.csv, worked in the .md beside it).
set -e
check() {
  $RUNNER "$BUILD/tieuchi" run "$1" "$2" --format csv >"$TMP/out.csv" 2>/dev/null || [ $? -eq 1 ]
  diff -u "${2%.csv}.expected.csv" "$TMP/out.csv"
}
check criteria/hoa-binh/1153-2023-xa.lua examples/hoa-binh/xa-2023.csv
check criteria/hoa-binh/1153-2023-so.lua examples/hoa-binh/so-2023.csv
check criteria/hoa-binh/1153-2023-huyen.lua examples/hoa-binh/huyen-2023.csv
