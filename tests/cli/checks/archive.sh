#!/bin/sh
# The run archive (docs/auditing.md, "The run archive"): run --store records runs; runs
# list, show and diff read them; replay evaluates a stored run again from the stored
# files alone and finds it identical; a bundle holds one run and replays offline; a
# changed cell is named by runs diff (unit, indicator, input, column, row, old → new);
# list files and the evidence register are stored, diffed and replayed; a tampered
# bundle fails its replay. Outputs are compared with tests/cli/archive/NAME.out (UPDATE=1
# rewrites them: read the diff). Paths under $TMP and the engine version are replaced by
# T and ENGINE (and the hash of a workbook that holds its own path by XLSX);
# SOURCE_DATE_EPOCH fixes the time of every run.
set -e
export SOURCE_DATE_EPOCH=1767225600
T="$TMP/archive"
rm -rf "$T"
mkdir -p "$T/data"
S="$T/runs.db"
bin="$BUILD/tieuchi"
engine=$("$bin" --version)
golden=tests/cli/archive
fails=0
# check NAME EXPECTED_RC ARGS…: the output (stdout, then stderr) against the golden
check() {
  name=$1 want=$2; shift 2
  rc=0
  $RUNNER "$bin" "$@" >"$T/out" 2>"$T/err" || rc=$?
  { cat "$T/out"; echo "--- stderr"; cat "$T/err"; echo "--- exit $rc"; } |
    sed "s|$T|T|g; s|$engine|ENGINE|g; s|${xlsx:-^\$}|XLSX|g" >"$T/$name.out"
  # a table's widths follow the length of $TMP: compare its columns, not its spaces
  case $name in *list) sed -i 's/   */  /g; s/---*/---/' "$T/$name.out" ;; esac
  if [ -n "$UPDATE" ]; then cp "$T/$name.out" "$golden/$name.out"; fi
  if ! cmp -s "$T/$name.out" "$golden/$name.out"; then
    echo "archive: $name differs:"; diff -u "$golden/$name.out" "$T/$name.out" | head -n 40
    fails=$((fails + 1))
  elif [ "$rc" != "$want" ]; then
    echo "archive: $name: exit $rc, expected $want"; fails=$((fails + 1))
  fi
}
sql() { python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); [print(*r, sep="|") for r in c.execute(sys.argv[2])]; c.commit()' "$@"; }

cp examples/hoa-binh/xa-2023.csv "$T/data/xa-2023.csv"
check store-1 1 run criteria/hoa-binh/1153-2023-xa.lua "$T/data/xa-2023.csv" --store "$S" --format csv
# One cell of the stored dataset changed: unit X02's cbcc, 22 → 25.
sed -i '3s/^X02,Phường Tân Thịnh,11850,3420,14,22,/X02,Phường Tân Thịnh,11850,3420,14,25,/' "$T/data/xa-2023.csv"
check store-2 1 run criteria/hoa-binh/1153-2023-xa.lua "$T/data/xa-2023.csv" --store "$S" --format csv
# Every file a run reads: the children's script and data, a base script (extends), a workbook.
check store-3 1 run criteria/kon-tum/121-2025-huyen.lua examples/kon-tum/huyen-2025.csv \
  --children examples/kon-tum/xa-2025.csv --store "$S" -o "$T/kon-tum.txt"
check store-4 0 run criteria/thanh-hoa/cam-tan-2024.lua examples/thanh-hoa/cam-tan-2024.csv \
  --period 2024 --lang en --store "$S" --trace "$T/cam-tan.trace.json" -o "$T/cam-tan.txt"
"$bin" template tests/cli/fixtures/small.lua --format xlsx --units tests/cli/fixtures/small.csv -o "$T/small.xlsx"
# The workbook holds its own path (in its instructions): its hash is written XLSX.
xlsx=$(sha256sum <"$T/small.xlsx" | cut -c1-12)
check store-5 1 run tests/cli/fixtures/small.lua "$T/small.xlsx" --store "$S" -o "$T/small.txt"

check list 0 runs list --store "$S"
check show-1 0 runs show 1 --store "$S"
check show-4 0 runs show 4 --store "$S" --lang en --trace "$T/stored.trace.json"
cmp "$T/cam-tan.trace.json" "$T/stored.trace.json" || { echo "archive: the stored trace is not run --trace's"; fails=$((fails + 1)); }
check diff-1-2 1 runs diff 1 2 --store "$S" --lang en
check diff-1-2-vi 1 runs diff 1 2 --store "$S"
check diff-1-1 0 runs diff 1 1 --store "$S"
check diff-3-4 1 runs diff 3 4 --store "$S" --lang en
for r in 1 2 3 4 5; do check "replay-$r" 0 replay $r --store "$S" --lang en; done

# Lists (criteria/thanh-hoa/cam-tan-2024.lua): every list file a run read is stored, and
# replayed. One cell of a copy of Mẫu 1.4 changed: STT 3 has no computer any more; runs diff
# names the list file, and unit, indicator and input with the list's count, 19 → 18.
mkdir -p "$T/ct"
for f in "" .can_bo .doanh_nghiep .dnvvn .dan_so .wifi; do cp "examples/thanh-hoa/cam-tan-2024$f.csv" "$T/ct/"; done
check store-6 0 run criteria/thanh-hoa/cam-tan-2024.lua "$T/ct/cam-tan-2024.csv" --store "$S" -o "$T/ct.txt"
sed -i '4s/,Có,/,Không,/' "$T/ct/cam-tan-2024.can_bo.csv"
check store-7 1 run criteria/thanh-hoa/cam-tan-2024.lua "$T/ct/cam-tan-2024.csv" --store "$S" -o "$T/ct.txt"
check diff-6-7 1 runs diff 6 7 --store "$S" --lang en
check replay-7 0 replay 7 --store "$S" --lang en
h=$(sql "$S" "SELECT sha256 FROM files WHERE run = 7 AND role = 'list can_bo'")
[ "$h" = "$(sha256sum <"$T/ct/cam-tan-2024.can_bo.csv" | cut -d' ' -f1)" ] || { echo "archive: list hash $h is not the file's"; fails=$((fails + 1)); }
check bundle-7 0 bundle 7 -o "$T/bundle7.db" --store "$S"
mv "$T/ct" "$T/ct.away"
check bundle-7-replay 0 replay 7 --store "$T/bundle7.db" --lang en

# The evidence register (run --evidence) is stored and replayed like a dataset. One
# document taken out of a copy: runs diff names the register, and the unit and indicator
# whose evidence is now missing.
mkdir -p "$T/ev"
for f in "" .can_bo .doanh_nghiep .dnvvn .dan_so .wifi .evidence; do cp "examples/thanh-hoa/cam-tan-2024$f.csv" "$T/ev/"; done
check store-8 1 run criteria/thanh-hoa/cam-tan-2024.lua "$T/ev/cam-tan-2024.csv" --period 2024 \
  --evidence "$T/ev/cam-tan-2024.evidence.csv" --store "$S" -o "$T/ev.txt"
sed -i '/^CT-TU,1.2,/d' "$T/ev/cam-tan-2024.evidence.csv"
check store-9 1 run criteria/thanh-hoa/cam-tan-2024.lua "$T/ev/cam-tan-2024.csv" --period 2024 \
  --evidence "$T/ev/cam-tan-2024.evidence.csv" --store "$S" -o "$T/ev.txt"
check diff-8-9 1 runs diff 8 9 --store "$S" --lang en
check show-9 0 runs show 9 --store "$S"
check bundle-9 0 bundle 9 -o "$T/bundle9.db" --store "$S"
mv "$T/ev" "$T/ev.away"
check bundle-9-replay 0 replay 9 --store "$T/bundle9.db" --lang en

# The stored hashes are the files' SHA-256 (as sha256sum computes it).
h=$(sql "$S" "SELECT sha256 FROM files WHERE run = 2 AND role = 'data'")
[ "$h" = "$(sha256sum <"$T/data/xa-2023.csv" | cut -d' ' -f1)" ] || { echo "archive: hash $h is not the file's"; fails=$((fails + 1)); }
h=$(sql "$S" "SELECT sha256 FROM files WHERE run = 5 AND role = 'data'")
[ "$h" = "$(sha256sum <"$T/small.xlsx" | cut -d' ' -f1)" ] || { echo "archive: workbook hash $h"; fails=$((fails + 1)); }

# A bundle: one file, one run, replayed without the archive (nor the files, moved away).
check bundle 0 bundle 2 -o "$T/bundle.db" --store "$S"
[ ! -e "$T/bundle.db-wal" ] || { echo "archive: the bundle left a -wal file"; fails=$((fails + 1)); }
mv "$T/data" "$T/data.away"
check bundle-list 0 runs list --store "$T/bundle.db"
check bundle-replay 0 replay 2 --store "$T/bundle.db" --lang en
check bundle-exists 2 bundle 2 -o "$T/bundle.db" --store "$S"
check no-run 2 replay 9 --store "$T/bundle.db"
check not-archive 2 runs list --store tests/cli/fixtures/small.csv
# Tampered: a cell of the stored dataset changed inside the bundle. The replay evaluates
# what the bundle holds, and its results are no longer those stored.
h2=$(sql "$S" "SELECT sha256 FROM files WHERE run = 2 AND role = 'data'")
sql "$T/bundle.db" "UPDATE blobs SET bytes = CAST(replace(CAST(bytes AS TEXT), ',14,25,', ',14,22,') AS BLOB) WHERE sha256 = '$h2'" >/dev/null
check bundle-tampered 1 replay 2 --store "$T/bundle.db" --lang en
mv "$T/data.away" "$T/data"
[ $fails -eq 0 ]
