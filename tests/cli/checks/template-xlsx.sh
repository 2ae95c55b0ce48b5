#!/bin/sh
# The XLSX form holds what the issue asks for, read from the workbook's XML: the sheets
# "Dữ liệu" and "Hướng dẫn"; the column names in row 1 and the labels in row 2 (a comment
# row), frozen; a comment on every column name with its label, type and targets; the data
# validations (counts whole ≥ 0, amounts ≥ 0, percents 0–100, yes/no and choices as
# lists, the registered level 1..levels, the level and year columns as lists).
set -e
export SOURCE_DATE_EPOCH=0
for s in types small levels periods; do
  $RUNNER "$BUILD/tieuchi" template tests/cli/fixtures/$s.lua --format xlsx -o "$TMP/form-$s.xlsx"
done
$RUNNER "$BUILD/tieuchi" template criteria/kon-tum/121-2025-huyen.lua --format xlsx -o "$TMP/form-kt.xlsx"
python3 - "$TMP" <<'EOF'
import re, sys, zipfile
from xml.etree import ElementTree as ET
M = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
tmp = sys.argv[1]

def book(name):
    z = zipfile.ZipFile("%s/form-%s.xlsx" % (tmp, name))
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    names = [s.get("name") for s in wb.iter(M + "sheet")]
    assert names == ["Dữ liệu", "Hướng dẫn"], names
    sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
    sst = ET.fromstring(z.read("xl/sharedStrings.xml"))
    strings = ["".join(t.text or "" for t in si.iter(M + "t")) for si in sst.findall(M + "si")]
    rows = {}
    for row in sheet.iter(M + "row"):
        rows[int(row.get("r"))] = [strings[int(c.find(M + "v").text)] for c in row.findall(M + "c")]
    dvs = {}
    for dv in sheet.iter(M + "dataValidation"):
        col = re.match(r"[A-Z]+", dv.get("sqref")).group(0)
        assert dv.get("sqref") == "%s3:%s1048576" % (col, col), dv.get("sqref")
        f = [dv.findtext(M + "formula1"), dv.findtext(M + "formula2")]
        index = 0
        for ch in col:
            index = index * 26 + ord(ch) - 64
        dvs[rows[1][index - 1]] = (dv.get("type"), dv.get("operator"), f[0], f[1])
    comments = {}
    for c in ET.fromstring(z.read("xl/comments1.xml")).iter(M + "comment"):
        comments[c.get("ref")] = "".join(t.text or "" for t in c.iter(M + "t"))
    pane = sheet.find(".//" + M + "pane")
    help_text = " ".join(strings)
    return rows, dvs, comments, pane, help_text

rows, dvs, comments, pane, help_text = book("types")
assert rows[1] == ["unit", "name", "dan_so", "ngan_sach", "1.1.p", "1.2.co", "1.3.da", "1.4.a", "1.5.n"], rows[1]
assert rows[2][0].startswith("#") and rows[2][2] == "Dân số" and rows[2][4] == "Tỷ lệ phủ sóng", rows[2]
assert pane.get("ySplit") == "2" and pane.get("state") == "frozen", pane.attrib
assert dvs["dan_so"] == ("whole", "greaterThanOrEqual", "0", None), dvs["dan_so"]
assert dvs["ngan_sach"] == ("decimal", "greaterThanOrEqual", "0", None), dvs["ngan_sach"]
assert dvs["1.1.p"] == ("decimal", None, "0", "100"), dvs["1.1.p"]          # between
assert dvs["1.2.co"] == ("list", None, '"có,không"', None), dvs["1.2.co"]
assert dvs["1.3.da"] == ("list", None, '"có,không"', None), dvs["1.3.da"]
assert dvs["1.5.n"] == ("whole", "greaterThanOrEqual", "0", None), dvs["1.5.n"]
assert "unit" not in dvs and "name" not in dvs
# one comment per column name, with the label and the type in words
assert sorted(comments) == ["%s1" % chr(65 + i) for i in range(9)], sorted(comments)
assert "Ngân sách" in comments["D1"] and "đơn vị tính: Triệu đồng" in comments["D1"], comments["D1"]
assert "phần trăm, từ 0 đến 100" in comments["E1"], comments["E1"]
assert "để trống là không" in comments["F1"], comments["F1"]
assert "tieuchi run tests/cli/fixtures/types.lua" in help_text and "Ô để trống là thiếu số liệu" in help_text

rows, dvs, comments, pane, help_text = book("small")
assert dvs["1.1.truong_ban"] == ("list", None, '"Bí thư/Chủ tịch,Phó,Khác"', None), dvs["1.1.truong_ban"]
assert "chu_tich (Bí thư/Chủ tịch)" in comments["D1"], comments["D1"]

rows, dvs, comments, pane, help_text = book("levels")
assert dvs["muc_do_dang_ky"] == ("whole", None, "1", "3"), dvs["muc_do_dang_ky"]
assert "Chỉ tiêu mức 2 (Kết nối): ≥ 70%" in comments["D1"], comments["D1"]

rows, dvs, comments, pane, help_text = book("periods")
assert rows[1][2] == "period" and dvs["period"] == ("list", None, '"2022,2023,2024,2025"', None), dvs
assert "Chỉ tiêu năm 2022: không giao" in comments["G1"], comments["G1"]

rows, dvs, comments, pane, help_text = book("kt")
assert rows[1][:4] == ["unit", "name", "level", "parent"], rows[1][:4]
assert dvs["level"] == ("list", None, '"huyen,xa"', None), dvs["level"]
assert "level xa" in help_text or "cột level ghi xa" in help_text, help_text
print("xlsx form ok")
EOF

# --units reads a workbook too: the units of last year's filled form pre-fill this year's
$RUNNER "$BUILD/tieuchi" template tests/cli/fixtures/periods.lua --format xlsx -o "$TMP/form-p.xlsx"
python3 tests/cli/checks/fill_form.py xlsx "$TMP/form-p.xlsx" "$TMP/form-p-filled.xlsx" tests/cli/fixtures/periods.csv
$RUNNER "$BUILD/tieuchi" template tests/cli/fixtures/periods.lua --period 2025 --units "$TMP/form-p-filled.xlsx" \
  | grep -v '^"\{0,1\}#' | tail -n +2 >"$TMP/units.csv"
printf 'X1,Xã A,2025,,,,\nX2,Xã B,2025,,,,\nX3,Xã C,2025,,,,\nX4,Xã D,2025,,,,\n' | diff -u - "$TMP/units.csv"
