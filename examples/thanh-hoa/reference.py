"""Plumbing shared by the Thanh Hóa reference checkers.

check_expected_xa.py (Quyết định 1829/QĐ-UBND, communes, targets per year) and
check_expected_cam_tan.py (the same criteria as Cẩm Tân applies them in 2024)
re-implement the decision's rules from the seed's text.  This module holds only
what does not depend on the decision:

  * reading the dataset and its cells (count, yes/no, percent), with the
    Missing (blank cell) and Undefined (division by zero) outcomes;
  * a criterion table (code, value function, target per year) and judging one
    criterion against the target of the evaluated year: met / not met /
    unknown (value missing or undefined) / not assigned ("*");
  * the unit's summary for the year: criteria assigned, met, not met, unknown,
    the rate met / assigned ("đạt x/y chỉ tiêu, tỷ lệ z %"), the recognition
    (three-valued: yes / no / unknown), the status;
  * 2-decimal formatting that refuses .xx5 ties, CSV output in the format of
    docs/language.md section 3c, and the command line ([DATASET], --period
    YEAR, --explain UNIT).

Every number is an exact fractions.Fraction.  Standard library only.
"""

import csv
import sys
from fractions import Fraction as F

# --------------------------------------------------------------------------
# Reading cells
# --------------------------------------------------------------------------


class Missing(Exception):
    """A needed cell is blank."""


class Undefined(Exception):
    """The value has no meaning (division by zero)."""


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
    v = row[col].strip()
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


def percent(row, col):
    """A percentage in percent points ('72.5' or '72.5%') as a ratio (0.725)."""
    v = cell(row, col)
    if v.endswith("%"):
        v = v[:-1].strip()
    x = F(v)
    if x < 0:
        raise SystemExit(f"{row['unit']}: {col} = {v!r} is negative")
    return x / 100


def div(a, b, where):
    """a / b; Undefined when b = 0."""
    if b == 0:
        raise Undefined(f"{where}: division by zero")
    return a / b


def pct(x):
    """A ratio as a percentage for workings: '45.00 %' (2 decimals, display only)."""
    return f"{float(x * 100):.2f} %"


# --------------------------------------------------------------------------
# Criteria and targets
# --------------------------------------------------------------------------

NA = None          # "*": not assigned that year
YES_T = "yes"      # a qualitative target: the yes/no value must be yes


class Criterion:
    """One criterion: code, its value function row -> Fraction or bool, and a
    target per year: NA, YES_T, or a Fraction t meaning value >= t."""

    def __init__(self, code, value, targets, show=None):
        self.code = code
        self.group = code.split(".")[0]
        self.value = value
        self.targets = dict(targets)
        self.show = show  # row -> text of the working, optional

    def target(self, year):
        if year not in self.targets:
            raise SystemExit(f"{self.code}: no target for {year}")
        return self.targets[year]


def per_year(t22, t23, t24, t25):
    """Targets as the table lists them: Năm 2022, 2023, 2024, 2025."""
    return {2022: t22, 2023: t23, 2024: t24, 2025: t25}


def judge(crit, row, year):
    """(outcome, value, target, why) for one criterion in one year.

    outcome: 'na' (not assigned), 'met', 'not_met', 'unknown' (value missing or
    undefined).  A criterion not assigned in the year is not evaluated at all:
    its cells are not needed."""
    t = crit.target(year)
    if t is NA:
        return ("na", None, t, "not assigned (*)")
    try:
        v = crit.value(row)
    except Missing as e:
        return ("unknown", None, t, f"missing data: {e.args[0]} is blank")
    except Undefined as e:
        return ("unknown", None, t, f"undefined: {e.args[0]}")
    if t == YES_T:
        if not isinstance(v, bool):
            raise SystemExit(f"{crit.code}: a yes/no target needs a yes/no value")
        ok = v
    else:
        if isinstance(v, bool):
            raise SystemExit(f"{crit.code}: a number target needs a number value")
        ok = v >= t
    return ("met" if ok else "not_met", v, t, "")


def show_value(v):
    if v is None:
        return "-"
    if isinstance(v, bool):
        return "yes" if v else "no"
    return f"{v} = {pct(v)}"


def show_target(t):
    if t is NA:
        return "*"
    if t == YES_T:
        return "yes"
    return f">= {pct(t)}"


# three-valued logic for the recognition: True, False, None (unknown)

def and3(*xs):
    if any(x is False for x in xs):
        return False
    if any(x is None for x in xs):
        return None
    return True


def yes_no_unknown(x):
    return "unknown" if x is None else ("yes" if x else "no")


def evaluate(row, year, criteria, recognitions):
    """A unit's result for `year`.

    recognitions: list of (name, function(summary, row) -> True/False/None)."""
    res = {c.code: judge(c, row, year) for c in criteria}
    outs = [r[0] for r in res.values()]
    s = {
        "year": year,
        "ind": res,
        "assigned": sum(1 for o in outs if o != "na"),
        "met": outs.count("met"),
        "not_met": outs.count("not_met"),
        "unknown": outs.count("unknown"),
    }
    # all_met(): every assigned criterion met; unknown if none fails but some is unknown
    s["all_met"] = False if s["not_met"] else (None if s["unknown"] else True)
    s["rate"] = F(s["met"], s["assigned"]) if s["assigned"] else None
    s["recognition"] = [(name, fn(s, row)) for name, fn in recognitions]
    # "incomplete": some assigned criterion has no value, or a recognition cannot be
    # decided for want of data (e.g. a blank ty_le_diem_3853).  docs/language.md 3c says
    # only "some criterion has no value"; tieuchi also counts an unknown recognition, and
    # so does this checker (a unit whose outcome lacks a cell is not complete).
    s["status"] = ("incomplete" if s["unknown"] or any(v is None for _, v in s["recognition"])
                   else "ok")
    return s


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------


def fmt(x):
    """%.2f of an exact Fraction, half away from zero; refuse exact ties.

    A value within 1e-6 of a tie is also refused: an implementation computing in
    binary floating point could round it the other way."""
    h = x * 100
    frac = h - (h.numerator // h.denominator)
    if abs(frac - F(1, 2)) < F(1, 10**6):
        raise SystemExit(f"value {x} is on or near a .xx5 rounding tie: change the data")
    n = int(abs(h) + F(1, 2))
    sign = "-" if h < 0 and n else ""
    return f"{sign}{n // 100}.{n % 100:02d}"


def csv_field(s):
    if "," in s or '"' in s or "\n" in s:
        return '"' + s.replace('"', '""') + '"'
    return s


def write_csv(units, recognition_names):
    """unit,name,period,assigned,met,not_met,unknown,rate,<recognition…>,status"""
    out = sys.stdout
    out.write("unit,name,period,assigned,met,not_met,unknown,rate,"
              + "".join(n + "," for n in recognition_names) + "status\n")
    for u in units:
        s = u["result"]
        rate = "" if s["rate"] is None else fmt(s["rate"] * 100)
        fields = [u["unit"], u["name"], str(s["year"]), str(s["assigned"]), str(s["met"]),
                  str(s["not_met"]), str(s["unknown"]), rate] + \
                 [yes_no_unknown(v) for _, v in s["recognition"]] + [s["status"]]
        out.write(",".join(csv_field(f) for f in fields) + "\n")


def explain(u, criteria, context=()):
    """--explain: one unit, criterion by criterion, then the outcome."""
    s = u["result"]
    print(f"{u['unit']} {u['name']}  (year {s['year']})")
    for line in context:
        print(line)
    for c in criteria:
        o, v, t, why = s["ind"][c.code]
        work = c.show(u["row"]) if (c.show and o in ("met", "not_met")) else ""
        print(f"  {c.code:5} {o:8} value {show_value(v):28} target {show_target(t):12} {work}{why}")
    rate = "-" if s["rate"] is None else fmt(s["rate"] * 100) + " %"
    print(f"  đạt {s['met']}/{s['assigned']} chỉ tiêu, tỷ lệ {rate}; not met {s['not_met']}, "
          f"unknown {s['unknown']}; all_met {yes_no_unknown(s['all_met'])}")
    for name, v in s["recognition"]:
        print(f"  {name}: {yes_no_unknown(v)}")
    print(f"  status {s['status']}")


# --------------------------------------------------------------------------
# The command line
# --------------------------------------------------------------------------


def parse_args(argv, default_path):
    """[--period YEAR] [--explain UNIT] [DATASET] -> (path, period or None, UNIT or None)."""
    args = list(argv)
    period = None
    unit = None
    rest = []
    while args:
        a = args.pop(0)
        if a == "--period":
            period = int(args.pop(0))
        elif a == "--explain":
            unit = args.pop(0)
        elif a.startswith("--"):
            raise SystemExit(f"unknown option {a}")
        else:
            rest.append(a)
    return (rest[0] if rest else default_path), period, unit


def year_of(row, period_option, default=None):
    """The year evaluated: --period, else the row's `period` column, else the
    decision's own year (default)."""
    if period_option is not None:
        return period_option
    p = row.get("period", "").strip()
    if p:
        return int(p)
    if default is not None:
        return default
    raise SystemExit(f"{row['unit']}: no year (give --period or a period column)")


def main(argv, default_path, criteria, recognitions, default_year=None, context=None,
         prepare=None):
    """prepare(path, rows) -> rows, optional: the checker's own step between reading
    the dataset and evaluating it (Cẩm Tân: the figures its lists give)."""
    path, period, unit = parse_args(argv, default_path)
    rows = read(path)
    if prepare is not None:
        rows = prepare(path, rows)
    units = []
    for row in rows:
        year = year_of(row, period, default_year)
        units.append({"unit": row["unit"], "name": row["name"], "row": row,
                      "result": evaluate(row, year, criteria, recognitions)})
    if unit is not None:
        u = next((x for x in units if x["unit"] == unit), None)
        if u is None:
            raise SystemExit(f"no unit {unit}")
        explain(u, criteria, context(u) if context else ())
        return
    write_csv(units, [name for name, _ in recognitions])
