#!/bin/sh
# bench/run.sh — `make bench`: national datasets of the seed scripts (tieuchi synth, seed
# 1), and a province's resident list (Thanh Hóa: 559 communes, 3.7 million adults, list
# dan_so of Cẩm Tân's script), the phases timed by bench/bench.c (a table on stdout,
# bench/results.json), then the check that speed did not change results: the same runs
# by an unoptimised build (-O0, build-O0/) must write the same results and traces, byte
# for byte (with a tenth of the list).
#   usage: BUILD=build RUNS=5 sh bench/run.sh
set -e
BUILD=${BUILD:-build}
RUNS=${RUNS:-5}
O0=${O0_BUILD:-build-O0}
out="$BUILD/bench"
mkdir -p "$out"
SCRIPTS="criteria/hoa-binh/1153-2023-xa.lua criteria/kon-tum/121-2025-xa.lua criteria/yen-bai/240-2024-xa.lua"

args=""
for s in $SCRIPTS; do
  data="$out/$(basename "$(dirname "$s")")-$(basename "$s" .lua).csv"
  "$BUILD/tieuchi" synth "$s" --seed 1 -o "$data"
  args="$args $s $data"
done

# A province's resident list: Thanh Hóa had 559 communes in 2024 and about 3.7 million
# adults. The list is not named <dataset>.dan_so.csv, so that the run without it reads none.
LIST_SCRIPT=criteria/thanh-hoa/cam-tan-2024.lua
LIST_UNITS=${LIST_UNITS:-559}
LIST_ROWS=${LIST_ROWS:-3700000}
list_data="$out/thanh-hoa-cam-tan-2024.csv"
list_file="$out/thanh-hoa-dan-so.csv"
"$BUILD/tieuchi" synth "$LIST_SCRIPT" --units "$LIST_UNITS" --seed 1 -o "$list_data" \
  --list dan_so="$list_file" --rows "$LIST_ROWS"

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -z "$(git status --porcelain --untracked-files=no 2>/dev/null)" ] || commit="$commit+changes"
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
ram=$(awk '/^MemTotal:/ { printf "%.0f GB RAM", $2 / 1048576 }' /proc/meminfo 2>/dev/null)
machine="$(uname -sm), $(nproc 2>/dev/null || echo '?') cores, ${cpu:-unknown CPU}, ${ram:-unknown RAM}, $(cc --version | head -n 1)"
echo "tieuchi benchmark: commit $commit; $machine; median of $RUNS runs"
# shellcheck disable=SC2086
BENCH_COMMIT="$commit" BENCH_MACHINE="$machine" \
  "$BUILD/bench/bench" --runs "$RUNS" --json bench/results.json --tieuchi "$BUILD/tieuchi" --out "$out" \
  --list-script "$LIST_SCRIPT" --list-data "$list_data" --list dan_so="$list_file" $args
echo
echo "figures written to bench/results.json"

# Speed did not change results: the -O0 build gives the same bytes.
echo "checking the results against an unoptimised build ($O0/tieuchi, -O0) ..."
make --no-print-directory BUILD="$O0" OPT="-O0 -g" "$O0/tieuchi" >/dev/null
set -- $args
while [ $# -ge 2 ]; do
  for b in "$BUILD" "$O0"; do
    rc=0
    "$b/tieuchi" run "$1" "$2" --format csv -o "$out/check.$(basename "$b").csv" \
      --trace "$out/check.$(basename "$b").json" 2>/dev/null || rc=$?
    [ $rc -le 1 ] || { echo "bench: $b/tieuchi run $1 $2 exited with $rc"; exit 1; }
  done
  if ! cmp -s "$out/check.$(basename "$BUILD").csv" "$out/check.$(basename "$O0").csv" ||
     ! cmp -s "$out/check.$(basename "$BUILD").json" "$out/check.$(basename "$O0").json"; then
    echo "bench: $1: the optimised build's results differ from the -O0 build's"; exit 1
  fi
  echo "  $1: results and trace identical ($(wc -l <"$out/check.$(basename "$BUILD").csv") result lines)"
  shift 2
done
# The list, a tenth of it (the -O0 build would take a minute over the whole); the findings
# too, in English (the -O0 build has no Vietnamese catalogue beside it).
"$BUILD/tieuchi" synth "$LIST_SCRIPT" --units "$LIST_UNITS" --seed 1 -o /dev/null \
  --list dan_so="$out/check-dan-so.csv" --rows $((LIST_ROWS / 10))
for b in "$BUILD" "$O0"; do
  rc=0
  "$b/tieuchi" run "$LIST_SCRIPT" "$list_data" --list dan_so="$out/check-dan-so.csv" --format csv \
    -o "$out/check.$(basename "$b").csv" --trace "$out/check.$(basename "$b").json" --lang en \
    2>"$out/check.$(basename "$b").err" || rc=$?
  [ $rc -le 1 ] || { echo "bench: $b/tieuchi run $LIST_SCRIPT with a list exited with $rc"; exit 1; }
done
for x in csv json err; do
  cmp -s "$out/check.$(basename "$BUILD").$x" "$out/check.$(basename "$O0").$x" ||
    { echo "bench: $LIST_SCRIPT with list dan_so: the optimised build's output differs from the -O0 build's"; exit 1; }
done
echo "  $LIST_SCRIPT, list dan_so of $((LIST_ROWS / 10)) rows: results, trace and findings identical"
rm -f "$out"/check.*.json "$out"/check.*.err "$out"/run.trace.json   # hundreds of MB each
rm -f "$list_file" "$out/check-dan-so.csv"                          # 250 MB and 25 MB
