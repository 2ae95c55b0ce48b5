#!/bin/sh
# Kon Tum 121/QĐ-UBND, district criterion I.1 is computed from the district's communes.
# Huyện Đăk Hà (H02) has three communes in examples/kon-tum/xa-2025.csv: X05 (level 4),
# X06 (level 3) and X07 Xã Đăk Ui (level 1, the only one below level 2). Seed lines 522-526:
#   level 3 "100% xã ... từ mức kết nối trở lên, trong đó tối thiểu 50% đạt mức cơ bản"
#   level 4 "100% xã ... từ mức cơ bản trở lên, trong đó tối thiểu 50% đạt mức nâng cao"
#   level 5 "100% xã ... từ mức nâng cao trở lên, trong đó tối thiểu 50% đạt mức toàn diện"
# With X07, I.1 fails level 3 (X07 is below Kết nối): I.1 is met at levels 1-2 only and H02
# (which meets every other criterion up to level 4) is at level 2: L3 26/27.
# Without X07 (communes at 4 and 3): level 3 met (100 % >= 2, 100 % >= 3), level 4 met (100 %
# >= 3, 1/2 = 50 % >= 4: exactly the threshold), level 5 not (X06 is below Nâng cao): H02
# reaches level 4 (L3 27/27, L4 33/33; L5 31/33, I.1 and II.13 not met).
# The other districts do not change.
set -e
d=examples/kon-tum
s=criteria/kon-tum/121-2025-huyen.lua
grep -v '^X07,' $d/xa-2025.csv >"$TMP/xa-no-x07.csv"
[ "$(wc -l <"$TMP/xa-no-x07.csv")" -eq "$(($(wc -l <$d/xa-2025.csv) - 1))" ]

$RUNNER "$BUILD/tieuchi" run $s $d/huyen-2025.csv --children $d/xa-2025.csv --format csv \
  >"$TMP/before.csv" 2>/dev/null || [ $? -eq 1 ]
$RUNNER "$BUILD/tieuchi" run $s $d/huyen-2025.csv --children "$TMP/xa-no-x07.csv" --format csv \
  >"$TMP/after.csv" 2>/dev/null || [ $? -eq 1 ]
grep -qx 'H02,Huyện Đăk Hà,17/17,19/19,26/27,32/33,31/33,2,Kết nối,2,yes,ok' "$TMP/before.csv"
grep -qx 'H02,Huyện Đăk Hà,17/17,19/19,27/27,33/33,31/33,4,Nâng cao,2,yes,ok' "$TMP/after.csv"
# only H02's row changes
grep -v '^H02,' "$TMP/before.csv" >"$TMP/b"; grep -v '^H02,' "$TMP/after.csv" >"$TMP/a"
diff -u "$TMP/b" "$TMP/a"
# the independent checker agrees on both files
python3 $d/check_expected_huyen.py $d/huyen-2025.csv "$TMP/xa-no-x07.csv" 2>/dev/null | diff -u - "$TMP/after.csv"
python3 $d/check_expected_huyen.py $d/huyen-2025.csv $d/xa-2025.csv 2>/dev/null | diff -u - "$TMP/before.csv"
# I.1 itself, level by level (JSON `criteria."I.1".met`): before 1-2 met, 3-5 not; after 1-4
# met, 5 not. Its value (communes at level >= 1 / communes) is 100 % both times.
i1() { python3 -c '
import json, sys
u = [u for u in json.load(sys.stdin)["units"] if u["unit"] == "H02"][0]
c = u["criteria"]["I.1"]
print(c["value"], " ".join("%s:%s" % (k, c["met"][k]) for k in sorted(c["met"])), u["level"])'; }
$RUNNER "$BUILD/tieuchi" run $s $d/huyen-2025.csv --children $d/xa-2025.csv --format json 2>/dev/null | i1 >"$TMP/i1"
[ "$(cat "$TMP/i1")" = "1 1:True 2:True 3:False 4:False 5:False 2" ]
$RUNNER "$BUILD/tieuchi" run $s $d/huyen-2025.csv --children "$TMP/xa-no-x07.csv" --format json 2>/dev/null | i1 >"$TMP/i1"
[ "$(cat "$TMP/i1")" = "1 1:True 2:True 3:True 4:True 5:False 4" ]
# The other way round: Thành phố Kon Tum (H01) has X01 (5), X02 (3), X03 (2), X04 (2): I.1
# level 3 is met with exactly 2/4 = 50 % of its communes at level >= 3. Without X02 the share
# is 1/3 < 50 %: I.1 level 3 fails and H01 drops from level 3 to level 2 (L3 26/27).
grep -v '^X02,' $d/xa-2025.csv >"$TMP/xa-no-x02.csv"
$RUNNER "$BUILD/tieuchi" run $s $d/huyen-2025.csv --children "$TMP/xa-no-x02.csv" --format csv \
  >"$TMP/after2.csv" 2>/dev/null || [ $? -eq 1 ]
grep -qx 'H01,Thành phố Kon Tum,17/17,19/19,27/27,32/33,32/33,3,Cơ bản,4,no,ok' "$TMP/before.csv"
grep -qx 'H01,Thành phố Kon Tum,17/17,19/19,26/27,32/33,32/33,2,Kết nối,4,no,ok' "$TMP/after2.csv"
grep -v '^H01,' "$TMP/before.csv" >"$TMP/b"; grep -v '^H01,' "$TMP/after2.csv" >"$TMP/a"
diff -u "$TMP/b" "$TMP/a"
