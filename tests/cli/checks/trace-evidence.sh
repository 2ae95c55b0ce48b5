#!/bin/sh
# The evidence register in the derivation trace (docs/auditing.md, the trace's fields): the
# register's path at the top, and per unit, for each indicator that requires evidence, what
# it requires and each document provided with its line in the register ([] when none).
set -e
T="$TMP/trace-evidence"
mkdir -p "$T"
reg=examples/thanh-hoa/cam-tan-2024.evidence.csv
$RUNNER "$BUILD/tieuchi" run criteria/thanh-hoa/cam-tan-2024.lua examples/thanh-hoa/cam-tan-2024.csv \
  --period 2024 --evidence "$reg" --format csv -o /dev/null --trace "$T/trace.json" 2>/dev/null || [ $? -eq 1 ]
$RUNNER "$BUILD/tieuchi" run criteria/thanh-hoa/cam-tan-2024.lua examples/thanh-hoa/cam-tan-2024.csv \
  --period 2024 --format csv -o /dev/null --trace "$T/plain.json" 2>/dev/null || [ $? -eq 1 ]
python3 - "$T/trace.json" "$T/plain.json" "$reg" <<'PY'
import csv, json, sys
t = json.load(open(sys.argv[1], encoding="utf-8"))
plain = json.load(open(sys.argv[2], encoding="utf-8"))
assert t["evidence_register"] == sys.argv[3], t.get("evidence_register")
assert "evidence_register" not in plain
rows = list(csv.reader(open(sys.argv[3], encoding="utf-8-sig")))
units = {u["unit"]: u for u in t["units"]}
for unit in ("CT-TU", "CT-HUYEN"):
    shown = [i for i in units[unit]["indicators"] if "evidence" in i]
    assert len(shown) == 35, (unit, len(shown))       # the 35 criteria assigned in 2024
    for ind in shown:
        ev = ind["evidence"]
        assert ev["required"], (unit, ind["code"])
        # each document is the register's row at its line, for this unit and indicator
        for d in ev["provided"]:
            row = rows[d["line"] - 1]
            assert row == [unit, ind["code"], d["document"]], (unit, ind["code"], d, row)
        want = [r[2] for r in rows[1:] if r[0] == unit and r[1] == ind["code"]]
        assert [d["document"] for d in ev["provided"]] == want, (unit, ind["code"])
one = {i["code"]: i for i in units["CT-TU"]["indicators"]}
assert [d["line"] for d in one["1.1"]["evidence"]["provided"]] == [2, 3, 4]
assert one["3.3"]["evidence"]["provided"] == []        # the self-assessment lacks 3.3 and 4.5
assert all("evidence" not in i for u in plain["units"] for i in u["indicators"])
print("trace evidence ok")
PY
