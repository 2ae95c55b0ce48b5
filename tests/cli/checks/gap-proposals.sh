#!/bin/sh
# tieuchi gap's proposals, checked from the outside with tieuchi run only
# (tests/cli/tools/gap_verify.py): for each unit, the proposed changes written into the
# dataset meet the goal, and leaving out any one of them makes it fail. A unit said to
# meet the goal already meets it in run's results.
# Kon Tum (levels), Yên Bái (recognitions), Thanh Hóa (recognition in a period, with the
# rule's own input), Hòa Bình (a total). Under valgrind ($RUNNER) one goal only: every
# probe is a full run.
set -e
v="python3 tests/cli/tools/gap_verify.py $BUILD/tieuchi"
$v criteria/yen-bai/240-2024-xa.lua examples/yen-bai/xa-2024.csv dat_cds dat_cds yes
[ -n "$RUNNER" ] && exit 0
$v criteria/kon-tum/121-2025-xa.lua examples/kon-tum/xa-2025.csv 5 level 5 --at-least --units X03,X06,X09,X17
$v criteria/kon-tum/121-2025-xa.lua examples/kon-tum/xa-2025.csv 3 level 3 --at-least --units X11
$v criteria/yen-bai/240-2024-xa.lua examples/yen-bai/xa-2024.csv dat_nang_cao dat_nang_cao yes --units X05,X06,X08,X10
$v criteria/thanh-hoa/1829-2023-xa.lua examples/thanh-hoa/xa-2024.csv hoan_thanh hoan_thanh yes --period 2024
$v criteria/hoa-binh/1153-2023-xa.lua examples/hoa-binh/xa-2023.csv "score>=900" total 900 --at-least --units X01,X04,X06
