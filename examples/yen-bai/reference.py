"""Plumbing shared by the Yên Bái reference checkers (communes and districts).

check_expected_xa.py and check_expected_huyen.py each hold one table of
Quyết định 240/QĐ-UBND (06/02/2024) as Hướng dẫn 02/HD-UBND (10/06/2024),
Phụ lục, Biểu 04 gives it, typed again from the seed
(../shared/seeds/003_f6c59457de9cd5e6.txt), not from the Lua scripts.  This
module holds what both tables share:

  * reading the dataset and its cells (count, yes/no), with the Missing (blank
    cell) and Undefined (a / 0) outcomes;
  * a criterion's value and whether it meets its target in a tier;
  * the recognition rule of the guidance, line 16: "đạt 100% tiêu chí bắt buộc
    và tối thiểu 30% tiêu chí mở rộng tương ứng theo Bộ tiêu chí", per tier;
  * the output CSV of `tieuchi run --format csv` for tiers (docs/language.md,
    section 3c): unit,name,cds.mandatory,cds.extended,nang_cao.mandatory,
    nang_cao.extended,dat_cds,dat_nang_cao,status;
  * --selfcheck: the tables are compared with the seed's own cells.

Unknown outcomes.  A criterion whose value cannot be computed (blank cell,
division by zero, a child with an unknown recognition) is neither met nor not
met: it is unknown, and so is an outcome that needs it.  How much "needs"
covers is not pinned down by docs/language.md for a recognition that could be
decided without it (another mandatory criterion fails for sure), so the
recognition is computed under three readings - strict (any unknown operand:
unknown), left-to-right short-circuit of "and", and Kleene logic with bounds on
met_share - and the checker REFUSES data on which they disagree.  The examples
are built so that they never do.

Every number is an exact fractions.Fraction.  Standard library only.
"""

import csv
import re
import sys
from fractions import Fraction as F

SEED = "../shared/seeds/003_f6c59457de9cd5e6.txt"

TIERS = ("cds", "nang_cao")
RECOGNITIONS = (("dat_cds", "cds"), ("dat_nang_cao", "nang_cao"))
THIRTY = F(30, 100)


class Missing(Exception):
    """A needed cell is blank."""


class Undefined(Exception):
    """The value has no definition (division by zero)."""


YES = {"có", "yes", "x", "1", "đã", "true"}
NO = {"không", "no", "0", "chưa", "false"}


def read(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def cell(row, col):
    if col not in row:
        raise SystemExit(f"column {col!r} is not in the dataset")
    v = (row[col] or "").strip()
    if v == "":
        raise Missing(col)
    return v


def count(row, col):
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


# --------------------------------------------------------------------------
# One criterion
#
# A table row is (code, seed line of its number, kind, columns, cds, nang_cao)
#   kind "rate":  columns (a, b); value a / b; a tier ("B"|"M", N): value >= N %
#   kind "yes":   columns (c,);   value yes/no; a tier ("B"|"M", None): value is yes
#   kind "count": columns (c,);   value a whole number; a tier ("B"|"M", N): value >= N
#   kind "children": the district's I.1, computed by the caller
# A tier that is None: the criterion is not in that tier.
# --------------------------------------------------------------------------


def value_of(row, kind, cols):
    """(value, why): value None when missing or undefined, why says which."""
    try:
        if kind == "rate":
            a, b = count(row, cols[0]), count(row, cols[1])
            if b == 0:
                raise Undefined(f"{cols[1]} = 0")
            return a / b, None
        if kind == "yes":
            return yesno(row, cols[0]), None
        if kind == "count":
            return count(row, cols[0]), None
    except Missing as e:
        return None, f"missing data: {e.args[0]} is blank"
    except Undefined as e:
        return None, f"undefined: {e.args[0]}"
    raise ValueError(kind)


def meets(kind, v, threshold):
    """True / False, or None when the value is unknown."""
    if v is None:
        return None
    if kind == "rate":
        return v >= F(threshold, 100)
    if kind == "yes":
        return v is True
    if kind == "count":
        return v >= threshold
    raise ValueError(kind)


# --------------------------------------------------------------------------
# Recognition (line 16), under three readings of "unknown"
# --------------------------------------------------------------------------


def _share_ge(results, bound):
    """met_share >= bound for a list of True/False/None; (strict, kleene)."""
    n = len(results)
    if n == 0:
        raise SystemExit("a tier kind with no criterion: met_share undefined")
    met = sum(1 for r in results if r is True)
    unk = sum(1 for r in results if r is None)
    strict = None if unk else (F(met, n) >= bound)
    if F(met, n) >= bound:
        kleene = True
    elif F(met + unk, n) < bound:
        kleene = False
    else:
        kleene = None
    return strict, kleene


def _and_strict(a, b):
    return None if a is None or b is None else (a and b)


def _and_left(a, b):
    if a is False:
        return False
    if a is None:
        return None
    return b


def _and_kleene(a, b):
    if a is False or b is False:
        return False
    if a is None or b is None:
        return None
    return True


def recognised(mand, ext, where):
    """The recognition of one tier from its mandatory and extended results."""
    ms, mk = _share_ge(mand, F(1))
    es, ek = _share_ge(ext, THIRTY)
    readings = {
        "strict": _and_strict(ms, es),
        "left-to-right": _and_left(ms, es),
        "kleene": _and_kleene(mk, ek),
    }
    if len(set(readings.values())) != 1:
        raise SystemExit(f"{where}: the outcome depends on how 'unknown' is read "
                         f"({readings}): change the data")
    return readings["strict"]


def tier_results(crits, results):
    """{tier: (mandatory results, extended results)} from {code: {tier: r}}."""
    out = {}
    for t in TIERS:
        mand, ext = [], []
        for c in crits:
            code, spec = c[0], dict(zip(TIERS, c[4:6]))
            if spec[t] is None:
                continue
            (mand if spec[t][0] == "B" else ext).append(results[code][t])
        out[t] = (mand, ext)
    return out


def evaluate(row, crits, special=None):
    """One unit: values, per-tier results, recognitions, status.

    special(code, row) -> (value, why, {tier: result}) for kind "children"."""
    values, results = {}, {}
    complete = True
    for c in crits:
        code, _, kind, cols, cds, nc = c
        if kind == "children":
            v, why, res = special(code, row)
        else:
            v, why = value_of(row, kind, cols)
            res = {}
            for t, spec in zip(TIERS, (cds, nc)):
                if spec is not None:
                    res[t] = meets(kind, v, spec[1])
        for t in TIERS:
            res.setdefault(t, "n/a")
        values[code] = (v, why)
        results[code] = res
        if v is None:
            complete = False
    tr = tier_results(crits, results)
    rec = {}
    for name, t in RECOGNITIONS:
        rec[name] = recognised(tr[t][0], tr[t][1], f"{row['unit']} {name}")
    return {"unit": row["unit"], "name": row["name"], "row": row, "values": values,
            "results": results, "tiers": tr, "rec": rec,
            "status": "ok" if complete else "incomplete"}


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------


def csv_field(s):
    if "," in s or '"' in s or "\n" in s:
        return '"' + s.replace('"', '""') + '"'
    return s


def yn(x):
    return "unknown" if x is None else ("yes" if x else "no")


def pair(results):
    return f"{sum(1 for r in results if r is True)}/{len(results)}"


def write_csv(units, out=sys.stdout):
    out.write("unit,name,cds.mandatory,cds.extended,nang_cao.mandatory,nang_cao.extended,"
              "dat_cds,dat_nang_cao,status\n")
    for u in units:
        f = [u["unit"], u["name"]]
        for t in TIERS:
            f += [pair(u["tiers"][t][0]), pair(u["tiers"][t][1])]
        f += [yn(u["rec"]["dat_cds"]), yn(u["rec"]["dat_nang_cao"]), u["status"]]
        out.write(",".join(csv_field(x) for x in f) + "\n")


def show(v):
    if isinstance(v, str):
        return v
    if v is None:
        return "-"
    if v is True or v is False:
        return "có" if v else "không"
    if v.denominator == 1:
        return str(v.numerator)
    return f"{v} = {float(v * 100):.4f} %"


def explain(u, crits):
    """--explain: one unit, criterion by criterion."""
    print(f"{u['unit']} {u['name']}  ({u['status']})")
    for c in crits:
        code, _, kind, cols, cds, nc = c
        v, why = u["values"][code]
        r = u["results"][code]
        if kind == "rate" and v is not None:
            row = u["row"]
            v = f"{row[cols[0]]}/{row[cols[1]]} = {float(v * 100):.4f} %"
        tiers = "  ".join(
            f"{t}:{'-' if spec is None else spec[0]}{'' if spec is None or spec[1] is None else spec[1]}"
            f"={ {True: 'met', False: 'NOT', None: 'unknown', 'n/a': 'n/a'}[r[t]] }"
            for t, spec in zip(TIERS, (cds, nc)))
        print(f"  {code:7} {show(v):32} {tiers}  {why or ''}")
    for name, t in RECOGNITIONS:
        mand, ext = u["tiers"][t]
        print(f"  {t}: mandatory {pair(mand)}, extended {pair(ext)} -> {name} {yn(u['rec'][name])}")


# --------------------------------------------------------------------------
# --selfcheck: the table against the seed's cells
# --------------------------------------------------------------------------

KIND_WORD = {"Bắt buộc": "B", "Mở rộng": "M"}


def selfcheck(crits, seed_path, first, last):
    """Each row's number is at its seed line; its (target, Bắt buộc/Mở rộng) cells, read
    from the seed between that line and the next row's, are the table's."""
    lines = open(seed_path, encoding="utf-8").read().split("\n")
    starts = [c[1] for c in crits] + [last + 1]
    bad = 0
    for i, c in enumerate(crits):
        code, ln, kind, cols, cds, nc = c
        num = code.split(".")[1]
        if lines[ln - 1].strip() != num:
            print(f"{code}: seed line {ln} is {lines[ln - 1]!r}, not {num!r}")
            bad += 1
            continue
        seg = [s.strip() for s in lines[ln:starts[i + 1] - 1]]
        pairs = [(seg[j - 1], KIND_WORD[s]) for j, s in enumerate(seg) if s in KIND_WORD]
        mine = [s for s in (cds, nc) if s is not None]
        if len(pairs) != len(mine) or (len(mine) == 1 and cds is not None):
            print(f"{code}: seed pairs {pairs}, table {cds} {nc}")
            bad += 1
            continue
        for (cell_, kw), (k, thr) in zip(pairs, mine):
            ok = kw == k
            if kind == "rate" and not (cell_ == str(thr)):
                ok = False
            if kind == "yes" and not (cell_.lower().startswith(("có", "cỏ")) or cell_ == "100"):
                ok = False
            if kind == "count":
                nums = re.findall(r"\d+", cell_)
                if not nums or int(nums[0]) != thr:
                    ok = False
            if kind == "children" and "Đạt chuyển đổi số" not in cell_:
                ok = False
            if not ok:
                print(f"{code}: seed cell {cell_!r} {kw}, table {k} {thr}")
                bad += 1
    n = {t: {"B": 0, "M": 0} for t in TIERS}
    for c in crits:
        for t, spec in zip(TIERS, c[4:6]):
            if spec is not None:
                n[t][spec[0]] += 1
    print(f"{len(crits)} criteria; cds {n['cds']['B']} mandatory + {n['cds']['M']} extended; "
          f"nang_cao {n['nang_cao']['B']} mandatory + {n['nang_cao']['M']} extended")
    print("SELFCHECK OK" if bad == 0 else f"SELFCHECK: {bad} differences")
    return bad == 0
