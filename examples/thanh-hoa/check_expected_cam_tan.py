#!/usr/bin/env python3
"""Independent check of the Cẩm Tân 2024 example.

Cẩm Tân's letter of 6/2024 (../shared/seeds/004_29ddc68b533c367c.txt) applies
Quyết định 1829/QĐ-UBND to the year 2024: the same 37 criteria, the same
targets (every 2024 target it states — "(năm 2024 là 75%)", … — equals the
2024 column of 1829), and "Chỉ tiêu này năm 2024 không thực hiện" for 1.11
(line 163).  So the rules are those of check_expected_xa.py (written from
1829's text), with 1.11 not assigned in 2024 (as 1829's "*" already says) and
the year 2024 when the dataset has no `period` column.

    python3 check_expected_cam_tan.py [DATASET] [--period YEAR] [--explain UNIT]
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reference import NA, main  # noqa: E402
from check_expected_xa import CRITERIA, RECOGNITIONS, context  # noqa: E402

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

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    main(sys.argv[1:], os.path.join(here, "cam-tan-2024.csv"), CRITERIA, RECOGNITIONS,
         default_year=2024, context=context)
