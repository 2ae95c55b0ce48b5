#!/bin/sh
# tests/sandbox/run.sh — the escape-attempt suite (docs/testing.md, "The sandbox suite").
# Each case is tests/sandbox/NAME.lua, a criteria script that tries to get out of the
# sandbox or past one of its limits (its first lines say how, and what must stop it).
# It is run as `tieuchi check NAME.lua` from the repository root, under $RUNNER
# (valgrind in `make memcheck`) and `timeout 60`: a hang is a failure. A case passes
# when the standard error is exactly NAME.expected, the exit code is NAME.rc, nothing
# was written to the standard output, and the file the cases try to create,
# /tmp/tieuchi-sandbox-pwned, does not exist afterwards.
# UPDATE=1 rewrites NAME.expected and NAME.rc from the current run: only on purpose,
# and read the diff before committing it. The last line is the summary tests/run.sh reads.
BUILD=${BUILD:-build}
bin="$BUILD/tieuchi"
dir=tests/sandbox
pwned=/tmp/tieuchi-sandbox-pwned
tmp=$(mktemp -d)
passed=0
failed=0
for script in "$dir"/*.lua; do
  name=$(basename "$script" .lua)
  rm -f "$pwned"
  # shellcheck disable=SC2086
  timeout 60 $RUNNER "$bin" check "$script" >"$tmp/out" 2>"$tmp/err" </dev/null
  echo $? >"$tmp/rc"
  if [ -n "$UPDATE" ]; then
    cp "$tmp/err" "$dir/$name.expected"; cp "$tmp/rc" "$dir/$name.rc"
  fi
  why=""
  [ "$(cat "$tmp/rc")" = 124 ] && why="$why timed out (60 s);"
  cmp -s "$tmp/err" "$dir/$name.expected" || why="$why the message differs;"
  cmp -s "$tmp/rc" "$dir/$name.rc" || why="$why exit code $(cat "$tmp/rc"), not $(cat "$dir/$name.rc" 2>/dev/null);"
  [ -s "$tmp/out" ] && why="$why it wrote to the standard output;"
  [ -e "$pwned" ] && why="$why it created $pwned;"
  if [ -z "$why" ]; then
    passed=$((passed + 1)); echo "sandbox: $name ok"
  else
    failed=$((failed + 1)); echo "sandbox: $name FAILED:$why"
    diff -u "$dir/$name.expected" "$tmp/err" | head -n 20
  fi
  rm -f "$pwned"
done
rm -rf "$tmp"
echo "sandbox: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
