#!/bin/sh
# Yên Bái district criterion I.1 is computed from the district's communes (children): with all
# four communes of Huyện Trấn Yên (H02), 2 are recognised "Đạt chuyển đổi số" (X04, X05), 2/4 =
# 50 % >= 50 %: I.1 is met for "cds" and H02 is recognised. Without X04, 1/3 = 33.33 % < 50 %:
# I.1 is not met and H02 is no longer recognised (it fails "cds" by exactly that one mandatory
# criterion). The other districts do not change.
set -e
script=criteria/yen-bai/240-2024-huyen.lua
data=examples/yen-bai/huyen-2024.csv
grep -v '^X04,' examples/yen-bai/xa-2024.csv >"$TMP/xa-without-x04.csv"
[ "$(wc -l <"$TMP/xa-without-x04.csv")" -eq "$(($(wc -l <examples/yen-bai/xa-2024.csv) - 1))" ]

$RUNNER "$BUILD/tieuchi" run $script $data --children examples/yen-bai/xa-2024.csv --format csv \
  >"$TMP/before.csv" 2>/dev/null || [ $? -eq 1 ]
$RUNNER "$BUILD/tieuchi" run $script $data --children "$TMP/xa-without-x04.csv" --format csv \
  >"$TMP/after.csv" 2>/dev/null || [ $? -eq 1 ]
grep -qx 'H02,Huyện Trấn Yên,26/26,14/14,37/38,3/8,yes,no,ok' "$TMP/before.csv"
grep -qx 'H02,Huyện Trấn Yên,25/26,14/14,37/38,3/8,no,no,ok' "$TMP/after.csv"
# only H02's line changes
diff "$TMP/before.csv" "$TMP/after.csv" | grep '^[<>]' | grep -v '^[<>] H02,' && exit 1

# the derivation of I.1 says why: 0.5 met before, 1/3 not met after
$RUNNER "$BUILD/tieuchi" explain $script $data --children examples/yen-bai/xa-2024.csv \
  --unit H02 --indicator I.1 >"$TMP/before.txt" 2>/dev/null || [ $? -eq 1 ]
$RUNNER "$BUILD/tieuchi" explain $script $data --children "$TMP/xa-without-x04.csv" \
  --unit H02 --indicator I.1 >"$TMP/after.txt" 2>/dev/null || [ $? -eq 1 ]
grep -q 'Đơn vị trực thuộc (4,' "$TMP/before.txt"
grep -q 'Chuyển đổi số (bắt buộc): ">= 50%" → Đạt' "$TMP/before.txt"
grep -q 'Đơn vị trực thuộc (3,' "$TMP/after.txt"
grep -q 'Chuyển đổi số (bắt buộc): ">= 50%" → Không đạt' "$TMP/after.txt"
if grep -q X04 "$TMP/after.txt"; then exit 1; fi
