#!/usr/bin/env python3
"""Compare the results sheet of `tieuchi run --format xlsx` with `run --format csv`.

usage: xlsx_vs_csv.py RESULTS.csv SHEET.csv
SHEET.csv is the workbook's first sheet as text: from tests/cli/tools/xlsx_dump.py
(numbers as stored) or from `libreoffice --convert-to csv` (numbers as displayed, rates
with a % sign). The CSV's "x/y" counts are two columns in the workbook; yes/no/unknown
and ok/incomplete are words in Vietnamese there. Numbers must be equal to the CSV's
decimals: the workbook holds what `run` shows."""
import csv
import sys

WORDS = {"yes": {"Đạt", "có"}, "no": {"Không đạt", "không"}, "unknown": {"chưa xác định"},
         "ok": {"đủ dữ liệu"}}


def expand(row):
    """The CSV row with "x/y" split in two, as the workbook has it."""
    out = []
    for cell in row:
        parts = cell.split("/")
        if len(parts) == 2 and all(p.isdigit() for p in parts):
            out.extend(parts)
        else:
            out.append(cell)
    return out


def number(text):
    text = text.strip()
    if text.endswith("%"):
        text = text[:-1]
    try:
        return float(text)
    except ValueError:
        return None


def same(want, got, header):
    if want == got:
        return True
    if header == "level_name" and want == "":
        return True         # level 0: the workbook says "chưa đạt mức 1" where the CSV is blank
    if want in WORDS:
        return got in WORDS[want]
    if want == "incomplete":
        return got == "thiếu dữ liệu" or got.startswith("thiếu ")
    w = number(want)
    if w is None:
        return False
    decimals = len(want.split(".")[1]) if "." in want else 0
    g = number(got)
    if g is None:
        return False
    if header == "rate" and not got.strip().endswith("%"):
        g *= 100            # the stored fraction
    return round(g, decimals) == round(w, decimals)


def main(results_csv, sheet_csv):
    with open(results_csv, newline="", encoding="utf-8") as f:
        want = list(csv.reader(f))
    with open(sheet_csv, newline="", encoding="utf-8-sig") as f:
        got = [r for r in csv.reader(f) if r and not r[0].startswith("== ")]
    headers = expand(want[0])
    heads = []
    for h in want[0]:            # the CSV header of each expanded column
        heads.extend([h, h] if h.startswith("L") and h[1:].isdigit() or h.endswith(("mandatory", "extended")) else [h])
    bad = 0
    if len(got) != len(want):
        print("rows: %d in the CSV, %d in the workbook" % (len(want), len(got)))
        return 1
    for i, (w, g) in enumerate(zip(want[1:], got[1:]), start=2):
        w = expand(w)
        g = g + [""] * (len(w) - len(g))
        for j, cell in enumerate(w):
            if not same(cell, g[j], heads[j] if j < len(heads) else ""):
                print("row %d, column %d (%s): CSV %r, workbook %r" % (i, j + 1, heads[j], cell, g[j]))
                bad += 1
    print("%d rows, %d columns compared, %d differences" % (len(want) - 1, len(headers), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
