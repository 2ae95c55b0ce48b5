#!/bin/sh
# Progress goes to stderr only when it is a terminal (never into a file or a pipe),
# unless TIEUCHI_PROGRESS=always; it counts the formulas evaluated up to all of them.
set -e
X=criteria/hoa-binh/1153-2023-xa.lua D=examples/hoa-binh/xa-2023.csv
$RUNNER "$BUILD/tieuchi" run $X $D >/dev/null 2>"$TMP/quiet.err" || [ $? -eq 1 ]
if grep -q "^Đang đánh giá" "$TMP/quiet.err"; then echo "progress written to a file"; exit 1; fi
TIEUCHI_PROGRESS=always $RUNNER "$BUILD/tieuchi" run $X $D >/dev/null 2>"$TMP/loud.err" || [ $? -eq 1 ]
grep -q "^Đang đánh giá $D: 1/48 công thức (2 %)$" "$TMP/loud.err"
grep -q "^Đang đánh giá $D: 48/48 công thức (100 %)$" "$TMP/loud.err"
TIEUCHI_PROGRESS=always $RUNNER "$BUILD/tieuchi" run $X $D --lang en >/dev/null 2>"$TMP/en.err" || [ $? -eq 1 ]
grep -q "^Evaluating $D: 48/48 formulas (100 %)$" "$TMP/en.err"
# The findings are the same with and without progress.
grep -v "^Đang đánh giá" "$TMP/loud.err" | cmp - "$TMP/quiet.err"
