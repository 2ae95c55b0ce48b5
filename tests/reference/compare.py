#!/usr/bin/env python3
"""tests/reference/compare.py — compare one batch of the differential test.

    compare.py DIR SCRIPT

DIR holds data.csv, expected.txt (tests/reference/ref.lua, the reference evaluator)
and what the product wrote: results.csv (`run --format csv`) and trace.json (`--trace`).
The product's results are drawn into the lines of expected.txt (the results row of
each unit; the exact group scores and total; for each indicator its status, score or
value, clamped raw score, branch taken at each if and case, named steps, targets met
and substitution), and every line that differs is printed with the unit's inputs.
Prints "units N disagreements N" last; exits 1 on a disagreement.
"""
import csv
import json
import sys


def show(v):
    """A value as ref.lua prints it."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return v
    v = float(v)
    if v == 0:
        v = 0.0
    return "%.17g" % v


def product_lines(d):
    lines = {}
    with open(f"{d}/results.csv", encoding="utf-8") as f:
        rows = f.read().splitlines()
    for row in rows[1:]:
        unit = next(csv.reader([row]))[0]
        lines[("R", unit)] = row
    with open(f"{d}/trace.json", encoding="utf-8") as f:
        trace = json.load(f)
    for u in trace["units"]:
        uid = u["unit"]
        if u.get("outcome") is None:
            lines[("G", uid)] = " ".join(show(g["score"]) for g in u["groups"]) + "\t" + show(u["total"])
        for i in u["indicators"]:
            score = i["score"] if "score" in i else i.get("value")
            raw = show(i["raw"]) if i["status"] == "clamped" else ""
            branches = " | ".join(b["taken"] for b in i["branches"])
            steps = " ".join(show(s["value"]) for s in i["steps"])
            targets = " ".join(show(t["met"]) for t in i.get("targets", []))
            sub = ""
            if "substitution" in i:
                s = i["substitution"]
                sub = show(s["holds"]) + "/" + show(s["applied"])
            lines[("I", uid, i["code"])] = "\t".join(
                [i["status"], show(score), raw, branches, steps, targets, sub])
    return lines


def reference_lines(d):
    lines = {}
    with open(f"{d}/expected.txt", encoding="utf-8") as f:
        for row in f.read().splitlines():
            parts = row.split("\t")
            if parts[0] == "I":
                lines[("I", parts[1], parts[2])] = "\t".join(parts[3:])
            else:
                lines[(parts[0], parts[1])] = "\t".join(parts[2:])
    return lines


def inputs_of(d, unit):
    with open(f"{d}/data.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["unit"] == unit:
                return ", ".join(f"{k}={v!r}" for k, v in row.items() if k not in ("unit", "name"))
    return "?"


def main():
    d, script = sys.argv[1], sys.argv[2]
    ref, prod = reference_lines(d), product_lines(d)
    units = {k[1] for k in ref if k[0] == "R"}
    bad = 0
    shown_units = set()
    for key in sorted(set(ref) | set(prod)):
        a, b = ref.get(key), prod.get(key)
        if a == b:
            continue
        bad += 1
        if bad <= 20:
            print(f"{script}: unit {key[1]}" + (f" indicator {key[2]}" if len(key) > 2 else "")
                  + f" ({key[0]}):\n  reference: {a}\n  product:   {b}")
            if key[1] not in shown_units and len(shown_units) < 5:
                shown_units.add(key[1])
                print(f"  inputs: {inputs_of(d, key[1])}")
    print(f"units {len(units)} disagreements {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
