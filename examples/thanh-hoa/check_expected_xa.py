#!/usr/bin/env python3
"""Independent check of the Thanh Hóa 1829/QĐ-UBND commune examples.

Written from the decision's text (../shared/seeds/000_863320d33cfbb4b6.txt,
first copy: Phụ lục 01 lines 128-771, Điều 2 lines 66-70), NOT from the Lua
script.  For each commune and year it judges the 37 criteria against the target
of that year ("*" = not assigned; a percentage = at least that share; a
qualitative target or an empty cell = the yes/no statement must hold),
counts "đạt x/y chỉ tiêu, tỷ lệ z %", and applies Điều 2: all criteria
assigned for the year met AND the ranking index of QĐ 3853 (read from the
column ty_le_diem_3853) at least 70 % of its total points.

    python3 check_expected_xa.py [DATASET] [--period YEAR] [--explain UNIT]

Without --period the year is the row's `period` column.  Prints the expected
CSV of `tieuchi run --format csv` (docs/language.md section 3c).
Standard library only; exact fractions.
"""

import os
import sys
from fractions import Fraction as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reference import (NA, YES_T, Criterion, count, div, yesno, percent,  # noqa: E402
                       per_year, and3, main, pct, Missing)

P = lambda s: F(s) / 100          # "65%" of the table -> 0.65
ALL_YES = per_year(YES_T, YES_T, YES_T, YES_T)


def col(code, name):
    """The dataset column of input `name` of criterion `code`; shared inputs
    are given by their own name (no dot)."""
    return f"{code}.{name}"


def rate(code, a, b):
    """value a / b; a and b are column names."""
    def value(row):
        return div(count(row, a), count(row, b), f"{code}: {b} = 0")

    def show(row):
        return f"{count(row, a)}/{count(row, b)} "
    return value, show


def crit_rate(code, a, b, targets):
    v, s = rate(code, a, b)
    return Criterion(code, v, targets, s)


def crit_yes(code, column, targets=ALL_YES):
    return Criterion(code, lambda row: yesno(row, column), targets)


HUNDRED = per_year(P(100), P(100), P(100), P(100))

# Phụ lục 01, in table order.  Targets are copied from the "Năm 2022 … Năm 2025"
# cells; see the comments for the rows whose cells are partly empty.
CRITERIA = [
    # ---- 1 Chính quyền số ----
    # 1.1 "Văn bản", no year cell: qualitative, every year.
    crit_yes("1.1", col("1.1", "co_van_ban")),
    # 1.2 leaders and CBCC working fully electronically / all CBCC.
    crit_rate("1.2", col("1.2", "a"), "tong_cbcc", HUNDRED),
    crit_rate("1.3", col("1.3", "a"), col("1.3", "b"), HUNDRED),
    crit_rate("1.4", col("1.4", "a"), "tong_cbcc", HUNDRED),
    crit_rate("1.5", col("1.5", "a"), "tong_ho_so_tthc", HUNDRED),
    crit_rate("1.6", col("1.6", "a"), "tong_ho_so_tthc", per_year(P(65), P(70), P(75), P(80))),
    # 1.7 "Kênh giao tiếp", no year cell: at least one channel, every year.
    Criterion("1.7", lambda row: count(row, col("1.7", "so_kenh")) >= 1, ALL_YES),
    # 1.8 "Sử dụng hiệu quả" x4.
    crit_yes("1.8", col("1.8", "su_dung_hieu_qua")),
    # 1.9 "Có trang" / "Cung cấp đầy đủ thông tin theo quy định" x4: both must hold.
    Criterion("1.9", lambda row: yesno(row, col("1.9", "co_trang"))
              and yesno(row, col("1.9", "day_du_thong_tin")), ALL_YES),
    crit_rate("1.10", col("1.10", "a"), col("1.10", "b"), HUNDRED),
    # 1.11 "Triển khai sử dụng | *1 | * | *".
    crit_yes("1.11", col("1.11", "trien_khai"), per_year(YES_T, NA, NA, NA)),
    # ---- 2 Kinh tế số ----
    crit_rate("2.1", col("2.1", "a"), col("2.1", "b"), HUNDRED),
    crit_rate("2.2", col("2.2", "a"), col("2.2", "b"), HUNDRED),
    crit_rate("2.3", col("2.3", "a"), col("2.3", "b"), HUNDRED),
    crit_rate("2.4", col("2.4", "a"), col("2.4", "b"), per_year(P(50), P(60), P(70), P(80))),
    crit_rate("2.5", col("2.5", "a"), col("2.5", "b"), per_year(NA, P(50), P(70), P(80))),
    crit_rate("2.6", col("2.6", "a"), col("2.6", "b"), per_year(P(50), P(55), P(60), P(70))),
    # ---- 3 Xã hội số ----
    crit_rate("3.1", col("3.1", "a"), col("3.1", "b"), per_year(P(50), P(60), P(70), P(80))),
    crit_rate("3.2", col("3.2", "a"), col("3.2", "b"), per_year(P(60), P(75), P(80), P(85))),
    # 3.3 over the smartphone subscribers (Mẫu 3.3 of seed 004).
    crit_rate("3.3", col("3.3", "a"), "so_co_dttm", per_year(NA, P(55), P(65), P(75))),
    crit_rate("3.4", "so_co_dttm", "dan_so_truong_thanh", per_year(P(60), P(65), P(70), P(80))),
    crit_rate("3.5", col("3.5", "a"), col("3.5", "b"), per_year(P(60), P(95), P(100), P(100))),
    crit_rate("3.6", col("3.6", "a"), "dan_so_truong_thanh", per_year(NA, P(10), P(20), P(30))),
    crit_rate("3.7", col("3.7", "a"), col("3.7", "b"), per_year(NA, P(100), P(100), P(100))),
    crit_rate("3.8", col("3.8", "a"), col("3.8", "b"), per_year(NA, P(50), P(100), P(100))),
    crit_rate("3.9", col("3.9", "a"), col("3.9", "b"), per_year(NA, P(50), P(100), P(100))),
    crit_rate("3.10", col("3.10", "a"), "dan_so_truong_thanh", per_year(NA, P(30), P(40), P(50))),
    crit_rate("3.11", col("3.11", "a"), "dan_so_truong_thanh", per_year(NA, P(20), P(30), P(50))),
    crit_rate("3.12", col("3.12", "a"), "so_ho_gia_dinh", per_year(NA, P(60), P(70), P(90))),
    # ---- 4 Hạ tầng số ----
    crit_rate("4.1", col("4.1", "a"), "so_ho_gia_dinh", HUNDRED),
    # 4.2 "* | Đáp ứng | Đáp ứng | Đáp ứng".
    crit_yes("4.2", col("4.2", "dap_ung"), per_year(NA, YES_T, YES_T, YES_T)),
    crit_rate("4.3", col("4.3", "a"), "tong_cbcc", HUNDRED),
    # 4.4, 4.5, 4.6: no year cell, every year.
    crit_yes("4.4", col("4.4", "co_he_thong")),
    Criterion("4.5", lambda row: count(row, col("4.5", "so_diem_wifi")) >= 1, ALL_YES),
    crit_yes("4.6", col("4.6", "co_camera")),
    # 4.7 one "*" (2022), then empty: assigned 2023-2025.
    crit_yes("4.7", col("4.7", "ung_dung_cntt"), per_year(NA, YES_T, YES_T, YES_T)),
    # 4.8 three "*" (2022-2024), then empty: assigned 2025.  "(nếu có)": every
    # post/telecom point of the commune is a consulting point; none -> met.
    Criterion("4.8", lambda row: count(row, col("4.8", "so_diem_tu_van"))
              >= count(row, col("4.8", "so_diem")), per_year(NA, NA, NA, YES_T)),
]

assert len(CRITERIA) == 37
assert [sum(1 for c in CRITERIA if c.group == g) for g in "1234"] == [11, 6, 12, 8]


def hoan_thanh(s, row):
    """Điều 2: all criteria assigned for the year met, and the QĐ 3853 index
    >= 70 % of its total points ("Đạt từ 70% tổng số điểm trở lên")."""
    try:
        idx = percent(row, "ty_le_diem_3853") >= P(70)
    except Missing:
        idx = None
    return and3(s["all_met"], idx)


RECOGNITIONS = [("hoan_thanh", hoan_thanh)]


def context(u):
    row = u["row"]
    v = row.get("ty_le_diem_3853", "").strip()
    return [f"  ty_le_diem_3853 (QĐ 3853, from the dataset) = {v or 'blank'}"
            + (f" = {pct(F(v) / 100)} (>= 70 %: {'yes' if F(v) >= 70 else 'no'})" if v else "")]


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    main(sys.argv[1:], os.path.join(here, "xa-2024.csv"), CRITERIA, RECOGNITIONS,
         context=context)
