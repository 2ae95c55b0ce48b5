#!/bin/sh
# Thanh Hóa examples: tieuchi's results equal the expected results worked by hand
# (examples/thanh-hoa/*.md), and the independent checkers (written from the decisions'
# text, Python with exact fractions) compute the same expected results.
set -e
run() {  # SCRIPT DATA [OPTIONS...]: tieuchi's CSV against DATA's .expected.csv
  script=$1; data=$2; shift 2
  $RUNNER "$BUILD/tieuchi" run "$script" "$data" --format csv "$@" >"$TMP/out.csv" 2>/dev/null || [ $? -eq 1 ]
  diff -u "${data%.csv}.expected.csv" "$TMP/out.csv"
}
ref() {  # EXPECTED CHECKER [ARGS...]: the checker's output against EXPECTED
  expected=$1; shift
  python3 "$@" >"$TMP/ref.csv"
  diff -u "$expected" "$TMP/ref.csv"
}
d=examples/thanh-hoa
run criteria/thanh-hoa/1829-2023-xa.lua $d/xa-2024.csv --period 2024
run criteria/thanh-hoa/1829-2023-xa.lua $d/xa-periods.csv
run criteria/thanh-hoa/cam-tan-2024.lua $d/cam-tan-2024.csv
ref $d/xa-2024.expected.csv $d/check_expected_xa.py $d/xa-2024.csv --period 2024
ref $d/xa-periods.expected.csv $d/check_expected_xa.py $d/xa-periods.csv
ref $d/cam-tan-2024.expected.csv $d/check_expected_cam_tan.py $d/cam-tan-2024.csv
