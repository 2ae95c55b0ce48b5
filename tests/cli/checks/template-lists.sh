#!/bin/sh
# The blank form of each list of the Cẩm Tân script (`tieuchi template SCRIPT LIST`),
# filled with the example's rows (fill_form.py, matching columns by name) and put beside
# a copy of the dataset, gives the example's results, exit code and findings — as CSV and
# as XLSX. The example lists head their columns with the labels; the form's row "# Label"
# (CSV) says which name each label is.
set -e
FILL="python3 tests/cli/checks/fill_form.py"
export SOURCE_DATE_EPOCH=0
T="$TMP/template-lists"
rm -rf "$T"
mkdir -p "$T"
script=criteria/thanh-hoa/cam-tan-2024.lua ex=examples/thanh-hoa/cam-tan-2024
n=0

results() {
  rc=0
  $RUNNER "$BUILD/tieuchi" run "$script" "$1" --period 2024 --format csv 2>"$T/err" || rc=$?
  [ $rc -le 1 ] || { cat "$T/err" >&2; echo "run $1: exit $rc" >&2; return 1; }
  echo "exit $rc"
  sed -E 's/^[^ ]+:([0-9]+:)?([0-9]+:)? //' "$T/err" | LC_ALL=C sort
}
results "$ex.csv" >"$T/expected"
for fmt in csv xlsx; do
  mkdir -p "$T/$fmt"
  cp "$ex.csv" "$T/$fmt/cam-tan-2024.csv"
  for l in can_bo doanh_nghiep dnvvn dan_so wifi; do
    form="$T/$l.form.$fmt"
    $RUNNER "$BUILD/tieuchi" template "$script" "$l" --format $fmt -o "$form"
    # the example's rows under the form's names (the labels of its CSV form's row 3)
    $RUNNER "$BUILD/tieuchi" template "$script" "$l" -o "$T/$l.labels.csv"
    python3 - "$T/$l.labels.csv" "$ex.$l.csv" "$T/$l.named.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig")))
names, labels = rows[0], rows[2][1:]
by_label = dict(zip(labels, names[1:]))
by_label["unit"] = "unit"
data = list(csv.reader(open(sys.argv[2], encoding="utf-8-sig")))
header = [by_label[h] for h in data[0]]          # a label the form lacks fails here
csv.writer(open(sys.argv[3], "w", newline="", encoding="utf-8")).writerows([header] + data[1:])
PY
    $FILL $fmt "$form" "$T/$fmt/cam-tan-2024.$l.$fmt" "$T/$l.named.csv"
    n=$((n + 1))
  done
  results "$T/$fmt/cam-tan-2024.csv" >"$T/got"
  if ! diff -u "$T/expected" "$T/got"; then
    echo "cam-tan ($fmt): the filled list forms do not give the example's results"; cat "$T/err"; exit 1
  fi
  # … counted from the filled forms, not from the dataset's own figures
  $RUNNER "$BUILD/tieuchi" explain "$script" "$T/$fmt/cam-tan-2024.csv" --period 2024 --unit CT-TU \
    --indicator 4.3 --lang en >"$T/explain" 2>/dev/null || true
  grep -q "from list can_bo (.*cam-tan-2024.can_bo.$fmt): count_where" "$T/explain" &&
    grep -q "19 of 20 rows counted" "$T/explain" &&
    grep -q "not counted: row [0-9]*, Nguyễn Văn An" "$T/explain" ||
    { echo "cam-tan ($fmt): 4.3 is not counted from the filled form:"; cat "$T/explain"; exit 1; }
done
[ $n -eq 10 ] || { echo "expected 10 list forms, filled $n"; exit 1; }

# The workbook of Mẫu 1.4: the names in row 1 and the labels in row 2 (a comment row);
# the yes/no column offers có/không, the row number (STT) is a whole number ≥ 0; the
# instructions say the key and how the filled file is given to run.
python3 - "$T/can_bo.form.xlsx" <<'PY'
import re, sys, zipfile
from xml.etree import ElementTree as ET
M = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
z = zipfile.ZipFile(sys.argv[1])
names = [s.get("name") for s in ET.fromstring(z.read("xl/workbook.xml")).iter(M + "sheet")]
assert names == ["Dữ liệu", "Hướng dẫn"], names
strings = ["".join(t.text or "" for t in si.iter(M + "t"))
           for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall(M + "si")]
def rows(part):
    out = {}
    for row in ET.fromstring(z.read(part)).iter(M + "row"):
        out[int(row.get("r"))] = [strings[int(c.find(M + "v").text)] for c in row.findall(M + "c")
                                  if c.get("t") == "s"]
    return out
data = rows("xl/worksheets/sheet1.xml")
assert data[1] == ["unit", "stt", "ho_ten", "chuc_vu", "co_may_tinh", "hop_thu", "ghi_chu"], data[1]
assert data[2][0] == "# Mã đơn vị" and data[2][4] == "Có máy tính làm việc", data[2]
dvs = {}
for dv in ET.fromstring(z.read("xl/worksheets/sheet1.xml")).iter(M + "dataValidation"):
    col = re.match(r"[A-Z]+", dv.get("sqref")).group(0)
    dvs[data[1][ord(col) - 65]] = (dv.get("type"), dv.get("operator"), dv.findtext(M + "formula1"))
assert dvs["co_may_tinh"] == ("list", None, '"có,không"'), dvs["co_may_tinh"]
assert dvs["stt"] == ("whole", "greaterThanOrEqual", "0"), dvs["stt"]
help_text = " ".join(" ".join(r) for r in rows("xl/worksheets/sheet2.xml").values())
for want in ["Mẫu danh sách — Mẫu 1.4.", "Cột stt xác định mỗi dòng trong đơn vị",
             "--list can_bo=", "dùng để tính 4.3.a = count_where \"co_may_tinh\"",
             "mỗi dòng được đếm vào tong_cbcc = count_rows()"]:
    assert want in help_text, want
PY
echo "$n list forms filled and read back"
