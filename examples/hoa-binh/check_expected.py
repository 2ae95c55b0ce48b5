#!/usr/bin/env python3
"""Independent reference computation for the Hòa Bình commune example.

Hòa Bình 1153/QĐ-UBND (01/06/2023), Phụ lục IV "Bộ chỉ số ... của UBND các xã,
phường, thị trấn" (seed 001_1e8ff679e60961d5.txt, lines 515-695): 8 groups,
48 indicators, 1000 points.

This file is a SECOND OPINION on criteria/hoa-binh/1153-2023-xa.lua: every
indicator below is written again, directly from the seed's scoring text, with
exact rational arithmetic (fractions.Fraction).  It does not read the Lua
script; it only shares the dataset's column names with it.  The interpretation
choices are the same as the script's (they are listed in README.md) so that the
two must agree number for number.

Only the decision's rules are here.  The generic plumbing (reading cells,
missing / undefined / clamped outcomes, group sums, ranking, formatting, the
command line) is in reference.py, shared with the department and district
checkers.

Usage:
    python3 check_expected.py [xa-2023.csv] > xa-2023.expected.csv
    python3 check_expected.py --explain X01      # the working of one unit
    python3 check_expected.py --coverage         # which unit takes which branch

Semantics (docs/language.md, sections 2 and 5):
  * a blank cell that an indicator needs -> the indicator is MISSING data;
  * a zero denominator in a ratio -> the indicator is UNDEFINED (the seed never
    says what to do, so no rule is invented);
  * a score outside [0, max] -> clamped into range and reported (out_of_range =
    "clamp"); a clamped indicator counts as its clamped value;
  * a unit with a missing or undefined indicator is "incomplete": its group
    scores and total add only the indicators that could be computed, and it is
    not ranked;
  * complete units ("ok") are ranked by total, descending; ties share a rank
    (1, 2, 2, 4);
  * values are printed with 2 decimals (round half away from zero; the data
    avoids exact .xx5 ties, and this script refuses to print one).

Standard library only.
"""

import os
import sys
from fractions import Fraction as F
from functools import partial

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import reference as ref  # noqa: E402  (the shared plumbing, next to this file)
from reference import amount, choice, count, yesno  # noqa: E402

# this checker's "undefined" reason names the zero denominator
div = partial(ref.div, why="division by zero (b = 0)")

# --------------------------------------------------------------------------
# The indicators, from the seed's text.  Each function returns
# (points, branch) where branch names the arm of the seed's rule that applied.
# --------------------------------------------------------------------------

IND = ref.Indicators()  # (code, group, max, function, [all branches])
indicator = IND.indicator


def yes_no_ind(code, mx, col):
    # "Có / Đã ...: Điểm tối đa; Chưa ...: 0 điểm"
    def fn(r, M):
        return (M, "yes") if yesno(r, col) else (F(0), "no")
    indicator(code, mx, ["yes", "no"])(fn)


def ratio_ind(code, mx, a_col, b_col):
    # "Điểm = (a/b) * Điểm tối đa"  (or "Tỷ lệ = a/b; Điểm = Tỷ lệ * Điểm tối đa")
    def fn(r, M):
        a, b = count(r, a_col), count(r, b_col)
        return div(a, b, code) * M, "a/b*max"
    indicator(code, mx, ["a/b*max"])(fn)


def capped_ind(code, mx, a_col, b_col, target, num=count, den=count):
    # "Tỷ lệ >= T (or > T): Điểm tối đa; Tỷ lệ < T: Tỷ lệ/T * Điểm tối đa"
    T = F(target, 100)

    def fn(r, M):
        a, b = num(r, a_col), den(r, b_col)
        t = div(a, b, code)
        if t >= T:
            return M, "capped"
        return t / T * M, "proportional"
    indicator(code, mx, ["capped", "proportional"])(fn)


# ---- 1. Nhận thức số (100) ------------------------------------------------

@indicator("1.1", 20, ["bi_thu_chu_tich", "pho_bi_thu_chu_tich", "khong"])
def _(r, M):
    # Bí thư/Chủ tịch: max; Phó Bí thư/Phó Chủ tịch: 1/2 max; none/other: 0
    v = choice(r, "1.1.truong_ban", {"bi_thu_chu_tich", "pho_bi_thu_chu_tich", "khong"})
    return {"bi_thu_chu_tich": M, "pho_bi_thu_chu_tich": M / 2, "khong": F(0)}[v], v


ratio_ind("1.2", 20, "1.2.a", "1.2.b")


@indicator("1.3", 20, ["(1) rieng", "(1) lien_ket", "(1) chua_co",
                       "(2) >=12", "(2) 6-11", "(2) <6"])
def _(r, M):
    # "Điểm=(1) (2)": the '+' was lost -> (1) + (2)
    c = choice(r, "1.3.chuyen_muc", {"rieng", "lien_ket", "chua_co"})
    p1 = {"rieng": M / 2, "lien_ket": M / 4, "chua_co": F(0)}[c]
    n = count(r, "1.3.so_tin_bai")
    if n >= 12:
        p2, b2 = M / 2, ">=12"
    elif 6 <= n <= 11:
        p2, b2 = M / 4, "6-11"
    else:
        p2, b2 = F(0), "<6"
    return min(M, p1 + p2), f"(1) {c} + (2) {b2}"


yes_no_ind("1.4", 10, "1.4.co_chuyen_muc")


@indicator("1.5", 10, [">=4", "2-3", "<2"])
def _(r, M):
    # "4 lần/1 tháng: max; 2-3 lần: 1/2; dưới 2 lần: 0" -- 5 or more taken as max
    n = count(r, "1.5.so_lan")
    if n >= 4:
        return M, ">=4"
    if 2 <= n <= 3:
        return M / 2, "2-3"
    return F(0), "<2"


yes_no_ind("1.6", 20, "1.6.co_to_chuc")

# ---- 2. Thể chế số (100) --------------------------------------------------

yes_no_ind("2.1", 20, "2.1.da_ban_hanh")
yes_no_ind("2.2", 20, "2.2.da_ban_hanh")
yes_no_ind("2.3", 20, "2.3.da_ban_hanh")
yes_no_ind("2.4", 20, "2.4.co_huong_dan")
yes_no_ind("2.5", 20, "2.5.co_thuc_hien")

# ---- 3. Hạ tầng số (120) --------------------------------------------------

ratio_ind("3.1", 20, "3.1.a", "cbcc")
ratio_ind("3.2", 10, "3.2.a", "so_may_tinh")
yes_no_ind("3.3", 10, "3.3.co_ket_noi")
capped_ind("3.4", 10, "3.4.a", "dan_so", 85)
capped_ind("3.5", 10, "3.5.a", "so_ho", 75)      # "> 75%" / "< 75": 75 % itself -> max
yes_no_ind("3.6", 10, "3.6.phu_song_100")
yes_no_ind("3.7", 10, "3.7.co_he_thong")


@indicator("3.8", 10, [">=10", "5-9", "1-4", "0"])
def _(r, M):
    n = count(r, "3.8.so_camera")
    if n >= 10:
        return M, ">=10"
    if 5 <= n <= 9:
        return M / 2, "5-9"
    if 1 <= n <= 4:
        return M / 4, "1-4"
    return F(0), "0"


@indicator("3.9", 10, ["(1) yes", "(1) no", "(2) n*2", "(2) capped at 5"])
def _(r, M):
    # (1) wifi at the one-stop desk: 1/2 max; (2) 2 points per other point, at most 5
    w = yesno(r, "3.9.wifi_mot_cua")
    p1 = M / 2 if w else F(0)
    n = count(r, "3.9.so_diem_wifi")
    p2 = min(2 * n, F(5))
    b2 = "capped at 5" if 2 * n > 5 else "n*2"
    return min(M, p1 + p2), f"(1) {'yes' if w else 'no'} + (2) {b2}"


yes_no_ind("3.10", 20, "3.10.da_trien_khai")

# ---- 4. Nhân lực số (100) -------------------------------------------------

ratio_ind("4.1", 30, "4.1.a", "so_thon")
yes_no_ind("4.2", 20, "4.2.co_cong_chuc")
ratio_ind("4.3", 30, "4.3.a", "cbcc")


@indicator("4.4", 20, [">70%", "50%-70%", "<50%"])
def _(r, M):
    # ">70%: max; từ 50% đến 69%: 1/2; < 50%: 0" -- (69 %, 70 %] joins the 1/2 arm
    t = div(count(r, "4.4.a"), count(r, "4.4.b"), "4.4")
    if t > F(70, 100):
        return M, ">70%"
    if F(50, 100) <= t <= F(70, 100):
        return M / 2, "50%-70%"
    return F(0), "<50%"


# ---- 5. An toàn thông tin mạng (100) -------------------------------------

yes_no_ind("5.1", 20, "5.1.duoc_phe_duyet")
yes_no_ind("5.2", 20, "5.2.co_trien_khai")
ratio_ind("5.3", 40, "5.3.a", "so_may_tinh")
yes_no_ind("5.4", 20, "5.4.da_ban_hanh")

# ---- 6. Hoạt động chính quyền số (280) ------------------------------------


@indicator("6.1", 30, ["(1) yes", "(1) no", "(2) yes", "(2) no"])
def _(r, M):
    f = yesno(r, "6.1.dap_ung")
    v = yesno(r, "6.1.ipv6")
    p = (F(3, 5) * M if f else F(0)) + (F(2, 5) * M if v else F(0))
    return min(M, p), f"(1) {'yes' if f else 'no'} + (2) {'yes' if v else 'no'}"


@indicator("6.2", 40, [">=20", "10-19", "5-9", "<5"])
def _(r, M):
    n = count(r, "6.2.so_tin_bai")
    if n >= 20:
        return M, ">=20"
    if 10 <= n <= 19:
        return M / 2, "10-19"
    if 5 <= n <= 9:
        return M / 4, "5-9"
    return F(0), "<5"


ratio_ind("6.3", 40, "6.3.a", "6.3.b")


@indicator("6.4", 40, [">=70%", "30%-70%", "<30%"])
def _(r, M):
    t = div(count(r, "6.4.a"), count(r, "6.4.b"), "6.4")
    if t >= F(70, 100):
        return M, ">=70%"
    if t >= F(30, 100):
        return t * M, "30%-70%"
    return F(0), "<30%"


ratio_ind("6.5", 25, "6.5.a", "cbcc")
ratio_ind("6.6", 25, "6.6.a", "6.6.b")
ratio_ind("6.7", 30, "6.7.a", "so_vb_dien_tu")
ratio_ind("6.8", 20, "6.8.a", "so_vb_dien_tu")
capped_ind("6.9", 30, "chi_cds", "6.9.b", 1, num=amount, den=amount)

# ---- 7. Hoạt động kinh tế số (100) ----------------------------------------

capped_ind("7.1", 10, "7.1.a", "so_dn", 10)
capped_ind("7.2", 10, "7.2.a", "so_dnnvv", 50)
capped_ind("7.3", 20, "7.3.a", "so_dn", 80)
ratio_ind("7.4", 20, "7.4.a", "so_dn")
yes_no_ind("7.5", 20, "7.5.co_ket_noi")
ratio_ind("7.6", 20, "7.6.a", "7.6.b")

# ---- 8. Hoạt động xã hội số (100) -----------------------------------------

ratio_ind("8.1", 40, "8.1.a", "dan_so")
capped_ind("8.2", 20, "8.2.a", "8.2.b", 65)
ratio_ind("8.3", 20, "8.3.a", "so_ho")
yes_no_ind("8.4", 20, "8.4.co_kenh")

GROUPS = {"1": 100, "2": 100, "3": 120, "4": 100, "5": 100, "6": 280, "7": 100, "8": 100}

# --------------------------------------------------------------------------
# Evaluation
# --------------------------------------------------------------------------


def self_check():
    ref.check_table(IND, GROUPS, 48)


def evaluate(row):
    """-> dict with per-indicator results, group sums, total, status, problems."""
    res = {}
    problems = []
    for code, g, M, fn, _ in IND:
        res[code] = ref.score(code, M, lambda: fn(row, M), problems)
    return ref.summary(IND, GROUPS, res, problems)


def main(argv):
    self_check()
    path, explain, opts = ref.parse_args(argv, os.path.join(HERE, "xa-2023.csv"))
    units = ref.evaluate_units(ref.read(path), evaluate)
    if explain:
        ref.explain(ref.find_unit(units, explain), IND, GROUPS)
        return
    if "--coverage" in opts:
        ref.coverage(units, IND)
        return
    ref.write_csv(units, GROUPS)


if __name__ == "__main__":
    main(sys.argv[1:])
