#!/bin/sh
# The bundled example's results equal the totals computed by hand
# (examples/hoa-binh/xa-2023.expected.csv, worked in examples/hoa-binh/README.md).
set -e
$RUNNER "$BUILD/tieuchi" run criteria/hoa-binh/1153-2023-xa.lua examples/hoa-binh/xa-2023.csv \
  --format csv >"$TMP/xa.csv" 2>/dev/null || [ $? -eq 1 ]
diff -u examples/hoa-binh/xa-2023.expected.csv "$TMP/xa.csv"
