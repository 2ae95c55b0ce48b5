#!/bin/sh
# Yên Bái 240/QĐ-UBND (Hướng dẫn 02/HD-UBND, Biểu 04), departments: tieuchi's results equal
# the expected CSV (worked by hand in examples/yen-bai/so-2024.md), and so does the
# independent reference implementation written from the seed's table (Python, exact
# fractions, examples/yen-bai/check_expected_so.py).
set -e
script=criteria/yen-bai/240-2024-so.lua
data=examples/yen-bai/so-2024.csv
expected=examples/yen-bai/so-2024.expected.csv
# exit code 1: the example has two blank cells on purpose (data problems, results written)
$RUNNER "$BUILD/tieuchi" run "$script" "$data" --format csv >"$TMP/out.csv" 2>/dev/null || [ $? -eq 1 ]
diff -u "$expected" "$TMP/out.csv"
python3 examples/yen-bai/check_expected_so.py "$data" >"$TMP/ref.csv" 2>/dev/null
diff -u "$expected" "$TMP/ref.csv"
