#!/bin/sh
# The HTML report in a real browser. Headless Chromium renders the Hòa Bình report: the
# screenshot must be a real page (a PNG of the window's size, many colours, the bars'
# blue among them), the page's script must run to its end (it marks <html data-report=
# "ready">) without an error on the console, following a link to an indicator must open
# it, and clicking the column headers must sort the table. Without chromium (Debian
# package `chromium`; .ci/run installs it) the check says it was skipped and passes.
# CHROMIUM names another binary (chromium-browser, google-chrome).
set -e
CHROMIUM=${CHROMIUM:-chromium}
if ! command -v "$CHROMIUM" >/dev/null 2>&1; then
  echo "SKIP: $CHROMIUM is not installed: the HTML report was NOT checked in a browser (apt-get install chromium)"
  exit 0
fi
X=criteria/hoa-binh/1153-2023-xa.lua
D=examples/hoa-binh/xa-2023.csv
$RUNNER "$BUILD/tieuchi" report $X $D -o "$TMP/report.html" 2>/dev/null || [ $? -eq 1 ]
"$BUILD/tieuchi" run $X $D --format csv >"$TMP/results.csv" 2>/dev/null || [ $? -eq 1 ]
case "$TMP" in /*) dir=$TMP ;; *) dir=$(pwd)/$TMP ;; esac
browse() {   # browse OUTPUT-OPTION URL: a fresh profile in $TMP, nothing from the network
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --user-data-dir="$dir/chromium-profile" \
    --enable-logging=stderr --v=0 --window-size=1280,2000 "$1" "$2" 2>>"$TMP/console.txt"
}
browse --screenshot="$dir/report.png" "file://$dir/report.html" >/dev/null
# A copy with a test script after the page's: it sorts by rank (ascending, unranked last),
# then by total twice (ascending, descending), and notes the orders; the link's target
# (#u7-40) must be open.
python3 - "$TMP/report.html" "$TMP/sorted.html" <<'PY'
import sys
page = open(sys.argv[1], encoding="utf-8").read()
probe = """<script>
(function () {
  function order() {
    return Array.prototype.map.call(document.querySelectorAll('table.results tbody tr'),
      function (tr) { return tr.cells[0].textContent; }).join(' ');
  }
  var th = document.querySelectorAll('table.results thead th'), n = th.length;
  th[n - 2].click();
  document.documentElement.setAttribute('data-by-rank', order());
  th[n - 3].click(); th[n - 3].click();
  document.documentElement.setAttribute('data-by-total-desc', order());
})();
</script>
"""
assert page.count("</body>") == 1
open(sys.argv[2], "w", encoding="utf-8").write(page.replace("</body>", probe + "</body>"))
PY
browse --dump-dom "file://$dir/sorted.html#u7-40" >"$TMP/dom.html"
if grep -n "Uncaught\|SyntaxError\|TypeError\|ReferenceError" "$TMP/console.txt"; then
  echo "the page's script failed (above)"; exit 1
fi
python3 - "$TMP/report.png" "$TMP/dom.html" "$TMP/results.csv" <<'PY'
import csv, re, struct, sys, zlib

def png_pixels(path, max_rows):
    """Width, height and the first max_rows rows of an 8-bit RGB(A) PNG, unfiltered."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, hdr = 8, b"", None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR": hdr = struct.unpack(">IIBBBBB", body)
        if kind == b"IDAT": idat += body
        pos += 12 + n
    w, h, depth, ctype, _, _, interlace = hdr
    assert depth == 8 and ctype in (2, 6) and interlace == 0, hdr
    bpp = 3 if ctype == 2 else 4
    raw, stride, prev, rows = zlib.decompress(idat), w * bpp, bytearray(w * bpp), []
    for y in range(min(h, max_rows)):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, bpp, rows

png, dom, results = sys.argv[1:4]
w, h, bpp, rows = png_pixels(png, 1000)
assert (w, h) == (1280, 2000), (w, h)
colours = set()
for row in rows:
    for x in range(0, w * bpp, bpp * 2):
        colours.add(row[x:x + 3])
assert len(colours) > 50, "the screenshot is nearly flat: %d colours" % len(colours)
bar = bytes((0x3b, 0x6e, 0xa5))                        # svg .bar in report_html.c
assert bar in colours, "no bar colour in the screenshot: the SVG charts did not render"
print("screenshot: %dx%d, %d colours in the top 1000 rows, bars drawn" % (w, h, len(colours)))

page = open(dom, encoding="utf-8").read()
assert re.search(r'<html[^>]* data-report="ready"', page), "the page's script did not finish"
for ident in ("u7", "u7-40"):                          # the link's target and its unit open
    tag = re.search(r'<details[^>]* id="%s"[^>]*>' % ident, page).group(0)
    assert " open" in tag, tag
assert len(re.findall(r'<details[^>]* open', page)) == 2
heads = re.findall(r'<th [^>]*>', page)
assert len(heads) == 13 and all(re.search(r'class="[^"]*\bsort\b', h) for h in heads), heads

rows = list(csv.DictReader(open(results, encoding="utf-8")))
by_rank = re.search(r'data-by-rank="([^"]*)"', page).group(1).split()
by_total = re.search(r'data-by-total-desc="([^"]*)"', page).group(1).split()
ranked = sorted((r for r in rows if r["rank"]), key=lambda r: int(r["rank"]))
assert by_rank[:len(ranked)] == [r["unit"] for r in ranked], by_rank
assert set(by_rank[len(ranked):]) == {r["unit"] for r in rows if not r["rank"]}, by_rank
want = [r["unit"] for r in sorted(rows, key=lambda r: -float(r["total"]))]
assert by_total == want, (by_total, want)
print("script: ran, opened the linked indicator, sorted by rank and by total")
PY
