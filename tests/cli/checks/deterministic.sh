#!/bin/sh
# The same script and data give byte-identical outputs, run after run: results in every
# format, the trace, the findings, the report, a form, and workbooks (with
# SOURCE_DATE_EPOCH, their only timestamp). Each seed script with its example, with Lua's
# string hashes seeded differently in each run (a new Lua state each time), so that any
# table order reaching an output shows up. docs/testing.md, "Determinism".
set -e
export SOURCE_DATE_EPOCH=1700000000
T="$TMP/deterministic"
mkdir -p "$T"
outputs() {  # outputs RUN SCRIPT DATA [OPTIONS…]: every output of one run into $T/RUN.*
  n=$1 x=$2 d=$3; shift 3
  for f in table csv json; do
    $RUNNER "$BUILD/tieuchi" run "$x" "$d" "$@" --format $f --trace "$T/$n.trace.$f" \
      >"$T/$n.$f" 2>"$T/$n.err.$f" || [ $? -eq 1 ]
  done
  $RUNNER "$BUILD/tieuchi" run "$x" "$d" "$@" --format xlsx -o "$T/$n.xlsx" 2>/dev/null || [ $? -eq 1 ]
  $RUNNER "$BUILD/tieuchi" report "$x" "$d" "$@" -o "$T/$n.html" 2>/dev/null || [ $? -eq 1 ]
}
while read -r script data opts; do
  for i in 1 2; do outputs "r$i" "criteria/$script" "examples/$data" $opts; done
  for f in "$T"/r1.*; do
    cmp "$f" "$T/r2.${f#"$T"/r1.}" || { echo "$script: ${f#"$T"/r1.} differs between two runs"; exit 1; }
  done
done <<'LIST'
hoa-binh/1153-2023-xa.lua hoa-binh/xa-2023.csv
hoa-binh/1153-2023-so.lua hoa-binh/so-2023.csv
hoa-binh/1153-2023-huyen.lua hoa-binh/huyen-2023.csv
thanh-hoa/1829-2023-xa.lua thanh-hoa/xa-periods.csv
thanh-hoa/cam-tan-2024.lua thanh-hoa/cam-tan-2024.csv
kon-tum/121-2025-xa.lua kon-tum/xa-2025.csv
kon-tum/121-2025-huyen.lua kon-tum/huyen-2025.csv --children examples/kon-tum/xa-2025.csv
yen-bai/240-2024-so.lua yen-bai/so-2024.csv
yen-bai/240-2024-xa.lua yen-bai/xa-2024.csv
yen-bai/240-2024-huyen.lua yen-bai/huyen-2024.csv --children examples/yen-bai/xa-2024.csv
LIST
