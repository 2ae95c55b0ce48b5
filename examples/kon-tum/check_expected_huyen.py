#!/usr/bin/env python3
"""Independent reference computation for the Kon Tum district example.

Kon Tum 121/QĐ-UBND (10/3/2025), Phụ lục 02 "Bộ tiêu chí đánh giá mức độ
chuyển đổi số cấp huyện" (seed 002_85a6a048cafd9f2d.txt, lines 503-855):
4 groups, 33 criteria, each with a threshold per maturity level or
"Không áp dụng".

Criterion I.1 "Tỷ lệ xã, phường, thị trấn … đạt chuẩn chuyển đổi số" depends
on the district's communes (the rows of the commune file whose `parent` is the
district).  Their levels are computed HERE, by check_expected_xa.py's table of
Phụ lục 01 (also written from the seed, not from the Lua scripts).  Seed lines
520-526, read as (n = number of communes of the district, n_k = how many
reached level k or higher):
    level 1: "100% xã … đạt mức độ chuyển đổi số mức khởi động"   -> n_1 / n = 100 %
    level k (2..5): "100% xã … đạt mức độ chuyển đổi số từ mức <k-1> trở lên,
             trong đó tối thiểu 50% đạt mức <k>"        -> n_{k-1} / n = 100 %
                                                          and n_k / n >= 50 %
("đạt mức khởi động" is read as "level 1 or higher", as "đạt mức kết nối" in
the same table plainly counts a commune at level 3 too.)  A commune whose
level is unknown makes every n_k unknown (docs/language.md 3c: "A child whose
outcome is unknown makes the parent's aggregate unknown"), hence I.1 unknown.
The value shown for I.1 is n_1 / n.  A district with no commune in the data
(n = 0): the value and the shares are undefined, I.1 is unknown.

Usage:
    python3 check_expected_huyen.py [huyen-2025.csv [xa-2025.csv]] > huyen-2025.expected.csv
    python3 check_expected_huyen.py --all all-2025.csv   # one file, `level` column
    python3 check_expected_huyen.py --explain H02
    python3 check_expected_huyen.py --coverage
    python3 check_expected_huyen.py --met            # every criterion x level outcome, one a line

Standard library only.
"""

import os
import sys
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import reference as ref  # noqa: E402
from reference import count, div, yesno  # noqa: E402
import check_expected_xa as xa  # noqa: E402  (the communes' own table)

NA = None
TABLE = []
KIND = {}

# children[district] = list of commune results, filled by main()
CHILDREN = {}


def n_at(r, k):
    """How many communes of the district reached level k or higher."""
    kids = CHILDREN.get(r["unit"], [])
    assert all(c["level"] is not None for c in kids)  # i1_value checked it
    return sum(1 for c in kids if c["level"] >= k)


def n_all(r):
    return len(CHILDREN.get(r["unit"], []))


def i1_value(r):
    kids = CHILDREN.get(r["unit"], [])
    if any(c["level"] is None for c in kids):
        raise ref.Unknown("the level of commune " + ", ".join(
            c["unit"] for c in kids if c["level"] is None) + " is unknown")
    return div(F(n_at(r, 1)), F(n_all(r)), "I.1")


def i1_target(k):
    # "100% xã … đạt mức <k-1> trở lên, trong đó tối thiểu 50% đạt mức <k>":
    # shares of the n communes (n = 0: undefined, the value already is)
    def t(v, r):
        n = F(n_all(r))
        if k == 1:
            return n_at(r, 1) / n == 1
        return n_at(r, k - 1) / n == 1 and n_at(r, k) / n >= F(1, 2)
    return t


TABLE.append(("I.1", i1_value, [i1_target(k) for k in range(1, 6)]))
KIND["I.1"] = "rate"


def rate(code, levels, b_col=None):
    b_col = b_col or f"{code}.b"

    def fn(r):
        return div(count(r, f"{code}.a"), count(r, b_col), code)
    targets = [NA if p is None else (lambda v, r, p=p: v >= F(p, 100)) for p in levels]
    TABLE.append((code, fn, targets))
    KIND[code] = "rate"


def has(code, col, first):
    def fn(r):
        return yesno(r, f"{code}.{col}")
    targets = [NA if k < first else (lambda v, r: v is True) for k in range(1, 6)]
    TABLE.append((code, fn, targets))
    KIND[code] = "yesno"


def at_least(code, col, levels):
    def fn(r):
        return count(r, f"{code}.{col}")
    targets = [NA if n is None else (lambda v, r, n=n: v >= n) for n in levels]
    TABLE.append((code, fn, targets))
    KIND[code] = "count"


# ---- II. Chính quyền số (22) ----------------------------------------------
rate("II.1", [70, 80, 90, 100, 100])
rate("II.2", [20, 30, 40, 80, 90])
rate("II.3", [75, 85, 95, 100, 100])
has("II.4", "co_su_dung", 4)
has("II.5", "co_trien_khai", 4)
rate("II.6", [50, 60, 80, 100, 100])
has("II.7", "co_ket_noi", 3)
rate("II.8", [50, 60, 70, 80, 90])
rate("II.9", [50, 70, 90, 100, 100], b_col="so_httt")
rate("II.10", [10, 20, 30, 50, 70], b_col="so_httt")
rate("II.11", [20, 40, 60, 80, 100], b_col="so_httt")
has("II.12", "co_nhan_su", 1)
at_least("II.13", "so_he_thong", [None, None, None, 1, 3])
at_least("II.14", "so_he_thong", [None, None, None, 1, 3])
has("II.15", "co_ung_dung", 3)
rate("II.16", [None, 50, 60, 70, 80])
has("II.17", "co_diem", 3)
has("II.18", "co_trang", 1)
has("II.19", "co_he_thong", 3)
has("II.20", "co_he_thong", 4)
has("II.21", "co_he_thong", 3)
has("II.22", "co_nen_tang", 3)

# ---- III. Kinh tế số (6) --------------------------------------------------
rate("III.1", [30, 50, 70, 80, 90])
rate("III.2", [20, 40, 60, 70, 80])
rate("III.3", [10, 20, 30, 40, 50])
rate("III.4", [None, 50, 60, 70, 100])
rate("III.5", [60, 70, 80, 90, 100])
has("III.6", "co_nen_tang", 4)

# ---- IV. Xã hội số (4) ----------------------------------------------------
rate("IV.1", [70, 80, 90, 100, 100])
rate("IV.2", [10, 30, 50, 60, 80])
rate("IV.3", [None, None, 50, 60, 80])
rate("IV.4", [None, None, 50, 100, 100])

GROUPS = {"I": 1, "II": 22, "III": 6, "IV": 4}


def self_check():
    # Seed lines 59-63: "04 nhóm tiêu chí với 33 tiêu chí thành phần: chung 01,
    # Chính quyền số 22, Kinh tế số 06, Xã hội số 04".
    assert len(TABLE) == 33, len(TABLE)
    for g, n in GROUPS.items():
        assert sum(1 for (c, _, _) in TABLE if c.split(".")[0] == g) == n, g
    applicable = [sum(1 for (_, _, t) in TABLE if t[k] is not None) for k in range(5)]
    assert applicable == [17, 19, 27, 33, 33], applicable


def show_value(code, v):
    if v is None:
        return "-"
    if KIND[code] == "rate":
        return f"{v.numerator}/{v.denominator} = {ref.pct(v)}"
    if KIND[code] == "yesno":
        return "có" if v else "không"
    return str(v)


def evaluate_with(rows):
    """Split rows into districts and communes (a `level` column if any, else
    every row with a parent is a commune), evaluate the communes with the
    commune table, then the districts."""
    communes, districts = [], []
    for r in rows:
        lv = (r.get("level") or "").strip()
        if lv == "xa" or (lv == "" and (r.get("parent") or "").strip()):
            communes.append(r)
        elif lv in ("huyen", ""):
            districts.append(r)
    CHILDREN.clear()
    for c in xa.evaluate_rows(communes):
        CHILDREN.setdefault(c["row"]["parent"].strip(), []).append(c)
    units = []
    for r in districts:
        units.append(evaluate_district(r))
    return units


def evaluate_district(r):
    # When a commune's level is unknown, I.1's value is unknown (ref.Unknown)
    # and its targets are not evaluated: every level's I.1 outcome is unknown.
    return ref.evaluate(r, TABLE)


def main(argv):
    xa.self_check()
    self_check()
    args = [a for a in argv if not a.startswith("--")]
    opts = [a for a in argv if a.startswith("--")]
    explain = args.pop(0) if "--explain" in opts else None
    if "--all" in opts:
        rows = ref.read(args[0] if args else os.path.join(HERE, "all-2025.csv"))
    else:
        dpath = args[0] if args else os.path.join(HERE, "huyen-2025.csv")
        cpath = args[1] if len(args) > 1 else os.path.join(HERE, "xa-2025.csv")
        rows = ref.read(dpath) + ref.read(cpath)
    units = evaluate_with(rows)
    if explain:
        u = next(x for x in units if x["unit"] == explain)
        kids = CHILDREN.get(explain, [])
        ref.explain(u, TABLE, show_value)
        print("  communes: " + ", ".join(
            f"{c['unit']} level {'unknown' if c['level'] is None else c['level']}" for c in kids))
        return
    if "--coverage" in opts:
        for u in units:
            print(u["unit"], "level", u["level"], "I.1 per level",
                  [ref.yn(u["met"][("I.1", k)]) for k in range(1, 6)], u["status"])
        return
    if "--met" in opts:
        ref.write_met(units, TABLE)
        return
    ref.write_csv(units)


if __name__ == "__main__":
    main(sys.argv[1:])
