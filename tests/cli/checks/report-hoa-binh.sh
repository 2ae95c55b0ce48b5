#!/bin/sh
# The HTML report of the Hòa Bình commune example: parsed as HTML (python3 html.parser), it
# holds for every commune a derivation of each of the 48 indicators — formula, inputs with
# their cell (file:row, column), score — and every number it shows (results table, bars,
# unit totals, group sums, indicator scores) equals `tieuchi run --format csv` and the
# --trace JSON. The same inputs give byte-identical pages.
set -e
X=criteria/hoa-binh/1153-2023-xa.lua
D=examples/hoa-binh/xa-2023.csv
$RUNNER "$BUILD/tieuchi" report $X $D -o "$TMP/report.html" 2>/dev/null || [ $? -eq 1 ]
$RUNNER "$BUILD/tieuchi" report $X $D -o "$TMP/report2.html" 2>/dev/null || [ $? -eq 1 ]
cmp "$TMP/report.html" "$TMP/report2.html"
$RUNNER "$BUILD/tieuchi" run $X $D --format csv --trace "$TMP/trace.json" >"$TMP/results.csv" 2>/dev/null || [ $? -eq 1 ]
python3 - "$TMP/report.html" "$TMP/results.csv" "$TMP/trace.json" "$D" "$BUILD/locale" <<'PY'
import csv, gettext, json, re, sys
from html.parser import HTMLParser

VOID = {"meta", "br", "img", "input", "link", "hr", "wbr"}

class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.kids = tag, dict(attrs), parent, []
    def text(self):
        return "".join(k if isinstance(k, str) else k.text() for k in self.kids)
    def find(self, pred):
        for k in self.kids:
            if isinstance(k, Node):
                if pred(k): yield k
                yield from k.find(pred)
    def cls(self):
        return self.attrs.get("class", "").split()

class Tree(HTMLParser):
    """The document as a tree; a tag closed out of order is an error."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = self.cur = Node("#root", [], None)
    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.kids.append(n)
        if tag not in VOID: self.cur = n
    def handle_startendtag(self, tag, attrs):
        self.cur.kids.append(Node(tag, attrs, self.cur))
    def handle_endtag(self, tag):
        assert self.cur.tag == tag, ("</%s> closes <%s>" % (tag, self.cur.tag), self.getpos())
        self.cur = self.cur.parent
    def handle_data(self, data):
        self.cur.kids.append(data)

page, results_csv, trace_json, data = sys.argv[1:5]
vi = gettext.translation("tieuchi", localedir=sys.argv[5], languages=["vi"]).gettext

def why_vi(why):
    """The trace's English cause (for machines) as the Vietnamese report prints it."""
    m = re.fullmatch(r'missing: "(.*)" has no value', why)
    if m: return vi('missing: "%s" has no value') % m.group(1)
    return vi(why)
src = open(page, encoding="utf-8").read()
assert "NaN" not in src and "Infinity" not in src and "inf<" not in src
for bad in ("http://", "https://", "src=", "@import", "url("):       # self-contained
    assert bad not in src.replace('xmlns="http://www.w3.org/2000/svg"', ""), bad
t = Tree(); t.feed(src); t.close()
assert t.cur is t.root, "unclosed <%s>" % t.cur.tag
doc = t.root
rows = list(csv.DictReader(open(results_csv, encoding="utf-8")))
trace = json.load(open(trace_json, encoding="utf-8"))
groups = [g["code"] for g in trace["units"][0]["groups"]]
assert len(rows) == len(trace["units"]) == 8

def fixed(v):
    """fmt_fixed with 2 decimals: half away from zero."""
    s = "%.2f" % (round(abs(v) * 100 + 1e-9) / 100)
    return ("-" + s) if v < 0 and s.strip("0.") else s

def value(i):
    """An input's value as explain shows it (this script has no percent or invalid cells)."""
    if i["state"] == "blank": return "ô trống (thiếu dữ liệu)"
    v = i["value"]
    if isinstance(v, bool): return "có" if v else "không"      # the report is in Vietnamese
    if isinstance(v, str): return '"%s"' % v
    return repr(v) if v != int(v) else str(int(v))

# 1. The results table: every cell as `run --format csv` has it; codes link to the units.
table = next(doc.find(lambda n: n.tag == "table" and "results" in n.cls()))
head = [th.text().strip() for th in table.find(lambda n: n.tag == "th")]
assert head[2:2 + len(groups)] == groups, head
body = next(table.find(lambda n: n.tag == "tbody"))
trs = [tr for tr in body.kids if isinstance(tr, Node)]
assert len(trs) == len(rows)
for tr, row in zip(trs, rows):
    cells = [td.text().strip() for td in tr.kids if isinstance(td, Node)]
    want = [row["unit"], row["name"]] + [row[g] for g in groups] + [row["total"], row["rank"]]
    assert cells[:len(want)] == want, (cells, want)
    assert (cells[-1] == "đủ dữ liệu") == (row["status"] == "ok"), cells
    a = next(tr.find(lambda n: n.tag == "a"))
    assert a.attrs["href"] == "#u%d" % trs.index(tr), a.attrs

# 2. The bars: one chart per group and the total, each value as in the table.
figs = list(doc.find(lambda n: n.tag == "figure"))
assert len(figs) == len(groups) + 1, len(figs)
for i, fig in enumerate(figs):
    svg = next(fig.find(lambda n: n.tag == "svg"))
    assert svg.attrs.get("role") == "img" and svg.attrs.get("aria-label"), svg.attrs
    values = [g.kids[-1].text() for g in svg.find(lambda n: n.tag == "g")]
    col = groups[i] if i < len(groups) else "total"
    assert values == [r[col] for r in rows], (col, values)

# 3. Every unit: totals, group sums, and the derivation of each of the 48 indicators.
units = list(doc.find(lambda n: n.tag == "details" and "unit" in n.cls()))
assert [u.attrs["data-unit"] for u in units] == [r["unit"] for r in rows]
checked = clamped = 0
for ui, (unit, row, tu) in enumerate(zip(units, rows, trace["units"])):
    assert unit.attrs["id"] == "u%d" % ui
    summary = next(unit.find(lambda n: n.tag == "summary")).text()
    assert ("Tổng điểm: %s" % row["total"]) in summary, summary
    if row["rank"]: assert ("Hạng %s" % row["rank"]) in summary, summary
    heads = [h.text() for h in unit.find(lambda n: n.tag == "h3")]
    for g, gt in zip(groups, tu["groups"]):
        assert any(h.startswith("Nhóm %s —" % g) and h.endswith(": %s / %g" % (row[g], gt["max"]))
                   for h in heads), (g, heads)
    inds = list(unit.find(lambda n: n.tag == "details" and "ind" in n.cls()))
    assert len(inds) == 48 == len(tu["indicators"]), len(inds)
    for ind, ti in zip(inds, tu["indicators"]):
        assert ind.attrs["data-code"] == ti["code"] and ind.attrs["id"] == "u%d-%d" % (ui, inds.index(ind))
        shown = next(ind.find(lambda n: n.tag == "summary")).text()
        deriv = next(ind.find(lambda n: n.tag == "div" and "deriv" in n.cls()))
        lines = [d.text() for d in deriv.kids if isinstance(d, Node)]
        assert any(l.startswith("Công thức") for l in lines), lines
        formula = next(deriv.find(lambda n: n.tag == "pre"))
        assert formula.text().strip(), ti["code"]
        # every input: its value and its cell, as the trace has them
        cells = [d for d in deriv.kids if isinstance(d, Node) and any(
            "src" in k.cls() and k.text().startswith("←") for k in d.kids if isinstance(k, Node))]
        if "substitution" not in ti or not ti["substitution"]["applied"]:
            want = ['%s = %s   ← %s:%d, cột %d "%s"' % (i["name"], value(i), data, i["row"], i["col"],
                                                       i["column"]) for i in ti["inputs"]]
            got = [c.text().split("  (")[0] for c in cells]
            assert got == want, (ti["code"], got, want)
        score_line = [l for l in lines if l.startswith("Điểm: ")][-1]
        if ti["status"] in ("ok", "clamped"):
            text = "%s / %g" % (fixed(ti["score"]), ti["max"])
            if ti["status"] == "clamped":                  # and the formula's value
                clamped += 1
                clamp = "(%s ngoài khoảng [0, tối đa], đưa về: %s)" % (ti["raw"], fixed(ti["score"]))
                assert score_line == "Điểm: %s  %s" % (text, clamp), (score_line, clamp)
                text += " " + clamp
            assert shown.endswith(" " + text), (shown, text)
            assert score_line.startswith("Điểm: %s / %g" % (fixed(ti["score"]), ti["max"])), (score_line, text)
            assert float(ind.attrs["data-score"]) == ti["score"], (ind.attrs, ti["score"])
        else:
            why = why_vi(ti["why"])
            assert shown.endswith(" " + why) and score_line == "Điểm: " + why, (shown, why, ti)
            assert "data-score" not in ind.attrs
        checked += 1
    totals = next(unit.find(lambda n: n.tag == "div" and "deriv" in n.cls() and n.parent is unit))
    assert ("Tổng điểm: %s / 1000" % row["total"]) in totals.text(), totals.text()
    # the unit's data problems link to the indicator they are about
    for a in unit.find(lambda n: n.tag == "a" and "to" in n.cls()):
        assert a.attrs["href"].startswith("#u%d-" % ui), a.attrs
assert checked == 8 * 48 and clamped >= 1, (checked, clamped)
problems = next(doc.find(lambda n: n.tag == "section" and n.attrs.get("id") == "problems"))
assert len(list(problems.find(lambda n: n.tag == "li"))) >= 3
print("report ok: 8 communes x 48 indicators, every number as run and the trace have it")
PY
