#!/bin/sh
# Yên Bái 240/QĐ-UBND (as 02/HD-UBND gives it), communes and districts: tieuchi's results
# equal the expected CSVs (worked in examples/yen-bai/{xa,huyen}-2024.md), and so do the
# independent reference checkers (Python, exact fractions, written from the seed's table).
set -e
run() {
  $RUNNER "$BUILD/tieuchi" run "$@" --format csv >"$TMP/out.csv" 2>/dev/null || [ $? -eq 1 ]
}
run criteria/yen-bai/240-2024-xa.lua examples/yen-bai/xa-2024.csv
diff -u examples/yen-bai/xa-2024.expected.csv "$TMP/out.csv"
run criteria/yen-bai/240-2024-huyen.lua examples/yen-bai/huyen-2024.csv --children examples/yen-bai/xa-2024.csv
diff -u examples/yen-bai/huyen-2024.expected.csv "$TMP/out.csv"
python3 examples/yen-bai/check_expected_xa.py >"$TMP/ref.csv"
diff -u examples/yen-bai/xa-2024.expected.csv "$TMP/ref.csv"
python3 examples/yen-bai/check_expected_huyen.py >"$TMP/ref.csv"
diff -u examples/yen-bai/huyen-2024.expected.csv "$TMP/ref.csv"
