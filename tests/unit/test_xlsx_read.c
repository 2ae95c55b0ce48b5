/*
** test_xlsx_read.c — the XLSX dataset reader (src/xlsx_read.c) on small hand-made
** workbooks, written with libzip into a temporary folder: the CSV text each sheet becomes
** (gaps, shared and inline strings, numbers, percent formats, booleans) and the exact
** finding for each broken workbook (not a ZIP archive, damaged, no workbook, a missing
** sheet, XML that is not well formed, a DTD, bad cells).
*/
#include "testutil.h"

#include <unistd.h>
#include <zip.h>

#include "readfile.h"
#include "xlsx_read.h"

#define MAIN "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define OREL "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define PREL "http://schemas.openxmlformats.org/package/2006/relationships"

#define PKG_RELS "<?xml version=\"1.0\"?><Relationships xmlns=\"" PREL "\">" \
  "<Relationship Id=\"rId1\" Type=\"" OREL "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
#define WORKBOOK(sheets) "<workbook xmlns=\"" MAIN "\" xmlns:r=\"" OREL "\"><sheets>" sheets "</sheets></workbook>"
#define SHEET_REF(name, id) "<sheet name=\"" name "\" sheetId=\"" id "\" r:id=\"rId" id "\"/>"
#define WB_RELS "<Relationships xmlns=\"" PREL "\">" \
  "<Relationship Id=\"rId1\" Type=\"" OREL "/worksheet\" Target=\"worksheets/sheet1.xml\"/>" \
  "<Relationship Id=\"rId2\" Type=\"" OREL "/worksheet\" Target=\"worksheets/sheet2.xml\"/>" \
  "<Relationship Id=\"rId8\" Type=\"" OREL "/sharedStrings\" Target=\"sharedStrings.xml\"/>" \
  "<Relationship Id=\"rId9\" Type=\"" OREL "/styles\" Target=\"styles.xml\"/></Relationships>"
#define SHEET(rows) "<worksheet xmlns=\"" MAIN "\"><sheetData>" rows "</sheetData></worksheet>"
#define ONE_SHEET WORKBOOK(SHEET_REF("Dữ liệu", "1"))

typedef struct Part { const char *name, *text; } Part;

static char dir[64];

static int make_dir(void **state) {
  (void)state;
  snprintf(dir, sizeof dir, "/tmp/tieuchi-xlsx-XXXXXX");
  return mkdtemp(dir) ? 0 : -1;
}

static int remove_dir(void **state) {
  (void)state;
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  return system(cmd) == 0 ? 0 : -1;
}

/* A ZIP archive of the parts (NULL texts left out) at dir/name; its path. */
static const char *write_zip(const char *name, const Part *parts, int n) {
  static char path[128];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  int err;
  zip_t *za = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &err);
  assert_non_null(za);
  for (int i = 0; i < n; i++) {
    if (parts[i].text == NULL) continue;
    zip_source_t *src = zip_source_buffer(za, parts[i].text, strlen(parts[i].text), 0);
    assert_true(zip_file_add(za, parts[i].name, src, ZIP_FL_ENC_UTF_8) >= 0);
  }
  assert_int_equal(zip_close(za), 0);
  return path;
}

/* A workbook with one sheet "Dữ liệu" (and the shared strings and styles when given). */
static const char *book(const char *sheet, const char *sst, const char *styles) {
  Part parts[] = { { "_rels/.rels", PKG_RELS }, { "xl/workbook.xml", ONE_SHEET },
                   { "xl/_rels/workbook.xml.rels", WB_RELS }, { "xl/worksheets/sheet1.xml", sheet },
                   { "xl/sharedStrings.xml", sst }, { "xl/styles.xml", styles } };
  return write_zip("book.xlsx", parts, 6);
}

/* Read path; returns the CSV text (or NULL) and the findings in *diags (malloc'd). */
static char *read_csv(const char *path, bool decimal_comma, char **diags, int *rc) {
  DiagList dl = { 0 };
  XlsxSheet s;
  XlsxReadOptions opt = { NULL, decimal_comma };
  *rc = xlsx_read_sheet(path, &opt, &s, &dl);
  char *csv = s.csv ? strdup(s.csv) : NULL;
  if (*rc == 0) assert_string_equal(s.name, "Dữ liệu");
  *diags = tu_diags(&dl);
  xlsx_sheet_free(&s);
  diag_free(&dl);
  return csv;
}

/* The sheet reads as `want` with the findings `findings` ("" for none). */
static void expect(const char *path, bool dc, const char *want, const char *findings) {
  char *diags;
  int rc;
  char *csv = read_csv(path, dc, &diags, &rc);
  assert_int_equal(rc, 0);
  assert_non_null(csv);
  assert_string_equal(csv, want);
  assert_string_equal(diags ? diags : "", findings);
  free(csv);
  free(diags);
}

/* The workbook cannot be read: no sheet, and exactly these findings. */
static void expect_failure(const char *path, const char *findings) {
  char *diags;
  int rc;
  char *csv = read_csv(path, false, &diags, &rc);
  assert_int_equal(rc, -1);
  assert_null(csv);
  assert_string_equal(diags, findings);
  free(diags);
}

/* ------------------------------------------------------------------ cells */

static void gaps_between_cells(void **state) {
  (void)state;
  /* B3 and rows 2, 4 absent; C5 in a row of its own; the header on row 1 */
  const char *p = book(SHEET("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>unit</t></is></c>"
                             "<c r=\"B1\" t=\"inlineStr\"><is><t>name</t></is></c>"
                             "<c r=\"C1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
                             "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>X1</t></is></c><c r=\"C3\"><v>5</v></c></row>"
                             "<row r=\"5\"><c r=\"C5\"><v>7</v></c></row>"),
                       NULL, NULL);
  expect(p, false, "unit,name,x\n\nX1,,5\n\n,,7\n", "");
}

static void cells_without_references(void **state) {
  (void)state;
  /* Excel may leave out r: a cell follows the previous one, a row the previous row */
  const char *p = book(SHEET("<row><c t=\"inlineStr\"><is><t>unit</t></is></c><c t=\"inlineStr\"><is><t>v</t></is></c></row>"
                             "<row><c t=\"inlineStr\"><is><t>A</t></is></c><c><v>1</v></c></row>"
                             "<row r=\"4\"><c r=\"B4\"><v>2</v></c></row>"),
                       NULL, NULL);
  expect(p, false, "unit,v\nA,1\n\n,2\n", "");
}

static void shared_strings(void **state) {
  (void)state;
  /* rich text runs are joined, phonetic runs left out, _x000D_ and line breaks become
     spaces, a comma or a quote makes the field quoted */
  const char *sst = "<sst xmlns=\"" MAIN "\"><si><t>unit</t></si><si><t>name</t></si>"
                    "<si><r><t>Xã </t></r><r><rPr><b/></rPr><t>Thịnh Minh</t></r><rPh><t>ignored</t></rPh></si>"
                    "<si><t xml:space=\"preserve\">a, \"b\"</t></si>"
                    "<si><t>line_x000D_\nbreak</t></si><si><t>_x005F_x0041_</t></si></sst>";
  const char *p = book(SHEET("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                             "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" t=\"s\"><v>3</v></c></row>"
                             "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>4</v></c><c r=\"B3\" t=\"s\"><v>5</v></c></row>"),
                       sst, NULL);
  expect(p, false, "unit,name\nXã Thịnh Minh,\"a, \"\"b\"\"\"\nline break,_x0041_\n", "");
}

static void inline_strings(void **state) {
  (void)state;
  const char *p = book(SHEET("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>unit</t></is></c>"
                             "<c r=\"B1\" t=\"inlineStr\"><is><r><t>na</t></r><r><t>me</t></r></is></c></row>"
                             "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>X&amp;1</t></is></c>"
                             "<c r=\"B2\" t=\"str\"><f>CONCAT(\"c\",\"ó\")</f><v>có</v></c></row>"),
                       NULL, NULL);
  expect(p, false, "unit,name\nX&1,có\n", "");
}

#define STYLES "<styleSheet xmlns=\"" MAIN "\"><numFmts count=\"2\">" \
  "<numFmt numFmtId=\"164\" formatCode=\"0.0%\"/><numFmt numFmtId=\"165\" formatCode=\"0.0&quot;%&quot;\"/></numFmts>" \
  "<cellStyleXfs count=\"1\"><xf numFmtId=\"9\"/></cellStyleXfs>" \
  "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"10\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/>" \
  "<xf numFmtId=\"165\"/></cellXfs></styleSheet>"

static void numbers(void **state) {
  (void)state;
  /* shortest round-trip text, written without exponents; a percent format (built-in 10,
     custom 0.0%) gives the percentage shown; a quoted "%" is not one; a date format is
     not applied (the serial number); booleans as TRUE/FALSE */
  const char *p = book(SHEET("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2</v></c><c r=\"C1\"><v>3</v></c>"
                             "<c r=\"D1\"><v>4</v></c><c r=\"E1\"><v>5</v></c><c r=\"F1\"><v>6</v></c></row>"
                             "<row r=\"2\"><c r=\"A2\"><v>0.1</v></c><c r=\"B2\"><v>1E-3</v></c><c r=\"C2\"><v>2500</v></c>"
                             "<c r=\"D2\"><v>1.1000000000000001</v></c><c r=\"E2\"><v>-0</v></c><c r=\"F2\"><v>1.5e20</v></c></row>"
                             "<row r=\"3\"><c r=\"A3\" s=\"1\"><v>0.825</v></c><c r=\"B3\" s=\"2\"><v>0.333</v></c>"
                             "<c r=\"C3\" s=\"3\"><v>45292</v></c><c r=\"D3\" s=\"4\"><v>12.5</v></c>"
                             "<c r=\"E3\" t=\"b\"><v>1</v></c><c r=\"F3\" t=\"b\"><v>0</v></c></row>"
                             "<row r=\"4\"><c r=\"A4\" s=\"1\"><v>1</v></c><c r=\"B4\"><v>-0.000012</v></c></row>"),
                       NULL, STYLES);
  expect(p, false, "1,2,3,4,5,6\n0.1,0.001,2500,1.1,0,150000000000000000000\n"
                   "82.5%,33.3%,45292,12.5,TRUE,FALSE\n100%,-0.000012,,,,\n", "");
}

static void numbers_decimal_comma(void **state) {
  (void)state;
  const char *p = book(SHEET("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2</v></c></row>"
                             "<row r=\"2\"><c r=\"A2\"><v>12.5</v></c><c r=\"B2\" s=\"1\"><v>0.125</v></c></row>"),
                       NULL, STYLES);
  expect(p, true, "1,2\n\"12,5\",\"12,5%\"\n", "");
}

static void bad_cells(void **state) {
  (void)state;
  /* an error value, a formula never computed, a number that is not one, a shared string
     the workbook lacks, a reference outside the sheet: each named, each read as blank */
  const char *sst = "<sst xmlns=\"" MAIN "\"><si><t>unit</t></si></sst>";
  const char *p = book(SHEET("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>0</v></c></row>"
                             "<row r=\"2\"><c r=\"A2\" t=\"e\"><v>#DIV/0!</v></c><c r=\"B2\"><f>A1+1</f><v></v></c></row>"
                             "<row r=\"3\"><c r=\"A3\"><v>0x1p3</v></c><c r=\"B3\" t=\"s\"><v>7</v></c>"
                             "<c r=\"XFE3\"><v>1</v></c></row>"),
                       sst, NULL);
  char want[2048];
  snprintf(want, sizeof want,
           "%s/book.xlsx:2:1: error: Dữ liệu!A2: the cell holds the error #DIV/0!; it is read as blank\n"
           "  hint: correct the formula, or type the value itself\n"
           "%s/book.xlsx:2:2: warning: Dữ liệu!B2: the cell has a formula but no computed value; it is read as blank\n"
           "  hint: open the file in a spreadsheet program and save it again\n"
           "%s/book.xlsx:3:1: error: Dữ liệu!A3: the number \"0x1p3\" cannot be read; the cell is read as blank\n"
           "%s/book.xlsx:3:2: error: Dữ liệu!B3: the cell names shared string 7, which the workbook does not have (it has 1); it is read as blank\n"
           "  hint: the file is damaged: open it in a spreadsheet program and save it again\n"
           "%s/book.xlsx: error: Dữ liệu: \"XFE3\" is not a cell of a sheet (columns A to XFD, rows 1 to 1048576); the cell is ignored\n",
           dir, dir, dir, dir, dir);
  expect(p, false, "unit,unit\n", want);
}

static void cells_right_of_the_header(void **state) {
  (void)state;
  const char *p = book(SHEET("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>unit</t></is></c></row>"
                             "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>X</t></is></c><c r=\"C2\"><v>1</v></c></row>"
                             "<row r=\"3\"><c r=\"D3\"><v>2</v></c></row>"),
                       NULL, NULL);
  char want[1024];
  snprintf(want, sizeof want,
           "%s/book.xlsx:2:3: warning: Dữ liệu!C2: 2 cells right of the last column name (A1) are ignored\n"
           "  hint: give the column a name in the header row, or clear it\n", dir);
  expect(p, false, "unit\nX\n\n", want);
}

static void cells_out_of_order(void **state) {
  (void)state;
  /* rows and cells in any order are put in place; a cell given twice keeps its first value */
  const char *p = book(SHEET("<row r=\"2\"><c r=\"B2\"><v>4</v></c><c r=\"A2\"><v>3</v></c></row>"
                             "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2</v></c></row>"
                             "<row r=\"2\"><c r=\"A2\"><v>9</v></c></row>"),
                       NULL, NULL);
  char want[512];
  snprintf(want, sizeof want, "%s/book.xlsx:2:1: warning: Dữ liệu!A2: the sheet has this cell twice; the "
           "first value is read\n", dir);
  expect(p, false, "1,2\n3,4\n", want);
}

/* ------------------------------------------------------------------ sheets */

static void the_forms_sheet_is_chosen(void **state) {
  (void)state;
  /* "Hướng dẫn" comes first, but the form's data sheet is read */
  Part parts[] = { { "_rels/.rels", PKG_RELS },
                   { "xl/workbook.xml", WORKBOOK(SHEET_REF("Hướng dẫn", "1") SHEET_REF("Dữ liệu", "2")) },
                   { "xl/_rels/workbook.xml.rels", WB_RELS },
                   { "xl/worksheets/sheet1.xml", SHEET("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>") },
                   { "xl/worksheets/sheet2.xml", SHEET("<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>") } };
  expect(write_zip("two.xlsx", parts, 5), false, "2\n", "");
}

static void first_sheet_otherwise(void **state) {
  (void)state;
  Part parts[] = { { "_rels/.rels", PKG_RELS },
                   { "xl/workbook.xml", WORKBOOK(SHEET_REF("Sheet1", "1") SHEET_REF("Sheet2", "2")) },
                   { "xl/_rels/workbook.xml.rels", WB_RELS },
                   { "xl/worksheets/sheet1.xml", SHEET("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>") },
                   { "xl/worksheets/sheet2.xml", SHEET("<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>") } };
  const char *p = write_zip("plain.xlsx", parts, 5);
  DiagList dl = { 0 };
  XlsxSheet s;
  assert_int_equal(xlsx_read_sheet(p, NULL, &s, &dl), 0);
  assert_string_equal(s.name, "Sheet1");
  assert_string_equal(s.csv, "1\n");
  assert_int_equal(dl.n, 0);
  xlsx_sheet_free(&s);
  XlsxReadOptions opt = { "Sheet3", false };          /* a sheet asked for by name */
  assert_int_equal(xlsx_read_sheet(p, &opt, &s, &dl), -1);
  char *d = tu_diags(&dl);
  char want[256];
  snprintf(want, sizeof want, "%s: error: the workbook has no worksheet named \"Sheet3\"\n", p);
  assert_string_equal(d, want);
  free(d);
  diag_free(&dl);
}

static void missing_sheet(void **state) {
  (void)state;
  Part parts[] = { { "_rels/.rels", PKG_RELS }, { "xl/workbook.xml", ONE_SHEET },
                   { "xl/_rels/workbook.xml.rels", WB_RELS } };
  const char *p = write_zip("nosheet.xlsx", parts, 3);
  char want[512];
  snprintf(want, sizeof want, "%s: error: the sheet \"Dữ liệu\" is missing: the archive has no "
           "xl/worksheets/sheet1.xml\n  hint: open the file in a spreadsheet program and save it again\n", p);
  expect_failure(p, want);
}

static void no_worksheet(void **state) {
  (void)state;
  Part parts[] = { { "_rels/.rels", PKG_RELS }, { "xl/workbook.xml", WORKBOOK("") },
                   { "xl/_rels/workbook.xml.rels", WB_RELS } };
  const char *p = write_zip("empty-book.xlsx", parts, 3);
  char want[256];
  snprintf(want, sizeof want, "%s: error: the workbook has no worksheet\n", p);
  expect_failure(p, want);
}

static void empty_sheet(void **state) {
  (void)state;
  const char *p = book(SHEET(""), NULL, NULL);
  char want[512];
  snprintf(want, sizeof want, "%s: error: the sheet \"Dữ liệu\" is empty: it has no header row\n"
           "  hint: row 1 must hold the column names (unit, name, then the inputs)\n", p);
  expect_failure(p, want);
}

/* ------------------------------------------------------------------ broken archives */

static void not_a_zip(void **state) {
  (void)state;
  char path[128], want[512];
  snprintf(path, sizeof path, "%s/text.xlsx", dir);
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  fputs("unit,name\nX01,Xã A\n", f);                /* a CSV file named .xlsx */
  fclose(f);
  snprintf(want, sizeof want, "%s: error: this is not a readable XLSX workbook: it is not a ZIP archive\n"
           "  hint: save the file as an Excel Workbook (.xlsx); a CSV file must be named .csv\n", path);
  expect_failure(path, want);
  f = fopen(path, "wb");                             /* the signature of an .xls file */
  assert_non_null(f);
  fwrite("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 1, 8, f);
  fclose(f);
  snprintf(want, sizeof want, "%s: error: this is not a readable XLSX workbook: it is not a ZIP archive\n"
           "  hint: this is an Excel 97-2003 file (.xls) or a workbook with a password: save it as an "
           "Excel Workbook (.xlsx) without a password\n", path);
  expect_failure(path, want);
}

/* A copy of the workbook at `from`, cut to `keep` bytes or with byte `flip` changed. */
static const char *damaged(const char *from, const char *name, long keep, long flip) {
  static char path[128];
  size_t len;
  char *data = read_file(from, &len);
  assert_non_null(data);
  if (flip >= 0 && (size_t)flip < len) data[flip] ^= 0x55;
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  fwrite(data, 1, keep >= 0 && (size_t)keep < len ? (size_t)keep : len, f);
  fclose(f);
  free(data);
  return path;
}

static void corrupted_archive(void **state) {
  (void)state;
  char want[512];
  /* cut in half: the central directory is gone */
  const char *p = book(SHEET("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"), NULL, NULL);
  size_t len;
  free(read_file(p, &len));
  const char *cut = damaged(p, "cut.xlsx", (long)len / 2, -1);
  snprintf(want, sizeof want, "%s: error: this is not a readable XLSX workbook: it is not a ZIP archive\n"
           "  hint: the archive is damaged: open the file in a spreadsheet program and save it again\n", cut);
  expect_failure(cut, want);
  /* a byte of the sheet's compressed data changed: its checksum fails when it is read */
  Part parts[] = { { "_rels/.rels", PKG_RELS }, { "xl/workbook.xml", ONE_SHEET },
                   { "xl/_rels/workbook.xml.rels", WB_RELS },
                   { "xl/worksheets/sheet1.xml", SHEET("<row r=\"1\"><c r=\"A1\"><v>12345</v></c></row>") } };
  p = write_zip("crc.xlsx", parts, 4);
  char *data = read_file(p, &len);
  assert_non_null(data);
  long at = -1;                                /* the sheet's name in its local header */
  for (size_t i = 0; i + 24 <= len && at < 0; i++)
    if (memcmp(data + i, "xl/worksheets/sheet1.xml", 24) == 0) at = (long)i;
  assert_true(at >= 0);
  long flip = at + 24 + 10;                    /* inside its compressed data */
  free(data);
  const char *bad = damaged(p, "crc-bad.xlsx", -1, flip);
  DiagList dl = { 0 };
  XlsxSheet s;
  assert_int_equal(xlsx_read_sheet(bad, NULL, &s, &dl), -1);
  assert_int_equal(dl.nerrors, 1);
  assert_non_null(strstr(dl.v[0].msg, "xl/worksheets/sheet1.xml"));
  assert_null(s.csv);
  diag_free(&dl);
}

static void not_a_workbook(void **state) {
  (void)state;
  Part parts[] = { { "hello.txt", "hello" } };
  const char *p = write_zip("hello.xlsx", parts, 1);
  char want[512];
  snprintf(want, sizeof want, "%s: error: this is not an XLSX workbook: the archive has no xl/workbook.xml\n"
           "  hint: save the file as an Excel Workbook (.xlsx); a CSV file must be named .csv\n", p);
  expect_failure(p, want);
}

static void malformed_xml(void **state) {
  (void)state;
  const char *p = book("<worksheet xmlns=\"" MAIN "\"><sheetData><row r=\"1\"></sheetData>", NULL, NULL);
  char want[512];
  snprintf(want, sizeof want, "%s: error: xl/worksheets/sheet1.xml is not well-formed XML (line 1, column 102: "
           "mismatched tag)\n  hint: the file is damaged: open it in a spreadsheet program and save it again\n", p);
  expect_failure(p, want);
}

static void doctype_refused(void **state) {
  (void)state;
  const char *p = book("<!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                       "<worksheet xmlns=\"" MAIN "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&b;</t>"
                       "</is></c></row></sheetData></worksheet>", NULL, NULL);
  char want[512];
  snprintf(want, sizeof want, "%s: error: xl/worksheets/sheet1.xml: the part has a DOCTYPE, which workbooks "
           "never have; it is not read\n  hint: the file was not written by a spreadsheet program; save it "
           "again as .xlsx\n", p);
  expect_failure(p, want);
}

/* ------------------------------------------------------------------ as a dataset */

static void dataset_from_workbook(void **state) {
  (void)state;
  /* the rows and columns of findings are the sheet's; comment rows are skipped */
  const char *p = book(SHEET("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>unit</t></is></c>"
                             "<c r=\"B1\" t=\"inlineStr\"><is><t>name</t></is></c>"
                             "<c r=\"C1\" t=\"inlineStr\"><is><t>dan_so</t></is></c></row>"
                             "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t># Mã đơn vị</t></is></c></row>"
                             "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>X01</t></is></c>"
                             "<c r=\"B3\" t=\"inlineStr\"><is><t>Xã A</t></is></c><c r=\"C3\"><v>5200</v></c></row>"
                             "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>X02</t></is></c>"
                             "<c r=\"C4\"><v>12.5</v></c></row>"),
                       NULL, NULL);
  Model m;
  DiagList sd = { 0 }, dd = { 0 };
  assert_int_equal(tu_model("decision \"t\" { title = \"T\" }\ninputs { dan_so = count \"Dân số\" }\n"
                            "group \"1\" { \"G\", max = 10 }\nindicator \"1.1\" { \"I\", max = 10, "
                            "score = \"min(max, dan_so / 1000)\" }\n", &m, &sd), 0);
  Dataset ds;
  assert_int_equal(dataset_load(p, &m, NULL, &ds, &dd), 0);
  assert_int_equal(ds.nunits, 2);
  assert_string_equal(ds.unit_ids[0], "X01");
  assert_int_equal(ds.rows[0], 3);
  assert_true(dataset_value(&ds, 0, 0) == 5200);
  char *d = tu_diags(&dd);
  char want[512];
  snprintf(want, sizeof want, "%s:4:3: error: column \"dan_so\" (unit X02): \"12.5\": a count is a whole number\n"
           "  hint: this cell is treated as missing data; correct it and run again\n", p);
  assert_string_equal(d, want);
  free(d);
  dataset_free(&ds);
  model_free(&m);
  diag_free(&sd);
  diag_free(&dd);
}

static void workbook_by_extension(void **state) {
  (void)state;
  assert_true(xlsx_read_is_workbook("data/ket-qua.xlsx"));
  assert_true(xlsx_read_is_workbook("KET-QUA.XLSX"));
  assert_false(xlsx_read_is_workbook("ket-qua.csv"));
  assert_false(xlsx_read_is_workbook("xlsx"));
  assert_false(xlsx_read_is_workbook("a.xlsx.csv"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(gaps_between_cells),
    cmocka_unit_test(cells_without_references),
    cmocka_unit_test(shared_strings),
    cmocka_unit_test(inline_strings),
    cmocka_unit_test(numbers),
    cmocka_unit_test(numbers_decimal_comma),
    cmocka_unit_test(bad_cells),
    cmocka_unit_test(cells_right_of_the_header),
    cmocka_unit_test(cells_out_of_order),
    cmocka_unit_test(the_forms_sheet_is_chosen),
    cmocka_unit_test(first_sheet_otherwise),
    cmocka_unit_test(missing_sheet),
    cmocka_unit_test(no_worksheet),
    cmocka_unit_test(empty_sheet),
    cmocka_unit_test(not_a_zip),
    cmocka_unit_test(corrupted_archive),
    cmocka_unit_test(not_a_workbook),
    cmocka_unit_test(malformed_xml),
    cmocka_unit_test(doctype_refused),
    cmocka_unit_test(dataset_from_workbook),
    cmocka_unit_test(workbook_by_extension),
  };
  return cmocka_run_group_tests(tests, make_dir, remove_dir);
}
