#!/usr/bin/env python3
"""Fill a form written by `tieuchi template` with the values of example datasets, as a
person would: matching columns by name, never editing the form's own rows.

usage: fill_form.py csv|xlsx FORM OUT DATA.csv[:LEVEL] ...

Each DATA row becomes a row of the form (a pre-filled row with the same unit id is
completed instead). With :LEVEL the rows get that value in the form's level column (a
parent decision's form holds its children too). Every column of DATA must be a column of
the form, except parent and level where the form has none (a child filled alone): a form
that lacks an input of the example fails here.

CSV: the header and the comment rows are kept as they are, the rows follow. XLSX: the
values are written into the data sheet's XML as Excel writes them — numbers as <v>, text
as shared strings and inline strings (alternately, so both are read back), and in the
columns whose data validation is the percent one (0 to 100) as fractions with a percent
format, as Excel stores a typed "82.5%". Standard library only.
"""
import csv
import io
import re
import sys
import zipfile
from decimal import Decimal
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
OPTIONAL = {"parent", "level"}


def read_data(specs, form_cols):
    """The rows of every DATA[:LEVEL], as dicts (with the level when given)."""
    rows = []
    for spec in specs:
        path, _, level = spec.partition(":")
        with open(path, encoding="utf-8-sig", newline="") as f:
            data = list(csv.DictReader(f))
        missing = [c for c in (data[0].keys() if data else []) if c not in form_cols and c not in OPTIONAL]
        if missing:
            sys.exit("fill_form: the form has no column %s (in %s)" % (", ".join(missing), path))
        for r in data:
            if level:
                r["level"] = level
            rows.append(r)
    return rows


def merge(header, prefilled, data):
    """The form's rows: each pre-filled row completed by the data row of its unit, then
    the other data rows. A row is a list of cells in the header's order."""
    out, done = [], set()
    by_unit = {r["unit"]: r for r in data}
    for pre in prefilled:
        d = by_unit.get(pre[0], {})
        out.append([d.get(c) or pre[i] for i, c in enumerate(header)])
        done.add(pre[0])
    for d in data:
        if d["unit"] not in done:
            out.append([d.get(c, "") for c in header])
    return out


def fill_csv(form, out, specs):
    with open(form, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    header, comments = rows[0], [r for r in rows[1:] if r and r[0].startswith("#")]
    prefilled = [r for r in rows[1:] if r and not r[0].startswith("#")]
    filled = merge(header, prefilled, read_data(specs, header))
    with open(out, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerows([header] + comments + filled)


# ---------------------------------------------------------------- XLSX

def col_letters(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def ref_col(ref):
    n = 0
    for ch in re.match(r"[A-Z]+", ref).group(0):
        n = n * 26 + ord(ch) - 64
    return n


def data_sheet(z):
    """The part of the sheet named Dữ liệu (or Data), through the workbook's relationships."""
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
    for s in wb.iter("{%s}sheet" % MAIN):
        if s.get("name") in ("Dữ liệu", "Data"):
            return "xl/" + rels[s.get("{%s}id" % RELS)]
    sys.exit("fill_form: the workbook has no sheet Dữ liệu")


def shared_strings(z):
    sst = ET.fromstring(z.read("xl/sharedStrings.xml"))
    return ["".join(t.text or "" for t in si.iter("{%s}t" % MAIN)) for si in sst.findall("{%s}si" % MAIN)]


def cell_value(c, sst):
    v = c.find("{%s}v" % MAIN)
    if c.get("t") == "s":
        return sst[int(v.text)]
    if c.get("t") == "inlineStr":
        return "".join(t.text or "" for t in c.iter("{%s}t" % MAIN))
    return v.text if v is not None else ""


def percent_columns(sheet):
    """Columns whose validation is a decimal between 0 and 100: the percent inputs."""
    cols = set()
    for dv in sheet.iter("{%s}dataValidation" % MAIN):
        f2 = dv.find("{%s}formula2" % MAIN)
        if dv.get("type") == "decimal" and f2 is not None and f2.text == "100":
            cols.add(ref_col(dv.get("sqref")))
    return cols


def add_percent_style(styles):
    """styles.xml with one more cell format showing 0.00% (built-in format 10), and its index."""
    text = styles.decode("utf-8")
    m = re.search(r'<cellXfs count="(\d+)">', text)
    n = int(m.group(1))
    text = text.replace(m.group(0), '<cellXfs count="%d">' % (n + 1), 1)
    text = text.replace("</cellXfs>", '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" '
                                      'applyNumberFormat="1"/></cellXfs>', 1)
    return text.encode("utf-8"), n


def xml_cell(ref, value, col, row, pct, pct_style, sst, sst_index):
    """One <c>, as Excel writes what was typed into it."""
    if value == "":
        return ""
    if NUMBER.match(value):
        if col in pct:                      # typed "82.5%": Excel stores 0.825 as a percentage
            return '<c r="%s" s="%d"><v>%s</v></c>' % (ref, pct_style, Decimal(value).scaleb(-2).normalize())
        f = float(value)
        text = str(int(f)) if f == int(f) and abs(f) < 1e15 else repr(f)
        return '<c r="%s"><v>%s</v></c>' % (ref, text)
    if (row + col) % 2:
        return '<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, escape(value))
    if value not in sst_index:
        sst_index[value] = len(sst)
        sst.append(value)
    return '<c r="%s" t="s"><v>%d</v></c>' % (ref, sst_index[value])


def fill_xlsx(form, out, specs):
    z = zipfile.ZipFile(form)
    part = data_sheet(z)
    raw = z.read(part).decode("utf-8")
    sheet = ET.fromstring(raw)
    sst = shared_strings(z)
    rows = {int(r.get("r")): r for r in sheet.iter("{%s}row" % MAIN)}
    header = [cell_value(c, sst) for c in rows[1].findall("{%s}c" % MAIN)]
    prefilled = []
    for n in sorted(r for r in rows if r >= 3):
        cells = {ref_col(c.get("r")): cell_value(c, sst) for c in rows[n].findall("{%s}c" % MAIN)}
        prefilled.append([cells.get(i + 1, "") for i in range(len(header))])
    filled = merge(header, prefilled, read_data(specs, header))
    pct = percent_columns(sheet)
    styles, pct_style = add_percent_style(z.read("xl/styles.xml"))
    sst_index = {s: i for i, s in enumerate(sst)}
    # rows 1 and 2 (names, labels) stay as they were; the data rows are written anew
    kept = re.findall(r'<row r="[12]".*?</row>', raw, re.S)
    new_rows = []
    for i, values in enumerate(filled):
        r = 3 + i
        cells = "".join(xml_cell("%s%d" % (col_letters(c + 1), r), v, c + 1, r, pct, pct_style, sst, sst_index)
                        for c, v in enumerate(values))
        new_rows.append('<row r="%d">%s</row>' % (r, cells))
    body = "<sheetData>%s%s</sheetData>" % ("".join(kept), "".join(new_rows))
    raw = re.sub(r"<sheetData>.*?</sheetData>|<sheetData/>", lambda m: body, raw, count=1, flags=re.S)
    sis = "".join('<si><t xml:space="preserve">%s</t></si>' % escape(s) for s in sst)
    sst_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="%s" count="%d" '
               'uniqueCount="%d">%s</sst>' % (MAIN, len(sst), len(sst), sis))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as o:
        for info in z.infolist():
            data = z.read(info)
            if info.filename == part:
                data = raw.encode("utf-8")
            elif info.filename == "xl/sharedStrings.xml":
                data = sst_xml.encode("utf-8")
            elif info.filename == "xl/styles.xml":
                data = styles
            o.writestr(info, data)


if __name__ == "__main__":
    if len(sys.argv) < 5 or sys.argv[1] not in ("csv", "xlsx"):
        sys.exit(__doc__)
    (fill_csv if sys.argv[1] == "csv" else fill_xlsx)(sys.argv[2], sys.argv[3], sys.argv[4:])
