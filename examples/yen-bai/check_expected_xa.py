#!/usr/bin/env python3
"""Independent reference computation for the Yên Bái commune example.

Quyết định 240/QĐ-UBND (06/02/2024) of Yên Bái, criteria for communes (xã,
phường, thị trấn) as Hướng dẫn 02/HD-UBND (10/06/2024), Phụ lục, Biểu 04 gives
them (seed 003_f6c59457de9cd5e6.txt, lines 981-1518), with the recognition rule
of line 16.

This file is a SECOND OPINION on criteria/yen-bai/240-2024-xa.lua: the table
below is typed again from the seed, with exact rational arithmetic.  It does not
read the Lua script; it only shares the dataset's column names with it.  The
interpretations are the script's (listed in xa-2024.md) so that the two must
agree:

  * a row with a single (Mục tiêu, Bắt buộc/Mở rộng) pair is in the "nâng cao"
    tier only (I.8, I.14, I.15, I.19, I.26, I.27, II.9, II.10, III.9, III.11);
  * "%" targets are minimums of a / b; b = 0 -> undefined;
  * "Có ..." targets -> yes/no; I.10 >= 1; II.8 >= 1 / >= 3; III.11 >= 3;
  * I.12, I.13: "nâng cao" target "100" with unit Có/không -> "Có";
  * II.3's denominator is the households (ho_sxkd), as II.2's;
  * III.2 (no formula in the seed): adults with a digital signature / adults;
  * recognition per tier: met_share(mandatory) >= 100 % and
    met_share(extended) >= 30 % (line 16).

Usage:
    python3 check_expected_xa.py [xa-2024.csv] > xa-2024.expected.csv
    python3 check_expected_xa.py --explain X06     # one unit, criterion by criterion
    python3 check_expected_xa.py --selfcheck       # the table against the seed's cells

Standard library only.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import reference as ref  # noqa: E402

B, M = "B", "M"

# (code, seed line of the criterion's number, kind, columns, cds, nang_cao)
XA = [
    # I. CHÍNH QUYỀN SỐ (line 995)
    ("I.1", 997, "rate", ("I.1.a", "I.1.b"), (B, 40), (B, 60)),
    ("I.2", 1009, "rate", ("I.2.a", "I.2.b"), (B, 20), (B, 40)),
    ("I.3", 1021, "rate", ("I.3.a", "I.3.b"), (B, 50), (B, 70)),
    ("I.4", 1033, "rate", ("I.4.a", "I.4.b"), (B, 90), (B, 95)),
    ("I.5", 1045, "rate", ("I.5.a", "I.5.b"), (B, 90), (B, 100)),
    ("I.6", 1057, "rate", ("I.6.a", "I.6.b"), (B, 100), (B, 100)),
    ("I.7", 1069, "yes", ("I.7.co",), (M, None), (B, None)),
    ("I.8", 1078, "yes", ("I.8.co",), None, (M, None)),
    ("I.9", 1086, "rate", ("I.9.a", "cong_chuc_xa"), (B, 40), (B, 60)),
    ("I.10", 1098, "count", ("I.10.nhan_su",), (B, 1), (B, 1)),
    ("I.11", 1107, "rate", ("I.11.a", "cong_chuc_xa"), (M, 70), (B, 90)),
    ("I.12", 1119, "yes", ("I.12.co",), (B, None), (B, None)),
    ("I.13", 1128, "yes", ("I.13.co",), (B, None), (B, None)),
    ("I.14", 1137, "yes", ("I.14.co",), None, (B, None)),
    ("I.15", 1144, "yes", ("I.15.co",), None, (M, None)),
    ("I.16", 1151, "yes", ("I.16.co",), (M, None), (B, None)),
    ("I.17", 1160, "yes", ("I.17.co",), (M, None), (M, None)),
    ("I.18", 1169, "yes", ("I.18.co",), (B, None), (B, None)),
    ("I.19", 1178, "yes", ("I.19.co",), None, (M, None)),
    ("I.20", 1185, "yes", ("I.20.co",), (M, None), (M, None)),
    ("I.21", 1194, "yes", ("I.21.co",), (M, None), (M, None)),
    ("I.22", 1203, "yes", ("I.22.co",), (M, None), (M, None)),
    ("I.23", 1212, "yes", ("I.23.co",), (M, None), (M, None)),
    ("I.24", 1221, "yes", ("I.24.co",), (M, None), (M, None)),
    ("I.25", 1230, "yes", ("I.25.co",), (M, None), (M, None)),
    ("I.26", 1239, "yes", ("I.26.co",), None, (M, None)),
    ("I.27", 1246, "yes", ("I.27.co",), None, (M, None)),
    # II. KINH TẾ SỐ (line 1253)
    ("II.1", 1255, "rate", ("II.1.a", "II.1.b"), (B, 70), (B, 90)),
    ("II.2", 1268, "rate", ("II.2.a", "ho_sxkd"), (B, 70), (B, 90)),
    ("II.3", 1281, "rate", ("II.3.a", "ho_sxkd"), (B, 70), (B, 90)),
    ("II.4", 1293, "rate", ("II.4.a", "II.4.b"), (B, 50), (B, 80)),
    ("II.5", 1306, "yes", ("II.5.co",), (B, None), (B, None)),
    ("II.6", 1315, "rate", ("II.6.a", "II.6.b"), (B, 60), (B, 90)),
    ("II.7", 1327, "rate", ("II.7.a", "II.7.b"), (B, 70), (B, 90)),
    ("II.8", 1339, "count", ("II.8.mo_hinh",), (B, 1), (B, 3)),
    ("II.9", 1348, "yes", ("II.9.co",), None, (M, None)),
    ("II.10", 1355, "yes", ("II.10.co",), None, (M, None)),
    ("II.11", 1362, "yes", ("II.11.co",), (M, None), (M, None)),
    # III. XÃ HỘI SỐ (line 1371)
    ("III.1", 1373, "rate", ("III.1.a", "dan_so_truong_thanh"), (B, 60), (B, 80)),
    ("III.2", 1385, "rate", ("III.2.a", "dan_so_truong_thanh"), (M, 30), (B, 50)),
    ("III.3", 1394, "rate", ("III.3.a", "dan_so_lao_dong"), (M, 50), (B, 70)),
    ("III.4", 1406, "rate", ("III.4.a", "III.4.b"), (B, 50), (B, 70)),
    ("III.5", 1418, "rate", ("III.5.a", "dan_so_truong_thanh"), (B, 30), (B, 50)),
    ("III.6", 1430, "rate", ("III.6.a", "dan_so_lao_dong"), (M, 10), (B, 30)),
    ("III.7", 1442, "rate", ("III.7.a", "III.7.b"), (B, 70), (B, 90)),
    ("III.8", 1454, "rate", ("III.8.a", "dan_so_truong_thanh"), (B, 60), (B, 80)),
    ("III.9", 1466, "yes", ("III.9.co",), None, (M, None)),
    ("III.10", 1473, "rate", ("III.10.a", "III.10.b"), (M, 40), (M, 80)),
    ("III.11", 1485, "count", ("III.11.diem_phat",), None, (M, 3)),
    ("III.12", 1492, "yes", ("III.12.co",), (M, None), (M, None)),
    ("III.13", 1501, "yes", ("III.13.co",), (M, None), (M, None)),
    ("III.14", 1510, "yes", ("III.14.co",), (M, None), (B, None)),
]


def evaluate_file(path):
    return [ref.evaluate(row, XA) for row in ref.read(path)]


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if "--selfcheck" in argv:
        seed = os.path.join(HERE, "..", "..", "..", "shared", "seeds", "003_f6c59457de9cd5e6.txt")
        sys.exit(0 if ref.selfcheck(XA, seed, 995, 1518) else 1)
    explain = args.pop(0) if "--explain" in argv else None
    path = args[0] if args else os.path.join(HERE, "xa-2024.csv")
    units = evaluate_file(path)
    if explain:
        ref.explain(next(u for u in units if u["unit"] == explain), XA)
    else:
        ref.write_csv(units)


if __name__ == "__main__":
    main(sys.argv[1:])
