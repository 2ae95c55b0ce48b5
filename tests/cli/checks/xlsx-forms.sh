#!/bin/sh
# The XLSX forms, read back with python3's zipfile (xlsx_read.py): numbers are stored as
# numbers with their format (percent "0.00%" for rates, "0" for counts), codes such as
# "1.10" stay text, the header of the first table is frozen, Vietnamese text is intact
# (and NFC) in sharedStrings, and the figures equal those of `tieuchi run --format csv`.
set -e
T=criteria/thanh-hoa/cam-tan-2024.lua; TD=examples/thanh-hoa/cam-tan-2024.csv
Y=criteria/yen-bai/240-2024-xa.lua; YD=examples/yen-bai/xa-2024.csv
export SOURCE_DATE_EPOCH=1700000000
tc() { $RUNNER "$BUILD/tieuchi" "$@" 2>/dev/null || [ $? -eq 1 ]; }
tc form $T $TD --format xlsx -o "$TMP/mau01.xlsx"
tc run $T $TD --format csv >"$TMP/mau01.csv"
tc form $Y $YD --format xlsx -o "$TMP/bieu03.xlsx"
tc run $Y $YD --format csv >"$TMP/bieu03.csv"
tc compare $T $TD examples/thanh-hoa/cam-tan-2024.appraised.csv --format xlsx -o "$TMP/compare.xlsx"
tc compare $T $TD examples/thanh-hoa/cam-tan-2024.appraised.csv --form mau02 --format xlsx -o "$TMP/mau02.xlsx"
# the same workbook twice (SOURCE_DATE_EPOCH fixes the creation time)
tc form $T $TD --format xlsx -o "$TMP/mau01-again.xlsx"
cmp "$TMP/mau01.xlsx" "$TMP/mau01-again.xlsx"
PYTHONPATH=tests/cli/checks python3 - "$TMP" <<'EOF'
import csv, sys, unicodedata
from xlsx_read import read, rows, find_row
tmp = sys.argv[1]

def check(cond, what):
    if not cond:
        raise SystemExit("xlsx check failed: " + what)

def near(x, y):
    return abs(x - y) < 1e-9

def frozen_at_header(sheet, col, head):
    """The pane is frozen just below the header row holding `head` in column col."""
    n = find_row(sheet, col, head)
    pane = sheet["pane"]
    check(pane is not None and pane.get("state") == "frozen", "no frozen pane")
    return int(float(pane["ySplit"])), n

# ---- Mẫu 01: one sheet per unit
book, strings = read(tmp + "/mau01.xlsx")
check(list(book) == ["CT-TU", "CT-HUYEN"], "sheets %r" % list(book))
for s in strings:
    check(unicodedata.is_normalized("NFC", s), "string not NFC: %r" % s)
for text in ["Tên chỉ tiêu", "Đơn vị tính", "Đánh giá (Đạt/Không đạt)", "Tài liệu minh chứng",
             "Không giao", "Không đạt", "Chỉ tiêu đang triển khai", "Chỉ tiêu không hoàn thành",
             "Tỷ lệ thuê bao điện thoại di động thông minh có sử dụng phần mềm an toàn thông tin mạng cơ bản",
             "CHI TIẾT TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHUYỂN ĐỔI SỐ XÃ CẨM TÂN (UBND HUYỆN CẨM THỦY THẨM ĐỊNH) NĂM 2024"]:
    check(text in strings, "missing string %r" % text)
run = {r["unit"]: r for r in csv.DictReader(open(tmp + "/mau01.csv", encoding="utf-8"))}
for unit, sheet in book.items():
    split, head = frozen_at_header(sheet, "A", "TT")
    check(split == head, "%s: frozen at %d, header at %d" % (unit, split, head))
    r = rows(sheet)
    code = r[find_row(sheet, "A", "1.10")]["A"]
    check(code[0] == "s", "the code 1.10 is not text")
    rate = r[find_row(sheet, "A", "3.3")]["E"]
    check(rate[0] == "n" and rate[2] == "0.00%", "%s: 3.3 result %r" % (unit, rate))
    check(near(rate[1], (2480 if unit == "CT-TU" else 2420) / 3790), "%s: 3.3 = %r" % (unit, rate[1]))
    check(r[find_row(sheet, "A", "1.1")]["E"][1] == "Có", "1.1 result")
    check(r[find_row(sheet, "A", "1.11")]["F"][1] == "Không giao", "1.11 assessment")
    total = r[find_row(sheet, "A", "Tổng cộng")]
    for col in "BCDEF":
        check(total[col][0] == "n" and total[col][2] == "0", "total %s %r" % (col, total[col]))
    want = run[unit]
    got = [int(total[c][1]) for c in "BCDE"]
    check(got == [int(want["assigned"]), int(want["met"]), int(want["unknown"]), int(want["not_met"])],
          "%s: counts %r, run says %r" % (unit, got, want))
    check(total["G"][2] == "0.00%" and near(round(total["G"][1] * 100, 2), float(want["rate"])),
          "%s: rate %r, run says %s" % (unit, total["G"], want["rate"]))

# ---- Biểu 03: every unit on one sheet, tiers as bands over two header rows
book, strings = read(tmp + "/bieu03.xlsx")
(sheet,) = book.values()
for text in ["Chuyển đổi số", "Chuyển đổi số nâng cao", "Tiêu chí bắt buộc", "Phường Nguyễn Thái Học",
             "Kết quả thực hiện Bộ tiêu chí đánh giá, công nhận các xã, phường, thị trấn đạt chuẩn chuyển đổi số/chuyển đổi số nâng cao năm ……"]:
    check(text in strings, "missing string %r" % text)
split, head = frozen_at_header(sheet, "D", "Tiêu chí bắt buộc")
check(split == head, "Biểu 03 frozen at %d, header ends at %d" % (split, head))
check(any(m.startswith("D%d:" % (head - 1)) for m in sheet["merged"]), "the tier band is not merged")
words = {"Đạt": "yes", "Không đạt": "no", "chưa xác định": "unknown"}
r = rows(sheet)
for want in csv.DictReader(open(tmp + "/bieu03.csv", encoding="utf-8")):
    cells = r[find_row(sheet, "B", want["unit"])]
    for first, tier in (("D", "cds"), ("J", "nang_cao")):
        cols = [chr(ord(first) + i) for i in range(6)]
        n = [cells[c] for c in cols[:4]]
        check(all(x[0] == "n" and x[2] == "0" for x in n), "counts are not whole numbers")
        got = ["%d/%d" % (n[1][1], n[0][1]), "%d/%d" % (n[3][1], n[2][1])]
        check(got == [want[tier + ".mandatory"], want[tier + ".extended"]],
              "%s %s: %r, run says %r" % (want["unit"], tier, got, want))
        share = cells[cols[4]]
        check(share[2] == "0.00%" and near(share[1], n[3][1] / n[2][1]), "extended share %r" % (share,))
        rec = "dat_cds" if tier == "cds" else "dat_nang_cao"
        check(words[cells[cols[5]][1]] == want[rec], "%s %s: %r" % (want["unit"], rec, cells[cols[5]]))

# ---- compare: the changed cells as numbers, the values as percentages
book, strings = read(tmp + "/compare.xlsx")
(sheet,) = book.values()
r = rows(sheet)
cell = r[find_row(sheet, "C", "1.6.a (cột 15)")]
check(cell["D"] == ("n", 816.0, "0") and cell["E"] == ("n", 800.0, "0"), "1.6.a %r" % cell)
n = find_row(sheet, "C", "3.3.a (cột 39)")
check(r[n + 1]["D"][2] == "0.00%" and near(r[n + 1]["E"][1], 2420 / 3790), "3.3 value %r" % r[n + 1])
check(r[n + 2]["D"][1] == "Đạt" and r[n + 2]["E"][1] == "Không đạt", "3.3 assessment")
check(any(s.startswith("Xã Cẩm Tân (UBND xã tự đánh giá) (CT-TU) · ") for s in strings), "no derivation")

# ---- Mẫu 02: both results side by side
book, strings = read(tmp + "/mau02.xlsx")
check(list(book) == ["CT-TU", "CT-HUYEN"], "Mẫu 02 sheets %r" % list(book))
sheet = book["CT-TU"]
split, head = frozen_at_header(sheet, "E", "Kết quả tự đánh giá của UBND cấp xã")
check(split == head, "Mẫu 02 frozen at %d, header at %d" % (split, head))
row = rows(sheet)[find_row(sheet, "A", "3.3")]
check(near(row["E"][1], 2480 / 3790) and near(row["F"][1], 2420 / 3790), "Mẫu 02 3.3 %r" % row)
check(row["G"][1] == "Không đạt" and row["H"][1] == "Tự đánh giá: Đạt", "Mẫu 02 3.3 %r" % row)
print("xlsx: all checks passed")
EOF
