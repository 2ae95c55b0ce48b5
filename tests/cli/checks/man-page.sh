#!/bin/sh
# The man page names every command of `tieuchi --help` and every option of each
# command's help, and renders without a warning.
set -e
man=docs/tieuchi.1
"$BUILD/tieuchi" --help --lang en | sed -n '/^commands:/,/^$/p' | sed -n 's/^  \([a-z][a-z]*\) .*/\1/p' >"$TMP/commands"
[ -s "$TMP/commands" ]
while read -r c; do
  grep -q "^\.B.* $c\b\|^\.B $c\b" "$man" || { echo "command $c is not in $man"; exit 1; }
  "$BUILD/tieuchi" help "$c" --lang en | grep -o -- '--[a-z][a-z-]*' | sort -u | while read -r opt; do
    roff=$(printf '%s' "$opt" | sed 's/-/\\\\-/g')
    grep -q -- "$roff" "$man" || { echo "option $opt of $c is not in $man"; exit 1; }
  done
done <"$TMP/commands"
if command -v groff >/dev/null 2>&1; then
  groff -k -man -Tutf8 -ww -z "$man" 2>"$TMP/groff.err"
  [ ! -s "$TMP/groff.err" ] || { cat "$TMP/groff.err"; exit 1; }
fi
