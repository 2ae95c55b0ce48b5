#!/usr/bin/env python3
"""Independent check of the Cẩm Tân 2024 example.

Cẩm Tân's letter of 6/2024 (../shared/seeds/004_29ddc68b533c367c.txt) applies
Quyết định 1829/QĐ-UBND to the year 2024: the same 37 criteria, the same
targets (every 2024 target it states — "(năm 2024 là 75%)", … — equals the
2024 column of 1829), and "Chỉ tiêu này năm 2024 không thực hiện" for 1.11
(line 163).  So the rules are those of check_expected_xa.py (written from
1829's text), with 1.11 not assigned in 2024 (as 1829's "*" already says) and
the year 2024 when the dataset has no `period` column.

The letter's forms (Mẫu 1.4, 2.5, 2.6, 3.3, 4.5, lines 1102-1230) are the lists
thirteen inputs are counted from.  When the list files sit beside the dataset
(<dataset stem>.<list>.csv, as make_cam_tan_lists.py writes them), a unit with
rows in a list gets its figures counted here from the rows — straight from the
form's columns, not from the Lua script's declaration — and they must equal
the dataset's own cells (the two sources of the example agree); a unit with no
rows in a list (CT-HUYEN, the district's appraisal) keeps its dataset figures.

    python3 check_expected_cam_tan.py [DATASET] [--period YEAR] [--explain UNIT]
"""

import csv
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reference import NA, NO, YES, main  # noqa: E402
from check_expected_xa import CRITERIA, RECOGNITIONS, context as context_xa  # noqa: E402

# Cẩm Tân, line 163: 1.11 "(Chỉ tiêu này năm 2024 không thực hiện)".
by_code = {c.code: c for c in CRITERIA}
by_code["1.11"].targets[2024] = NA

# The 2024 targets Cẩm Tân states (seed 004), to compare with 1829's 2024 column:
# they must all be equal, since the commune does not change any.
STATED_2024 = {
    "1.6": 75, "1.10": 100, "2.1": 100, "2.2": 100, "2.3": 100, "2.4": 70, "2.5": 70,
    "2.6": 60, "3.1": 70, "3.2": 80, "3.3": 65, "3.4": 70, "3.5": 100, "3.6": 20,
    "3.7": 100, "3.8": 100, "3.9": 100, "3.10": 40, "3.11": 30, "3.12": 70, "4.1": 100,
}
for code, t in STATED_2024.items():
    assert by_code[code].targets[2024] * 100 == t, (code, by_code[code].targets[2024], t)
assert by_code["4.2"].targets[2024] == "yes"      # "(đáp ứng)"

# --------------------------------------------------------------------------
# The lists
# --------------------------------------------------------------------------

def rows_of(_row):
    return True


def yes(heading):
    """The row's yes/no cell under `heading` is yes; None (not counted) if blank."""
    def test(row):
        v = row[norm(heading)].strip().lower()
        if v == "":
            return None
        if v in YES:
            return True
        if v in NO:
            return False
        raise SystemExit(f"{row['#file']}: row {row['#line']}: {heading} = {v!r} is not yes/no")
    return test


def both(a, b):
    def test(row):
        x, y = a(row), b(row)
        return None if x is None or y is None else x and y
    return test


def filled(heading):
    return lambda row: row[norm(heading)].strip() != ""


SMARTPHONE = yes("Có điện thoại thông minh")

# list -> (its key column, {input: which rows count}); headings are the forms'.
LISTS = {
    "can_bo": ("STT", {                                     # Mẫu 1.4
        "tong_cbcc": rows_of,
        "1.4.a": filled("Hộp thư điện tử công vụ (ghi địa chỉ hộp thư)"),
        "4.3.a": yes("Có máy tính làm việc"),
    }),
    "doanh_nghiep": ("TT", {                                # Mẫu 2.5
        "2.5.b": rows_of,
        "2.5.a": yes("Sử dụng hợp đồng điện tử"),
    }),
    "dnvvn": ("TT", {                                       # Mẫu 2.6
        "2.6.b": rows_of,
        "2.6.a": yes("Sử dụng nền tảng số"),
    }),
    "dan_so": ("TT", {                                      # Mẫu 3.3
        "dan_so_truong_thanh": rows_of,
        "so_co_dttm": SMARTPHONE,
        "3.3.a": both(SMARTPHONE, yes("Có cài đặt PM ATTT")),
        "3.10.a": yes("Có chữ ký số"),
        "3.11.a": yes("Có sử dụng dịch vụ công trực tuyến"),
    }),
    "wifi": ("STT", {                                       # Mẫu 4.5
        "4.5.so_diem_wifi": rows_of,
    }),
}

FROM_LISTS = {}     # unit -> [(list, input, rows, figure)], for --explain


def norm(heading):
    """Headings match ignoring case and NFC/NFD (LISTS-SPEC)."""
    return unicodedata.normalize("NFC", heading).strip().lower()


def read_list(path):
    """The rows of a list file as dicts keyed by normalised heading."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        r = csv.reader(f)
        header = [norm(h) for h in next(r)]
        return [dict(zip(header, cells), **{"#file": path, "#line": n})
                for n, cells in enumerate(r, 2) if any(c.strip() for c in cells)]


def counts(path, key, inputs, units):
    """unit -> {input: count} over the list's rows (units with rows only)."""
    per_unit, seen = {}, set()
    for row in read_list(path):
        unit = row.get("unit", "").strip() if "unit" in row else \
            (units[0] if len(units) == 1 else None)
        if unit is None:
            raise SystemExit(f"{path}: no unit column and the dataset has several units")
        if unit not in units:
            print(f"{path}: row {row['#line']}: unknown unit {unit!r}, ignored", file=sys.stderr)
            continue
        k = row[norm(key)].strip()
        if k in seen:            # a repeated key is not counted (LISTS-SPEC)
            print(f"{path}: row {row['#line']}: {key} {k} repeats, not counted", file=sys.stderr)
            continue
        seen.add(k)
        c = per_unit.setdefault(unit, {name: 0 for name in inputs})
        for name, test in inputs.items():
            if test(row):
                c[name] += 1
    return per_unit


def from_lists(path, rows):
    """Replace the list inputs of every unit with rows in a list; they must
    equal the dataset's cells."""
    stem = path[:-4] if path.endswith(".csv") else path
    by_unit = {row["unit"]: row for row in rows}
    for name, (key, inputs) in LISTS.items():
        lpath = f"{stem}.{name}.csv"
        if not os.path.exists(lpath):
            continue
        for unit, c in counts(lpath, key, inputs, list(by_unit)).items():
            row = by_unit[unit]
            for inp, n in c.items():
                if row[inp].strip() != str(n):
                    raise SystemExit(f"{unit}: {inp} is {row[inp]!r} in {path} but {n} "
                                     f"from {lpath}: the two must agree")
                row[inp] = str(n)
                FROM_LISTS.setdefault(unit, []).append((name, inp, n))
    return rows


def context(u):
    lines = context_xa(u)
    for name, inp, n in FROM_LISTS.get(u["unit"], []):
        lines.append(f"  {inp} = {n} (from the list {name})")
    return lines


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    main(sys.argv[1:], os.path.join(here, "cam-tan-2024.csv"), CRITERIA, RECOGNITIONS,
         default_year=2024, context=context, prepare=from_lists)
