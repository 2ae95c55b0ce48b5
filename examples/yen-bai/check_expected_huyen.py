#!/usr/bin/env python3
"""Independent reference computation for the Yên Bái district example.

Quyết định 240/QĐ-UBND (06/02/2024) of Yên Bái, criteria for districts (huyện,
thị xã, thành phố) as Hướng dẫn 02/HD-UBND (10/06/2024), Phụ lục, Biểu 04 gives
them (seed 003_f6c59457de9cd5e6.txt, lines 464-980; footnotes lines 1519-1520),
with the recognition rule of line 16.

A SECOND OPINION on criteria/yen-bai/240-2024-huyen.lua, typed again from the
seed with exact rational arithmetic; it does not read the Lua scripts.  The
communes are evaluated with check_expected_xa.py's table.  The interpretations
are the script's (listed in huyen-2024.md):

  * a row with a single (Mục tiêu, Bắt buộc/Mở rộng) pair is in the "nâng cao"
    tier only (II.18, II.25, II.26, III.8, IV.9, IV.10);
  * II.4 carries the amended targets of footnote [1] (line 1519): 45 % / 50 %;
  * "%" targets are minimums of a / b; b = 0 -> undefined; "Có" -> yes/no;
  * I.1 (lines 480-491): value = (communes recognised "Đạt chuyển đổi số") /
    (communes of the district in the commune file, by their `parent` column);
    cds: value >= 50 %; nâng cao: value == 100 % and (communes recognised
    "nâng cao") / (communes) >= 30 %.  A commune whose recognition is unknown
    makes both counts unknown, so I.1 has no value.  A district with no commune
    in the file: 0 / 0, undefined;
  * recognition per tier: met_share(mandatory) >= 100 % and
    met_share(extended) >= 30 % (line 16).

Usage:
    python3 check_expected_huyen.py [huyen-2024.csv [xa-2024.csv]] > huyen-2024.expected.csv
    python3 check_expected_huyen.py --explain H02
    python3 check_expected_huyen.py --selfcheck

Standard library only.
"""

import os
import sys
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import reference as ref  # noqa: E402
import check_expected_xa as xa  # noqa: E402

B, M = "B", "M"

# (code, seed line of the criterion's number, kind, columns, cds, nang_cao)
HUYEN = [
    # I. TIÊU CHÍ CHUNG (line 478)
    ("I.1", 480, "children", (), (B, None), (B, None)),
    # II. CHÍNH QUYỀN SỐ (line 492)
    ("II.1", 494, "rate", ("II.1.a", "II.1.b"), (B, 90), (B, 100)),
    ("II.2", 506, "rate", ("II.2.a", "II.2.b"), (B, 100), (B, 100)),
    ("II.3", 518, "rate", ("II.3.a", "II.3.b"), (B, 40), (B, 60)),
    ("II.4", 530, "rate", ("II.4.a", "II.4.b"), (B, 45), (B, 50)),   # footnote [1]
    ("II.5", 542, "rate", ("II.5.a", "II.5.b"), (B, 50), (B, 70)),
    ("II.6", 554, "rate", ("II.6.a", "II.6.b"), (B, 70), (B, 90)),
    ("II.7", 566, "rate", ("II.7.a", "II.7.b"), (B, 90), (B, 95)),   # footnote [2]
    ("II.8", 578, "rate", ("II.8.a", "II.8.b"), (B, 90), (B, 100)),
    ("II.9", 590, "rate", ("II.9.a", "II.9.b"), (B, 100), (B, 100)),
    ("II.10", 602, "yes", ("II.10.co",), (M, None), (B, None)),
    ("II.11", 611, "yes", ("II.11.co",), (M, None), (B, None)),
    ("II.12", 621, "rate", ("II.12.a", "cong_chuc_phong"), (B, 40), (B, 60)),
    ("II.13", 634, "yes", ("II.13.co",), (B, None), (B, None)),
    ("II.14", 644, "rate", ("II.14.a", "cong_chuc_phong"), (M, 70), (B, 90)),
    ("II.15", 657, "yes", ("II.15.co",), (B, None), (B, None)),
    ("II.16", 666, "yes", ("II.16.co",), (B, None), (B, None)),
    ("II.17", 675, "yes", ("II.17.co",), (B, None), (B, None)),
    ("II.18", 684, "yes", ("II.18.co",), None, (M, None)),
    ("II.19", 691, "yes", ("II.19.co",), (M, None), (B, None)),
    ("II.20", 700, "rate", ("II.20.a", "II.20.b"), (M, 50), (B, 90)),
    ("II.21", 712, "rate", ("II.21.a", "II.21.b"), (M, 70), (B, 100)),
    ("II.22", 724, "yes", ("II.22.co",), (M, None), (M, None)),
    ("II.23", 733, "yes", ("II.23.co",), (B, None), (B, None)),
    ("II.24", 742, "yes", ("II.24.co",), (M, None), (B, None)),
    ("II.25", 751, "yes", ("II.25.co",), None, (B, None)),
    ("II.26", 758, "yes", ("II.26.co",), None, (M, None)),
    ("II.27", 765, "yes", ("II.27.co",), (M, None), (B, None)),
    # III. KINH TẾ SỐ (line 774)
    ("III.1", 776, "rate", ("III.1.a", "III.1.b"), (B, 70), (B, 90)),
    ("III.2", 789, "rate", ("III.2.a", "III.2.b"), (B, 70), (B, 90)),
    ("III.3", 802, "rate", ("III.3.a", "III.3.b"), (B, 30), (B, 50)),
    ("III.4", 815, "rate", ("III.4.a", "III.4.b"), (B, 40), (B, 60)),
    ("III.5", 827, "rate", ("III.5.a", "III.5.b"), (B, 40), (B, 60)),
    ("III.6", 839, "rate", ("III.6.a", "III.6.b"), (M, 60), (M, 80)),
    ("III.7", 851, "rate", ("III.7.a", "III.7.b"), (B, 70), (B, 90)),
    ("III.8", 863, "yes", ("III.8.co",), None, (M, None)),
    # IV. XÃ HỘI SỐ (line 870)
    ("IV.1", 872, "rate", ("IV.1.a", "so_xa"), (B, 90), (B, 100)),
    ("IV.2", 884, "rate", ("IV.2.a", "IV.2.b"), (B, 60), (B, 80)),
    ("IV.3", 896, "rate", ("IV.3.a", "so_xa"), (B, 100), (B, 100)),
    ("IV.4", 908, "rate", ("IV.4.a", "so_co_so_gddt"), (B, 70), (B, 90)),
    ("IV.5", 920, "rate", ("IV.5.a", "so_co_so_gddt"), (M, 50), (B, 80)),
    ("IV.6", 932, "rate", ("IV.6.a", "IV.6.b"), (M, 50), (B, 80)),
    ("IV.7", 943, "rate", ("IV.7.a", "so_co_so_kcb"), (M, 50), (M, 100)),
    ("IV.8", 955, "rate", ("IV.8.a", "so_co_so_kcb"), (M, 70), (B, 90)),
    ("IV.9", 967, "yes", ("IV.9.co",), None, (M, None)),
    ("IV.10", 974, "yes", ("IV.10.co",), None, (M, None)),
]


def children_rule(communes):
    """I.1 for one district from its communes' recognitions (lines 480-491)."""

    def i1(code, row):
        mine = [c for c in communes if c["row"].get("parent", "").strip() == row["unit"]]
        n = len(mine)
        cds = [c["rec"]["dat_cds"] for c in mine]
        nc = [c["rec"]["dat_nang_cao"] for c in mine]
        if n == 0:
            return None, "undefined: the district has no commune in the data (0 / 0)", \
                {"cds": None, "nang_cao": None}
        if any(r is None for r in cds):
            who = ",".join(c["unit"] for c in mine if c["rec"]["dat_cds"] is None)
            return None, f"unknown: recognition of {who} is unknown", \
                {"cds": None, "nang_cao": None}
        value = F(sum(1 for r in cds if r), n)
        met_cds = value >= F(50, 100)
        # "Đạt chuyển đổi số 100% và đạt chuyển đổi số nâng cao 30% trở lên"
        if value != 1:
            if any(r is None for r in nc):
                raise SystemExit(f"{row['unit']} I.1: 'false and unknown' - the outcome depends "
                                 "on how 'unknown' is read: change the data")
            met_nc = False
        elif any(r is None for r in nc):
            met_nc = None
        else:
            met_nc = F(sum(1 for r in nc if r), n) >= F(30, 100)
        return value, f"{sum(1 for r in cds if r)}/{n} recognised cds, " \
            f"{sum(1 for r in nc if r)}/{n} nâng cao", {"cds": met_cds, "nang_cao": met_nc}

    return i1


def evaluate_file(path, children_path):
    communes = xa.evaluate_file(children_path)
    rule = children_rule(communes)
    return [ref.evaluate(row, HUYEN, rule) for row in ref.read(path)]


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if "--selfcheck" in argv:
        seed = os.path.join(HERE, "..", "..", "..", "shared", "seeds", "003_f6c59457de9cd5e6.txt")
        sys.exit(0 if ref.selfcheck(HUYEN, seed, 478, 980) else 1)
    explain = args.pop(0) if "--explain" in argv else None
    path = args[0] if args else os.path.join(HERE, "huyen-2024.csv")
    children = args[1] if len(args) > 1 else os.path.join(HERE, "xa-2024.csv")
    units = evaluate_file(path, children)
    if explain:
        ref.explain(next(u for u in units if u["unit"] == explain), HUYEN)
    else:
        ref.write_csv(units)


if __name__ == "__main__":
    main(sys.argv[1:])
