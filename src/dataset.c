/*
** dataset.c — binding CSV columns to a model's inputs and reading typed cells.
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

/* A data finding at (row, col) of the file, about a unit and a column. */
static Diag *data_finding(DiagList *dl, Severity sev, const Dataset *ds, size_t row, int col,
                          const char *unit, const char *fmt, const char *a, const char *b) {
  Diag *d = diag_add(dl, sev, ds->path, (int)row, col + 1, fmt, a ? a : "", b ? b : "");
  d->unit = unit ? arena_strdup(&dl->arena, unit) : NULL;
  d->column = col >= 0 && ds->headers && ds->headers[col]
                ? arena_strdup(&dl->arena, ds->headers[col]) : NULL;
  return d;
}

static void report_csv_problems(const Dataset *ds, DiagList *dl) {
  for (size_t i = 0; i < ds->csv.nproblems; i++) {
    const CsvProblem *p = &ds->csv.problems[i];
    bool fatal = p->kind == CSV_UNTERMINATED || p->kind == CSV_EMPTY_FILE;
    Diag *d = diag_add(dl, fatal || p->kind == CSV_RAGGED ? SEV_ERROR : SEV_WARNING, ds->path,
                       (int)p->line, (int)p->column, "%s", p->what);
    if (p->kind == CSV_RAGGED)
      diag_hint(dl, d, "a comma inside a cell needs the cell in double quotes");
    else if (p->kind == CSV_BAD_UTF8)
      diag_hint(dl, d, "save the file as UTF-8 (in a spreadsheet: CSV UTF-8)");
    else if (p->kind == CSV_UNTERMINATED)
      diag_hint(dl, d, "close the quote; a quote inside a quoted cell is written twice (\"\")");
  }
}

/* Header names in NFC, and the unit/name columns. Duplicate headers are reported. */
static void read_header(Dataset *ds, DiagList *dl, int *unit_col, int *name_col) {
  size_t nc = ds->csv.ncols;
  ds->headers = arena_alloc(&ds->arena, (nc + 1) * sizeof *ds->headers);
  *unit_col = *name_col = -1;
  for (size_t c = 0; c < nc; c++) {
    const CsvCell *h = &ds->csv.header[c];
    const char *s = h->s;
    size_t len = h->len;
    while (len > 0 && (*s == ' ' || *s == '\t')) { s++; len--; }
    while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t')) len--;
    ds->headers[c] = text_nfc_n(&ds->arena, s, len);
    if (ds->headers[c] == NULL) ds->headers[c] = arena_strndup(&ds->arena, s, len);
    for (size_t p = 0; p < c; p++) {
      if (ds->headers[c] && ds->headers[p] && strcmp(ds->headers[c], ds->headers[p]) == 0 &&
          ds->headers[c][0] != '\0') {
        Diag *d = data_finding(dl, SEV_ERROR, ds, 1, (int)c, NULL,
                               "the column \"%s\" appears twice (also column %s); this one is ignored",
                               ds->headers[c], arena_printf(&dl->arena, "%zu", p + 1));
        diag_hint(dl, d, "rename or remove one of them");
      }
    }
    if (strcmp(ds->headers[c], "unit") == 0 && *unit_col < 0) *unit_col = (int)c;
    if (strcmp(ds->headers[c], "name") == 0 && *name_col < 0) *name_col = (int)c;
  }
}

static int first_column(const Dataset *ds, const char *name) {
  for (size_t c = 0; c < ds->csv.ncols; c++)
    if (ds->headers[c] && strcmp(ds->headers[c], name) == 0) return (int)c;
  return -1;
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
    Diag *d = data_finding(dl, SEV_ERROR, ds, ds->rows[u], unit_col, ds->unit_ids[u],
                           "the unit id \"%s\" is used again (first on row %s)", ds->unit_ids[u],
                           arena_printf(&dl->arena, "%zu", ds->rows[first[u]]));
    diag_hint(dl, d, "each unit needs its own id; both rows are evaluated");
  }
  free(v);
  free(first);
}

/*
** The special columns period, parent and level; and the records that are units: all
** of them, or with a `level` column and a level asked for, the rows of that level.
*/
static void select_records(Dataset *ds, const char *level) {
  ds->period_col = first_column(ds, "period");
  ds->parent_col = first_column(ds, "parent");
  ds->level_col = first_column(ds, "level");
  size_t n = ds->csv.nrecords;
  ds->record = arena_alloc(&ds->arena, (n + 1) * sizeof *ds->record);
  ds->nunits = 0;
  for (size_t r = 0; ds->record && r < n; r++) {
    if (level && ds->level_col >= 0) {
      const char *cell = text_nfc(&ds->arena, csv_cell(&ds->csv, r, (size_t)ds->level_col)->s);
      if (cell == NULL || !text_equal_fold(cell, level)) continue;
    }
    ds->record[ds->nunits++] = r;
  }
}

/* Units: ids, names, rows; duplicate and blank ids reported. */
static void read_units(Dataset *ds, DiagList *dl, int unit_col, int name_col) {
  int n = ds->nunits;
  ds->unit_ids = arena_alloc(&ds->arena, ((size_t)n + 1) * sizeof *ds->unit_ids);
  ds->names = arena_alloc(&ds->arena, ((size_t)n + 1) * sizeof *ds->names);
  ds->rows = arena_alloc(&ds->arena, ((size_t)n + 1) * sizeof *ds->rows);
  if (ds->period_col >= 0) ds->periods = arena_alloc(&ds->arena, ((size_t)n + 1) * sizeof *ds->periods);
  if (ds->parent_col >= 0) ds->parents = arena_alloc(&ds->arena, ((size_t)n + 1) * sizeof *ds->parents);
  for (int u = 0; u < n; u++) {
    size_t rec = ds->record[u], row = ds->csv.record_line[rec];
    ds->rows[u] = row;
    const char *id = unit_col >= 0 ? csv_cell(&ds->csv, rec, (size_t)unit_col)->s : "";
    const char *nfc = text_nfc(&ds->arena, id);
    if (nfc == NULL || nfc[0] == '\0') {
      ds->unit_ids[u] = arena_printf(&ds->arena, "row %zu", row);
      if (unit_col >= 0) {
        Diag *d = data_finding(dl, SEV_ERROR, ds, row, unit_col, ds->unit_ids[u],
                               "the unit id is blank%s%s", NULL, NULL);
        diag_hint(dl, d, "give every row a unit id; it is called \"%s\" in the results", ds->unit_ids[u]);
      }
    } else {
      ds->unit_ids[u] = nfc;
    }
    ds->names[u] = name_col >= 0 ? text_nfc(&ds->arena, csv_cell(&ds->csv, rec, (size_t)name_col)->s) : "";
    if (ds->names[u] == NULL) ds->names[u] = "";
    if (ds->periods)
      ds->periods[u] = text_nfc(&ds->arena, csv_cell(&ds->csv, rec, (size_t)ds->period_col)->s);
    if (ds->parents) {
      ds->parents[u] = text_nfc(&ds->arena, csv_cell(&ds->csv, rec, (size_t)ds->parent_col)->s);
      if (ds->parents[u] == NULL) ds->parents[u] = "";
    }
  }
  report_duplicate_ids(ds, dl, unit_col);
}

/* In a file of several levels, a column blank in every row of this level belongs to
** another level's decision: not worth a warning. */
static bool other_levels_column(const Dataset *ds, size_t c) {
  if (ds->level_col < 0 || (size_t)ds->nunits == ds->csv.nrecords) return false;
  for (int u = 0; u < ds->nunits; u++)
    if (csv_cell(&ds->csv, ds->record[u], c)->len > 0) return false;
  return true;
}

/* Which column feeds each input; missing and unknown columns are reported. */
static void bind_columns(Dataset *ds, const Model *m, DiagList *dl, int unit_col, int name_col) {
  ds->column = arena_alloc(&ds->arena, ((size_t)m->ninputs + 1) * sizeof *ds->column);
  bool *used = arena_alloc(&ds->arena, ds->csv.ncols + 1);
  for (int i = 0; i < m->ninputs; i++) {
    const Input *in = &m->inputs[i];
    int c = first_column(ds, in->name);
    ds->column[i] = c;
    if (c >= 0) { used[c] = true; continue; }
    const char *who = in->owner >= 0 ? m->inds[in->owner].code : NULL;
    Diag *d = diag_add(dl, SEV_ERROR, ds->path, 1, 0, "the column \"%s\" is missing: %s%s is "
                       "missing data for every unit", in->name,
                       who ? "indicator " : "the shared input ", who ? who : in->name);
    diag_hint(dl, d, "add a column \"%s\" (%s: %s)", in->name, input_type_name(in->type),
              in->label ? in->label : "");
  }
  for (size_t c = 0; c < ds->csv.ncols; c++) {
    if (used[c] || (int)c == unit_col || (int)c == name_col || ds->headers[c][0] == '\0' ||
        (int)c == ds->period_col || (int)c == ds->parent_col || (int)c == ds->level_col)
      continue;
    if (first_column(ds, ds->headers[c]) != (int)c) continue;      /* duplicate: reported */
    if (other_levels_column(ds, c)) continue;
    Diag *d = data_finding(dl, SEV_WARNING, ds, 1, (int)c, NULL,
                           "is not an input of this decision; it is ignored%s%s", NULL, NULL);
    diag_hint(dl, d, "input columns are named after shared inputs (e.g. dan_so) or "
              "<indicator>.<input> (e.g. 1.2.a); `tieuchi check` lists them");
  }
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

/* Every input cell of every unit, typed. */
static void read_cells(Dataset *ds, const Model *m, const DataOptions *opt, DiagList *dl) {
  size_t nu = (size_t)ds->nunits, cells = (size_t)m->ninputs * nu;
  ds->values = arena_alloc(&ds->arena, (cells + 1) * sizeof *ds->values);
  ds->state = arena_alloc(&ds->arena, cells + 1);
  for (int i = 0; i < m->ninputs; i++) {
    const Input *in = &m->inputs[i];
    int c = ds->column[i];
    for (size_t u = 0; u < nu; u++) {
      size_t at = (size_t)i * nu + u;
      if (c < 0) { ds->state[at] = CELL_BLANK; continue; }
      const CsvCell *cell = csv_cell(&ds->csv, ds->record[u], (size_t)c);
      char why[256];
      CellStatus st = cell_parse(in, cell->s, cell->len, opt && opt->decimal_comma,
                                 &ds->values[at], why, sizeof why);
      ds->state[at] = (uint8_t)st;
      if (st != CELL_INVALID && st != CELL_SUSPECT) continue;
      Diag *d = data_finding(dl, st == CELL_INVALID ? SEV_ERROR : SEV_WARNING, ds, ds->rows[u], c,
                             ds->unit_ids[u], "\"%s\": %s", cell->s, why);
      if (st == CELL_INVALID)
        diag_hint(dl, d, "this cell is treated as missing data; correct it and run again");
    }
  }
}

int dataset_parse(const char *path, const char *data, size_t len, const Model *m,
                  const DataOptions *opt, Dataset *ds, DiagList *dl) {
  memset(ds, 0, sizeof *ds);
  ds->path = arena_strdup(&ds->arena, path);
  int rc = csv_parse(data, len, &ds->csv);
  comment_rows_drop(&ds->csv);                 /* rows starting with '#': comment_rows.h */
  report_csv_problems(ds, dl);
  if (rc != 0 || ds->csv.ncols == 0) return -1;
  int unit_col, name_col;
  ds->ninputs = m->ninputs;
  read_header(ds, dl, &unit_col, &name_col);
  select_records(ds, opt ? opt->level : NULL);
  if (ds->nunits == 0 && ds->csv.nrecords > 0) {
    Diag *d = diag_add(dl, SEV_ERROR, path, 1, ds->level_col + 1, "no row has the level \"%s\" "
                       "in the level column", opt->level);
    diag_hint(dl, d, "the level column must say, for each row, the level of the decision that "
              "evaluates it (the script's decision { level = … })");
  }
  read_units(ds, dl, unit_col, name_col);
  bind_columns(ds, m, dl, unit_col, name_col);
  read_cells(ds, m, opt, dl);
  if (!ds->values || !ds->state || !ds->unit_ids || !ds->column || !ds->record) {
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

void dataset_free(Dataset *ds) {
  csv_free(&ds->csv);
  arena_free(&ds->arena);
  memset(ds, 0, sizeof *ds);
}
