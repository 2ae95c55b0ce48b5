#!/bin/sh
# bench/run.sh — `make bench`: national datasets of the seed scripts (tieuchi synth, seed
# 1), the phases timed by bench/bench.c (a table on stdout, bench/results.json), then
# the check that speed did not change results: the same runs by an unoptimised build
# (-O0, build-O0/) must write the same results and traces, byte for byte.
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

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -z "$(git status --porcelain --untracked-files=no 2>/dev/null)" ] || commit="$commit+changes"
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
machine="$(uname -sm), $(nproc 2>/dev/null || echo '?') cores, ${cpu:-unknown CPU}, $(cc --version | head -n 1)"
echo "tieuchi benchmark: commit $commit; $machine; median of $RUNS runs"
# shellcheck disable=SC2086
BENCH_COMMIT="$commit" BENCH_MACHINE="$machine" \
  "$BUILD/bench/bench" --runs "$RUNS" --json bench/results.json --tieuchi "$BUILD/tieuchi" --out "$out" $args
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
rm -f "$out"/check.*.json "$out"/run.trace.json   # hundreds of MB each
