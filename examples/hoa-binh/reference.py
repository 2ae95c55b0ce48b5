"""Plumbing shared by the Hòa Bình reference checkers.

check_expected.py (communes), check_expected_so.py (departments) and
check_expected_huyen.py (districts) each re-implement one decision's scoring
rules from the seed's text.  This module holds only what does not depend on
any decision, so that the rules stay independent of each other and of the tool:

  * reading the dataset and its cells (count, amount, yes/no, choice), with the
    Missing (blank cell) and Undefined (division by zero) outcomes;
  * the indicator table (Indicators) and running one indicator with the
    semantics of docs/language.md (missing / undefined / clamped into range);
  * group sums and total, ranking with ties, 2-decimal formatting that refuses
    .xx5 ties, CSV output;
  * the command line: [DATASET], --explain UNIT, --coverage.

Every value is an exact fractions.Fraction.  Standard library only.
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
    """The seed's formula has no value (division by zero)."""


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


def amount(row, col):
    """A decimal number >= 0, exactly."""
    v = cell(row, col)
    x = F(v)  # Fraction("12.5") is exact
    if x < 0:
        raise SystemExit(f"{row['unit']}: {col} = {v!r} is negative")
    return x


def yesno(row, col):
    v = cell(row, col).lower()
    if v in YES:
        return True
    if v in NO:
        return False
    raise SystemExit(f"{row['unit']}: {col} = {v!r} is not yes/no")


def choice(row, col, options):
    v = cell(row, col)
    if v not in options:
        raise SystemExit(f"{row['unit']}: {col} = {v!r} is not one of {sorted(options)}")
    return v


def div(a, b, where, why="division by zero"):
    """a / b; Undefined("<where>: <why>") when b = 0."""
    if b == 0:
        raise Undefined(f"{where}: {why}")
    return a / b


def pct(x):
    """A ratio as a percentage with 2 decimals, for workings: '45.00 %'."""
    return f"{float(x * 100):.2f} %"


# --------------------------------------------------------------------------
# The indicator table and one indicator's outcome
# --------------------------------------------------------------------------


class Indicators(list):
    """The table of a checker: (code, group, max, function, [all branches]).

    The group is the code's part before the first dot; max is a Fraction."""

    def indicator(self, code, mx, branches):
        """Decorator registering a scoring function under `code`."""
        def reg(fn):
            self.append((code, code.split(".")[0], F(mx), fn, branches))
            return fn
        return reg

    def max_of(self, code):
        return next(m for (c, _, m, _, _) in self if c == code)


def check_table(ind, groups, n, counts=None, total=1000):
    """The table has n indicators whose maxima add up to each group's maximum
    (and, if given, counts[g] indicators per group); the groups add up to total."""
    assert len(ind) == n, len(ind)
    for g, gmax in groups.items():
        s = sum(m for (c, gg, m, _, _) in ind if gg == g)
        assert s == gmax, (g, s, gmax)
        if counts is not None:
            k = sum(1 for (c, gg, _, _, _) in ind if gg == g)
            assert k == counts[g], (g, k)
    assert sum(groups.values()) == total


def score(code, M, compute, problems):
    """Run one indicator: compute() -> (points, branch) or (points, branch, working).

    Returns (points, branch, note) where points is None when the indicator is
    missing data or undefined, and note is the reason for that; otherwise note is
    the working (None if compute() gave none).  A score outside [0, M] is clamped
    into range: the branch gets " (clamped)", the working says so.  Problems are
    appended to `problems`."""
    try:
        out = compute()
    except Missing as e:
        problems.append(f"{code}: missing data ({e.args[0]} is blank)")
        return (None, "missing", f"missing data: {e.args[0]} is blank")
    except Undefined as e:
        problems.append(f"{code}: undefined ({e.args[0]})")
        return (None, "undefined", str(e))
    v, branch = out[0], out[1]
    work = out[2] if len(out) > 2 else None
    if v > M or v < 0:
        problems.append(f"{code}: score {float(v):.4f} outside [0, {M}] -> clamped")
        v = max(F(0), min(M, v))
        branch += " (clamped)"
        if work is not None:
            work += f" = out of range -> clamped to {v}"
    return (v, branch, work)


def summary(ind, groups, res, problems, **extra):
    """A unit's result from its indicators' results `res` (code -> score()).

    Group scores and total add only the indicators that could be computed; the
    unit is "ok" when all could, "incomplete" otherwise."""
    gs = {g: sum((res[c][0] for (c, gg, _, _, _) in ind
                  if gg == g and res[c][0] is not None), F(0)) for g in groups}
    total = sum(gs.values(), F(0))
    ok = all(res[c][0] is not None for (c, _, _, _, _) in ind)
    return dict({"ind": res, "groups": gs, "total": total,
                 "status": "ok" if ok else "incomplete", "problems": problems}, **extra)


# --------------------------------------------------------------------------
# Ranking and output
# --------------------------------------------------------------------------


def ranks(units):
    """Complete units ("ok") by total, descending; ties share a rank (1, 2, 2, 4)."""
    oks = [u for u in units if u["status"] == "ok"]
    for u in units:
        u["rank"] = ""
        if u["status"] == "ok":
            u["rank"] = str(1 + sum(1 for o in oks if o["total"] > u["total"]))


def evaluate_units(rows, evaluate):
    """evaluate(row) for every row, labelled with unit, name and row, ranked."""
    units = []
    for row in rows:
        u = evaluate(row)
        u["unit"], u["name"], u["row"] = row["unit"], row["name"], row
        units.append(u)
    ranks(units)
    return units


def fmt(x):
    """%.2f of an exact Fraction, half away from zero; refuse exact ties.

    A value within 1e-6 of a tie is also refused: an implementation computing in
    binary floating point could round it the other way."""
    h = x * 100
    frac = h - (h.numerator // h.denominator)
    if abs(frac - F(1, 2)) < F(1, 10**6):
        raise SystemExit(f"value {x} is on or near a .xx5 rounding tie: change the data")
    sign = -1 if h < 0 else 1
    n = int(abs(h) + F(1, 2))
    n *= sign
    return f"{'-' if n < 0 else ''}{abs(n) // 100}.{abs(n) % 100:02d}"


def csv_field(s):
    if "," in s or '"' in s or "\n" in s:
        return '"' + s.replace('"', '""') + '"'
    return s


def write_csv(units, groups):
    """The expected-results CSV on stdout; then every unit's problems on stderr."""
    out = sys.stdout
    out.write("unit,name," + ",".join(groups) + ",total,rank,status\n")
    for u in units:
        fields = [u["unit"], u["name"]] + [fmt(u["groups"][g]) for g in groups] + \
                 [fmt(u["total"]), u["rank"], u["status"]]
        out.write(",".join(csv_field(f) for f in fields) + "\n")
    for u in units:
        for p in u["problems"]:
            print(f"{u['unit']}: {p}", file=sys.stderr)


# --------------------------------------------------------------------------
# The command line
# --------------------------------------------------------------------------


def parse_args(argv, default_path):
    """[--explain UNIT] [--coverage] [DATASET] -> (dataset path, UNIT or None, options)."""
    args = [a for a in argv if not a.startswith("--")]
    opts = [a for a in argv if a.startswith("--")]
    path = default_path
    explain = None
    if "--explain" in opts:
        explain = args.pop(0)
    if args:
        path = args[0]
    return path, explain, opts


def find_unit(units, code):
    return next(x for x in units if x["unit"] == code)


def explain(u, ind, groups, context=(), working=False):
    """--explain: one unit, indicator by indicator.

    context: lines printed after the unit's name (e.g. a min-max's peers).
    working=False: each indicator shows its branch, its points and, if it has
    none, why.  working=True: the third element of each result is a working,
    shown between the branch and the points."""
    print(f"{u['unit']} {u['name']}")
    for line in context:
        print(line)
    for code, g, M, _, _ in ind:
        v, branch, note = u["ind"][code]
        shown = "-" if v is None else f"{v} (= {float(v):.4f})"
        if working:
            print(f"  {code:5} max {str(M):>3}  {branch:28} {note:60} {shown}")
        else:
            print(f"  {code:5} max {str(M):>3}  {branch:40} {shown}  {note or ''}")
    for g in groups:
        print(f"  group {g}: {u['groups'][g]} = {fmt(u['groups'][g])}")
    print(f"  total: {u['total']} = {fmt(u['total'])}  status {u['status']}  rank {u['rank']}")
    for p in u["problems"]:
        print(f"  problem: {p}")


def coverage(units, ind, optional=(), unscored=None, whole=()):
    """--coverage: which unit takes which branch of each indicator.

    A branch "(1) x + (2) y" counts for "(1) x" and "(2) y", except for the codes
    in `whole`; " (clamped)" is ignored.  A branch the table does not list (other
    than "missing" and "undefined") is an error.  unscored: None to leave the
    units with a missing or undefined indicator out of the listing, "seen" to
    append them in the order first met, "sorted" to append them missing first.
    The last line says whether every branch was taken, those in `optional`
    excepted."""
    bad = False
    for code, g, M, _, branches in ind:
        taken = {}
        for u in units:
            v, branch, _ = u["ind"][code]
            for b in branch.replace(" (clamped)", "").split(" + "):
                if code in whole:
                    b = branch.replace(" (clamped)", "")
                if b not in branches and b not in ("missing", "undefined"):
                    raise SystemExit(f"{code}: unknown branch {b!r}")
                taken.setdefault(b, []).append(u["unit"])
        line = "; ".join(f"{b}: {','.join(taken.get(b, [])) or 'NONE'}" for b in branches)
        if unscored == "seen":
            extra = [b for b in taken if b not in branches]
        elif unscored == "sorted":
            extra = [b for b in ("missing", "undefined") if b in taken]
        else:
            extra = []
        extra = "; ".join(f"{b}: {','.join(taken[b])}" for b in extra)
        print(f"{code:5} {line}" + (f"; {extra}" if extra else ""))
        bad |= any(b not in taken for b in branches if b not in optional)
    print("ALL BRANCHES TAKEN" if not bad else "SOME BRANCH NOT TAKEN")
