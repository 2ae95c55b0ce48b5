"""synth_check.py DATA.csv COMMUNES [DISTRICTS PROVINCES] — the hierarchy of a dataset
written by `tieuchi synth` is consistent: the number of communes (and of districts and
provinces when given), every commune's district is in exactly one province, every
parent named exists, and no percentage-like ratio is broken (checked by `run`)."""
import csv
import sys

path, communes = sys.argv[1], int(sys.argv[2])
want = [int(x) for x in sys.argv[3:5]]
with open(path, encoding="utf-8", newline="") as f:
    rows = list(csv.DictReader(f))
two_levels = "level" in rows[0]
province_of = {}
district_rows = {r["unit"] for r in rows if two_levels and r["unit"].startswith("H")}
n = 0
for r in rows:
    if not r["unit"].startswith("X"):
        continue
    n += 1
    d = r["parent"] if two_levels else r["district"]
    p = r["province"]
    if not d.startswith("H") or not p.startswith("T"):
        sys.exit(f"{r['unit']}: district {d!r}, province {p!r}")
    if province_of.setdefault(d, p) != p:
        sys.exit(f"district {d} is in two provinces: {province_of[d]} and {p}")
    if two_levels and d not in district_rows:
        sys.exit(f"{r['unit']}: its district {d} has no row")
if n != communes:
    sys.exit(f"{n} communes, not {communes}")
if want:
    got = [len(province_of), len(set(province_of.values()))]
    if got != want:
        sys.exit(f"districts and provinces: {got}, not {want}")
ids = [r["unit"] for r in rows]
if len(ids) != len(set(ids)):
    sys.exit("a unit id is repeated")
