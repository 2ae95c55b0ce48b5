#!/usr/bin/env python3
"""Dump an XLSX workbook as CSV-like text, one block per sheet, with python's stdlib
only: every cell as `value` (text, or the number as stored), optionally with its
number format (`--formats`: value|format). Used by the tests to read back what tieuchi
wrote, independently of libxlsxwriter. Also prints each sheet's frozen pane."""
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def col_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def shared_strings(z):
    if "xl/sharedStrings.xml" not in z.namelist():
        return []
    root = ET.fromstring(z.read("xl/sharedStrings.xml"))
    return ["".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])) for si in root.findall("m:si", NS)]


def number_formats(z):
    """The number format code of each cell style index (xf)."""
    root = ET.fromstring(z.read("xl/styles.xml"))
    custom = {n.get("numFmtId"): n.get("formatCode") for n in root.iter("{%s}numFmt" % NS["m"])}
    builtin = {"0": "General", "1": "0", "2": "0.00", "9": "0%", "10": "0.00%"}
    xfs = root.find("m:cellXfs", NS)
    return [custom.get(x.get("numFmtId"), builtin.get(x.get("numFmtId"), x.get("numFmtId")))
            for x in xfs.findall("m:xf", NS)]


def sheets(z):
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels.iter(RELS + "Relationship")}
    for s in wb.iter("{%s}sheet" % NS["m"]):
        yield s.get("name"), "xl/" + target[s.get("{%s}id" % NS["r"])]


def dump(path, with_formats):
    z = zipfile.ZipFile(path)
    strings, formats = shared_strings(z), number_formats(z)
    for name, part in sheets(z):
        root = ET.fromstring(z.read(part))
        pane = root.find(".//m:pane", NS)
        print("== %s (frozen: %s)" % (name, pane.get("topLeftCell") if pane is not None else "none"))
        for row in root.iter("{%s}row" % NS["m"]):
            cells = {}
            for c in row.findall("m:c", NS):
                v = c.find("m:v", NS)
                text = "" if v is None else v.text
                if c.get("t") == "s":
                    text = strings[int(text)]
                elif c.get("t") == "inlineStr":
                    text = "".join(t.text or "" for t in c.iter("{%s}t" % NS["m"]))
                if with_formats and c.get("t") is None and v is not None:
                    text += "|" + formats[int(c.get("s", "0"))]
                cells[col_index(c.get("r"))] = text
            width = max(cells) + 1 if cells else 0
            print(",".join(cells.get(i, "") for i in range(width)))


if __name__ == "__main__":
    dump(sys.argv[-1], "--formats" in sys.argv)
