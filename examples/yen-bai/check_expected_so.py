#!/usr/bin/env python3
"""Independent reference computation for the Yên Bái department example.

Yên Bái 240/QĐ-UBND (06/02/2024), department criteria as set out by Hướng dẫn
02/HD-UBND (10/06/2024), Phụ lục, Biểu 04 "Hướng dẫn lấy số liệu, tài liệu kiểm chứng
phục vụ đánh giá thẩm định công nhận sở, ban, ngành đạt chuyển đổi số/chuyển đổi số nâng
cao" (seed 003_f6c59457de9cd5e6.txt, lines 157-463), and the recognition condition of
line 15: "đạt 100% đối với các tiêu chí bắt buộc tương ứng".

This file is a SECOND OPINION on criteria/yen-bai/240-2024-so.lua: every criterion is
written again, directly from the seed's table, with exact rational arithmetic.  It does
not read the Lua script; it only shares the dataset's column names with it.  The
interpretation choices are the script's (listed in so-2024.md), so that the two must agree:

  * two tiers, "cds" (Chuyển đổi số) and "nang_cao" (Chuyển đổi số nâng cao);
  * every department criterion is Bắt buộc (mandatory); the table has no Mở rộng;
  * the four rows with one (target, kind) pair only (I.5, I.15, II.7, III.3) are read
    as nâng cao criteria, absent from tier cds;
  * a rate "Tỷ lệ = a/b*100%" with target N meets it when a/b >= N %; "Có" -> yes;
    I.5 "5.000" = 5000 followers, at least;
  * a tier is recognised when 100 % of its mandatory criteria are met.

Usage:
    python3 check_expected_so.py [so-2024.csv] > so-2024.expected.csv
    python3 check_expected_so.py --explain S03      # the working of one unit

Standard library only.
"""

import os
import sys
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import reference_so as ref  # noqa: E402  (the plumbing, next to this file)
from reference_so import MANDATORY, count, div, yesno  # noqa: E402

TIERS = ["cds", "nang_cao"]
TABLE = ref.Criteria()


def yes_row(code, col, tiers=("cds", "nang_cao")):
    """Unit "Có/Không" (or a document / platform), target "Có" in the given tiers."""
    TABLE.criterion(code, {t: (MANDATORY, lambda v: v is True, "Có") for t in tiers})(
        lambda r: yesno(r, col))


def rate_row(code, targets, b_col=None):
    """Unit "%", "Tỷ lệ = a/b*100%", targets {tier: N} in percent points: met when
    a/b >= N/100.  b is the row's own b, or II's "Tổng số công chức của cơ quan"."""
    tg = {t: (MANDATORY, (lambda n: lambda v: v >= F(n, 100))(n), f">= {n} %")
          for t, n in targets.items()}
    TABLE.criterion(code, tg, rate=True)(
        lambda r: div(count(r, f"{code}.a"), count(r, b_col or f"{code}.b"), code))


# ---- I. Chuyển đổi số phục vụ công tác chỉ đạo, điều hành, quản trị ... ------
yes_row("I.1", "I.1.thu_truong_la_truong_ban")           # Có Bắt buộc Có Bắt buộc
yes_row("I.2", "I.2.co_ke_hoach")
yes_row("I.3", "I.3.co_clb")
yes_row("I.4", "I.4.dat_yeu_cau")
# I.5 "Lượng người theo dõi" "5.000" "Bắt buộc": one pair -> nâng cao; "đạt tối thiểu"
TABLE.criterion("I.5", {"nang_cao": (MANDATORY, lambda v: v >= 5000, ">= 5000")})(
    lambda r: count(r, "I.5.nguoi_theo_doi"))
rate_row("I.6", {"cds": 80, "nang_cao": 100})
rate_row("I.7", {"cds": 60, "nang_cao": 80})
rate_row("I.8", {"cds": 100, "nang_cao": 100})
yes_row("I.9", "I.9.co_csdl")
yes_row("I.10", "I.10.co_nen_tang")
rate_row("I.11", {"cds": 100, "nang_cao": 100})
yes_row("I.12", "I.12.co_nen_tang")
rate_row("I.13", {"cds": 30, "nang_cao": 50})
yes_row("I.14", "I.14.co_giao_nhiem_vu")
yes_row("I.15", "I.15.co_tro_ly_ao", tiers=("nang_cao",))  # one pair "Có Bắt buộc"

# ---- II. Chuyển đổi số trong công chức: b = Tổng số công chức của cơ quan -----
rate_row("II.1", {"cds": 80, "nang_cao": 100}, "cong_chuc")
rate_row("II.2", {"cds": 90, "nang_cao": 100}, "cong_chuc")
rate_row("II.3", {"cds": 80, "nang_cao": 100}, "cong_chuc")
rate_row("II.4", {"cds": 100, "nang_cao": 100}, "cong_chuc")
rate_row("II.5", {"cds": 100, "nang_cao": 100}, "cong_chuc")
rate_row("II.6", {"cds": 90, "nang_cao": 100}, "cong_chuc")
rate_row("II.7", {"nang_cao": 50}, "cong_chuc")           # one pair "50 Bắt buộc"
rate_row("II.8", {"cds": 90, "nang_cao": 100}, "cong_chuc")

# ---- III. Hạ tầng và an toàn thông tin phục vụ chuyển đổi số ------------------
yes_row("III.1", "III.1.da_phe_duyet")
yes_row("III.2", "III.2.da_trien_khai")
yes_row("III.3", "III.3.da_kiem_tra", tiers=("nang_cao",))  # one pair "Có Bắt buộc"
yes_row("III.4", "III.4.tham_gia_day_du")

# line 15: "đạt 100% đối với các tiêu chí bắt buộc tương ứng"
RECOGNITIONS = [("dat_cds", ref.all_of_kind("cds", MANDATORY)),
                ("dat_nang_cao", ref.all_of_kind("nang_cao", MANDATORY))]

# the table as the seed has it: 15 + 8 + 4 rows; 23 in cds, 27 in nâng cao
assert len(TABLE) == 27
assert sum(1 for _, _, tg in TABLE if "cds" in tg) == 23
assert sum(1 for _, _, tg in TABLE if "nang_cao" in tg) == 27

if __name__ == "__main__":
    ref.main(sys.argv[1:], os.path.join(HERE, "so-2024.csv"), TABLE, TIERS, RECOGNITIONS)
