#!/usr/bin/env python3
"""Checks tieuchi gap's proposals from the outside, with tieuchi run only.

usage: gap_verify.py TIEUCHI SCRIPT DATA.csv GOAL COLUMN VALUE [--period YEAR] [--at-least]

For every unit, `tieuchi gap --all --format csv` proposes changes. For each unit with a
plan, the changes are written into a copy of the dataset and `tieuchi run --format csv`
must show the goal met (the results column COLUMN equals VALUE, or with
--at-least is a number >= VALUE); then each change is left out in turn, and the
goal must fail. A unit the goal is met for already must show it in the original results.
Prints one line per unit and a summary; exits 1 on any failure.
"""
import csv
import io
import os
import subprocess
import sys
import tempfile


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode not in (0, 1):
        sys.exit("failed (%d): %s\n%s" % (p.returncode, " ".join(cmd), p.stderr))
    return p.stdout


def read_table(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def goal_met(row, col, value, at_least):
    if at_least:
        try:
            return float(row[col]) >= float(value) - 1e-9
        except ValueError:
            return False
    return row[col] == value


def results(tieuchi, script, rows, extra):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, newline="",
                                     encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
        path = f.name
    try:
        out = run([tieuchi, "run", script, path, "--format", "csv"] + extra)
    finally:
        os.unlink(path)
    table = list(csv.reader(io.StringIO(out)))
    return table[0], {r[0]: r for r in table[1:]}


def apply(rows, header, unit, changes):
    out = [list(r) for r in rows]
    for r in out:
        if r and r[0] == unit:
            for inp, to in changes:
                r[header.index(inp)] = to
    return out


def main():
    args = sys.argv[1:]
    at_least = "--at-least" in args
    args = [a for a in args if a != "--at-least"]
    extra = []
    if "--period" in args:
        i = args.index("--period")
        extra = args[i:i + 2]
        del args[i:i + 2]
    only = None
    if "--units" in args:
        i = args.index("--units")
        only = set(args[i + 1].split(","))
        del args[i:i + 2]
    tieuchi, script, data, goal, column, value = args
    rows = read_table(data)
    header = rows[0]
    plan = list(csv.DictReader(io.StringIO(run(
        [tieuchi, "gap", script, data, "--goal", goal, "--all", "--format", "csv"] + extra))))
    head, base = results(tieuchi, script, rows, extra)
    col = head.index(column)
    by_unit = {}
    for p in plan:
        by_unit.setdefault(p["unit"], []).append(p)
    failures = checked = 0
    for unit, ps in by_unit.items():
        if only is not None and unit not in only:
            continue
        outcome = ps[0]["outcome"]
        if outcome == "met":
            ok = goal_met(base[unit], col, value, at_least)
            print("%s: met already: %s" % (unit, "ok" if ok else "FAILED: run says not met"))
            failures += not ok
            continue
        if outcome == "unreachable":
            print("%s: unreachable (nothing to check)" % unit)
            continue
        changes = [(p["input"], p["to"]) for p in ps]
        ok = not goal_met(base[unit], col, value, at_least)
        _, res = results(tieuchi, script, apply(rows, header, unit, changes), extra)
        ok = ok and goal_met(res[unit], col, value, at_least)
        needed = 0
        for j in range(len(changes)):
            _, res = results(tieuchi, script, apply(rows, header, unit,
                                                    changes[:j] + changes[j + 1:]), extra)
            needed += not goal_met(res[unit], col, value, at_least)
        ok = ok and needed == len(changes)
        checked += 1
        print("%s: %d change(s): %s" % (unit, len(changes), "ok: met with all, not met without any one"
                                        if ok else "FAILED (needed: %d of %d)" % (needed, len(changes))))
        failures += not ok
    print("gap_verify: %d plans checked, %d failures" % (checked, failures))
    sys.exit(1 if failures or checked == 0 else 0)


main()
