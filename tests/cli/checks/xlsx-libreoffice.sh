#!/bin/sh
# The XLSX forms read by another program: LibreOffice converts them to CSV (the cells as it
# shows them, so the number formats are applied: "97.14%"), and the figures equal those of
# `tieuchi run` (--format csv for the counts and rates, --format json for each criterion's
# value). Without LibreOffice the check prints a note and passes (.ci/run installs it).
set -e
lo=$(command -v libreoffice || command -v soffice || true)
if [ -z "$lo" ]; then
  echo "note: libreoffice is not installed; the XLSX round trip was not checked (apt-get install libreoffice-calc)"
  exit 0
fi
T=criteria/thanh-hoa/cam-tan-2024.lua; TD=examples/thanh-hoa/cam-tan-2024.csv
Y=criteria/yen-bai/240-2024-xa.lua; YD=examples/yen-bai/xa-2024.csv
export SOURCE_DATE_EPOCH=1700000000
tc() { $RUNNER "$BUILD/tieuchi" "$@" 2>/dev/null || [ $? -eq 1 ]; }
dir="$TMP/libreoffice"
mkdir -p "$dir/home"
tc form $T $TD --unit CT-HUYEN --format xlsx -o "$dir/mau01.xlsx"
tc form $Y $YD --format xlsx -o "$dir/bieu03.xlsx"
tc run $T $TD --format csv >"$dir/run-mau01.csv"
tc run $T $TD --format json >"$dir/run-mau01.json"
tc run $Y $YD --format csv >"$dir/run-bieu03.csv"
# A profile of its own (HOME), so that no running LibreOffice is reused; 44,34,76: comma,
# double quote, UTF-8.
HOME="$dir/home" timeout 300 "$lo" --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76' \
  --outdir "$dir" "$dir/mau01.xlsx" "$dir/bieu03.xlsx" >"$dir/lo.log" 2>&1 || { cat "$dir/lo.log"; exit 1; }
python3 - "$dir" <<'EOF'
import csv, json, sys
d = sys.argv[1]

def check(cond, what):
    if not cond:
        raise SystemExit("libreoffice check failed: " + what)

def pct(text):            # "97.14%" as LibreOffice shows a cell formatted 0.00%
    check(text.endswith("%"), "not a percentage: %r" % text)
    return float(text[:-1])

def row_of(rows, col, text):
    for r in rows:
        if len(r) > col and r[col] == text:
            return r
    raise SystemExit("libreoffice check failed: no row %r" % text)

# Mẫu 01 of CT-HUYEN: each criterion's result, and the totals
lo = list(csv.reader(open(d + "/mau01.csv", encoding="utf-8")))
units = json.load(open(d + "/run-mau01.json", encoding="utf-8"))["units"]
unit = next(u for u in units if u["unit"] == "CT-HUYEN")
checked = 0
for code, c in unit["criteria"].items():
    shown = row_of(lo, 0, code)[4]
    v = c["value"]
    if isinstance(v, bool):
        check(shown == ("Có" if v else "Không"), "%s: %r, run says %r" % (code, shown, v))
    elif isinstance(v, (int, float)) and shown.endswith("%"):
        check(abs(pct(shown) - round(v * 100, 2)) < 1e-9, "%s: %r, run says %r" % (code, shown, v))
    elif v is not None:
        check(float(shown) == v, "%s: %r, run says %r" % (code, shown, v))
    checked += 1
check(checked == 37, "%d criteria checked" % checked)
want = next(r for r in csv.DictReader(open(d + "/run-mau01.csv", encoding="utf-8")) if r["unit"] == "CT-HUYEN")
total = row_of(lo, 0, "Tổng cộng")
check([int(x) for x in total[1:5]] == [int(want[k]) for k in ("assigned", "met", "unknown", "not_met")],
      "totals %r, run says %r" % (total, want))
check(pct(total[6]) == float(want["rate"]), "rate %r, run says %s" % (total[6], want["rate"]))

# Biểu 03: per unit and tier, mandatory and extended met, and the recognition
lo = list(csv.reader(open(d + "/bieu03.csv", encoding="utf-8")))
words = {"Đạt": "yes", "Không đạt": "no", "chưa xác định": "unknown"}
n = 0
for want in csv.DictReader(open(d + "/run-bieu03.csv", encoding="utf-8")):
    r = row_of(lo, 1, want["unit"])
    for first, tier, rec in ((3, "cds", "dat_cds"), (9, "nang_cao", "dat_nang_cao")):
        a, am, e, em = (int(x) for x in r[first:first + 4])
        check("%d/%d" % (am, a) == want[tier + ".mandatory"], "%s %s mandatory" % (want["unit"], tier))
        check("%d/%d" % (em, e) == want[tier + ".extended"], "%s %s extended" % (want["unit"], tier))
        check(abs(pct(r[first + 4]) - round(100 * em / e, 2)) < 1e-9, "%s %s share" % (want["unit"], tier))
        check(words[r[first + 5]] == want[rec], "%s %s" % (want["unit"], rec))
    n += 1
check(n == 10, "%d units checked" % n)
print("libreoffice: the XLSX forms read back with the figures of tieuchi run")
EOF
