/*
** test_csv.c
** Unit tests of the CSV reader (src/csv.c): cell text, shapes, line numbers and
** the problems recorded, each checked to the exact value.
*/
#include "testutil.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "csv.h"

/* Parse a string literal, NUL bytes included. */
#define PARSE(t, lit) csv_parse((lit), sizeof(lit) - 1, (t))

/*
** Assert that cell (r, c) of t holds exactly the NUL-terminated text `s`.
*/
static void assert_cell(const CsvTable *t, size_t r, size_t c, const char *s) {
  const CsvCell *cell = csv_cell(t, r, c);
  assert_int_equal(cell->len, strlen(s));
  assert_memory_equal(cell->s, s, strlen(s) + 1);
}


/*
** Assert that header cell c of t is exactly `s`.
*/
static void assert_header(const CsvTable *t, size_t c, const char *s) {
  assert_int_equal(t->header[c].len, strlen(s));
  assert_memory_equal(t->header[c].s, s, strlen(s) + 1);
}


/*
** Assert that problem i of t is of kind `kind` at (line, column).
*/
static void assert_problem(const CsvTable *t, size_t i, CsvProblemKind kind,
                           size_t line, size_t column) {
  assert_true(i < t->nproblems);
  assert_int_equal(t->problems[i].kind, kind);
  assert_int_equal(t->problems[i].line, line);
  assert_int_equal(t->problems[i].column, column);
}


static void simple_lf(void **state) {
  CsvTable t;
  (void)state;
  assert_int_equal(PARSE(&t, "ma,ten,dan_so\n1,Tan Lac,85000\n2,Mai Chau,55000\n"), 0);
  assert_int_equal(t.ncols, 3);
  assert_int_equal(t.nrecords, 2);
  assert_int_equal(t.nproblems, 0);
  assert_header(&t, 0, "ma");
  assert_header(&t, 1, "ten");
  assert_header(&t, 2, "dan_so");
  assert_cell(&t, 0, 0, "1");
  assert_cell(&t, 0, 1, "Tan Lac");
  assert_cell(&t, 0, 2, "85000");
  assert_cell(&t, 1, 1, "Mai Chau");
  assert_cell(&t, 1, 2, "55000");
  assert_int_equal(t.record_line[0], 2);
  assert_int_equal(t.record_line[1], 3);
  csv_free(&t);
}


static void crlf(void **state) {
  CsvTable t;
  (void)state;
  assert_int_equal(PARSE(&t, "a,b\r\n1,2\r\n3,4\r\n"), 0);
  assert_int_equal(t.ncols, 2);
  assert_int_equal(t.nrecords, 2);
  assert_int_equal(t.nproblems, 0);
  assert_header(&t, 1, "b");
  assert_cell(&t, 0, 1, "2");  /* no CR left on the last cell */
  assert_cell(&t, 1, 0, "3");
  assert_cell(&t, 1, 1, "4");
  assert_int_equal(t.record_line[1], 3);
  csv_free(&t);
}


static void mixed_line_ends(void **state) {
  CsvTable t;
  (void)state;
  assert_int_equal(PARSE(&t, "a,b\n1,2\r\n3,4\n5,6\r\n"), 0);
  assert_int_equal(t.nrecords, 3);
  assert_int_equal(t.nproblems, 0);
  assert_cell(&t, 0, 1, "2");
  assert_cell(&t, 1, 1, "4");
  assert_cell(&t, 2, 0, "5");
  assert_cell(&t, 2, 1, "6");
  assert_int_equal(t.record_line[0], 2);
  assert_int_equal(t.record_line[1], 3);
  assert_int_equal(t.record_line[2], 4);
  csv_free(&t);
}


static void cr_line_ends(void **state) {
  CsvTable t;
  (void)state;
  /* Excel for Mac's "CSV (Macintosh)": CR alone ends lines (and counts them) */
  assert_int_equal(PARSE(&t, "a,b\r1,\"x\ry\"\r\r3,4\r"), 0);
  assert_int_equal(t.ncols, 2);
  assert_int_equal(t.nrecords, 2);
  assert_int_equal(t.nproblems, 0);
  assert_cell(&t, 0, 1, "x\ry");  /* in quotes, text */
  assert_cell(&t, 1, 0, "3");
  assert_int_equal(t.record_line[0], 2);
  assert_int_equal(t.record_line[1], 5);
  csv_free(&t);
}


static void bom_skipped(void **state) {
  CsvTable t;
  (void)state;
  assert_int_equal(PARSE(&t, "\xEF\xBB\xBFma,ten\n1,x\n"), 0);
  assert_int_equal(t.ncols, 2);
  assert_header(&t, 0, "ma");  /* not "\xEF\xBB\xBFma" */
  assert_int_equal(t.nrecords, 1);
  assert_int_equal(t.record_line[0], 2);
  assert_int_equal(t.nproblems, 0);
  csv_free(&t);
}


static void no_final_newline(void **state) {
  CsvTable t;
  (void)state;
  assert_int_equal(PARSE(&t, "a,b\n1,2\n3,4"), 0);
  assert_int_equal(t.nrecords, 2);
  assert_cell(&t, 1, 0, "3");
  assert_cell(&t, 1, 1, "4");
  assert_int_equal(t.nproblems, 0);
  csv_free(&t);
  /* a CR that is the last byte ends the line too */
  assert_int_equal(PARSE(&t, "a,b\r\n1,2\r"), 0);
  assert_int_equal(t.nrecords, 1);
  assert_cell(&t, 0, 1, "2");
  assert_int_equal(t.nproblems, 0);
  csv_free(&t);
}


static void quoted_comma(void **state) {
  CsvTable t;
  (void)state;
  assert_int_equal(PARSE(&t, "ten,dia_chi\nx,\"Tan Lac, Hoa Binh\"\n"), 0);
  assert_int_equal(t.nrecords, 1);
  assert_cell(&t, 0, 0, "x");
  assert_cell(&t, 0, 1, "Tan Lac, Hoa Binh");
  assert_int_equal(t.nproblems, 0);
  csv_free(&t);
}


static void quoted_newline(void **state) {
  CsvTable t;
  (void)state;
  assert_int_equal(PARSE(&t, "a,b\n1,\"line one\nline two\r\nline three\"\n2,x\n\n3,y\n"), 0);
  assert_int_equal(t.nrecords, 3);
  assert_cell(&t, 0, 1, "line one\nline two\r\nline three");
  assert_int_equal(t.record_line[0], 2);
  assert_int_equal(t.record_line[1], 5);  /* the cell above spans lines 2 to 4 */
  assert_int_equal(t.record_line[2], 7);  /* line 6 is blank */
  assert_cell(&t, 1, 0, "2");
  assert_cell(&t, 2, 1, "y");
  assert_int_equal(t.nproblems, 0);
  csv_free(&t);
}


static void escaped_quotes(void **state) {
  CsvTable t;
  (void)state;
  assert_int_equal(PARSE(&t, "a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n"), 0);
  assert_int_equal(t.nrecords, 1);
  assert_cell(&t, 0, 0, "say \"hi\"");
  assert_cell(&t, 0, 1, "\"");
  assert_int_equal(t.nproblems, 0);
  csv_free(&t);
}


static void empty_cells(void **state) {
  CsvTable t;
  (void)state;
  assert_int_equal(PARSE(&t, "a,b,c\n,x,\n,,\n"), 0);
  assert_int_equal(t.nrecords, 2);
  assert_cell(&t, 0, 0, "");
  assert_cell(&t, 0, 1, "x");
  assert_cell(&t, 0, 2, "");
  assert_cell(&t, 1, 0, "");  /* a line of commas is a record of empty cells */
  assert_cell(&t, 1, 1, "");
  assert_cell(&t, 1, 2, "");
  assert_int_equal(t.record_line[1], 3);
  assert_int_equal(t.nproblems, 0);
  csv_free(&t);
}


static void quoted_empty(void **state) {
  CsvTable t;
  (void)state;
  assert_int_equal(PARSE(&t, "a,b\n\"\",\"\"\n\"\"\n"), 0);
  assert_int_equal(t.nrecords, 2);
  assert_cell(&t, 0, 0, "");
  assert_cell(&t, 0, 1, "");
  /* a line holding "" is one empty cell, not a blank line */
  assert_int_equal(t.record_line[1], 3);
  assert_cell(&t, 1, 0, "");
  assert_int_equal(t.nproblems, 1);
  assert_problem(&t, 0, CSV_RAGGED, 3, 0);
  csv_free(&t);
}


static void trailing_empty_cell(void **state) {
  CsvTable t;
  (void)state;
  assert_int_equal(PARSE(&t, "a,b,\nx,y,\nx,y,"), 0);
  assert_int_equal(t.ncols, 3);
  assert_header(&t, 2, "");
  assert_int_equal(t.nrecords, 2);
  assert_cell(&t, 0, 2, "");
  assert_cell(&t, 1, 1, "y");
  assert_cell(&t, 1, 2, "");  /* also at the end of the input */
  assert_int_equal(t.nproblems, 0);
  csv_free(&t);
}


static void ragged_short(void **state) {
  CsvTable t;
  (void)state;
  assert_int_equal(PARSE(&t, "a,b,c,d,e\n1,2,3\n4,5,6,7,8\n9\n"), 0);
  assert_int_equal(t.ncols, 5);
  assert_int_equal(t.nrecords, 3);
  assert_cell(&t, 0, 2, "3");
  assert_cell(&t, 0, 3, "");
  assert_cell(&t, 0, 4, "");
  assert_cell(&t, 1, 4, "8");
  assert_cell(&t, 2, 0, "9");
  assert_cell(&t, 2, 1, "");
  assert_int_equal(t.nproblems, 2);
  assert_problem(&t, 0, CSV_RAGGED, 2, 0);
  assert_string_equal(t.problems[0].what,
                      "the row has 3 cells, the header has 5: the last 2 columns are read as blank");
  assert_int_equal(t.problems[0].record, 0);
  assert_problem(&t, 1, CSV_RAGGED, 4, 0);
  assert_string_equal(t.problems[1].what,
                      "the row has 1 cell, the header has 5: the last 4 columns are read as blank");
  assert_int_equal(t.problems[1].record, 2);
  assert_int_equal(csv_record_len(&t, 0), 3);  /* stored as read, not padded */
  assert_int_equal(csv_record_len(&t, 1), 5);
  csv_free(&t);
}


static void ragged_long(void **state) {
  CsvTable t;
  (void)state;
  assert_int_equal(PARSE(&t, "a,b\n1,2,3,4\n5,6\n"), 0);
  assert_int_equal(t.ncols, 2);
  assert_int_equal(t.nrecords, 2);
  assert_cell(&t, 0, 0, "1");
  assert_cell(&t, 0, 1, "2");  /* 3 and 4 are dropped */
  assert_cell(&t, 1, 0, "5");  /* and do not shift the next record */
  assert_int_equal(t.record_line[1], 3);
  assert_int_equal(t.nproblems, 1);
  assert_problem(&t, 0, CSV_RAGGED, 2, 0);
  assert_string_equal(t.problems[0].what, "the row has 4 cells, the header has 2: cells 3 to 4 "
                      "are ignored (the first not blank: \"3\")");
  csv_free(&t);
  /* one extra cell, quoted in the sentence as written (escaped, cut when long) */
  assert_int_equal(PARSE(&t, "a,b\n1,2,\"x\"\"y\nz\"\n"), 0);
  assert_int_equal(t.nproblems, 1);
  assert_string_equal(t.problems[0].what, "the row has 3 cells, the header has 2: cell 3 is "
                      "ignored (\"x\\\"y\\nz\")");
  csv_free(&t);
}


static void trailing_blank_cells(void **state) {
  CsvTable t;
  (void)state;
  /* a trailing separator: the extra cells are blank, a different (milder) problem */
  assert_int_equal(PARSE(&t, "a,b\n1,2,\n3,4, ,\n5,6,,x\n"), 0);
  assert_int_equal(t.nrecords, 3);
  assert_int_equal(t.nproblems, 3);
  assert_problem(&t, 0, CSV_TRAILING, 2, 0);
  assert_string_equal(t.problems[0].what,
                      "the row has 3 cells, the header has 2: the extra cell is blank and ignored");
  assert_problem(&t, 1, CSV_TRAILING, 3, 0);
  assert_string_equal(t.problems[1].what,
                      "the row has 4 cells, the header has 2: the extra cells are blank and ignored");
  assert_problem(&t, 2, CSV_RAGGED, 4, 0);
  assert_string_equal(t.problems[2].what, "the row has 4 cells, the header has 2: cells 3 to 4 "
                      "are ignored (the first not blank: \"x\")");
  assert_cell(&t, 2, 1, "6");
  csv_free(&t);
}


static void blank_lines_skipped(void **state) {
  CsvTable t;
  (void)state;
  assert_int_equal(PARSE(&t, "\na,b\n\n1,2\r\n\r\n\n3,4\n\n\r\n"), 0);
  assert_int_equal(t.ncols, 2);
  assert_header(&t, 0, "a");
  assert_int_equal(t.nrecords, 2);
  assert_int_equal(t.record_line[0], 4);
  assert_int_equal(t.record_line[1], 7);
  assert_cell(&t, 1, 1, "4");
  assert_int_equal(t.nproblems, 0);
  csv_free(&t);
}


static void header_only(void **state) {
  CsvTable t;
  (void)state;
  assert_int_equal(PARSE(&t, "ma,ten\n"), 0);
  assert_int_equal(t.ncols, 2);
  assert_int_equal(t.nrecords, 0);
  assert_int_equal(t.nproblems, 0);
  assert_header(&t, 1, "ten");
  csv_free(&t);
  assert_int_equal(PARSE(&t, "ma,ten"), 0);
  assert_int_equal(t.ncols, 2);
  assert_int_equal(t.nrecords, 0);
  assert_header(&t, 1, "ten");
  csv_free(&t);
}


static void empty_file(void **state) {
  static const char *const inputs[] = { "", "\xEF\xBB\xBF", "\n\r\n\n" };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
    CsvTable t;
    assert_int_equal(csv_parse(inputs[i], strlen(inputs[i]), &t), -1);
    assert_int_equal(t.ncols, 0);
    assert_int_equal(t.nrecords, 0);
    assert_int_equal(t.nproblems, 1);
    assert_problem(&t, 0, CSV_EMPTY_FILE, 1, 0);
    assert_string_equal(t.problems[0].what, "file is empty: it has no header line");
    csv_free(&t);
  }
  {
    CsvTable t;
    assert_int_equal(csv_parse(NULL, 0, &t), -1);
    assert_int_equal(t.nproblems, 1);
    assert_problem(&t, 0, CSV_EMPTY_FILE, 1, 0);
    csv_free(&t);
  }
}


static void unterminated_quote(void **state) {
  CsvTable t;
  (void)state;
  /* the quote never closes: it is text, and the rest of the file is read */
  assert_int_equal(PARSE(&t, "a,b\n1,x\"y\n2,\"op\"\"en\n3,4\n5,\"\"\"\"\n"), 0);
  assert_int_equal(t.ncols, 2);
  assert_int_equal(t.nrecords, 4);
  assert_cell(&t, 0, 0, "1");
  assert_cell(&t, 1, 1, "\"op\"\"en");  /* as written: nothing was unescaped */
  assert_cell(&t, 2, 0, "3");
  assert_cell(&t, 2, 1, "4");
  assert_cell(&t, 3, 1, "\"");          /* later quoted cells still read */
  assert_int_equal(t.record_line[2], 4);
  assert_int_equal(t.nproblems, 2);
  assert_problem(&t, 0, CSV_STRAY_QUOTE, 2, 2);
  assert_problem(&t, 1, CSV_UNTERMINATED, 3, 2);
  assert_int_equal(t.problems[1].record, 1);
  assert_string_equal(t.problems[1].what, "a quote opens this cell and is never closed: the cell "
                      "is read up to the next separator or line end, quote included");
  csv_free(&t);
  /* in the header too; the cell ends at the comma */
  assert_int_equal(PARSE(&t, "\"a,b\n1,2\n"), 0);
  assert_int_equal(t.ncols, 2);
  assert_header(&t, 0, "\"a");
  assert_header(&t, 1, "b");
  assert_int_equal(t.nrecords, 1);
  assert_int_equal(t.nproblems, 1);
  assert_problem(&t, 0, CSV_UNTERMINATED, 1, 1);
  assert_int_equal(t.problems[0].record, CSV_NO_RECORD);
  csv_free(&t);
  /* a stray quote that a later quoted cell would close: followed by text, that later
     quote opens its own cell, and the rows in between are rows */
  assert_int_equal(PARSE(&t, "a,b\n1,\"Xa Mot\n2,Xa Hai\n3,\"Xa, Ba\"\n"), 0);
  assert_int_equal(t.nrecords, 3);
  assert_cell(&t, 0, 1, "\"Xa Mot");
  assert_cell(&t, 1, 1, "Xa Hai");
  assert_cell(&t, 2, 1, "Xa, Ba");
  assert_int_equal(t.nproblems, 1);
  assert_problem(&t, 0, CSV_UNTERMINATED, 2, 2);
  assert_string_equal(t.problems[0].what, "a quote opens this cell, and the quote that would "
                      "close it (line 4) is followed by text: the cell is read up to the next "
                      "separator or line end, quote included");
  csv_free(&t);
  /* a quoted cell over several lines, properly closed, is text */
  assert_int_equal(PARSE(&t, "a,b\n1,\"Xa Mot\r\n(cu)\"\n2,x\n"), 0);
  assert_cell(&t, 0, 1, "Xa Mot\r\n(cu)");
  assert_int_equal(t.nproblems, 0);
  csv_free(&t);
  /* a quote alone at the very end */
  assert_int_equal(PARSE(&t, "a,b\n1,\""), 0);
  assert_cell(&t, 0, 1, "\"");
  assert_problem(&t, 0, CSV_UNTERMINATED, 2, 2);
  csv_free(&t);
}


static void stray_quote_unquoted(void **state) {
  CsvTable t;
  (void)state;
  assert_int_equal(PARSE(&t, "a,b,c\n1,5\" pipe,3\n"), 0);
  assert_int_equal(t.nrecords, 1);
  assert_cell(&t, 0, 1, "5\" pipe");  /* kept as written */
  assert_cell(&t, 0, 2, "3");
  assert_int_equal(t.nproblems, 1);
  assert_problem(&t, 0, CSV_STRAY_QUOTE, 2, 2);
  csv_free(&t);
}


static void stray_quote_after_closing(void **state) {
  CsvTable t;
  (void)state;
  assert_int_equal(PARSE(&t, "a,b\n\"ab\"cd,x\n\"e\"\"f\" ,y\n"), 0);
  assert_int_equal(t.nrecords, 2);
  assert_cell(&t, 0, 0, "abcd");
  assert_cell(&t, 0, 1, "x");
  assert_cell(&t, 1, 0, "e\"f ");
  assert_cell(&t, 1, 1, "y");
  assert_int_equal(t.nproblems, 2);
  assert_problem(&t, 0, CSV_STRAY_QUOTE, 2, 1);
  assert_problem(&t, 1, CSV_STRAY_QUOTE, 3, 1);
  csv_free(&t);
}


static void bad_utf8_overlong(void **state) {
  CsvTable t;
  (void)state;
  /* C0 AF is an overlong '/', E0 80 AF another one, F0 80 80 AF a third */
  assert_int_equal(PARSE(&t, "a,b,c\nx,\xC0\xAF,ok\n\xE0\x80\xAF,\xF0\x80\x80\xAF,y\n"), 0);
  assert_int_equal(t.nrecords, 2);
  assert_cell(&t, 0, 1, "\xC0\xAF");  /* kept, only reported */
  assert_cell(&t, 0, 2, "ok");
  assert_int_equal(t.nproblems, 3);
  assert_problem(&t, 0, CSV_BAD_UTF8, 2, 2);
  assert_string_equal(t.problems[0].what, "cell is not valid UTF-8 (byte 1 is 0xC0)");
  assert_problem(&t, 1, CSV_BAD_UTF8, 3, 1);
  assert_problem(&t, 2, CSV_BAD_UTF8, 3, 2);
  csv_free(&t);
}


static void bad_utf8_truncated(void **state) {
  CsvTable t;
  (void)state;
  /* "Vi\xE1\xBB" is the start of "Việt" cut inside its ệ; a lone continuation byte */
  assert_int_equal(PARSE(&t, "a,b\nVi\xE1\xBB,\xBB\nok,\xE1\xBBt\n"), 0);
  assert_int_equal(t.nrecords, 2);
  assert_int_equal(t.nproblems, 3);
  assert_problem(&t, 0, CSV_BAD_UTF8, 2, 1);
  assert_string_equal(t.problems[0].what, "cell is not valid UTF-8 (byte 3 is 0xE1)");
  assert_problem(&t, 1, CSV_BAD_UTF8, 2, 2);
  assert_problem(&t, 2, CSV_BAD_UTF8, 3, 2);
  csv_free(&t);
}


static void bad_utf8_surrogate_and_range(void **state) {
  CsvTable t;
  (void)state;
  /* U+D800 and U+DFFF, U+110000, F5 and FF never start a sequence */
  assert_int_equal(PARSE(&t, "a\n\xED\xA0\x80\n\xED\xBF\xBF\n\xF4\x90\x80\x80\n\xF5\x80\x80\x80\n\xFF\n"), 0);
  assert_int_equal(t.nrecords, 5);
  assert_int_equal(t.nproblems, 5);
  assert_problem(&t, 0, CSV_BAD_UTF8, 2, 1);
  assert_problem(&t, 1, CSV_BAD_UTF8, 3, 1);
  assert_problem(&t, 2, CSV_BAD_UTF8, 4, 1);
  assert_problem(&t, 3, CSV_BAD_UTF8, 5, 1);
  assert_problem(&t, 4, CSV_BAD_UTF8, 6, 1);
  csv_free(&t);
  /* the edges that are valid: U+D7FF, U+E000, U+FFFF, U+10000, U+10FFFF, U+80, U+800 */
  assert_int_equal(PARSE(&t, "a\n\xED\x9F\xBF\xEE\x80\x80\xEF\xBF\xBF\xF0\x90\x80\x80"
                             "\xF4\x8F\xBF\xBF\xC2\x80\xE0\xA0\x80\n"), 0);
  assert_int_equal(t.nrecords, 1);
  assert_int_equal(t.nproblems, 0);
  assert_int_equal(csv_cell(&t, 0, 0)->len, 22);
  csv_free(&t);
}


static void nul_byte(void **state) {
  CsvTable t;
  (void)state;
  assert_int_equal(PARSE(&t, "a,b\n1\0002,x\n3,\"\000\"\n"), 0);
  assert_int_equal(t.nrecords, 2);
  assert_int_equal(csv_cell(&t, 0, 0)->len, 3);
  assert_memory_equal(csv_cell(&t, 0, 0)->s, "1\0002", 4);
  assert_cell(&t, 0, 1, "x");
  assert_int_equal(csv_cell(&t, 1, 1)->len, 1);
  assert_int_equal(t.nproblems, 2);
  assert_problem(&t, 0, CSV_NUL_BYTE, 2, 1);
  assert_string_equal(t.problems[0].what, "cell contains a NUL byte (byte 2)");
  assert_problem(&t, 1, CSV_NUL_BYTE, 3, 2);
  csv_free(&t);
}


static void header_bad_bytes(void **state) {
  CsvTable t;
  (void)state;
  /* reported, not fatal: the other columns are still read */
  assert_int_equal(PARSE(&t, "a,b\0,c\n1,2,3\n"), 0);
  assert_int_equal(t.ncols, 3);
  assert_int_equal(t.nrecords, 1);
  assert_cell(&t, 0, 2, "3");
  assert_int_equal(t.nproblems, 1);
  assert_problem(&t, 0, CSV_NUL_BYTE, 1, 2);
  assert_int_equal(t.problems[0].record, CSV_NO_RECORD);
  assert_string_equal(t.problems[0].what, "header cell contains a NUL byte (byte 2)");
  csv_free(&t);
  assert_int_equal(PARSE(&t, "a\"x,b,\xC3\x28\n1,2,3\n"), 0);
  assert_int_equal(t.nproblems, 2);
  assert_problem(&t, 0, CSV_STRAY_QUOTE, 1, 1);  /* not fatal, even in the header */
  assert_problem(&t, 1, CSV_BAD_UTF8, 1, 3);
  assert_string_equal(t.problems[1].what, "header cell is not valid UTF-8 (byte 1 is 0xC3)");
  csv_free(&t);
}


static void vietnamese_preserved(void **state) {
  static const char text[] =
      "t\xC3\xAAn_x\xC3\xA3,t\xE1\xBB\x89_l\xE1\xBB\x87\n"
      "\"X\xC3\xA3 \xC4\x90\xE1\xBB\x99\x63 L\xE1\xBA\xADp, Huy\xE1\xBB\x87n T\xC3\xA2n L\xE1\xBA\xA1\x63\","
      "\xC4\x91\xE1\xBA\xA1t 95%\n";
  static const char name[] =
      "X\xC3\xA3 \xC4\x90\xE1\xBB\x99\x63 L\xE1\xBA\xADp, Huy\xE1\xBB\x87n T\xC3\xA2n L\xE1\xBA\xA1\x63";
  CsvTable t;
  (void)state;
  assert_int_equal(PARSE(&t, text), 0);
  assert_int_equal(t.nproblems, 0);
  assert_header(&t, 0, "t\xC3\xAAn_x\xC3\xA3");            /* tên_xã */
  assert_header(&t, 1, "t\xE1\xBB\x89_l\xE1\xBB\x87");      /* tỉ_lệ */
  assert_int_equal(csv_cell(&t, 0, 0)->len, sizeof name - 1);
  assert_cell(&t, 0, 0, name);                              /* Xã Độc Lập, Huyện Tân Lạc */
  assert_cell(&t, 0, 1, "\xC4\x91\xE1\xBA\xA1t 95%");       /* đạt 95% */
  csv_free(&t);
}


static void cells_are_c_strings(void **state) {
  static const char text[] = "x,y\n\"1.5\",-2e3\n";
  CsvTable t;
  (void)state;
  assert_int_equal(PARSE(&t, text), 0);
  assert_true(strtod(csv_cell(&t, 0, 0)->s, NULL) == 1.5);
  assert_true(strtod(csv_cell(&t, 0, 1)->s, NULL) == -2000.0);
  assert_true(csv_cell(&t, 0, 0)->s >= t.buf);  /* slices of the table's copy */
  assert_string_equal(text, "x,y\n\"1.5\",-2e3\n");  /* the caller's data untouched */
  csv_free(&t);
}


static void problems_in_file_order(void **state) {
  CsvTable t;
  (void)state;
  /* a ragged record's problem (column 0) comes before those of its cells */
  assert_int_equal(PARSE(&t, "a,b,c\n\"x\ny\",\xFF\"z\nq,r,s\n"), 0);
  assert_int_equal(t.nrecords, 2);
  assert_int_equal(t.record_line[1], 4);
  assert_int_equal(t.nproblems, 3);
  assert_problem(&t, 0, CSV_RAGGED, 2, 0);
  assert_problem(&t, 1, CSV_STRAY_QUOTE, 3, 2);
  assert_problem(&t, 2, CSV_BAD_UTF8, 3, 2);  /* the line where that cell starts */
  csv_free(&t);
}


static void read_file_temp(void **state) {
  static const char text[] = "\xEF\xBB\xBFma,ten\r\n1,\"Tan\nLac\"\r\n2,Mai Chau";
  char path[] = "/tmp/test_csv_XXXXXX";
  CsvTable t;
  FILE *f;
  int fd;
  (void)state;
  fd = mkstemp(path);
  assert_true(fd >= 0);
  f = fdopen(fd, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(text, 1, sizeof text - 1, f), sizeof text - 1);
  assert_int_equal(fclose(f), 0);
  assert_int_equal(csv_read_file(path, &t), 0);
  unlink(path);
  assert_int_equal(t.ncols, 2);
  assert_int_equal(t.nrecords, 2);
  assert_int_equal(t.nproblems, 0);
  assert_header(&t, 0, "ma");
  assert_cell(&t, 0, 1, "Tan\nLac");
  assert_cell(&t, 1, 1, "Mai Chau");
  assert_int_equal(t.record_line[0], 2);
  assert_int_equal(t.record_line[1], 4);
  csv_free(&t);
}


static void read_file_missing(void **state) {
  CsvTable t;
  (void)state;
  memset(&t, 0xAB, sizeof t);  /* whatever was there before */
  errno = 0;
  assert_int_equal(csv_read_file("/nonexistent/dir/no-such-file.csv", &t), -1);
  assert_int_equal(errno, ENOENT);
  assert_int_equal(t.nproblems, 0);
  assert_null(t.problems);
  assert_null(t.buf);
  csv_free(&t);
}


static void free_twice(void **state) {
  CsvTable t, zero;
  (void)state;
  memset(&zero, 0, sizeof zero);
  memset(&t, 0, sizeof t);
  csv_free(&t);  /* a zeroed table */
  assert_int_equal(PARSE(&t, "a,b\n1,2\n3\n"), 0);
  assert_int_equal(t.nproblems, 1);
  csv_free(&t);
  assert_memory_equal(&t, &zero, sizeof t);
  csv_free(&t);
  assert_memory_equal(&t, &zero, sizeof t);
}


static void semicolon_separator(void **state) {
  CsvTable t;
  (void)state;
  /* the header has ';' and no ',': every record is read with ';' */
  assert_int_equal(PARSE(&t, "\xEF\xBB\xBF" "a;b;c\r\n1;\"x;y\";2,5\r\n"), 0);
  assert_int_equal(t.sep, ';');
  assert_int_equal(t.ncols, 3);
  assert_cell(&t, 0, 1, "x;y");
  assert_cell(&t, 0, 2, "2,5");  /* a decimal comma stays in its cell */
  assert_int_equal(t.nproblems, 1);
  assert_problem(&t, 0, CSV_SEMICOLON, 1, 0);
  assert_int_equal(t.problems[0].record, CSV_NO_RECORD);
  csv_free(&t);
  /* a comma in the header wins: ';' is then text */
  assert_int_equal(PARSE(&t, "a,b;c\n1,2;3\n"), 0);
  assert_int_equal(t.sep, ',');
  assert_int_equal(t.ncols, 2);
  assert_cell(&t, 0, 1, "2;3");
  assert_int_equal(t.nproblems, 0);
  csv_free(&t);
}


static void utf16_fatal(void **state) {
  CsvTable t;
  (void)state;
  assert_int_equal(PARSE(&t, "\xFF\xFEu\0n\0i\0t\0\n\0"), -1);
  assert_int_equal(t.ncols, 0);
  assert_int_equal(t.nproblems, 1);
  assert_problem(&t, 0, CSV_UTF16, 1, 0);
  assert_string_equal(t.problems[0].what,
                      "the file is UTF-16 (it starts with the bytes FF FE), not UTF-8");
  csv_free(&t);
}


static void wide_header_short_rows(void **state) {
  enum { COLS = 100000, ROWS = 50 };
  size_t len = 2 * COLS + 2 * ROWS, n = 0;
  char *text = malloc(len);
  CsvTable t;
  (void)state;
  assert_non_null(text);
  for (int c = 0; c < COLS; c++) { text[n++] = 'h'; text[n++] = c + 1 < COLS ? ',' : '\n'; }
  for (int r = 0; r < ROWS; r++) { text[n++] = 'x'; text[n++] = '\n'; }
  assert_int_equal(csv_parse(text, n, &t), 0);
  free(text);
  assert_int_equal(t.ncols, COLS);
  assert_int_equal(t.nrecords, ROWS);
  assert_int_equal(t.record_start[ROWS], ROWS);  /* one cell stored per record, not 100k */
  assert_cell(&t, ROWS - 1, 0, "x");
  assert_cell(&t, ROWS - 1, COLS - 1, "");
  assert_int_equal(t.nproblems, ROWS);
  csv_free(&t);
}


static void huge_cell(void **state) {
  enum { MB = 1 << 20 };
  char *text = malloc(MB + 16), want[128];
  CsvTable t;
  (void)state;
  assert_non_null(text);
  memcpy(text, "a\n1,\"", 5);
  memset(text + 5, 'z', MB);
  memcpy(text + 5 + MB, "\"\n", 2);
  assert_int_equal(csv_parse(text, 5 + MB + 2, &t), 0);
  free(text);
  assert_int_equal(csv_record_len(&t, 0), 1);
  assert_int_equal(t.nproblems, 1);  /* the 1 MB extra cell is quoted cut short */
  assert_problem(&t, 0, CSV_RAGGED, 2, 0);
  snprintf(want, sizeof want, "the row has 2 cells, the header has 1: cell 2 is ignored "
           "(\"%.44s\xE2\x80\xA6\")", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz");
  assert_string_equal(t.problems[0].what, want);
  csv_free(&t);
}


int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(simple_lf),
    cmocka_unit_test(crlf),
    cmocka_unit_test(mixed_line_ends),
    cmocka_unit_test(cr_line_ends),
    cmocka_unit_test(bom_skipped),
    cmocka_unit_test(no_final_newline),
    cmocka_unit_test(quoted_comma),
    cmocka_unit_test(quoted_newline),
    cmocka_unit_test(escaped_quotes),
    cmocka_unit_test(empty_cells),
    cmocka_unit_test(quoted_empty),
    cmocka_unit_test(trailing_empty_cell),
    cmocka_unit_test(ragged_short),
    cmocka_unit_test(ragged_long),
    cmocka_unit_test(blank_lines_skipped),
    cmocka_unit_test(header_only),
    cmocka_unit_test(empty_file),
    cmocka_unit_test(unterminated_quote),
    cmocka_unit_test(stray_quote_unquoted),
    cmocka_unit_test(stray_quote_after_closing),
    cmocka_unit_test(bad_utf8_overlong),
    cmocka_unit_test(bad_utf8_truncated),
    cmocka_unit_test(bad_utf8_surrogate_and_range),
    cmocka_unit_test(nul_byte),
    cmocka_unit_test(header_bad_bytes),
    cmocka_unit_test(vietnamese_preserved),
    cmocka_unit_test(cells_are_c_strings),
    cmocka_unit_test(problems_in_file_order),
    cmocka_unit_test(read_file_temp),
    cmocka_unit_test(read_file_missing),
    cmocka_unit_test(free_twice),
    cmocka_unit_test(trailing_blank_cells),
    cmocka_unit_test(semicolon_separator),
    cmocka_unit_test(utf16_fatal),
    cmocka_unit_test(wide_header_short_rows),
    cmocka_unit_test(huge_cell),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
