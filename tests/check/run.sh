#!/bin/sh
# tests/check/run.sh — the static-analysis suite (docs/testing.md, "The check suite"). Each
# case is tests/check/NAME.lua, a small script with one deliberate defect (or none: the
# cases that must stay silent); its first line says what check must report:
#   -- expect: TEXT
# It is run as `tieuchi check NAME.lua --lang en` from tests/check, under $RUNNER
# (valgrind in `make memcheck`). A case passes when its standard error, its standard
# output and its exit code are exactly NAME.expected (in that order, separated by
# "--- stdout" and "--- exit code" lines) and the output holds TEXT.
# UPDATE=1 rewrites NAME.expected from the current run: only on purpose, and read the diff
# before committing it. The last line is the summary tests/run.sh reads.
BUILD=${BUILD:-build}
case "$BUILD" in /*) bin="$BUILD/tieuchi" ;; *) bin="$(pwd)/$BUILD/tieuchi" ;; esac
dir=tests/check
tmp=$(mktemp -d)
passed=0
failed=0
for script in "$dir"/*.lua; do
  name=$(basename "$script" .lua)
  # shellcheck disable=SC2086
  (cd "$dir" && timeout 60 $RUNNER "$bin" check "$name.lua" --lang en \
     >"$tmp/out" 2>"$tmp/err" </dev/null; echo $? >"$tmp/rc")
  { cat "$tmp/err"; echo "--- stdout"; cat "$tmp/out"; echo "--- exit code $(cat "$tmp/rc")"; } >"$tmp/all"
  [ -n "$UPDATE" ] && cp "$tmp/all" "$dir/$name.expected"
  expect=$(sed -n '1s/^-- expect: //p' "$script")
  why=""
  [ -z "$expect" ] && why="$why its first line is not '-- expect: …';"
  [ -n "$expect" ] && ! grep -qF -- "$expect" "$tmp/all" && why="$why the output lacks '$expect';"
  cmp -s "$tmp/all" "$dir/$name.expected" || why="$why the output differs from $name.expected;"
  if [ -z "$why" ]; then
    passed=$((passed + 1)); echo "check: $name ok"
  else
    failed=$((failed + 1)); echo "check: $name FAILED:$why"
    diff -u "$dir/$name.expected" "$tmp/all" | head -n 20
  fi
done
rm -rf "$tmp"
echo "check: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
