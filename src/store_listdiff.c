/*
** store_listdiff.c — what changed inside a list file between two stored runs (runs diff,
** store.h): the cells that changed, row by row, and the rows added or removed, so that an
** auditor sees "row 4 (unit CT-TU), column "Có máy tính làm việc": "Có" → "Không"" and not
** only the count it changed.
**
** A list may hold millions of rows, so the comparison is linear: the rows the two files
** share at their start and at their end are set aside; when the rows in between are as
** many on both sides they are compared cell by cell (a cell corrected), else they are the
** rows removed and the rows added (rows inserted or deleted). Columns are compared by
** position when both files have the same header, else only the header change is said.
** Comment rows (a form's "# …" rows) are dropped as the reader drops them.
*/
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "comment_rows.h"
#include "csv.h"
#include "diag.h"
#include "i18n.h"
#include "text.h"
#include "xlsx_read.h"

#define SHOWN 20         /* changed cells, and rows removed or added, shown at most */
#define CELL_SHOWN 160   /* bytes of a cell shown (text_excerpt: cut between characters) */
#define ROW_SHOWN 6      /* cells of a row added or removed shown */

void store_diff_list(FILE *out, const char *path_a, char *a, size_t na, const char *path_b,
                     char *b, size_t nb);

/* The list file's bytes (owned: xlsx_read_table) as a table, its comment rows dropped. */
static int table_of(const char *path, char *bytes, size_t len, CsvTable *t) {
  DiagList dl = { 0 };
  int rc = xlsx_read_table(path, bytes, len, false, t, &dl);
  diag_free(&dl);
  if (rc == 0) comment_rows_drop(t);
  return rc;
}

static bool same_cell(const CsvCell *x, const CsvCell *y) {
  return x->len == y->len && memcmp(x->s, y->s, x->len) == 0;
}

static bool same_record(const CsvTable *a, size_t ra, const CsvTable *b, size_t rb) {
  size_t n = csv_record_len(a, ra);
  if (n != csv_record_len(b, rb)) return false;
  for (size_t c = 0; c < n; c++)
    if (!same_cell(csv_cell(a, ra, c), csv_cell(b, rb, c))) return false;
  return true;
}

static bool same_header(const CsvTable *a, const CsvTable *b) {
  if (a->ncols != b->ncols) return false;
  for (size_t c = 0; c < a->ncols; c++)
    if (!same_cell(&a->header[c], &b->header[c])) return false;
  return true;
}

/* The column headed "unit" (spaces and case aside), or -1. */
static long unit_column(const CsvTable *t) {
  for (size_t c = 0; c < t->ncols; c++) {
    const char *s = t->header[c].s;
    while (*s == ' ') s++;
    bool unit = true;
    for (int i = 0; i < 4 && unit; i++) unit = s[i] == "unit"[i] || s[i] == "UNIT"[i];
    if (unit && strspn(s + 4, " ") == strlen(s + 4)) return (long)c;
  }
  return -1;
}

/* A cell in quotes, escaped and cut short (with its size) as findings show cells. */
static void quoted(FILE *out, const CsvCell *c) {
  char buf[CELL_SHOWN];
  size_t shown = text_excerpt(buf, sizeof buf, c->s, c->len);
  fprintf(out, "\"%s\"", buf);
  if (shown < c->len) fprintf(out, " (%zu bytes)", c->len);
}

/* "row 4 (unit CT-TU)" */
static void where(FILE *out, const CsvTable *t, size_t r) {
  long u = unit_column(t);
  const CsvCell *unit = u >= 0 ? csv_cell(t, r, (size_t)u) : NULL;
  if (unit && unit->len) fprintf(out, _("    row %zu (unit %s)"), t->record_line[r], unit->s);
  else fprintf(out, _("    row %zu"), t->record_line[r]);
}

/* The cells that changed in rows [a0, a0+n) of a against [b0, b0+n) of b. */
static size_t changed_cells(FILE *out, const CsvTable *a, size_t a0, const CsvTable *b, size_t b0,
                            size_t n, size_t shown) {
  size_t more = 0;
  for (size_t i = 0; i < n; i++)
    for (size_t c = 0; c < b->ncols; c++) {
      const CsvCell *x = csv_cell(a, a0 + i, c), *y = csv_cell(b, b0 + i, c);
      if (same_cell(x, y)) continue;
      if (shown == SHOWN) { more++; continue; }
      where(out, b, b0 + i);
      fprintf(out, _(", column \"%s\": "), b->header[c].s);
      quoted(out, x);
      fputs(" → ", out);
      quoted(out, y);
      fputc('\n', out);
      shown++;
    }
  return more;
}

/* A row as its first cells joined by ", ". */
static void row_text(FILE *out, const CsvTable *t, size_t r) {
  size_t n = csv_record_len(t, r);
  for (size_t c = 0; c < n && c < ROW_SHOWN; c++) {
    char buf[64];
    text_excerpt(buf, sizeof buf, csv_cell(t, r, c)->s, csv_cell(t, r, c)->len);
    fprintf(out, "%s%s", c ? ", " : "", buf);
  }
  if (n > ROW_SHOWN) fputs(", …", out);
}

/* Rows [r0, r0+n) of t, removed (from the first run's file) or added. */
static size_t rows_listed(FILE *out, const CsvTable *t, size_t r0, size_t n, bool removed) {
  for (size_t i = 0; i < n && i < SHOWN; i++) {
    where(out, t, r0 + i);
    fputs(removed ? _(", removed: ") : _(", added: "), out);
    row_text(out, t, r0 + i);
    fputc('\n', out);
  }
  return n > SHOWN ? n - SHOWN : 0;
}

void store_diff_list(FILE *out, const char *path_a, char *a, size_t na, const char *path_b,
                     char *b, size_t nb) {
  CsvTable ta, tb;
  int ra = table_of(path_a, a, na, &ta), rb = table_of(path_b, b, nb, &tb);
  if (ra != 0 || rb != 0) {
    fprintf(out, "%s\n", _("    (one of the two files cannot be read as a table)"));
  } else if (!same_header(&ta, &tb)) {
    fprintf(out, "%s\n", _("    the header changed: the columns are not compared row by row"));
  } else {
    size_t head = 0, tail = 0;
    while (head < ta.nrecords && head < tb.nrecords && same_record(&ta, head, &tb, head)) head++;
    while (tail < ta.nrecords - head && tail < tb.nrecords - head &&
           same_record(&ta, ta.nrecords - 1 - tail, &tb, tb.nrecords - 1 - tail))
      tail++;
    size_t ma = ta.nrecords - head - tail, mb = tb.nrecords - head - tail, more;
    if (ma == mb) more = changed_cells(out, &ta, head, &tb, head, ma, 0);
    else {
      fprintf(out, _("    rows: %zu → %zu\n"), ta.nrecords, tb.nrecords);
      more = rows_listed(out, &ta, head, ma, true) + rows_listed(out, &tb, head, mb, false);
    }
    if (more) fprintf(out, _("    … and %zu more\n"), more);
  }
  csv_free(&ta);
  csv_free(&tb);
}
