#!/bin/sh
# The default language comes from the environment as gettext reads it (LANGUAGE, then
# LC_ALL, LC_MESSAGES, LANG); --lang overrides it; C and unknown languages give Vietnamese.
set -e
run() { env -u LANGUAGE -u LC_ALL -u LC_MESSAGES "$@" $RUNNER "$BUILD/tieuchi" run \
          tests/cli/fixtures/small.lua tests/cli/fixtures/small.csv $LANGOPT | head -n 1; }
expect() {  # expect WORD ENV…: the first line of the table starts with WORD
  word=$1; shift
  got=$(run "$@")
  case "$got" in "$word"*) ;; *) echo "with $* $LANGOPT: expected \"$word…\", got \"$got\""; exit 1;; esac
}
LANGOPT=
expect Decision LANG=en_US.UTF-8
expect "Quyết định" LANG=vi_VN.UTF-8
expect "Quyết định" LANG=C.UTF-8
expect "Quyết định" LANG=fr_FR.UTF-8
expect Decision LANG=C LC_MESSAGES=en_GB.UTF-8
expect "Quyết định" LANG=en_US.UTF-8 LC_ALL=vi_VN.UTF-8
expect "Quyết định" LANG=en_US.UTF-8 LANGUAGE=vi:en
LANGOPT="--lang vi"
expect "Quyết định" LANG=en_US.UTF-8
LANGOPT="--lang en"
expect Decision LANG=vi_VN.UTF-8
# Without the Vietnamese catalogue, messages fall back to English, and a warning says so.
TIEUCHI_LOCALEDIR=/nonexistent LANG=C.UTF-8 $RUNNER "$BUILD/tieuchi" run tests/cli/fixtures/small.lua \
  tests/cli/fixtures/small.csv >"$TMP/nocat.out" 2>"$TMP/nocat.err" || true
grep -q "^Decision" "$TMP/nocat.out"
grep -q "the Vietnamese messages (tieuchi.mo) are not installed" "$TMP/nocat.err"
