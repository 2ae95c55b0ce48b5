#!/usr/bin/env python3
"""tests/data/units.py DATA.csv RESULTS.csv — nothing is dropped silently.

Reads DATA.csv on its own (Python's csv module, not tieuchi's reader) and checks that
RESULTS.csv (`tieuchi run … --format csv`) lists every unit of it, each as many times
as it occurs, and no other. The rules are the documented ones (docs/language.md, section
4 "Datasets"), implemented independently:

- a UTF-16 file is refused: it has no units; a UTF-8 BOM is skipped;
- lines end with LF, CRLF or CR alone; a quoted cell may span lines; a quote that
  opens a cell and never closes, or closes on a later line with text after it, is
  text (its line is read alone): it does not swallow the rows after it;
- cells are separated by ';' when the header line has semicolons and no comma;
- blank lines, and records whose cells are all blank, are not units;
- the unit id is the cell under the header "unit" (any case, spaces around ignored),
  without the spaces around it; blank, the unit is called "row N" (N its first line);
- bytes that are not UTF-8 and NUL bytes are shown as \\xHH; text is NFC.

Exit status 0 when the lists match, 1 (saying what differs) when not.
"""
import collections
import csv
import io
import sys
import unicodedata

SPACES = " \t\r\n\u00a0"
csv.field_size_limit(sys.maxsize)   # the 1 MB cells


def stray_quote(text, sep, spans):
    """Is the record in text (over `spans` lines) opened by a stray quote: one that never
    closes, or whose closing quote, on a later line, has text after it?"""
    try:
        list(csv.reader(io.StringIO(text, newline=""), delimiter=sep, strict=True))
    except csv.Error as e:
        return "unexpected end of data" in str(e) or (spans > 1 and "expected after" in str(e))
    return False


def parse(text, sep):
    """(first line, cells) of each record; blank lines left out. A stray opening quote
    is text: its line is a record of its own, cut at separators, and the lines after it
    are read again."""
    lines = io.StringIO(text, newline="").readlines()
    out, i = [], 0
    while i < len(lines):
        reader = csv.reader(iter(lines[i:]), delimiter=sep)
        before, restart = 0, None
        for row in reader:
            first, spans = i + before, reader.line_num - before
            if stray_quote("".join(lines[first:first + spans]), sep, spans):
                out.append((first + 1, lines[first].rstrip("\r\n").split(sep)))
                restart = first + 1
                break
            if row:
                out.append((first + 1, row))
            before = reader.line_num
        i = restart if restart is not None else len(lines)
    return out


def display(cell):
    """A cell as tieuchi shows an id: trimmed, bad bytes and NUL as \\xHH, NFC."""
    out = []
    for ch in cell.strip(SPACES):
        if "\udc80" <= ch <= "\udcff":
            out.append("\\x%02X" % (ord(ch) - 0xDC00))
        elif ch == "\0":
            out.append("\\x00")
        else:
            out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def expected_units(raw):
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return []
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    text = raw.decode("utf-8", "surrogateescape")
    first_line = io.StringIO(text, newline="").readline()
    sep = ";" if ";" in first_line and "," not in first_line else ","
    recs = [(n, row) for n, row in parse(text, sep) if any(c.strip(SPACES) for c in row)]
    if not recs:
        return []
    header = [unicodedata.normalize("NFC", h.strip(SPACES)).casefold() for h in recs[0][1]]
    col = header.index("unit") if "unit" in header else -1
    ids = []
    for number, row in recs[1:]:
        uid = display(row[col]) if 0 <= col < len(row) else ""
        ids.append(uid if uid else "row %d" % number)
    return ids


def listed_units(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if not rows:
        return []
    if rows[0][0] != "unit":
        sys.exit("units.py: %s does not start with a unit column" % path)
    return [r[0] for r in rows[1:]]


def main():
    data, results = sys.argv[1], sys.argv[2]
    with open(data, "rb") as f:
        want = collections.Counter(expected_units(f.read()))
    got = collections.Counter(listed_units(results))
    if want == got:
        return 0
    for uid, n in sorted((want - got).items()):
        print("units.py: %r is in the data %d time(s) more than in the results" % (uid, n))
    for uid, n in sorted((got - want).items()):
        print("units.py: %r is in the results %d time(s) more than in the data" % (uid, n))
    return 1


if __name__ == "__main__":
    sys.exit(main())
