#!/bin/sh
# make install (with PREFIX and DESTDIR) puts the binary, the man page, the criteria,
# lang/, stdlib/ and the docs in their GNU places; the installed binary runs the
# installed criteria.
set -e
dest="$TMP/dest"
make --no-print-directory -s install-files BUILD="$BUILD" DESTDIR="$dest" PREFIX=/opt/tc >/dev/null
for f in bin/tieuchi share/man/man1/tieuchi.1 share/tieuchi/lang/prelude.lua \
         share/tieuchi/stdlib/patterns.lua share/tieuchi/criteria/hoa-binh/1153-2023-xa.lua \
         share/tieuchi/criteria/thanh-hoa/cam-tan-2024.lua share/doc/tieuchi/language.vi.md; do
  [ -f "$dest/opt/tc/$f" ] || { echo "not installed: $f"; exit 1; }
done
$RUNNER "$dest/opt/tc/bin/tieuchi" --version | grep -q "^tieuchi [0-9]"
$RUNNER "$dest/opt/tc/bin/tieuchi" check "$dest/opt/tc/share/tieuchi/criteria/kon-tum/121-2025-xa.lua" >/dev/null
make --no-print-directory -s uninstall DESTDIR="$dest" PREFIX=/opt/tc
[ -z "$(find "$dest" -type f)" ] || { echo "left after uninstall:"; find "$dest" -type f; exit 1; }
