#!/usr/bin/env python3
"""Independent reference computation for the Hòa Bình department example.

Hòa Bình 1153/QĐ-UBND (01/06/2023), Phụ lục II "Bộ chỉ số và cách tính điểm
đánh giá, xếp loại mức độ chuyển đổi số của các Sở, ban, ngành" (seed
001_1e8ff679e60961d5.txt, lines 160-305): 6 groups, 39 indicators, 1000
points; plus the rule for units without online public services (DVCTT),
seed line 135.

This file is a SECOND OPINION on criteria/hoa-binh/1153-2023-so.lua: every
indicator below is written again, directly from the seed's scoring text, with
exact rational arithmetic (fractions.Fraction).  It does not read the Lua
script; it only shares the dataset's column names with it.  The interpretation
choices are the same as the script's (listed in so-2023.md) so that the two
must agree number for number.

Only the decision's rules are here.  The generic plumbing (reading cells,
missing / undefined / clamped outcomes, group sums, ranking, formatting, the
command line) is in reference.py, shared with the commune and district
checkers.

Usage:
    python3 check_expected_so.py [so-2023.csv] > so-2023.expected.csv
    python3 check_expected_so.py --explain S07      # the working of one unit
    python3 check_expected_so.py --coverage         # which unit takes which branch

Semantics (docs/language.md, sections 2, 3b and 5):
  * a blank cell that an indicator needs -> the indicator is MISSING data;
  * a zero denominator -> the indicator is UNDEFINED (the seed never says what
    to do, so no rule is invented; 3.1's "no viên chức" rule is the seed's own);
  * a score outside [0, max] -> clamped into range and reported
    (out_of_range = "clamp"); a clamped indicator counts as its clamped value;
  * 4.1 Min-Max: x = (a+b+c+d)/(e+f) of every unit of the file; the PEERS are
    the units whose x could be computed (missing / undefined x: not a peer);
    score = (x - min) / (max - min) * Điểm tối đa; when every peer has the same
    x, every peer gets Điểm tối đa (they all hold the highest rate);
  * DVCTT substitution (seed line 135), for a unit with so_dvctt = 0: 6.3 and
    6.4 are not computed by their formulas; each gets
        (sum of the points of the OTHER indicators of group 6, i.e. not 6.3 or
         6.4, as computed - a clamped one at its clamped value)
        / (sum of those indicators' max = 410) * its own max.
    If one of those other indicators is missing or undefined for the unit, the
    substituted score cannot be computed and is missing too.  If so_dvctt
    itself is blank, 6.3 and 6.4 are missing (the rule cannot be decided);
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
from reference import Missing, Undefined, amount, choice, count, div, yesno  # noqa: E402

# --------------------------------------------------------------------------
# The indicators, from the seed's text.  Each function returns
# (points, branch) where branch names the arm of the seed's rule that applied.
# --------------------------------------------------------------------------

IND = ref.Indicators()  # (code, group, max, function, [all branches])
indicator = IND.indicator


def yes_no_ind(code, mx, col):
    # "Có / Đã ...: Điểm tối đa; Không / Chưa ...: 0 điểm"
    def fn(r, M):
        return (M, "yes") if yesno(r, col) else (F(0), "no")
    indicator(code, mx, ["yes", "no"])(fn)


def ratio_ind(code, mx, a_col, b_col):
    # "Điểm = (a/b)*Điểm tối đa"
    def fn(r, M):
        a, b = count(r, a_col), count(r, b_col)
        return div(a, b, code) * M, "a/b*max"
    indicator(code, mx, ["a/b*max"])(fn)


def staff(r):
    # "Tổng số công chức, viên chức" / "Tổng số CBCCVC" = A 1.5 + A 1.6
    return count(r, "cong_chuc") + count(r, "vien_chuc")


# ---- 1. Nhận thức số (100) ------------------------------------------------

@indicator("1.1", 30, ["cap_truong", "cap_pho", "khong"])
def _(r, M):
    # Giám đốc/Thủ trưởng: max; Phó: 1/2 max; no committee / someone else: 0
    v = choice(r, "1.1.truong_ban", {"cap_truong", "cap_pho", "khong"})
    return {"cap_truong": M, "cap_pho": M / 2, "khong": F(0)}[v], v


ratio_ind("1.2", 20, "1.2.a", "1.2.b")


@indicator("1.3", 20, ["a/c*max+1/2*b/c*max"])
def _(r, M):
    # "Điểm = a/c*Điểm tối đa 1/2*b/c*Điểm tối đa": the '+' was lost
    a, b, c = count(r, "1.3.a"), count(r, "1.3.b"), count(r, "1.3.c")
    return div(a, c, "1.3") * M + F(1, 2) * div(b, c, "1.3") * M, "a/c*max+1/2*b/c*max"


@indicator("1.4", 30, ["no section", ">=20", "10-19", "<10"])
def _(r, M):
    # "Đã có chuyên mục và số lượng tin, bài ... đạt: Từ 20 trở lên: max; Từ 10
    # đến 19: 1/2; Dưới 10: 1/4; Chưa có chuyên mục: 0 điểm"
    if not yesno(r, "1.4.co_chuyen_muc"):
        return F(0), "no section"
    n = count(r, "1.4.so_tin_bai")
    if n >= 20:
        return M, ">=20"
    if 10 <= n <= 19:
        return M / 2, "10-19"
    return M / 4, "<10"


# ---- 2. Thể chế số (100) --------------------------------------------------

yes_no_ind("2.1", 25, "2.1.da_ban_hanh")
yes_no_ind("2.2", 25, "2.2.da_ban_hanh")
ratio_ind("2.3", 25, "2.3.a", "2.3.b")
ratio_ind("2.4", 25, "2.4.a", "2.4.b")

# ---- 3. Hạ tầng số (100) --------------------------------------------------


@indicator("3.1", 20, ["two parts", "no VC: a/c*max"])
def _(r, M):
    # "Điểm 1 = (a/c)* 3/4* Điểm tối đa; Điểm 2 = (b/d)*1/4*Điểm tối đa. Tổng
    # điểm = Điểm 1 Điểm 2.  Ghi chú: Với đơn vị không có Viên chức: Điểm =
    # (a/c) * Điểm tối đa."   c = công chức (A 1.5), d = viên chức (A 1.6)
    a = count(r, "3.1.a")
    c, d = count(r, "cong_chuc"), count(r, "vien_chuc")
    if d == 0:
        return div(a, c, "3.1") * M, "no VC: a/c*max"
    b = count(r, "3.1.b")
    return div(a, c, "3.1") * F(3, 4) * M + div(b, d, "3.1") * F(1, 4) * M, "two parts"


yes_no_ind("3.2", 20, "3.2.co_ket_noi")
yes_no_ind("3.3", 20, "3.3.co_trien_khai")
yes_no_ind("3.4", 20, "3.4.da_trien_khai")


@indicator("3.5", 20, [">=4", "1-3", "0"])
def _(r, M):
    # "từ 4 nền tảng trở lên: max; 1-3 nền tảng: 1/2; Chưa triển khai: 0"
    n = count(r, "3.5.so_nen_tang")
    if n >= 4:
        return M, ">=4"
    if 1 <= n <= 3:
        return M / 2, "1-3"
    return F(0), "0"


# ---- 4. Nhân lực số (100) -------------------------------------------------

def rate_41(r):
    # "Tỷ lệ=(a b c d)/(e f)": the '+' signs were lost; e, f = A 1.5, A 1.6
    a, b, c, d = (count(r, "4.1." + k) for k in "abcd")
    return div(a + b + c + d, count(r, "cong_chuc") + count(r, "vien_chuc"), "4.1")


@indicator("4.1", 30, ["best (max)", "weakest (0)", "between", "all equal (max)"])
def _(r, M):
    # "Tính điểm theo phương pháp Min-Max, dựa vào đơn vị nào có tỷ lệ cao nhất
    # thì điểm tối đa và giảm dần."  Needs the peers: see evaluate_all().
    x = rate_41(r)
    lo, hi = PEERS["lo"], PEERS["hi"]
    if hi == lo:
        return M, "all equal (max)"
    s = (x - lo) / (hi - lo) * M
    branch = "best (max)" if x == hi else "weakest (0)" if x == lo else "between"
    return s, branch


yes_no_ind("4.2", 30, "4.2.co_chuyen_trach")


@indicator("4.3", 40, ["a/b*max"])
def _(r, M):
    return div(count(r, "4.3.a"), staff(r), "4.3") * M, "a/b*max"


# ---- 5. An toàn thông tin mạng (100) -------------------------------------

ratio_ind("5.1", 10, "so_httt_cap_do", "so_httt")
ratio_ind("5.2", 15, "5.2.a", "so_httt_cap_do")
ratio_ind("5.3", 10, "5.3.a", "so_may_tram")


@indicator("5.4", 10, ["no own servers: max", "a/b*max"])
def _(r, M):
    # "Trường hợp các cơ quan không có máy chủ riêng; máy chủ đặt tại Hệ thống
    # tập trung của tỉnh được điểm tối đa."
    if yesno(r, "5.4.khong_may_chu_rieng"):
        return M, "no own servers: max"
    return div(count(r, "5.4.a"), count(r, "so_may_chu"), "5.4") * M, "a/b*max"


yes_no_ind("5.5", 10, "5.5.duoc_giam_sat")
ratio_ind("5.6", 10, "5.6.a", "so_httt")
yes_no_ind("5.7", 10, "5.7.da_co")
yes_no_ind("5.8", 10, "5.8.co_tham_gia")


@indicator("5.9", 15, [">10%", ">7%", ">3%", "<=3%"])
def _(r, M):
    # "Tỷ lệ = (a b)/c  Mức 1 > 10 % (điểm tối đa) Mức 2 > 7% (70% điểm)
    #  Mức 3 > 3% (30% điểm) Mức 4 < 3% (0 điểm)"; exactly 3 % -> Mức 4
    t = div(amount(r, "5.9.a") + amount(r, "5.9.b"), amount(r, "5.9.c"), "5.9")
    if t > F(10, 100):
        return M, ">10%"
    if t > F(7, 100):
        return F(70, 100) * M, ">7%"
    if t > F(3, 100):
        return F(30, 100) * M, ">3%"
    return F(0), "<=3%"


# ---- 6. Hoạt động chính quyền số (500) ------------------------------------


@indicator("6.1", 20, ["(1) yes", "(1) no", "(2) yes", "(2) no"])
def _(r, M):
    # "(1) ...: 4/5*Điểm tối đa (2) ... IPv6: 1/5*Điểm tối đa - Điểm = (1) (2)"
    f = yesno(r, "6.1.dap_ung")
    v = yesno(r, "6.1.ipv6")
    p = (F(4, 5) * M if f else F(0)) + (F(1, 5) * M if v else F(0))
    return p, f"(1) {'yes' if f else 'no'} + (2) {'yes' if v else 'no'}"


@indicator("6.2", 40, [">30", "21-30", "10-20", "<10"])
def _(r, M):
    # "Trên 30 tin, bài/năm trở lên: max; Từ 21 đến 30: 1/2; Từ 10 đến 20: 1/4;
    #  Dưới 10: 0" -- 30 belongs to "Từ 21 đến 30"
    n = count(r, "6.2.so_tin_bai")
    if n > 30:
        return M, ">30"
    if 21 <= n <= 30:
        return M / 2, "21-30"
    if 10 <= n <= 20:
        return M / 4, "10-20"
    return F(0), "<10"


@indicator("6.3", 40, ["a/b*max", "substituted"])
def _(r, M):
    # "a = Số DVCTT toàn trình b = Tổng số DVCTT - Điểm = Tỷ lệ*Điểm tối đa"
    return div(count(r, "6.3.a"), count(r, "so_dvctt"), "6.3") * M, "a/b*max"


@indicator("6.4", 50, ["a/b*max", "substituted"])
def _(r, M):
    return div(count(r, "6.4.a"), count(r, "6.4.b"), "6.4") * M, "a/b*max"


@indicator("6.5", 40, ["100%", "<100%"])
def _(r, M):
    # "Tỷ lệ (a/b)=100% đạt điểm tối đa; Tỷ lệ (a/b)<100% không có điểm"
    t = div(count(r, "6.5.a"), count(r, "6.5.b"), "6.5")
    return (M, "100%") if t >= 1 else (F(0), "<100%")


@indicator("6.6", 30, [">=70%", "30%-70%", "<30%"])
def _(r, M):
    # ">=70%: max; từ 30% đến 70%: tỷ lệ*max; <30%: 0" -- 70 % itself -> max
    t = div(count(r, "6.6.a"), count(r, "6.6.b"), "6.6")
    if t >= F(70, 100):
        return M, ">=70%"
    if t >= F(30, 100):
        return t * M, "30%-70%"
    return F(0), "<30%"


ratio_ind("6.7", 20, "6.7.a", "6.7.b")
ratio_ind("6.8", 20, "6.8.a", "so_vb_dien_tu")
ratio_ind("6.9", 40, "6.9.a", "so_vb_dien_tu")


@indicator("6.10", 20, ["a/b*max"])
def _(r, M):
    return div(count(r, "6.10.a"), staff(r), "6.10") * M, "a/b*max"


@indicator("6.11", 50, ["chia_se", "noi_bo", "khong"])
def _(r, M):
    v = choice(r, "6.11.trien_khai", {"chia_se", "noi_bo", "khong"})
    return {"chia_se": M, "noi_bo": M / 2, "khong": F(0)}[v], v


ratio_ind("6.12", 40, "6.12.a", "6.12.b")
yes_no_ind("6.13", 40, "6.13.co_ung_dung")


@indicator("6.14", 50, ["capped", "proportional"])   # max not stated: 500 - 450
def _(r, M):
    # "Tỷ lệ>=1%: Điểm tối đa; Tỷ lệ<1%: Tỷ lệ/1%*Điểm tối đa."
    t = div(amount(r, "6.14.a"), amount(r, "6.14.b"), "6.14")
    if t >= F(1, 100):
        return M, "capped"
    return t / F(1, 100) * M, "proportional"


GROUPS = {"1": 100, "2": 100, "3": 100, "4": 100, "5": 100, "6": 500}
COUNTS = {"1": 4, "2": 4, "3": 5, "4": 3, "5": 9, "6": 14}   # seed lines 66-77
SUBST = ("6.3", "6.4")                                      # "liên quan đến DVCTT"
PEERS = {}

# --------------------------------------------------------------------------
# Evaluation
# --------------------------------------------------------------------------


def self_check():
    ref.check_table(IND, GROUPS, 39, counts=COUNTS)


def peers(rows):
    """4.1's peers: every unit whose rate can be computed."""
    xs = {}
    for row in rows:
        try:
            xs[row["unit"]] = rate_41(row)
        except (Missing, Undefined):
            pass
    lo, hi = min(xs.values()), max(xs.values())
    PEERS.update(xs=xs, lo=lo, hi=hi,
                 lo_units=[u for u, x in xs.items() if x == lo],
                 hi_units=[u for u, x in xs.items() if x == hi])


def evaluate(row):
    """-> dict with per-indicator results, group sums, total, status, problems."""
    res = {}
    problems = []
    subst = None
    try:
        subst = count(row, "so_dvctt") == 0
    except Missing:
        subst = "missing"
    for code, g, M, fn, _ in IND:
        if code in SUBST and subst:
            continue                   # computed below, after the others
        res[code] = ref.score(code, M, lambda: fn(row, M), problems)
    # The DVCTT rule (seed line 135), for the listed indicators of group 6.
    if subst:
        others = [(c, M) for (c, g, M, _, _) in IND if g == "6" and c not in SUBST]
        for code, g, M, _, _ in IND:
            if code not in SUBST:
                continue
            if subst == "missing":
                res[code] = (None, "missing", "missing data: so_dvctt is blank")
                problems.append(f"{code}: missing data (so_dvctt is blank)")
                continue
            gone = [c for c, _ in others if res[c][0] is None]
            if gone:
                res[code] = (None, "missing", f"substitution needs {', '.join(gone)}")
                problems.append(f"{code}: missing (substitution needs {', '.join(gone)})")
                continue
            pts = sum(res[c][0] for c, _ in others)
            mx = sum(m for _, m in others)
            res[code] = (pts / mx * M, "substituted", None)
    return ref.summary(IND, GROUPS, res, problems, subst=subst)


def main(argv):
    self_check()
    path, explain, opts = ref.parse_args(argv, os.path.join(HERE, "so-2023.csv"))
    rows = ref.read(path)
    peers(rows)
    units = ref.evaluate_units(rows, evaluate)

    if explain:
        u = ref.find_unit(units, explain)
        context = [f"  4.1 peers: min {PEERS['lo']} ({float(PEERS['lo']):.6f}) held by "
                   f"{','.join(PEERS['lo_units'])}; max {PEERS['hi']} ({float(PEERS['hi']):.6f}) "
                   f"held by {','.join(PEERS['hi_units'])}; {len(PEERS['xs'])} peers"]
        if u["unit"] in PEERS["xs"]:
            x = PEERS["xs"][u["unit"]]
            context.append(f"  4.1 rate of {u['unit']}: {x} ({float(x):.6f})")
        ref.explain(u, IND, GROUPS, context)
        return

    if "--coverage" in opts:
        # "all equal (max)" can only be taken by a dataset where every peer ties.
        # 1.3's one branch is named with a '+' of its own: never split it.
        ref.coverage(units, IND, optional=("all equal (max)",), unscored="seen",
                     whole=("1.3",))
        return

    ref.write_csv(units, GROUPS)


if __name__ == "__main__":
    main(sys.argv[1:])
