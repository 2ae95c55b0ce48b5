#!/bin/sh
# The --trace JSON holds every unit and all 48 indicators with inputs (with their
# origins), steps and scores, and its totals equal the results table's.
set -e
X=criteria/hoa-binh/1153-2023-xa.lua
D=examples/hoa-binh/xa-2023.csv
$RUNNER "$BUILD/tieuchi" run $X $D --format json --trace "$TMP/trace.json" >"$TMP/results.json" 2>/dev/null || [ $? -eq 1 ]
python3 - "$TMP/trace.json" "$TMP/results.json" <<'PY'
import json, math, sys
trace = json.load(open(sys.argv[1], encoding="utf-8"))
results = json.load(open(sys.argv[2], encoding="utf-8"))
units = trace["units"]
assert len(units) == len(results["units"]) == 8, len(units)
for tu, ru in zip(units, results["units"]):
    assert tu["unit"] == ru["unit"]
    assert len(tu["indicators"]) == 48, (tu["unit"], len(tu["indicators"]))
    total = 0.0
    for ind in tu["indicators"]:
        assert ind["status"] in ("ok", "clamped", "missing", "undefined"), ind
        assert ind["formula"]["text"] and ind["formula"]["line"] > 0
        assert ind["inputs"], ind["code"]
        for i in ind["inputs"]:
            assert i["file"] == "examples/hoa-binh/xa-2023.csv"
            assert i["row"] == tu["row"] and i["col"] > 0 and i["column"], i
        for s in ind["steps"]:
            assert "value" in s and s["name"]
        if ind["status"] in ("ok", "clamped"):
            assert 0 <= ind["score"] <= ind["max"], ind
            total += ind["score"]
        else:
            assert ind["score"] is None and ind["why"], ind
    assert math.isclose(total, tu["total"], rel_tol=1e-12, abs_tol=1e-9), (total, tu["total"])
    assert tu["total"] == ru["total"] and tu["rank"] == ru["rank"], tu["unit"]
    assert sum(g["score"] for g in tu["groups"]) - tu["total"] < 1e-9
# 3.4 of X01: a capped ratio, its step and its branch
x01 = {i["code"]: i for i in units[0]["indicators"]}
i34 = x01["3.4"]
assert [s["name"] for s in i34["steps"]] == ["ty_le"], i34["steps"]
assert i34["branches"] and i34["branches"][0]["kind"] == "if", i34["branches"]
assert "NaN" not in open(sys.argv[1]).read() and "inf" not in open(sys.argv[1]).read()
print("trace ok:", len(units), "units x 48 indicators")
PY
