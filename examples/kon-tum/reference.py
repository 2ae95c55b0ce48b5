"""Plumbing shared by the Kon Tum reference checkers.

check_expected_xa.py (communes, Phụ lục 01) and check_expected_huyen.py
(districts, Phụ lục 02) each re-implement one appendix of Kon Tum
121/QĐ-UBND (10/3/2025) from the seed's text.  This module holds only what
does not depend on either appendix, so that the rules stay independent of the
tool:

  * reading the dataset and its cells (count, yes/no), with the Missing (blank
    cell) and Undefined (division by zero) outcomes;
  * three-valued targets: a target is met (True), not met (False) or unknown
    (None: its value is missing data or undefined);
  * the cumulative level rule: the level reached is the highest k such that,
    for every level j <= k, every criterion applicable at j meets its level-j
    target (0 when level 1 is not reached); unknown as soon as the first level
    that is not met for sure is unknown;
  * the results CSV of `tieuchi run --format csv` for a levels script
    (docs/language.md, section 3c) and the command line.

Every number is an exact fractions.Fraction.  Standard library only.
"""

import csv
import sys
from fractions import Fraction as F

LEVELS = ["Khởi động", "Kết nối", "Cơ bản", "Nâng cao", "Toàn diện"]


class Missing(Exception):
    """A needed cell is blank."""


class Undefined(Exception):
    """The value has no meaning (division by zero)."""


class Unknown(Exception):
    """The value depends on an outcome that is unknown (a child's level)."""


# the yes/no spellings of docs/language.md, "Input types"
YES = {"có", "yes", "x", "1", "đã", "true"}
NO = {"không", "no", "0", "chưa", "false"}


def read(path):
    """The rows of a CSV dataset (UTF-8, with or without BOM) as dicts."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def cell(row, col):
    """The stripped text of a cell; Missing if blank; exit if no such column."""
    if col not in row:
        raise SystemExit(f"column {col!r} is not in the dataset")
    v = (row[col] or "").strip()
    if v == "":
        raise Missing(col)
    return v


def count(row, col):
    """A whole number >= 0."""
    v = cell(row, col)
    if not v.isdigit():
        raise SystemExit(f"{row['unit']}: {col} = {v!r} is not a whole number >= 0")
    return F(int(v))


def yesno(row, col):
    v = cell(row, col).lower()
    if v in YES:
        return True
    if v in NO:
        return False
    raise SystemExit(f"{row['unit']}: {col} = {v!r} is not yes/no")


def div(a, b, where):
    if b == 0:
        raise Undefined(f"{where}: division by zero")
    return a / b


def pct(x):
    """A ratio as a percentage for workings: '45.00 %' (2 decimals, exact ratios
    in the examples never need more)."""
    return f"{float(x * 100):.2f} %"


# --------------------------------------------------------------------------
# Three-valued logic
# --------------------------------------------------------------------------


def all3(xs):
    """True if every x is True, False if one is False, else None (unknown)."""
    xs = list(xs)
    if any(x is False for x in xs):
        return False
    if all(x is True for x in xs):
        return True
    return None


def value_of(code, fn, problems):
    """Run fn() -> the criterion's value; None when it is missing or undefined
    (the reason is appended to problems)."""
    try:
        return fn()
    except Missing as e:
        problems.append(f"{code}: missing data ({e.args[0]} is blank)")
    except Undefined as e:
        problems.append(f"{code}: undefined ({e.args[0]})")
    except Unknown as e:
        problems.append(f"{code}: unknown ({e.args[0]})")
    return None


# --------------------------------------------------------------------------
# Levels
# --------------------------------------------------------------------------


def evaluate(row, table, extra=None):
    """One unit: the table is a list of (code, value function, [5 targets]),
    each target None (Không áp dụng) or a function value -> bool.

    Returns a dict with the values, per level the met/applicable/unknown
    counts and the level's outcome, the level reached (int or None =
    unknown), the registered level and whether it is reached, the status."""
    problems = []
    values, met = {}, {}
    for code, fn, targets in table:
        v = value_of(code, lambda: fn(row), problems)
        values[code] = v
        for k in range(5):
            t = targets[k]
            if t is None:
                continue
            res = None if v is None else t(v, row)
            met[(code, k + 1)] = None if res is None else bool(res)
    per_level = []
    for k in range(1, 6):
        outs = [met[(c, k)] for (c, _, _) in table if (c, k) in met]
        per_level.append({
            "met": sum(1 for o in outs if o is True),
            "applicable": len(outs),
            "unknown": sum(1 for o in outs if o is None),
            "outcome": all3(outs),
        })
    level = 0
    for k in range(1, 6):
        o = per_level[k - 1]["outcome"]
        if o is True:
            level = k
            continue
        if o is None:
            level = None
        break
    try:
        reg = int(count(row, "muc_do_dang_ky"))
    except Missing:
        reg = None  # no registered level: registered_reached is empty
    if reg is not None and not 1 <= reg <= 5:
        raise SystemExit(f"{row['unit']}: registered level {reg} is not 1..5")
    reached = None if reg is None else \
        all3(per_level[j - 1]["outcome"] for j in range(1, reg + 1))
    status = "ok" if all(v is not None for v in values.values()) else "incomplete"
    return {"unit": row["unit"], "name": row["name"], "row": row,
            "values": values, "met": met, "levels": per_level, "level": level,
            "registered": reg, "reached": reached, "status": status,
            "problems": problems}


def yn(b):
    return {True: "yes", False: "no", None: "unknown"}[b]


def csv_field(s):
    if "," in s or '"' in s or "\n" in s:
        return '"' + s.replace('"', '""') + '"'
    return s


def write_csv(units, out=sys.stdout):
    """unit,name,L1,…,L5,level,level_name,registered,registered_reached,status"""
    out.write("unit,name,L1,L2,L3,L4,L5,level,level_name,registered,registered_reached,status\n")
    for u in units:
        lv = u["level"]
        fields = [u["unit"], u["name"]]
        fields += [f"{p['met']}/{p['applicable']}" for p in u["levels"]]
        fields += ["unknown" if lv is None else str(lv),
                   "" if not lv else LEVELS[lv - 1],
                   "" if u["registered"] is None else str(u["registered"]),
                   "" if u["registered"] is None else yn(u["reached"]), u["status"]]
        out.write(",".join(csv_field(f) for f in fields) + "\n")
    for u in units:
        for p in u["problems"]:
            print(f"{u['unit']}: {p}", file=sys.stderr)


def write_met(units, table, out=sys.stdout):
    """--met: every criterion's outcome at every level where it applies, one line
    each: unit,criterion,level,yes|no|unknown (to compare with the tool's JSON)."""
    for u in units:
        for code, _, targets in table:
            for k in range(1, 6):
                if targets[k - 1] is not None:
                    out.write(f"{u['unit']},{code},{k},{yn(u['met'][(code, k)])}\n")


def explain(u, table, show_value):
    """--explain: one unit, criterion by criterion, level by level."""
    print(f"{u['unit']} {u['name']}")
    for code, _, targets in table:
        v = u["values"][code]
        cells = []
        for k in range(1, 6):
            if targets[k - 1] is None:
                cells.append("  -  ")
            else:
                cells.append({True: " met ", False: " NOT ", None: "  ?  "}[u["met"][(code, k)]])
        print(f"  {code:6} {show_value(code, v):>22}  " + "|".join(cells))
    for k, p in enumerate(u["levels"], 1):
        print(f"  L{k} {LEVELS[k - 1]:10} {p['met']}/{p['applicable']} met"
              f"{', ' + str(p['unknown']) + ' unknown' if p['unknown'] else ''} -> {yn(p['outcome'])}")
    lv = u["level"]
    print(f"  level {'unknown' if lv is None else lv}; registered {u['registered']} "
          f"reached {yn(u['reached'])}; status {u['status']}")
    for p in u["problems"]:
        print(f"  problem: {p}")
