#!/usr/bin/env python3
"""Independent reference computation for the Hòa Bình district example.

Hòa Bình 1153/QĐ-UBND (01/06/2023), Phụ lục III "Bộ chỉ số và cách tính điểm
đánh giá, xếp loại mức độ chuyển đổi số của UBND các huyện, thành phố" (seed
001_1e8ff679e60961d5.txt, lines 306-514): 8 groups, 61 indicators, 1000 points;
plus the DVCTT rule of Mục V.4, điểm 2 (line 135).

This file is a SECOND OPINION on criteria/hoa-binh/1153-2023-huyen.lua: every
indicator below is written again, directly from the seed's scoring text, with
exact rational arithmetic (fractions.Fraction).  It does not read the Lua
script; it only shares the dataset's column names with it.  The interpretation
choices are the same as the script's (listed in huyen-2023.md) so that the two
must agree number for number.

Only the decision's rules are here.  The generic plumbing (reading cells,
missing / undefined / clamped outcomes, group sums, ranking, formatting, the
command line) is in reference.py, shared with the commune and department
checkers.

Usage:
    python3 check_expected_huyen.py [huyen-2023.csv] > huyen-2023.expected.csv
    python3 check_expected_huyen.py --explain H06    # the working of one unit
    python3 check_expected_huyen.py --coverage       # which unit takes which branch

Semantics (docs/language.md, sections 2, 3b and 5):
  * a blank cell that an indicator needs -> the indicator is MISSING data;
  * a zero denominator in a ratio -> the indicator is UNDEFINED (the seed never
    says what to do, so no rule is invented);
  * a score outside [0, max] -> clamped into range and reported (out_of_range =
    "clamp"); a clamped indicator counts as its clamped value;
  * 5.8 (Min-Max): the peers are the units of the file whose 5.8 amount is
    present; score = (x - min) / (max - min) * 15; when every peer has the same
    amount, every peer gets 15; a unit whose amount is blank is missing data and
    is not a peer;
  * DVCTT rule (line 135): for a unit with so_dvctt == 0, 6.4 and 6.6 are not
    computed by their formula but as
        (sum of the points of the other group-6 indicators, i.e. 6.1, 6.2, 6.3,
         6.5, 6.7-6.14) / (sum of their maxima = 230) * own max;
    clamped indicators count at their clamped value; if any of those others is
    missing or undefined for the unit, the substituted indicators are MISSING
    too (they cannot be computed);
  * a unit with a missing or undefined indicator is "incomplete": its group
    scores and total add only the indicators that could be computed, and it is
    not ranked;
  * complete units ("ok") are ranked by total, descending; ties share a rank
    (1, 2, 2, 4);
  * values are printed with 2 decimals (round half away from zero; the data
    avoids .xx5 ties, and this script refuses to print one).

Standard library only.
"""

import os
import sys
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import reference as ref  # noqa: E402  (the shared plumbing, next to this file)
from reference import Missing, amount, choice, count, div, pct, yesno  # noqa: E402

# --------------------------------------------------------------------------
# The indicators, from the seed's text.  Each function takes (row, max, ctx)
# and returns (points, branch, working) where branch names the arm of the
# seed's rule that applied and working is a short human-readable derivation.
# ctx holds what depends on the other units (the 5.8 peers).
# --------------------------------------------------------------------------

IND = ref.Indicators()  # (code, group, max, function, [all branches])
indicator = IND.indicator


def yes_no_ind(code, mx, col):
    # "Đã có / Đã ban hành / Có ...: Điểm tối đa; Chưa ...: 0 điểm"
    def fn(r, M, ctx):
        if yesno(r, col):
            return M, "yes", f"{col} = yes -> max"
        return F(0), "no", f"{col} = no -> 0"
    indicator(code, mx, ["yes", "no"])(fn)


def ratio_ind(code, mx, a_col, b_col):
    # "Điểm = (a/b) * Điểm tối đa"  (or "Tỷ lệ = a/b; Điểm = Tỷ lệ * Điểm tối đa")
    def fn(r, M, ctx):
        a, b = count(r, a_col), count(r, b_col)
        return div(a, b, code) * M, "a/b*max", f"{a} / {b} x {M}"
    indicator(code, mx, ["a/b*max"])(fn)


def capped_ind(code, mx, a_col, b_col, target, num=count, den=count):
    # "Tỷ lệ >= T (or > T): Điểm tối đa; Tỷ lệ < T: Tỷ lệ/T * Điểm tối đa"
    T = F(target) / 100

    def fn(r, M, ctx):
        a, b = num(r, a_col), den(r, b_col)
        t = div(a, b, code)
        if t >= T:
            return M, "capped", f"{a} / {b} = {pct(t)} >= {target} % -> max"
        return t / T * M, "proportional", f"{a} / {b} = {pct(t)} < {target} % -> ratio / {target} % x {M}"
    indicator(code, mx, ["capped", "proportional"])(fn)


# ---- 1. Nhận thức số (100) ------------------------------------------------

@indicator("1.1", 20, ["bi_thu_chu_tich", "pho_bi_thu_chu_tich", "khong"])
def _(r, M, ctx):
    # Bí thư/Chủ tịch: max; Phó Bí thư/Phó Chủ tịch: 1/2 max; none / other head: 0
    v = choice(r, "1.1.truong_ban", {"bi_thu_chu_tich", "pho_bi_thu_chu_tich", "khong"})
    p = {"bi_thu_chu_tich": M, "pho_bi_thu_chu_tich": M / 2, "khong": F(0)}[v]
    return p, v, f"truong_ban = {v}"


ratio_ind("1.2", 20, "1.2.a", "1.2.b")
ratio_ind("1.3", 10, "1.3.a", "1.3.b")
ratio_ind("1.4", 20, "1.4.a", "1.4.b")


@indicator("1.5", 10, ["no section", ">=20", "10-19", "1-9", "section, 0 posts"])
def _(r, M, ctx):
    # "Đã có chuyên mục và số lượng tin, bài ... đạt: Từ 20 trở lên: max; Từ 10 đến 19:
    # 1/2; Từ 01 đến 9: 1/4; Chưa có chuyên mục: 0" -- a section with 0 posts: 0
    if not yesno(r, "1.5.co_chuyen_muc"):
        return F(0), "no section", "no section -> 0"
    n = count(r, "1.5.so_tin_bai")
    if n >= 20:
        return M, ">=20", f"section, {n} posts >= 20 -> max"
    if 10 <= n <= 19:
        return M / 2, "10-19", f"section, {n} posts in 10-19 -> max / 2"
    if 1 <= n <= 9:
        return M / 4, "1-9", f"section, {n} posts in 1-9 -> max / 4"
    return F(0), "section, 0 posts", "section, 0 posts -> 0"


yes_no_ind("1.6", 10, "1.6.co_chuyen_muc")


@indicator("1.7", 10, [">=4", "2-3", "<2"])
def _(r, M, ctx):
    # "từ 4 lần/1 tháng: max; từ 2-3 lần: 1/2; dưới 2 lần: 0"
    n = count(r, "1.7.so_lan")
    if n >= 4:
        return M, ">=4", f"{n} per month >= 4 -> max"
    if 2 <= n <= 3:
        return M / 2, "2-3", f"{n} per month in 2-3 -> max / 2"
    return F(0), "<2", f"{n} per month < 2 -> 0"


# ---- 2. Thể chế số (100) --------------------------------------------------

yes_no_ind("2.1", 20, "2.1.da_ban_hanh")
yes_no_ind("2.2", 20, "2.2.da_ban_hanh")
yes_no_ind("2.3", 20, "2.3.da_ban_hanh")
yes_no_ind("2.4", 20, "2.4.co_huong_dan")
yes_no_ind("2.5", 20, "2.5.da_ban_hanh")

# ---- 3. Hạ tầng số (100) --------------------------------------------------


@indicator("3.1", 10, ["two parts"])
def _(r, M, ctx):
    # "Điểm 1 = a/c * 3/4 Điểm tối đa; Điểm 2 = b/d * 1/4 Điểm tối đa; Tổng điểm = Điểm 1
    # Điểm 2" ('+' lost).  d = general info 1.11 (viên chức).  No fallback for d = 0 in
    # the district text.
    a, b, c = count(r, "3.1.a"), count(r, "3.1.b"), count(r, "3.1.c")
    d = count(r, "so_vien_chuc")
    p1 = div(a, c, "3.1 (a/c)") * F(3, 4) * M
    p2 = div(b, d, "3.1 (b/d)") * F(1, 4) * M
    return p1 + p2, "two parts", f"{a} / {c} x 3/4 x {M} + {b} / {d} x 1/4 x {M}"


ratio_ind("3.2", 10, "3.2.a", "so_xa")
ratio_ind("3.3", 10, "3.3.a", "so_xa")
ratio_ind("3.4", 10, "3.4.a", "so_xa")
capped_ind("3.5", 10, "3.5.a", "dan_so", 85)
capped_ind("3.6", 10, "3.6.a", "so_ho", 75)      # "> 75%" / "< 75": 75 % itself -> max
yes_no_ind("3.7", 10, "3.7.da_trien_khai")


@indicator("3.8", 10, [">=30", "15-29", "1-14", "0"])
def _(r, M, ctx):
    n = count(r, "3.8.so_camera")
    if n >= 30:
        return M, ">=30", f"{n} cameras >= 30 -> max"
    if 15 <= n <= 29:
        return M / 2, "15-29", f"{n} cameras in 15-29 -> max / 2"
    if 1 <= n <= 14:
        return M / 4, "1-14", f"{n} cameras in 1-14 -> max / 4"
    return F(0), "0", "no camera -> 0"


@indicator("3.9", 10, ["(1) yes", "(1) no", "(2) n x 1", "(2) capped at 5"])
def _(r, M, ctx):
    # (1) wifi at the one-stop desk: 1/2 max; (2) 1 point per other point, at most 5
    w = yesno(r, "3.9.wifi_mot_cua")
    p1 = M / 2 if w else F(0)
    n = count(r, "3.9.so_diem_wifi")
    p2 = min(n, F(5))
    b2 = "capped at 5" if n > 5 else "n x 1"
    return min(M, p1 + p2), f"(1) {'yes' if w else 'no'} + (2) {b2}", \
        f"(1) {p1} + (2) min({n} x 1, 5) = {p2}"


ratio_ind("3.10", 10, "3.10.a", "so_xa")

# ---- 4. Nhân lực số (100) -------------------------------------------------

ratio_ind("4.1", 10, "4.1.a", "so_xa")
ratio_ind("4.2", 20, "4.2.a", "so_xa")
ratio_ind("4.3", 20, "4.3.a", "so_thon")


@indicator("4.4", 10, ["(a+b+c+d)/(e+f)*max"])
def _(r, M, ctx):
    # "Điểm=((a b c d)/(e f))*Điểm tối đa" ('+' lost); e, f = general info 1.10, 1.11
    s = sum((count(r, f"4.4.{x}") for x in "abcd"), F(0))
    t = count(r, "so_cong_chuc") + count(r, "so_vien_chuc")
    return div(s, t, "4.4") * M, "(a+b+c+d)/(e+f)*max", f"{s} / {t} x {M}"


yes_no_ind("4.5", 10, "4.5.co_nhan_su")


@indicator("4.6", 20, ["a/b*max"])
def _(r, M, ctx):
    # b = "Tổng số công chức, viên chức" = general info 1.10 + 1.11
    a = count(r, "4.6.a")
    b = count(r, "so_cong_chuc") + count(r, "so_vien_chuc")
    return div(a, b, "4.6") * M, "a/b*max", f"{a} / {b} x {M}"


capped_ind("4.7", 10, "4.7.a", "4.7.b", 50)        # "> 50%" / "< 50%": 50 % -> max

# ---- 5. An toàn thông tin mạng (100) -------------------------------------

ratio_ind("5.1", 15, "so_httt_phe_duyet", "so_httt")
ratio_ind("5.2", 15, "5.2.a", "so_httt_phe_duyet")
yes_no_ind("5.3", 10, "5.3.duoc_giam_sat")
ratio_ind("5.4", 15, "5.4.a", "so_httt")
ratio_ind("5.5", 10, "5.5.a", "so_may_tram")


@indicator("5.6", 10, ["override (no own servers)", "a/b*max"])
def _(r, M, ctx):
    # "Trường hợp các cơ quan không có máy chủ riêng và máy chủ được thuê, đặt tại Trung
    # tâm dữ liệu tỉnh được điểm tối đa"; otherwise (a/b)*max, b = general info 1.12
    if yesno(r, "5.6.thue_tt_du_lieu"):
        return M, "override (no own servers)", "servers rented at the provincial data centre -> max"
    a, b = count(r, "5.6.a"), count(r, "so_may_chu")
    return div(a, b, "5.6") * M, "a/b*max", f"{a} / {b} x {M}"


yes_no_ind("5.7", 10, "5.7.da_co")


@indicator("5.8", 15, ["highest (max)", "lowest (0)", "between", "all equal (max)"])
def _(r, M, ctx):
    # Min-Max across the districts of the file that report the amount
    x = amount(r, "5.8.kinh_phi")
    lo, hi = ctx["peer_min"], ctx["peer_max"]
    if hi == lo:
        return M, "all equal (max)", f"every peer reports {x} -> max"
    p = (x - lo) / (hi - lo) * M
    b = "highest (max)" if x == hi else "lowest (0)" if x == lo else "between"
    return p, b, f"({x} - {lo}) / ({hi} - {lo}) x {M}"


# ---- 6. Hoạt động chính quyền số (300) ------------------------------------


@indicator("6.1", 20, ["(1) yes", "(1) no", "(2) yes", "(2) no"])
def _(r, M, ctx):
    # (1) functions of Nghị định 42/2022: 4/5 max; (2) IPv6: 1/5 max; '+' lost
    f = yesno(r, "6.1.dap_ung")
    v = yesno(r, "6.1.ipv6")
    p = (F(4, 5) * M if f else F(0)) + (F(1, 5) * M if v else F(0))
    return min(M, p), f"(1) {'yes' if f else 'no'} + (2) {'yes' if v else 'no'}", \
        f"(1) {F(4, 5) * M if f else 0} + (2) {F(1, 5) * M if v else 0}"


@indicator("6.2", 20, [">40", "25-40", "10-24", "<10"])
def _(r, M, ctx):
    # "Trên 40 ... trở lên: max; Từ 25 đến 40: 1/2; Từ 10 đến 24: 1/4; Dưới 10: 0"
    # -- 40 belongs to "Từ 25 đến 40"
    n = count(r, "6.2.so_tin_bai")
    if n > 40:
        return M, ">40", f"{n} posts > 40 -> max"
    if 25 <= n <= 40:
        return M / 2, "25-40", f"{n} posts in 25-40 -> max / 2"
    if 10 <= n <= 24:
        return M / 4, "10-24", f"{n} posts in 10-24 -> max / 4"
    return F(0), "<10", f"{n} posts < 10 -> 0"


yes_no_ind("6.3", 10, "6.3.da_trien_khai")


@indicator("6.4", 40, ["a/b*max", "substituted"])
def _(r, M, ctx):
    a, b = count(r, "6.4.a"), count(r, "6.4.b")
    return div(a, b, "6.4") * M, "a/b*max", f"{a} / {b} x {M}"


@indicator("6.5", 20, ["100%", "<100%"])
def _(r, M, ctx):
    # "Tỷ lệ 100% đạt điểm tối đa; Không đạt tỷ lệ 100%: 0 điểm"
    a, b = count(r, "6.5.a"), count(r, "6.5.b")
    t = div(a, b, "6.5")
    if t >= 1:
        return M, "100%", f"{a} / {b} = {pct(t)} -> max"
    return F(0), "<100%", f"{a} / {b} = {pct(t)} < 100 % -> 0"


@indicator("6.6", 30, [">=70%", "30%-70%", "<30%", "substituted"])
def _(r, M, ctx):
    # ">=70%: max; từ 30% đến 70%: tỷ lệ*max; <30%: 0" -- 70 % itself -> max
    a, b = count(r, "6.6.a"), count(r, "6.6.b")
    t = div(a, b, "6.6")
    if t >= F(70, 100):
        return M, ">=70%", f"{a} / {b} = {pct(t)} >= 70 % -> max"
    if t >= F(30, 100):
        return t * M, "30%-70%", f"{a} / {b} = {pct(t)} in 30-70 % -> ratio x {M}"
    return F(0), "<30%", f"{a} / {b} = {pct(t)} < 30 % -> 0"


ratio_ind("6.7", 20, "6.7.a", "6.7.b")
ratio_ind("6.8", 20, "6.8.a", "so_vb_dien_tu")
ratio_ind("6.9", 20, "6.9.a", "so_vb_dien_tu")
ratio_ind("6.10", 20, "6.10.a", "6.10.b")


@indicator("6.11", 20, ["b/a*max"])
def _(r, M, ctx):
    # The seed: "b = meetings using the paperless system; a = all meetings; Điểm = (a/b)"
    # -- letters reversed; the intent is paperless / all = b / a.
    a, b = count(r, "6.11.a"), count(r, "6.11.b")
    return div(b, a, "6.11") * M, "b/a*max", f"{b} / {a} x {M}"


ratio_ind("6.12", 10, "6.12.a", "6.12.b")
ratio_ind("6.13", 20, "6.13.a", "6.13.b")
capped_ind("6.14", 30, "chi_cds", "tong_chi_nsnn", 1, num=amount, den=amount)

# The DVCTT rule (line 135): which indicators, and under which condition.
SUBSTITUTED = ("6.4", "6.6")
SUBST_GROUP = "6"


def no_dvctt(row):
    return count(row, "so_dvctt") == 0


# ---- 7. Hoạt động kinh tế số (100) ----------------------------------------

capped_ind("7.1", 20, "7.1.a", "so_dnnvv", 10)
capped_ind("7.2", 20, "7.2.a", "so_dnnvv", 50)
capped_ind("7.3", 10, "7.3.a", "so_dn", 80)
ratio_ind("7.4", 20, "7.4.a", "so_dn")


@indicator("7.5", 20, [">50%", "<=50%"])
def _(r, M, ctx):
    # "Tỷ lệ > 50%: Điểm tối đa; Tỷ lệ <50: điểm = Tỷ lệ*Điểm tối đa" (not / 50 %);
    # exactly 50 % -> the lower arm
    a, b = count(r, "7.5.a"), count(r, "so_diem_buu_chinh")
    t = div(a, b, "7.5")
    if t > F(1, 2):
        return M, ">50%", f"{a} / {b} = {pct(t)} > 50 % -> max"
    return t * M, "<=50%", f"{a} / {b} = {pct(t)} <= 50 % -> ratio x {M}"


capped_ind("7.6", 10, "7.6.a", "7.6.b", 5)

# ---- 8. Hoạt động xã hội số (100) -----------------------------------------

ratio_ind("8.1", 30, "8.1.a", "dan_so")
capped_ind("8.2", 20, "8.2.a", "8.2.b", 65)
ratio_ind("8.3", 30, "8.3.a", "so_ho")


@indicator("8.4", 20, ["n x 10", "capped at max"])
def _(r, M, ctx):
    # "Điểm = Số kênh* 10 điểm - Tổng điểm không quá điểm tối đa"
    n = count(r, "8.4.so_kenh")
    if n * 10 > M:
        return M, "capped at max", f"{n} channels x 10 = {n * 10} > {M} -> max"
    return n * 10, "n x 10", f"{n} channels x 10"


GROUPS = {"1": 100, "2": 100, "3": 100, "4": 100, "5": 100, "6": 300, "7": 100, "8": 100}

# --------------------------------------------------------------------------
# Evaluation
# --------------------------------------------------------------------------


def self_check():
    ref.check_table(IND, GROUPS, 61)
    others = [m for (c, gg, m, _, _) in IND if gg == SUBST_GROUP and c not in SUBSTITUTED]
    assert sum(others) == 230, sum(others)


def peers(rows):
    """The 5.8 peers: units of the file whose amount is present."""
    vals = []
    for row in rows:
        try:
            vals.append((amount(row, "5.8.kinh_phi"), row["unit"]))
        except Missing:
            pass
    lo = min(v for v, _ in vals)
    hi = max(v for v, _ in vals)
    return {"peer_min": lo, "peer_max": hi,
            "min_units": [u for v, u in vals if v == lo],
            "max_units": [u for v, u in vals if v == hi],
            "peer_units": [u for _, u in vals]}


def evaluate(row, ctx):
    """-> dict with per-indicator results, group sums, total, status, problems."""
    res = {}
    problems = []
    try:
        subst = no_dvctt(row)
        subst_err = None
    except Missing as e:
        subst, subst_err = None, e.args[0]
    for code, g, M, fn, _ in IND:
        if code in SUBSTITUTED and subst is not False:
            continue  # decided after the rest of the group (or missing `so_dvctt`)
        res[code] = ref.score(code, M, lambda: fn(row, M, ctx), problems)
    # The DVCTT substitution.
    for code in SUBSTITUTED:
        M = IND.max_of(code)
        if subst is None:
            res[code] = (None, "missing", f"missing data: {subst_err} is blank")
            problems.append(f"{code}: missing data ({subst_err} is blank)")
            continue
        if subst is False:
            continue
        others = [(c, m) for (c, gg, m, _, _) in IND if gg == SUBST_GROUP and c not in SUBSTITUTED]
        lacking = [c for c, _ in others if res[c][0] is None]
        if lacking:
            res[code] = (None, "missing",
                         f"substituted (no DVCTT) but {', '.join(lacking)} could not be scored")
            problems.append(f"{code}: missing (substitution needs {', '.join(lacking)})")
            continue
        got = sum((res[c][0] for c, _ in others), F(0))
        mx = sum((m for _, m in others), F(0))
        res[code] = (got / mx * M, "substituted",
                     f"no DVCTT: {float(got):.4f} / {mx} x {M}")
    return ref.summary(IND, GROUPS, res, problems)


def main(argv):
    self_check()
    path, explain, opts = ref.parse_args(argv, os.path.join(HERE, "huyen-2023.csv"))
    rows = ref.read(path)
    ctx = peers(rows)
    units = ref.evaluate_units(rows, lambda row: evaluate(row, ctx))

    if explain:
        u = ref.find_unit(units, explain)
        context = [f"  5.8 peers: {', '.join(ctx['peer_units'])}; min {ctx['peer_min']} "
                   f"({', '.join(ctx['min_units'])}), max {ctx['peer_max']} ({', '.join(ctx['max_units'])})"]
        ref.explain(u, IND, GROUPS, context, working=True)
        return

    if "--coverage" in opts:
        # "all equal" cannot happen in a file with a highest and a lowest spender
        ref.coverage(units, IND, optional=("all equal (max)",), unscored="sorted")
        return

    ref.write_csv(units, GROUPS)


if __name__ == "__main__":
    main(sys.argv[1:])
