"""Reading an .xlsx workbook with the standard library only (zipfile, xml.etree), for the
CLI checks: per sheet, every cell with its type ('s' text, 'n' number), its value and its
number format, and the frozen pane. Not a general reader: enough for what tieuchi writes."""
import re
import xml.etree.ElementTree as ET
import zipfile

M = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"m": M}
BUILTIN = {0: "General", 1: "0", 2: "0.00", 9: "0%", 10: "0.00%"}


def _strings(z):
    if "xl/sharedStrings.xml" not in z.namelist():
        return []
    root = ET.fromstring(z.read("xl/sharedStrings.xml"))
    return ["".join(t.text or "" for t in si.iter("{%s}t" % M)) for si in root.findall("m:si", NS)]


def _formats(z):
    styles = ET.fromstring(z.read("xl/styles.xml"))
    codes = dict(BUILTIN)
    numfmts = styles.find("m:numFmts", NS)
    for nf in numfmts if numfmts is not None else []:
        codes[int(nf.get("numFmtId"))] = nf.get("formatCode")
    xfs = styles.find("m:cellXfs", NS).findall("m:xf", NS)
    return [codes.get(int(xf.get("numFmtId", "0")), "?") for xf in xfs]


def read(path):
    """{sheet name: {"cells": {"B7": (type, value, format)}, "pane": {…} or None,
    "merged": ["A1:H1", …]}}, sheets in workbook order (dicts keep it)."""
    z = zipfile.ZipFile(path)
    strings, formats = _strings(z), _formats(z)
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels}
    sheets = {}
    for s in ET.fromstring(z.read("xl/workbook.xml")).find("m:sheets", NS):
        root = ET.fromstring(z.read("xl/" + target[s.get("{%s}id" % R)]))
        pane = root.find(".//m:pane", NS)
        cells = {}
        for c in root.iter("{%s}c" % M):
            v = c.find("m:v", NS)
            if v is None:
                continue
            fmt = formats[int(c.get("s", "0"))]
            if c.get("t") == "s":
                cells[c.get("r")] = ("s", strings[int(v.text)], fmt)
            else:
                cells[c.get("r")] = ("n", float(v.text), fmt)
        merged = [m.get("ref") for m in root.iter("{%s}mergeCell" % M)]
        sheets[s.get("name")] = {"cells": cells, "pane": pane.attrib if pane is not None else None,
                                 "merged": merged}
    return sheets, strings


def rows(sheet):
    """{row number: {column letters: (type, value, format)}}"""
    out = {}
    for ref, cell in sheet["cells"].items():
        col, row = re.match(r"([A-Z]+)(\d+)$", ref).groups()
        out.setdefault(int(row), {})[col] = cell
    return out


def find_row(sheet, col, text):
    """The number of the first row whose cell in col is the text `text`."""
    for n, cells in sorted(rows(sheet).items()):
        if cells.get(col, (None, None))[1] == text:
            return n
    raise AssertionError("no row with %r in column %s" % (text, col))
