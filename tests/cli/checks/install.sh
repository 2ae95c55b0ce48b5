#!/bin/sh
# make install (with PREFIX and DESTDIR) puts the binary, the man page, the criteria,
# lang/, stdlib/ and the docs in their GNU places; the installed binary runs the
# installed criteria.
set -e
dest="$TMP/dest"
make --no-print-directory -s install-files BUILD="$BUILD" DESTDIR="$dest" PREFIX=/opt/tc >/dev/null
# The catalogue is looked for beside the program, not in the build folder it came from.
for f in bin/tieuchi share/man/man1/tieuchi.1 share/tieuchi/lang/prelude.lua \
         share/tieuchi/stdlib/patterns.lua share/tieuchi/criteria/hoa-binh/1153-2023-xa.lua \
         share/tieuchi/criteria/thanh-hoa/cam-tan-2024.lua share/doc/tieuchi/language.vi.md \
         share/tieuchi/criteria/yen-bai/240-2024-xa.test.lua share/tieuchi/examples/yen-bai/xa-2024.csv \
         share/locale/vi/LC_MESSAGES/tieuchi.mo; do
  [ -f "$dest/opt/tc/$f" ] || { echo "not installed: $f"; exit 1; }
done
$RUNNER "$dest/opt/tc/bin/tieuchi" --version | grep -q "^tieuchi [0-9]"
$RUNNER "$dest/opt/tc/bin/tieuchi" check "$dest/opt/tc/share/tieuchi/criteria/kon-tum/121-2025-xa.lua" >/dev/null
# The installed test cases find the installed example datasets they start from.
$RUNNER "$dest/opt/tc/bin/tieuchi" test "$dest/opt/tc/share/tieuchi/criteria/kon-tum/121-2025-huyen.lua" >/dev/null
# The installed binary finds its Vietnamese catalogue under PREFIX/share/locale.
LANG=C.UTF-8 $RUNNER "$dest/opt/tc/bin/tieuchi" run tests/cli/fixtures/small.lua tests/cli/fixtures/small.csv \
  2>"$TMP/inst.err" | head -n 1 | grep -q "^Quyết định"
if grep -q "not installed" "$TMP/inst.err"; then cat "$TMP/inst.err"; exit 1; fi
make --no-print-directory -s uninstall DESTDIR="$dest" PREFIX=/opt/tc
[ -z "$(find "$dest" -type f)" ] || { echo "left after uninstall:"; find "$dest" -type f; exit 1; }
