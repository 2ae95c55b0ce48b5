"""Plumbing for the Yên Bái department checker (check_expected_so.py).

check_expected_so.py re-implements, from the seed's text, the department criteria of
Yên Bái 240/QĐ-UBND as Hướng dẫn 02/HD-UBND (Biểu 04) sets them out.  This module holds
only what does not depend on the decision, following docs/language.md section 3c
("Criteria that are met or not"):

  * reading the dataset and its cells (count, yes/no), with the Missing (blank cell) and
    Undefined (division by zero) outcomes;
  * three-valued outcomes: a criterion is met (True), not met (False) or unknown (None,
    its value is missing or undefined);
  * per tier: mandatory met x/y and extended met x/y, and recognitions that are "yes",
    "no" or "unknown";
  * the result CSV of `tieuchi run --format csv` for a script with tiers:
        unit,name,<tier>.mandatory,<tier>.extended,...,<recognition...>,status
    with status "ok", or "incomplete" when some criterion has no value;
  * the command line: [DATASET], --explain UNIT.

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


def div(a, b, where):
    """a / b; Undefined when b = 0 (the seed gives no rule for it)."""
    if b == 0:
        raise Undefined(f"{where}: division by zero")
    return a / b


def show(v, rate):
    """A value for workings: yes/no, a count, or a ratio as an exact fraction and %."""
    if v is True:
        return "có"
    if v is False:
        return "không"
    if not rate:
        return str(v)
    return f"{v} = {float(v * 100):.4f} %"


# --------------------------------------------------------------------------
# Criteria, tiers, recognitions
# --------------------------------------------------------------------------

MANDATORY, EXTENDED = "mandatory", "extended"


class Criteria(list):
    """The table: (code, value function, {tier: (kind, test, target text)}).

    self.rates: the codes whose value is a ratio (shown as a percentage)."""

    def __init__(self):
        super().__init__()
        self.rates = set()

    def criterion(self, code, targets, rate=False):
        """Decorator registering a value function under `code`.

        targets: {tier: (kind, test, text)} where test(value) -> bool and text is the
        target as the seed writes it (for --explain)."""
        def reg(fn):
            self.append((code, fn, targets))
            if rate:
                self.rates.add(code)
            return fn
        return reg


def evaluate(row, table, tiers, recognitions):
    """One unit.

    Returns a dict: values {code: (value or None, why)}, met {tier: {code: True/False/None}},
    counts {tier: {kind: (met, assigned)}}, recognised {name: "yes"/"no"/"unknown"},
    status."""
    values = {}
    for code, fn, _ in table:
        try:
            values[code] = (fn(row), "")
        except Missing as e:
            values[code] = (None, f"missing data: {e.args[0]} is blank")
        except Undefined as e:
            values[code] = (None, f"undefined: {e.args[0]}")
    met = {t: {} for t in tiers}
    for code, _, targets in table:
        v = values[code][0]
        for t, (kind, test, _) in targets.items():
            met[t][code] = None if v is None else bool(test(v))
    counts = {}
    for t in tiers:
        counts[t] = {}
        for kind in (MANDATORY, EXTENDED):
            codes = [c for c, _, tg in table if t in tg and tg[t][0] == kind]
            counts[t][kind] = (sum(1 for c in codes if met[t][c] is True), len(codes))
    recognised = {name: rule(met, table) for name, rule in recognitions}
    status = "ok" if all(v is not None for v, _ in values.values()) else "incomplete"
    return {"values": values, "met": met, "counts": counts,
            "recognised": recognised, "status": status}


def all_of_kind(tier, kind):
    """A recognition rule: every criterion of `kind` assigned in `tier` is met
    (100 % of them).  Three-valued: "yes" when all are met; "no" when one is not met;
    otherwise (none not met, some unknown) "unknown".

    A unit with one criterion not met AND one unknown is "no" here (the 100 % cannot be
    reached whatever the unknown one is); the example data has no such unit, because
    docs/language.md does not settle whether tieuchi then says "no" or "unknown"."""
    def rule(met, table):
        results = [met[tier][c] for c, _, tg in table if tier in tg and tg[tier][0] == kind]
        if not results:
            raise SystemExit(f"no {kind} criterion in tier {tier}: the share is undefined")
        if any(r is False for r in results):
            if any(r is None for r in results):
                print(f"warning: {tier}: not met and unknown together", file=sys.stderr)
            return "no"
        if any(r is None for r in results):
            return "unknown"
        return "yes"
    return rule


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------


def csv_field(s):
    if "," in s or '"' in s or "\n" in s:
        return '"' + s.replace('"', '""') + '"'
    return s


def write_csv(units, tiers, recognitions):
    """The expected-results CSV on stdout; every unknown value on stderr."""
    out = sys.stdout
    head = ["unit", "name"]
    for t in tiers:
        head += [f"{t}.{MANDATORY}", f"{t}.{EXTENDED}"]
    head += [name for name, _ in recognitions] + ["status"]
    out.write(",".join(head) + "\n")
    for u in units:
        fields = [u["unit"], u["name"]]
        for t in tiers:
            for kind in (MANDATORY, EXTENDED):
                m, n = u["counts"][t][kind]
                fields.append(f"{m}/{n}")
        fields += [u["recognised"][name] for name, _ in recognitions] + [u["status"]]
        out.write(",".join(csv_field(f) for f in fields) + "\n")
    for u in units:
        for code, (v, why) in u["values"].items():
            if v is None:
                print(f"{u['unit']}: {code}: {why}", file=sys.stderr)


def explain(u, table, tiers, recognitions):
    """--explain: one unit, criterion by criterion, then the tiers."""
    print(f"{u['unit']} {u['name']}  (status {u['status']})")
    word = {True: "met", False: "NOT met", None: "unknown"}
    for code, _, targets in table:
        v, why = u["values"][code]
        shown = why if v is None else show(v, code in table.rates)
        per = "; ".join(f"{t}: {k} {txt} -> {word[u['met'][t][code]]}"
                        for t, (k, _, txt) in targets.items())
        print(f"  {code:6} {shown:40} {per}")
    for t in tiers:
        c = u["counts"][t]
        print(f"  tier {t}: mandatory {c[MANDATORY][0]}/{c[MANDATORY][1]}, "
              f"extended {c[EXTENDED][0]}/{c[EXTENDED][1]}")
    for name, _ in recognitions:
        print(f"  {name}: {u['recognised'][name]}")


def main(argv, default_path, table, tiers, recognitions):
    args = [a for a in argv if not a.startswith("--")]
    opts = [a for a in argv if a.startswith("--")]
    target = args.pop(0) if "--explain" in opts else None
    path = args[0] if args else default_path
    units = []
    for row in read(path):
        u = evaluate(row, table, tiers, recognitions)
        u["unit"], u["name"] = row["unit"], row["name"]
        units.append(u)
    if target is not None:
        explain(next(x for x in units if x["unit"] == target), table, tiers, recognitions)
        return
    write_csv(units, tiers, recognitions)
