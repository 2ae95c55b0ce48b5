#!/bin/sh
# The HTML report of every bundled example (points; targets per year; levels, with the
# districts' communes as children; tiers) and of a dataset in Vietnamese notation
# (--decimal-comma), in both languages: well-formed HTML (every tag
# closed in order), self-contained, no NaN, one row and one derivation per unit, each with
# every indicator of the trace in order, each criterion's value and targets met as the
# trace has them; and the same bytes when run twice.
set -e
report() {   # report NAME SCRIPT DATA [OPTIONS]: $TMP/NAME.html and $TMP/NAME.json
  name=$1; shift
  for lang in vi en; do
    $RUNNER "$BUILD/tieuchi" report "$@" --lang $lang -o "$TMP/$name.$lang.html" 2>/dev/null || [ $? -eq 1 ]
  done
  "$BUILD/tieuchi" report "$@" --lang en -o "$TMP/$name.again.html" 2>/dev/null || [ $? -eq 1 ]
  cmp "$TMP/$name.en.html" "$TMP/$name.again.html"
  "$BUILD/tieuchi" run "$@" --trace "$TMP/$name.json" >/dev/null 2>&1 || [ $? -eq 1 ]
  echo "$name" >>"$TMP/reports.txt"
}
: >"$TMP/reports.txt"
report hb-huyen criteria/hoa-binh/1153-2023-huyen.lua examples/hoa-binh/huyen-2023.csv
report hb-so criteria/hoa-binh/1153-2023-so.lua examples/hoa-binh/so-2023.csv
report th-xa criteria/thanh-hoa/1829-2023-xa.lua examples/thanh-hoa/xa-2024.csv --period 2024
report th-periods criteria/thanh-hoa/1829-2023-xa.lua examples/thanh-hoa/xa-periods.csv
report th-cam-tan criteria/thanh-hoa/cam-tan-2024.lua examples/thanh-hoa/cam-tan-2024.csv
report kt-xa criteria/kon-tum/121-2025-xa.lua examples/kon-tum/xa-2025.csv
report kt-huyen criteria/kon-tum/121-2025-huyen.lua examples/kon-tum/huyen-2025.csv --children examples/kon-tum/xa-2025.csv
report yb-xa criteria/yen-bai/240-2024-xa.lua examples/yen-bai/xa-2024.csv
report yb-so criteria/yen-bai/240-2024-so.lua examples/yen-bai/so-2024.csv
report comma tests/cli/fixtures/types.lua tests/cli/fixtures/types-comma.csv --decimal-comma
python3 - "$TMP" <<'PY'
import json, re, sys
from html.parser import HTMLParser

VOID = {"meta", "br", "img", "input", "link", "hr", "wbr"}

class Units(HTMLParser):
    """Checks the nesting; collects the table rows, units, indicators and their summaries."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.rows, self.units = [], 0, []
        self.summary = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag not in VOID: self.stack.append(tag)
        if tag == "tr" and "tbody" in self.stack: self.rows += 1
        if tag == "details" and a.get("class") == "unit": self.units.append((a["data-unit"], []))
        if tag == "details" and a.get("class") == "ind": self.units[-1][1].append([a["data-code"], ""])
        if tag == "summary": self.summary = self.units[-1][1][-1] if "ind" in self.last else None
        self.last = a.get("class", "")
    def handle_startendtag(self, tag, attrs):
        pass
    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, ("</%s>" % tag, self.stack[-3:], self.getpos())
        self.stack.pop()
        if tag == "summary": self.summary = None
    def handle_data(self, data):
        if self.summary is not None: self.summary[1] += data

def number(v):
    return repr(v) if isinstance(v, float) and v != int(v) else str(int(v)) if isinstance(v, float) else str(v)

tmp = sys.argv[1]
for name in open(tmp + "/reports.txt").read().split():
    trace = json.load(open("%s/%s.json" % (tmp, name), encoding="utf-8"))
    for lang in ("vi", "en"):
        src = open("%s/%s.%s.html" % (tmp, name, lang), encoding="utf-8").read()
        assert "NaN" not in src and "Infinity" not in src, name
        assert not re.search(r'(src|href)="(?!#)', src), name               # nothing fetched
        p = Units(); p.last = ""; p.feed(src); p.close()
        assert not p.stack, (name, p.stack)
        assert p.rows == len(trace["units"]) == len(p.units), (name, p.rows, len(p.units))
        for (uid, inds), tu in zip(p.units, trace["units"]):
            assert uid == tu["unit"], (name, uid)
            assert [c for c, _ in inds] == [i["code"] for i in tu["indicators"]], (name, uid)
            for (code, summary), ti in zip(inds, tu["indicators"]):
                if "value" not in ti or ti["value"] is None: continue
                v = ti["value"]
                yes_no = {"vi": ("có", "không"), "en": ("yes", "no")}[lang]
                text = yes_no[0 if v else 1] if isinstance(v, bool) else number(v)
                assert (" %s" % text) in summary, (name, uid, code, summary, text)
                judged = tu.get("outcome", {}).get("period")
                for t in ti.get("targets", []):
                    if t["met"] is None or (judged is not None and t["context"] != judged): continue
                    word = {("vi", True): "Đạt", ("vi", False): "Không đạt",
                            ("en", True): "Met", ("en", False): "Not met"}[(lang, t["met"])]
                    assert ("%s: %s" % (t["context"], word)) in summary, (name, uid, code, summary, t)
    print(name, "ok:", len(trace["units"]), "units")
PY
