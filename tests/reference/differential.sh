#!/bin/sh
# tests/reference/differential.sh [UNITS] — the differential test (docs/testing.md,
# "Differential testing"): for every seed script criteria/*/*.lua (not the test cases, *.test.lua), UNITS random units
# (default 2000), in batches of at most BATCH (default 2000) with a seed of their own,
# are evaluated by the product (`tieuchi run --format csv --trace`) and by the reference
# evaluator (tests/reference/ref.lua), and every unit × indicator is compared: score or
# value, status, branch taken at each if and case, named steps, targets met,
# substitution; then the groups and total, and the results row (rank, level,
# recognitions, counts). Disagreements are printed with the unit and its inputs, then a
# summary line per script. Exits 1 on any disagreement.
#   BUILD (build): where tieuchi is; RUNNER: a command to run it under (valgrind);
#   JOBS (1): scripts evaluated at the same time; SEED (1): the first seed;
#   SCRIPTS: the scripts (default: every criteria/*/*.lua); PROGRESS=1: a line per batch.
UNITS=${1:-2000}
BUILD=${BUILD:-build}
BATCH=${BATCH:-2000}
JOBS=${JOBS:-1}
SEED=${SEED:-1}
SCRIPTS=${SCRIPTS:-$(ls criteria/*/*.lua | grep -v '\.test\.lua$')}
bin="$BUILD/tieuchi"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset LANGUAGE LC_ALL LC_MESSAGES
export LANG=C.UTF-8

# One script, every batch: prints its disagreements and a summary line; the summary
# also goes to $tmp/NAME.sum as "units disagreements".
one_script() {
  script=$1
  name=$(echo "$script" | sed 's|^criteria/||; s|\.lua$||; s|/|_|g')
  dir="$tmp/$name"
  mkdir -p "$dir"
  start=$(date +%s)
  done_units=0
  bad=0
  batch=0
  while [ "$done_units" -lt "$UNITS" ]; do
    n=$((UNITS - done_units))
    [ "$n" -gt "$BATCH" ] && n=$BATCH
    seed=$((SEED + batch))
    rm -f "$dir"/*
    if ! lua5.4 tests/reference/ref.lua "$script" "$seed" "$n" "$dir" >"$dir/ref.log" 2>&1; then
      echo "$script: seed $seed: the reference failed:"; cat "$dir/ref.log"
      bad=$((bad + 1)); break
    fi
    children=""
    [ -f "$dir/children.csv" ] && children="--children $dir/children.csv"
    # shellcheck disable=SC2086
    $RUNNER "$bin" run "$script" "$dir/data.csv" $children --format csv \
      --trace "$dir/trace.json" >"$dir/results.csv" 2>"$dir/findings"
    rc=$?
    if [ "$rc" -gt 1 ]; then
      echo "$script: seed $seed: tieuchi exited with $rc:"; tail -n 20 "$dir/findings"
      bad=$((bad + 1)); break
    fi
    python3 tests/reference/compare.py "$dir" "$script (seed $seed)" >"$dir/compare.log" 2>&1
    d=$(sed -n 's/^units [0-9]* disagreements \([0-9]*\)$/\1/p' "$dir/compare.log")
    if [ -z "$d" ]; then
      echo "$script: seed $seed: the comparison failed:"; cat "$dir/compare.log"
      bad=$((bad + 1)); break
    fi
    if [ "$d" -gt 0 ]; then
      grep -v '^units ' "$dir/compare.log"
      # keep the batch for whoever looks into it
      mkdir -p "${KEEP:-build/differential}/$name-$seed" && cp "$dir"/*.csv "$dir/expected.txt" \
        "${KEEP:-build/differential}/$name-$seed/"
    fi
    bad=$((bad + d))
    done_units=$((done_units + n))
    batch=$((batch + 1))
    [ -n "$PROGRESS" ] && echo "$script: seed $seed: $done_units units so far, $bad disagreements, $(($(date +%s) - start)) s"
  done
  secs=$(($(date +%s) - start))
  echo "$script: $done_units units, $bad disagreements, ${secs} s"
  echo "$done_units $bad" >"$tmp/$name.sum"
}

running=0
for script in $SCRIPTS; do
  one_script "$script" &
  running=$((running + 1))
  if [ "$running" -ge "$JOBS" ]; then wait; running=0; fi
done
wait

total=0
bad=0
for sum in "$tmp"/*.sum; do
  read -r u d <"$sum"
  total=$((total + u)); bad=$((bad + d))
done
echo "differential: $total units, $bad disagreements"
[ "$bad" -eq 0 ]
