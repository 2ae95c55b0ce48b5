#!/bin/sh
# tests/data/run.sh — the hostile-data suite (docs/testing.md, "Hostile and sloppy data").
#
# Each case is tests/data/cases/NAME.csv, or NAME.sh, a generator that writes the data
# to its standard output (for the huge ones: a 1 MB cell, 100k columns; generated at
# test time into a temporary folder, whose path reads $TMP in the golden files). It is run
#   tieuchi run SCRIPT DATA --format csv OPTIONS
# where SCRIPT and OPTIONS are the first line of NAME.args, or tests/data/basic.lua and
# none. stdout, stderr and the exit code are compared exactly with NAME.out, NAME.err and
# NAME.rc; UPDATE=1 rewrites them (read the diff before committing). Then
# tests/data/units.py checks that the results list every unit of the data: nothing is
# dropped silently.
BUILD=${BUILD:-build}
bin="$BUILD/tieuchi"
dir=tests/data/cases
tmp=$(mktemp -d)
passed=0
failed=0
for case in "$dir"/*.csv "$dir"/*.sh; do
  [ -e "$case" ] || continue
  name=$(basename "$case"); name=${name%.*}
  data=$case
  if [ "${case%.sh}" != "$case" ]; then
    data=$tmp/$name.csv
    sh "$case" >"$data"
  fi
  args="tests/data/basic.lua"
  [ -f "$dir/$name.args" ] && args=$(head -n 1 "$dir/$name.args")
  # shellcheck disable=SC2086
  $RUNNER "$bin" run $args "$data" --format csv >"$tmp/out" 2>"$tmp/err" </dev/null
  echo $? >"$tmp/rc"
  # the generated data's folder changes from run to run
  LC_ALL=C sed "s|$tmp/|\$TMP/|g" "$tmp/err" >"$tmp/err.golden"
  mv "$tmp/err.golden" "$tmp/err"
  if [ -n "$UPDATE" ]; then
    cp "$tmp/out" "$dir/$name.out"; cp "$tmp/err" "$dir/$name.err"; cp "$tmp/rc" "$dir/$name.rc"
  fi
  ok=1
  for part in out err rc; do
    if ! cmp -s "$tmp/$part" "$dir/$name.$part"; then
      ok=0
      echo "data: $name: $part differs:"
      diff -u "$dir/$name.$part" "$tmp/$part" | head -n 40
    fi
  done
  if ! python3 tests/data/units.py "$data" "$tmp/out"; then
    ok=0
    echo "data: $name: the results do not list every unit of the data"
  fi
  if [ $ok = 1 ]; then passed=$((passed + 1)); echo "data: $name ok"
  else failed=$((failed + 1)); fi
  rm -f "$tmp/$name.csv"
done
rm -rf "$tmp"
echo "data: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
