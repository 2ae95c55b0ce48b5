#!/bin/sh
# tests/cli/run.sh — CLI golden tests. Each case is tests/cli/cases/NAME.cmd: one line of
# arguments to tieuchi (run from the repository root), with NAME.out (stdout),
# NAME.err (stderr) and NAME.rc (exit code) beside it. Outputs are compared exactly.
# UPDATE=1 rewrites the golden files from the current output: only on purpose, and
# read the diff before committing it.
BUILD=${BUILD:-build}
unset LANGUAGE LC_ALL LC_MESSAGES   # the default language comes from the environment
export LANG=C.UTF-8
bin="$BUILD/tieuchi"
dir=tests/cli/cases
tmp=$(mktemp -d)
passed=0
failed=0
for cmd in "$dir"/*.cmd; do
  name=$(basename "$cmd" .cmd)
  args=$(cat "$cmd")
  # shellcheck disable=SC2086
  eval "$RUNNER \"$bin\" $args" >"$tmp/out" 2>"$tmp/err" </dev/null
  echo $? >"$tmp/rc"
  if [ -n "$UPDATE" ]; then
    cp "$tmp/out" "$dir/$name.out"; cp "$tmp/err" "$dir/$name.err"; cp "$tmp/rc" "$dir/$name.rc"
  fi
  ok=1
  for part in out err rc; do
    if ! cmp -s "$tmp/$part" "$dir/$name.$part"; then
      ok=0
      echo "cli: $name: $part differs:"
      diff -u "$dir/$name.$part" "$tmp/$part" | head -n 40
    fi
  done
  if [ $ok = 1 ]; then passed=$((passed + 1)); echo "cli: $name ok"
  else failed=$((failed + 1)); fi
done
# Checks that are not a single golden file.
for check in tests/cli/checks/*.sh; do
  name=$(basename "$check" .sh)
  if BUILD="$BUILD" RUNNER="$RUNNER" TMP="$tmp" sh "$check" >"$tmp/log" 2>&1; then
    passed=$((passed + 1))
    # A check that cannot run here (a tool is missing) passes, but says so.
    skip=$(grep '^SKIP: ' "$tmp/log" | head -n 1)
    echo "cli: $name ok${skip:+ ($skip)}"
  else
    failed=$((failed + 1)); echo "cli: $name FAILED:"; cat "$tmp/log"
  fi
done
rm -rf "$tmp"
echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
