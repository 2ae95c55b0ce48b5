#!/usr/bin/env python3
"""Independent reference computation for the Kon Tum commune example.

Kon Tum 121/QĐ-UBND (10/3/2025), Phụ lục 01 "Bộ tiêu chí đánh giá mức độ
chuyển đổi số cấp xã" (seed 002_85a6a048cafd9f2d.txt, lines 135-502):
3 groups, 38 criteria, each with a threshold per maturity level (1 Khởi động,
2 Kết nối, 3 Cơ bản, 4 Nâng cao, 5 Toàn diện) or "Không áp dụng".

This file is a SECOND OPINION on criteria/kon-tum/121-2025-xa.lua: every
criterion's thresholds are written again below, directly from the seed's
table.  It does not read the Lua script; it only shares the dataset's column
names with it.  The interpretation choices are the script's (listed in
xa-2025.md and docs/criteria.md):

  * a rate "Tỷ lệ phần trăm của số X trên tổng số Y" is X / Y from two counts,
    met at a level when X / Y >= the level's percentage; Y = 0 -> undefined
    (no rule in the seed), hence unknown;
  * "Có …" targets (Có hệ thống, Có nền tảng, …) are yes/no, met when yes;
  * I.7 "Tối thiểu 01 / 02 nhân sự": a count, >= 1 (levels 1-4), >= 2 (level 5);
  * II.4 "Có 1 / Có 2 doanh nghiệp, hợp tác xã" -> at least 1 / 2; level 5
    "Có 3 doanh nghiệp, hợp tác xã trở lên hoặc 100% doanh nghiệp, hợp tác xã
    trên địa bàn" -> a >= 3, or b > 0 and a >= b (every one of the b
    enterprises/cooperatives on the territory);
  * I.9, I.10, I.11 share one denominator: the commune's information systems
    (shared input so_httt);
  * the level rule is cumulative (2361/QĐ-BTTTT, the national framework the
    decision is built on): level k is reached when every criterion applicable
    at each level j <= k meets its level-j target.

Usage:
    python3 check_expected_xa.py [xa-2025.csv] > xa-2025.expected.csv
    python3 check_expected_xa.py --explain X03     # one unit, criterion by level
    python3 check_expected_xa.py --coverage        # which level each unit reached
    python3 check_expected_xa.py --met            # every criterion x level outcome, one a line

Standard library only.
"""

import os
import sys
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import reference as ref  # noqa: E402
from reference import count, div, yesno  # noqa: E402

NA = None
TABLE = []   # (code, value function, [5 targets])
KIND = {}    # code -> "rate" | "yesno" | "count"


def rate(code, levels, b_col=None):
    """'Tỷ lệ …' with thresholds in percent, None = Không áp dụng."""
    b_col = b_col or f"{code}.b"

    def fn(r):
        return div(count(r, f"{code}.a"), count(r, b_col), code)
    targets = [NA if p is None else (lambda v, r, p=p: v >= F(p, 100)) for p in levels]
    TABLE.append((code, fn, targets))
    KIND[code] = "rate"


def has(code, col, first):
    """'Có …' from level `first` on; Không áp dụng below."""
    def fn(r):
        return yesno(r, f"{code}.{col}")
    targets = [NA if k < first else (lambda v, r: v is True) for k in range(1, 6)]
    TABLE.append((code, fn, targets))
    KIND[code] = "yesno"


# ---- I. Chính quyền số (24) -----------------------------------------------
rate("I.1", [50, 60, 70, 100, 100])
rate("I.2", [20, 30, 50, 80, 90])
rate("I.3", [60, 70, 80, 90, 100])
has("I.4", "co_su_dung", 3)
has("I.5", "co_trien_khai", 4)
rate("I.6", [50, 60, 80, 100, 100])
# I.7 "Tối thiểu 01 nhân sự" (levels 1-4), "Tối thiểu 02 nhân sự" (level 5)
TABLE.append(("I.7", lambda r: count(r, "I.7.so_nhan_su"),
              [lambda v, r: v >= 1] * 4 + [lambda v, r: v >= 2]))
KIND["I.7"] = "count"
rate("I.8", [50, 60, 70, 80, 90])
rate("I.9", [None, None, 100, 100, 100], b_col="so_httt")
rate("I.10", [None, None, 50, 70, 100], b_col="so_httt")
rate("I.11", [None, 40, 60, 80, 100], b_col="so_httt")
has("I.12", "co_he_thong", 3)
has("I.13", "co_he_thong", 3)
has("I.14", "co_diem_phuc_vu", 2)
has("I.15", "co_ket_noi", 3)
has("I.16", "co_trang", 3)
has("I.17", "co_he_thong", 3)
has("I.18", "co_ung_dung", 3)
has("I.19", "co_nen_tang", 3)
has("I.20", "co_ke_hoach", 3)
has("I.21", "co_dien_dan", 3)
has("I.22", "co_ung_dung", 4)
has("I.23", "co_nen_tang", 4)
has("I.24", "co_nen_tang", 4)

# ---- II. Kinh tế số (5) ---------------------------------------------------
rate("II.1", [20, 30, 40, 50, 70])
rate("II.2", [30, 40, 50, 70, 90])
has("II.3", "co_san_pham", 2)


def ii4_level5(v, r):
    # "Có 3 doanh nghiệp, hợp tác xã trở lên hoặc 100% doanh nghiệp, hợp tác xã
    # trên địa bàn": 3 or more, or all of them (there being at least one).
    if v >= 3:
        return True
    b = count(r, "II.4.b")
    return b > 0 and v >= b


TABLE.append(("II.4", lambda r: count(r, "II.4.a"),
              [NA, NA, lambda v, r: v >= 1, lambda v, r: v >= 2, ii4_level5]))
KIND["II.4"] = "count"
rate("II.5", [None, None, 50, 70, 100])

# ---- III. Xã hội số (9) ---------------------------------------------------
rate("III.1", [50, 60, 70, 80, 100])
rate("III.2", [50, 60, 70, 80, 100])
rate("III.3", [20, 30, 40, 50, 60])
rate("III.4", [40, 50, 60, 70, 80])
rate("III.5", [10, 30, 50, 70, 90])
rate("III.6", [60, 70, 80, 90, 100])
rate("III.7", [None, 80, 90, 100, 100])
has("III.8", "co_he_thong", 3)
has("III.9", "co_mo_hinh", 3)

GROUPS = {"I": 24, "II": 5, "III": 9}


def self_check():
    # Seed line 54-57: "03 nhóm tiêu chí với 38 tiêu chí thành phần: Chính quyền
    # số 24, Kinh tế số 05, Xã hội số 09".
    assert len(TABLE) == 38, len(TABLE)
    for g, n in GROUPS.items():
        assert sum(1 for (c, _, _) in TABLE if c.split(".")[0] == g) == n, g
    # applicable criteria per level, counted from the seed's table by hand
    applicable = [sum(1 for (_, _, t) in TABLE if t[k] is not None) for k in range(5)]
    assert applicable == [14, 18, 34, 38, 38], applicable


def show_value(code, v):
    if v is None:
        return "-"
    if KIND[code] == "rate":
        return f"{v.numerator}/{v.denominator} = {ref.pct(v)}"
    if KIND[code] == "yesno":
        return "có" if v else "không"
    return str(v)


def evaluate_rows(rows):
    return [ref.evaluate(r, TABLE) for r in rows]


def main(argv):
    self_check()
    args = [a for a in argv if not a.startswith("--")]
    opts = [a for a in argv if a.startswith("--")]
    explain = args.pop(0) if "--explain" in opts else None
    path = args[0] if args else os.path.join(HERE, "xa-2025.csv")
    rows = [r for r in ref.read(path) if r.get("level", "xa") in ("xa", "")]
    units = evaluate_rows(rows)
    if explain:
        ref.explain(next(u for u in units if u["unit"] == explain), TABLE, show_value)
        return
    if "--coverage" in opts:
        for u in units:
            print(u["unit"], "level", u["level"], "registered", u["registered"],
                  "reached", ref.yn(u["reached"]), u["status"])
        seen = {u["level"] for u in units}
        want = {0, 1, 2, 3, 4, 5, None}
        print("ALL LEVELS REACHED" if want <= seen else f"MISSING {want - seen}")
        return
    if "--met" in opts:
        ref.write_met(units, TABLE)
        return
    ref.write_csv(units)


if __name__ == "__main__":
    main(sys.argv[1:])
