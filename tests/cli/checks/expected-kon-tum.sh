#!/bin/sh
# Kon Tum 121/QĐ-UBND: the results tieuchi prints for the bundled examples equal the expected
# CSVs (examples/kon-tum/*.expected.csv, worked in the .md files beside them), and so do the
# independent checkers (written from the decision's text in Python with exact fractions; the
# district checker computes the communes' levels itself).
set -e
run() { # SCRIPT DATA [ARGS...] -> $TMP/out.csv (exit 1 = data problems reported: fine)
  script=$1; data=$2; shift 2
  $RUNNER "$BUILD/tieuchi" run "$script" "$data" "$@" --format csv >"$TMP/out.csv" 2>/dev/null || [ $? -eq 1 ]
}
d=examples/kon-tum
run criteria/kon-tum/121-2025-xa.lua $d/xa-2025.csv
diff -u $d/xa-2025.expected.csv "$TMP/out.csv"
run criteria/kon-tum/121-2025-huyen.lua $d/huyen-2025.csv --children $d/xa-2025.csv
diff -u $d/huyen-2025.expected.csv "$TMP/out.csv"
# one file holding both levels (a `level` column): the same district results
run criteria/kon-tum/121-2025-huyen.lua $d/all-2025.csv
diff -u $d/huyen-2025.expected.csv "$TMP/out.csv"
# the independent checkers
python3 $d/check_expected_xa.py >"$TMP/ref.csv" 2>/dev/null
diff -u $d/xa-2025.expected.csv "$TMP/ref.csv"
python3 $d/check_expected_huyen.py >"$TMP/ref.csv" 2>/dev/null
diff -u $d/huyen-2025.expected.csv "$TMP/ref.csv"
python3 $d/check_expected_huyen.py --all $d/all-2025.csv >"$TMP/ref.csv" 2>/dev/null
diff -u $d/huyen-2025.expected.csv "$TMP/ref.csv"
# every criterion's outcome at every level (JSON `criteria.<code>.met`) equals the checkers'
met() { python3 -c '
import json, sys
for u in json.load(sys.stdin)["units"]:
    for code, c in u["criteria"].items():
        for k, m in c["met"].items():
            print("%s,%s,%s,%s" % (u["unit"], code, k, {True: "yes", False: "no", None: "unknown"}[m]))' | sort; }
$RUNNER "$BUILD/tieuchi" run criteria/kon-tum/121-2025-xa.lua $d/xa-2025.csv --format json 2>/dev/null | met >"$TMP/met.csv"
python3 $d/check_expected_xa.py --met 2>/dev/null | sort | diff -u - "$TMP/met.csv"
$RUNNER "$BUILD/tieuchi" run criteria/kon-tum/121-2025-huyen.lua $d/huyen-2025.csv --children $d/xa-2025.csv --format json 2>/dev/null | met >"$TMP/met.csv"
python3 $d/check_expected_huyen.py --met 2>/dev/null | sort | diff -u - "$TMP/met.csv"
