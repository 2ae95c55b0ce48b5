/*
** dataset.c — binding CSV columns to a model's inputs and reading typed cells.
**
** Nothing in a file stops the other units from being evaluated, and nothing is dropped
** without a finding (dataset.h). A cell is quoted in a finding escaped and cut short
** (text_excerpt), so that a 1 MB cell or binary bytes cannot flood or garble the
** output. Findings come in file order: what the CSV reader found, then the units (blank
** and repeated ids), the columns, and the cells.
*/
#include "dataset.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cell.h"
#include "comment_rows.h"
#include "i18n.h"
#include "readfile.h"
#include "text.h"
#include "xlsx_read.h"

/* Room for a cell quoted in a finding: the excerpt, its quotes, and its size when cut */
#define QUOTED 96
/* Columns reported one by one as ignored; the others are counted in one finding, so a
** sheet of 100k columns does not give 100k findings */
#define IGNORED_SHOWN 20

struct KeyRef { const char *key; int col; };

/* A data finding at (row, col) of the file, about a unit and a column. */
static Diag *data_finding(DiagList *dl, Severity sev, const Dataset *ds, size_t row, int col,
                          const char *unit, const char *fmt, const char *a, const char *b) {
  Diag *d = diag_add(dl, sev, ds->path, (int)row, col + 1, fmt, a ? a : "", b ? b : "");
  d->unit = unit ? arena_strdup(&dl->arena, unit) : NULL;
  d->column = col >= 0 && (size_t)col < ds->csv.ncols && ds->headers && ds->headers[col] &&
              ds->headers[col][0] ? arena_strdup(&dl->arena, ds->headers[col]) : NULL;
  return d;
}

/* s[0..len) in double quotes for a finding; cut short, it says how long it is. */
static const char *quoted(char *buf, size_t size, const char *s, size_t len) {
  char ex[QUOTED - 32];
  if (text_excerpt(ex, sizeof ex, s, len) == len) snprintf(buf, size, "\"%s\"", ex);
  else snprintf(buf, size, _("\"%s\" (%zu bytes)"), ex, len);
  return buf;
}

static bool blank(const CsvCell *c) {
  const char *s = c->s;
  size_t n = c->len;
  cell_trim(&s, &n);
  return n == 0;
}

/* A record whose cells are all blank (",,,," below a sheet's data) is not a unit. */
static bool blank_record(const CsvTable *t, size_t r) {
  for (size_t c = 0, n = csv_record_len(t, r); c < n; c++)
    if (!blank(csv_cell(t, r, c))) return false;
  return true;
}

/* A cell's text for people: without the spaces around it, NFC, bad bytes as \xHH. */
static const char *cell_text(Dataset *ds, const CsvCell *c) {
  const char *s = c->s;
  size_t n = c->len;
  cell_trim(&s, &n);
  return text_display(&ds->arena, s, n);
}

/* ------------------------------------------------------------ what the reader found */

/* The unit of CSV record r, or NULL when it is not one (skipped). */
static const char *unit_of_record(const Dataset *ds, size_t r) {
  size_t lo = 0, hi = (size_t)ds->nunits;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (ds->record[mid] < r) lo = mid + 1;
    else hi = mid;
  }
  return lo < (size_t)ds->nunits && ds->record[lo] == r ? ds->unit_ids[lo] : NULL;
}

static const char *csv_hint(const Dataset *ds, const CsvProblem *p) {
  switch (p->kind) {
    case CSV_RAGGED:
      return p->record < ds->csv.nrecords && csv_record_len(&ds->csv, p->record) < ds->csv.ncols
        ? _("every row needs one cell per column, blank ones too: where a separator is missing, "
          "the cells after it are in the wrong columns")
        : _("a comma inside a cell needs the cell in double quotes; otherwise the cells after "
          "the extra separator are in the wrong columns");
    case CSV_TRAILING:
      return _("a separator at the end of the row; if a cell was split in two instead, the "
             "cells after it are in the wrong columns");
    case CSV_BAD_UTF8:
      return _("save the file as UTF-8 (in a spreadsheet: CSV UTF-8); this one looks like "
             "Windows-1258 or another legacy encoding");
    case CSV_NUL_BYTE:
      return _("a NUL byte is not text: re-export the sheet as CSV UTF-8");
    case CSV_UNTERMINATED:
      return _("close the quote; a quote inside a quoted cell is written twice (\"\")");
    case CSV_SEMICOLON:
      return _("if its numbers use a decimal comma (12,5), run with --decimal-comma");
    case CSV_UTF16:
      return _("save it as CSV UTF-8 (in a spreadsheet: Save As, CSV UTF-8)");
    case CSV_STRAY_QUOTE: case CSV_EMPTY_FILE:
      break;
  }
  return NULL;
}

static Severity csv_severity(const CsvProblem *p) {
  switch (p->kind) {
    case CSV_RAGGED: case CSV_UNTERMINATED: case CSV_UTF16: case CSV_EMPTY_FILE:
      return SEV_ERROR;
    default:
      return SEV_WARNING;
  }
}

/* A problem in a header cell: the column then matches no input. */
static void header_problem(const Dataset *ds, DiagList *dl, const CsvProblem *p) {
  char q[QUOTED];
  const CsvCell *h = &ds->csv.header[p->column - 1];
  bool bytes = p->kind == CSV_BAD_UTF8 || p->kind == CSV_NUL_BYTE;
  Diag *d = bytes
    ? diag_add(dl, SEV_ERROR, ds->path, (int)p->line, (int)p->column,
               "%s: %s; the column matches no input and is ignored", quoted(q, sizeof q, h->s, h->len), p->what)
    : diag_add(dl, csv_severity(p), ds->path, (int)p->line, (int)p->column,
               "%s: %s", quoted(q, sizeof q, h->s, h->len), p->what);
  const char *hint = csv_hint(ds, p);
  if (hint) diag_hint(dl, d, "%s", hint);
}

/* A row of blanks is skipped like a blank line (see select_records), whatever its length:
** a short one's problem is no news. A long one's extra cells are not blank, or it would be
** CSV_TRAILING. */
static bool no_news(const Dataset *ds, const CsvProblem *p) {
  return (p->kind == CSV_TRAILING || (p->kind == CSV_RAGGED &&
          csv_record_len(&ds->csv, p->record) < ds->csv.ncols)) &&
         blank_record(&ds->csv, p->record);
}

/* One problem of the reader, with the unit, column and cell it concerns when known. */
static void report_csv_problem(const Dataset *ds, DiagList *dl, const CsvProblem *p) {
  bool in_header = p->record == CSV_NO_RECORD && p->column > 0;
  bool stored = p->record < ds->csv.nrecords;      /* not the record a fatal problem cut */
  if (in_header && ds->headers) { header_problem(ds, dl, p); return; }
  if (stored && no_news(ds, p)) return;
  const char *unit = stored && ds->record ? unit_of_record(ds, p->record) : NULL;
  Diag *d;
  if (p->column > 0 && p->column <= ds->csv.ncols && stored) {
    char q[QUOTED];
    const CsvCell *c = csv_cell(&ds->csv, p->record, p->column - 1);
    d = data_finding(dl, csv_severity(p), ds, p->line, (int)p->column - 1, unit, "%s: %s",
                     quoted(q, sizeof q, c->s, c->len), p->what);
  } else {
    d = data_finding(dl, csv_severity(p), ds, p->line, (int)p->column - 1, unit, "%s%s", p->what, NULL);
  }
  const char *hint = csv_hint(ds, p);
  if (hint) diag_hint(dl, d, "%s", hint);
}

static void report_csv_problems(const Dataset *ds, DiagList *dl) {
  for (size_t i = 0; i < ds->csv.nproblems; i++) report_csv_problem(ds, dl, &ds->csv.problems[i]);
}

/* ------------------------------------------------------------ header */

static int by_key(const void *a, const void *b) {
  const struct KeyRef *x = a, *y = b;
  int c = strcmp(x->key, y->key);
  return c ? c : x->col - y->col;
}

/* Columns with the same key: all but the first are repeated (same_as). */
static void index_keys(Dataset *ds) {
  size_t nc = ds->csv.ncols;
  ds->same_as = arena_alloc(&ds->arena, (nc + 1) * sizeof *ds->same_as);
  ds->by_key = arena_alloc(&ds->arena, (nc + 1) * sizeof *ds->by_key);
  if (ds->same_as == NULL || ds->by_key == NULL) return;
  ds->nkeys = 0;
  for (size_t c = 0; c < nc; c++) {
    ds->same_as[c] = -1;
    if (ds->keys[c]) ds->by_key[ds->nkeys++] = (struct KeyRef){ ds->keys[c], (int)c };
  }
  qsort(ds->by_key, ds->nkeys, sizeof *ds->by_key, by_key);   /* n log n: 100k columns */
  for (size_t i = 0; i < ds->nkeys; i++) {
    bool same = i > 0 && strcmp(ds->by_key[i].key, ds->by_key[i - 1].key) == 0;
    ds->same_as[ds->by_key[i].col] = same ? ds->same_as[ds->by_key[i - 1].col] : ds->by_key[i].col;
  }
}

/* Header names for people, and the keys inputs are matched by. */
static void read_header(Dataset *ds) {
  size_t nc = ds->csv.ncols;
  ds->headers = arena_alloc(&ds->arena, (nc + 1) * sizeof *ds->headers);
  ds->keys = arena_alloc(&ds->arena, (nc + 1) * sizeof *ds->keys);
  if (ds->headers == NULL || ds->keys == NULL) return;
  for (size_t c = 0; c < nc; c++) {
    const char *s = ds->csv.header[c].s;
    size_t len = ds->csv.header[c].len;
    cell_trim(&s, &len);
    ds->headers[c] = text_display(&ds->arena, s, len);
    if (ds->headers[c] == NULL) ds->headers[c] = "";
    ds->keys[c] = len > 0 ? text_casefold(&ds->arena, s, len) : NULL;
  }
  index_keys(ds);
}

/* The first column named `name` (ignoring case), or -1. */
static int first_column(Dataset *ds, const char *name) {
  const char *key = text_casefold(&ds->arena, name, strlen(name));
  size_t lo = 0, hi = ds->nkeys;
  if (key == NULL || ds->by_key == NULL) return -1;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (strcmp(ds->by_key[mid].key, key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < ds->nkeys && strcmp(ds->by_key[lo].key, key) == 0 ? ds->by_key[lo].col : -1;
}

/* ------------------------------------------------------------ units */

/*
** The special columns period, parent and level; and the records that are units: all
** but the blank ones, or with a `level` column and a level asked for, the rows of that level.
*/
static void select_records(Dataset *ds, const char *level) {
  ds->period_col = first_column(ds, "period");
  ds->parent_col = first_column(ds, "parent");
  ds->level_col = first_column(ds, "level");
  size_t n = ds->csv.nrecords;
  ds->record = arena_alloc(&ds->arena, (n + 1) * sizeof *ds->record);
  ds->nunits = 0;
  for (size_t r = 0; ds->record && r < n; r++) {
    if (blank_record(&ds->csv, r)) continue;
    if (level && ds->level_col >= 0) {
      const char *cell = cell_text(ds, csv_cell(&ds->csv, r, (size_t)ds->level_col));
      if (cell == NULL || !text_equal_fold(cell, level)) continue;
    }
    ds->record[ds->nunits++] = r;
  }
}

/* The text of column col (-1: none) in unit u's record, for people; "" without it. */
static const char *unit_cell(Dataset *ds, int u, int col) {
  const char *s = col >= 0 ? cell_text(ds, csv_cell(&ds->csv, ds->record[u], (size_t)col)) : "";
  return s ? s : "";
}

/* Units: ids, names, rows, periods, parents. */
static void read_units(Dataset *ds, int unit_col, int name_col) {
  size_t n = (size_t)ds->nunits + 1;
  ds->unit_ids = arena_alloc(&ds->arena, n * sizeof *ds->unit_ids);
  ds->names = arena_alloc(&ds->arena, n * sizeof *ds->names);
  ds->rows = arena_alloc(&ds->arena, n * sizeof *ds->rows);
  if (ds->period_col >= 0) ds->periods = arena_alloc(&ds->arena, n * sizeof *ds->periods);
  if (ds->parent_col >= 0) ds->parents = arena_alloc(&ds->arena, n * sizeof *ds->parents);
  if (!ds->unit_ids || !ds->names || !ds->rows) return;
  for (int u = 0; u < ds->nunits; u++) {
    ds->rows[u] = ds->csv.record_line[ds->record[u]];
    ds->unit_ids[u] = unit_cell(ds, u, unit_col);
    if (ds->unit_ids[u][0] == '\0')
      ds->unit_ids[u] = arena_printf(&ds->arena, "row %zu", ds->rows[u]);
    ds->names[u] = unit_cell(ds, u, name_col);
    if (ds->periods) ds->periods[u] = unit_cell(ds, u, ds->period_col);
    if (ds->parents) ds->parents[u] = unit_cell(ds, u, ds->parent_col);
  }
}

typedef struct IdRef { const char *id; int unit; } IdRef;

static int by_id(const void *a, const void *b) {
  const IdRef *x = a, *y = b;
  int c = strcmp(x->id, y->id);
  return c ? c : x->unit - y->unit;
}

/*
** Every unit whose id an earlier unit already has, reported in file order. Sorting
** keeps this O(n log n) for a national dataset.
*/
static void report_duplicate_ids(Dataset *ds, DiagList *dl, int unit_col) {
  int n = ds->nunits;
  IdRef *v = malloc(((size_t)n + 1) * sizeof *v);
  int *first = malloc(((size_t)n + 1) * sizeof *first);
  if (v == NULL || first == NULL) { free(v); free(first); return; }
  for (int u = 0; u < n; u++) v[u] = (IdRef){ ds->unit_ids[u], u };
  qsort(v, (size_t)n, sizeof *v, by_id);
  for (int i = 0; i < n; i++)
    first[v[i].unit] = i > 0 && strcmp(v[i].id, v[i - 1].id) == 0 ? first[v[i - 1].unit] : v[i].unit;
  for (int u = 0; u < n; u++) {
    if (first[u] == u) continue;
    char q[QUOTED];
    Diag *d = data_finding(dl, SEV_ERROR, ds, ds->rows[u], unit_col, ds->unit_ids[u],
                           "the unit id %s is used again (first on row %s)",
                           quoted(q, sizeof q, ds->unit_ids[u], strlen(ds->unit_ids[u])),
                           arena_printf(&dl->arena, "%zu", ds->rows[first[u]]));
    diag_hint(dl, d, "each unit needs its own id; both rows are evaluated");
  }
  free(v);
  free(first);
}

/* Blank and repeated unit ids. */
static void report_units(Dataset *ds, DiagList *dl, int unit_col) {
  for (int u = 0; unit_col >= 0 && u < ds->nunits; u++) {
    if (!blank(csv_cell(&ds->csv, ds->record[u], (size_t)unit_col))) continue;
    Diag *d = data_finding(dl, SEV_ERROR, ds, ds->rows[u], unit_col, ds->unit_ids[u],
                           "the unit id is blank%s%s", NULL, NULL);
    diag_hint(dl, d, "give every row a unit id; it is called \"%s\" in the results", ds->unit_ids[u]);
  }
  report_duplicate_ids(ds, dl, unit_col);
}

/* ------------------------------------------------------------ columns */

/* In a file of several levels, a column blank in every row of this level belongs to
** another level's decision: not worth a warning. */
static bool other_levels_column(const Dataset *ds, size_t c) {
  if (ds->level_col < 0 || (size_t)ds->nunits == ds->csv.nrecords) return false;
  for (int u = 0; u < ds->nunits; u++)
    if (csv_cell(&ds->csv, ds->record[u], c)->len > 0) return false;
  return true;
}

/* The first unit whose cell in column c is not blank, or -1. */
static int first_filled(const Dataset *ds, size_t c) {
  for (int u = 0; u < ds->nunits; u++)
    if (!blank(csv_cell(&ds->csv, ds->record[u], c))) return u;
  return -1;
}

/* Columns reported as ignored: the first IGNORED_SHOWN one by one, the others counted. */
typedef struct Ignored { int shown, more; } Ignored;

/* A column without a header: worth a finding only when a cell in it is not blank. */
static bool no_header_column(Dataset *ds, DiagList *dl, size_t c, bool quiet) {
  char q[QUOTED];
  int u = first_filled(ds, c);
  if (u < 0 || quiet) return u >= 0;
  const CsvCell *cell = csv_cell(&ds->csv, ds->record[u], c);
  Diag *d = data_finding(dl, SEV_WARNING, ds, 1, (int)c, NULL, "this column has no header: its "
                         "cells are ignored (row %s holds %s)",
                         arena_printf(&dl->arena, "%zu", ds->rows[u]),
                         quoted(q, sizeof q, cell->s, cell->len));
  diag_hint(dl, d, "name the column after the input it holds, or delete it");
  return true;
}

/* A second column for an input (or unit, name…): an error, since the data the user
** meant may be in it. Upper and lower case do not tell columns apart. */
static void repeated_column(Dataset *ds, DiagList *dl, size_t c) {
  char q[QUOTED];
  int p = ds->same_as[c];
  const char *also = arena_printf(&dl->arena, "%d", p + 1);
  Diag *d;
  if (strcmp(ds->headers[c], ds->headers[p]) == 0)
    d = data_finding(dl, SEV_ERROR, ds, 1, (int)c, NULL, "the column appears twice (also "
                     "column %s); this one is ignored%s", also, NULL);
  else
    d = data_finding(dl, SEV_ERROR, ds, 1, (int)c, NULL, "the column is the same as column %s "
                     "(%s): upper and lower case do not count; this one is ignored", also,
                     quoted(q, sizeof q, ds->headers[p], strlen(ds->headers[p])));
  diag_hint(dl, d, "keep one of them, with the right values");
}

static bool unknown_column(Dataset *ds, DiagList *dl, size_t c, bool quiet) {
  if (other_levels_column(ds, c)) return false;
  if (quiet) return true;
  Diag *d = data_finding(dl, SEV_WARNING, ds, 1, (int)c, NULL,
                         "is not an input of this decision; it is ignored%s%s", NULL, NULL);
  diag_hint(dl, d, "input columns are named after shared inputs (e.g. dan_so) or "
                   "<indicator>.<input> (e.g. 1.2.a); `tieuchi check` lists them");
  return true;
}

/* Column c, read for nothing, as a warning: one by one IGNORED_SHOWN times, then counted.
** A header the reader already reported (bad bytes) and a blank column are no news. */
static void ignored_column(Dataset *ds, DiagList *dl, size_t c, Ignored *ig) {
  bool quiet = ig->shown >= IGNORED_SHOWN, told;
  if (ds->headers[c][0] == '\0') told = no_header_column(ds, dl, c, quiet);
  else told = ds->keys[c] != NULL && unknown_column(ds, dl, c, quiet);
  if (told && quiet) ig->more++;
  else if (told) ig->shown++;
}

static void report_more_ignored(const Dataset *ds, DiagList *dl, const Ignored *ig) {
  if (ig->more == 0) return;
  Diag *d = diag_add(dl, SEV_WARNING, ds->path, 1, 0, "%d more columns are ignored (not inputs "
                     "of this decision, or without a header but not blank); only the first %d "
                     "are listed", ig->more, IGNORED_SHOWN);
  diag_hint(dl, d, "`tieuchi check` lists the inputs; delete the columns the decision does not use");
}

static void report_missing_column(const Dataset *ds, const Model *m, DiagList *dl, int i) {
  const Input *in = &m->inputs[i];
  const char *who = in->owner >= 0 ? m->inds[in->owner].code : NULL;
  Diag *d = who
    ? diag_add(dl, SEV_ERROR, ds->path, 1, 0, "the column \"%s\" is missing: indicator %s is "
               "missing data for every unit", in->name, who)
    : diag_add(dl, SEV_ERROR, ds->path, 1, 0, "the column \"%s\" is missing: the shared input %s is "
               "missing data for every unit", in->name, in->name);
  diag_hint(dl, d, "add a column \"%s\" (%s: %s)", in->name, input_type_name(in->type),
            in->label ? in->label : "");
}

static bool special_column(const Dataset *ds, int c, int unit_col, int name_col) {
  return c == unit_col || c == name_col || c == ds->period_col || c == ds->parent_col ||
         c == ds->level_col;
}

/* Which column feeds each input; missing and ignored columns are reported. */
static void bind_columns(Dataset *ds, const Model *m, DiagList *dl, int unit_col, int name_col) {
  ds->column = arena_alloc(&ds->arena, ((size_t)m->ninputs + 1) * sizeof *ds->column);
  bool *used = arena_alloc(&ds->arena, ds->csv.ncols + 1);
  if (ds->column == NULL || used == NULL) return;
  for (int i = 0; i < m->ninputs; i++) {
    int c = first_column(ds, m->inputs[i].name);
    ds->column[i] = c;
    if (c >= 0) used[c] = true;
    else if (model_input_aggregate(m, i, NULL) == NULL) report_missing_column(ds, m, dl, i);
    /* else a list may give it: lists.c reports it when the list is not given */
  }
  Ignored ig = { 0, 0 };
  for (size_t c = 0; c < ds->csv.ncols; c++) {
    int first = ds->same_as[c];
    if (used[c] || special_column(ds, (int)c, unit_col, name_col)) continue;
    if (first >= 0 && first != (int)c && (used[first] || special_column(ds, first, unit_col, name_col)))
      repeated_column(ds, dl, c);
    else
      ignored_column(ds, dl, c, &ig);
  }
  report_more_ignored(ds, dl, &ig);
  if (unit_col < 0) {
    Diag *d = diag_add(dl, SEV_ERROR, ds->path, 1, 0, "there is no \"unit\" column");
    diag_hint(dl, d, "the first columns must be unit (an id) and name; units are called "
              "\"row N\" meanwhile");
  }
  if (name_col < 0) {
    Diag *d = diag_add(dl, SEV_WARNING, ds->path, 1, 0, "there is no \"name\" column");
    diag_hint(dl, d, "add a name column with each unit's name");
  }
}

/* ------------------------------------------------------------ cells */

/* Every input cell of every unit, typed. */
static void read_cells(Dataset *ds, const Model *m, const DataOptions *opt, DiagList *dl) {
  size_t nu = (size_t)ds->nunits, cells = (size_t)m->ninputs * nu;
  ds->values = arena_alloc(&ds->arena, (cells + 1) * sizeof *ds->values);
  ds->state = arena_alloc(&ds->arena, cells + 1);
  if (ds->values == NULL || ds->state == NULL || ds->column == NULL) return;
  for (int i = 0; i < m->ninputs; i++) {
    const Input *in = &m->inputs[i];
    int c = ds->column[i];
    for (size_t u = 0; u < nu; u++) {
      size_t at = (size_t)i * nu + u;
      if (c < 0) { ds->state[at] = CELL_BLANK; continue; }
      const CsvCell *cell = csv_cell(&ds->csv, ds->record[u], (size_t)c);
      char why[256], q[QUOTED];
      CellStatus st = cell_parse(in, cell->s, cell->len, opt && opt->decimal_comma,
                                 &ds->values[at], why, sizeof why);
      ds->state[at] = (uint8_t)st;
      if (st != CELL_INVALID && st != CELL_SUSPECT) continue;
      Diag *d = data_finding(dl, st == CELL_INVALID ? SEV_ERROR : SEV_WARNING, ds, ds->rows[u], c,
                             ds->unit_ids[u], "%s: %s", quoted(q, sizeof q, cell->s, cell->len), why);
      if (st == CELL_INVALID)
        diag_hint(dl, d, "this cell is treated as missing data; correct it and run again");
      else
        diag_hint(dl, d, "the value is used as read; if it is wrong, correct it and run again");
    }
  }
}

/* ------------------------------------------------------------ the whole */

/* No unit at all: no row of data, or none of the level asked for. */
static void report_no_units(const Dataset *ds, const DataOptions *opt, DiagList *dl) {
  Diag *d;
  if (ds->nunits > 0) return;
  if (opt && opt->level && ds->level_col >= 0 && ds->csv.nrecords > 0) {
    d = diag_add(dl, SEV_ERROR, ds->path, 1, ds->level_col + 1, "no row has the level \"%s\" "
                 "in the level column", opt->level);
    diag_hint(dl, d, "the level column must say, for each row, the level of the decision that "
              "evaluates it (the script's decision { level = … })");
  } else {
    d = diag_add(dl, SEV_ERROR, ds->path, 1, 0, "the file has a header but no row of data: "
                 "there is no unit to evaluate");
    diag_hint(dl, d, "each unit is one row under the header line");
  }
}

int dataset_parse(const char *path, const char *data, size_t len, const Model *m,
                  const DataOptions *opt, Dataset *ds, DiagList *dl) {
  memset(ds, 0, sizeof *ds);
  ds->path = arena_strdup(&ds->arena, path);
  int rc = csv_parse(data, len, &ds->csv);
  comment_rows_drop(&ds->csv);                 /* rows starting with '#': comment_rows.h */
  if (rc != 0 || ds->csv.ncols == 0) {
    report_csv_problems(ds, dl);
    return -1;
  }
  ds->ninputs = m->ninputs;
  read_header(ds);
  if (ds->headers == NULL || ds->keys == NULL || ds->same_as == NULL) {
    diag_add(dl, SEV_ERROR, path, 0, 0, "out of memory reading the dataset");
    return -1;
  }
  int unit_col = first_column(ds, "unit"), name_col = first_column(ds, "name");
  select_records(ds, opt ? opt->level : NULL);
  read_units(ds, unit_col, name_col);
  report_csv_problems(ds, dl);
  report_no_units(ds, opt, dl);
  report_units(ds, dl, unit_col);
  bind_columns(ds, m, dl, unit_col, name_col);
  read_cells(ds, m, opt, dl);
  if (!ds->values || !ds->state || !ds->unit_ids || !ds->names || !ds->rows || !ds->column ||
      !ds->record) {
    diag_add(dl, SEV_ERROR, path, 0, 0, "out of memory reading the dataset");
    return -1;
  }
  return 0;
}

int dataset_load(const char *path, const Model *m, const DataOptions *opt, Dataset *ds,
                 DiagList *dl) {
  if (xlsx_read_is_workbook(path)) return xlsx_read_dataset(path, m, opt, ds, dl);   /* xlsx_read.h */
  size_t len;
  char *data = read_file(path, &len);
  if (data == NULL) {
    memset(ds, 0, sizeof *ds);
    Diag *d = diag_add(dl, SEV_ERROR, path, 0, 0, "cannot read the dataset: %s", i18n_strerror(errno));
    diag_hint(dl, d, "check the path");
    return -1;
  }
  int rc = dataset_parse(path, data, len, m, opt, ds, dl);
  free(data);
  return rc;
}

int dataset_find_unit(const Dataset *ds, const char *id) {
  for (int u = 0; id && u < ds->nunits; u++)
    if (strcmp(ds->unit_ids[u], id) == 0) return u;
  return -1;
}

void dataset_free(Dataset *ds) {
  csv_free(&ds->csv);
  arena_free(&ds->arena);
  memset(ds, 0, sizeof *ds);
}
