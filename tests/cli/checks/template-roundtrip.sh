#!/bin/sh
# Issue 4, acceptance: for every seed script, the form `tieuchi template` writes, filled
# with the example's values (fill_form.py, matching columns by name) and run as it is,
# gives the same results, exit code and findings as the example dataset — as CSV and as XLSX (filled by writing
# the sheet's XML as Excel does). A decision that counts its children gets one form for
# both levels (level and parent columns), filled with the district and commune examples.
set -e
FILL="python3 tests/cli/checks/fill_form.py"
export SOURCE_DATE_EPOCH=0
n=0

# results SCRIPT DATA [RUN OPTIONS...] -> stdout: the results as CSV, the exit code, then
# the findings without their file:row:column (the form's rows and columns are not the
# example's), sorted (findings come column by column)
results() {
  script=$1; data=$2; shift 2
  rc=0
  $RUNNER "$BUILD/tieuchi" run "$script" "$data" "$@" --format csv 2>"$TMP/rt.err" || rc=$?
  [ $rc -le 1 ] || { cat "$TMP/rt.err" >&2; echo "run $script $data: exit $rc" >&2; return 1; }
  echo "exit $rc"
  sed -E 's/^[^ ]+:([0-9]+:)?([0-9]+:)? //' "$TMP/rt.err" | LC_ALL=C sort
}

# case NAME SCRIPT "TEMPLATE OPTIONS" "EXAMPLE RUN" DATA[:LEVEL]...
#   EXAMPLE RUN: the data and options of the reference run
case_() {
  name=$1; script=$2; topts=$3; ref=$4; shift 4
  # shellcheck disable=SC2086
  results "$script" $ref >"$TMP/rt.expected"
  for fmt in csv xlsx; do
    form="$TMP/rt-$name.form.$fmt"; filled="$TMP/rt-$name.filled.$fmt"
    # shellcheck disable=SC2086
    $RUNNER "$BUILD/tieuchi" template "$script" --format $fmt -o "$form" $topts
    $FILL $fmt "$form" "$filled" "$@"
    results "$script" "$filled" >"$TMP/rt.got"
    if ! diff -u "$TMP/rt.expected" "$TMP/rt.got"; then
      echo "$name ($fmt): the filled form does not give the example's results"; cat "$TMP/rt.err"; exit 1
    fi
    n=$((n + 1))
  done
}

hb=examples/hoa-binh; kt=examples/kon-tum; th=examples/thanh-hoa; yb=examples/yen-bai
case_ hoa-binh-xa    criteria/hoa-binh/1153-2023-xa.lua    "" "$hb/xa-2023.csv"    $hb/xa-2023.csv
case_ hoa-binh-so    criteria/hoa-binh/1153-2023-so.lua    "" "$hb/so-2023.csv"    $hb/so-2023.csv
case_ hoa-binh-huyen criteria/hoa-binh/1153-2023-huyen.lua "" "$hb/huyen-2023.csv" $hb/huyen-2023.csv
# the year from --period at run time; the form pre-filled (--units) with that year instead
case_ thanh-hoa-2024 criteria/thanh-hoa/1829-2023-xa.lua "--period 2024 --units $th/xa-2024.csv" \
      "$th/xa-2024.csv --period 2024" $th/xa-2024.csv
case_ thanh-hoa-periods criteria/thanh-hoa/1829-2023-xa.lua "" "$th/xa-periods.csv" $th/xa-periods.csv
case_ cam-tan        criteria/thanh-hoa/cam-tan-2024.lua   "" "$th/cam-tan-2024.csv" $th/cam-tan-2024.csv
case_ kon-tum-xa     criteria/kon-tum/121-2025-xa.lua      "" "$kt/xa-2025.csv"    $kt/xa-2025.csv
case_ kon-tum-huyen  criteria/kon-tum/121-2025-huyen.lua   "" "$kt/huyen-2025.csv --children $kt/xa-2025.csv" \
      $kt/huyen-2025.csv:huyen $kt/xa-2025.csv:xa
case_ yen-bai-so     criteria/yen-bai/240-2024-so.lua      "" "$yb/so-2024.csv"    $yb/so-2024.csv
case_ yen-bai-xa     criteria/yen-bai/240-2024-xa.lua      "" "$yb/xa-2024.csv"    $yb/xa-2024.csv
case_ yen-bai-huyen  criteria/yen-bai/240-2024-huyen.lua   "" "$yb/huyen-2024.csv --children $yb/xa-2024.csv" \
      $yb/huyen-2024.csv:huyện $yb/xa-2024.csv:xã
[ $n -eq 22 ] || { echo "expected 22 round trips, ran $n"; exit 1; }
echo "$n round trips"
