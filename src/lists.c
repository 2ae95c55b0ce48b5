/*
** lists.c — list tables read, checked and aggregated into a dataset's inputs (see lists.h).
**
** Built for a province's resident list (millions of rows): one pass types the columns the
** aggregates read, the rows are indexed by unit with a counting sort, keys are checked
** with a hash table, and every problem of the same kind is one finding that counts the
** rows and names the first few.
*/
#include "lists.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cell.h"
#include "comment_rows.h"
#include "hugepages.h"
#include "i18n.h"
#include "list_cond.h"
#include "readfile.h"
#include "text.h"
#include "xlsx_read.h"

#define ROWS_NAMED 5            /* rows named in a finding; the others are counted */
#define NO_ROW UINT32_MAX

/* Rows of one kind of problem, for one finding. */
typedef struct RowSet {
  size_t n;
  size_t line[ROWS_NAMED];
  const char *cell[ROWS_NAMED];
} RowSet;

static void rows_add(RowSet *rs, size_t line, const char *cell) {
  if (rs->n < ROWS_NAMED) {
    rs->line[rs->n] = line;
    rs->cell[rs->n] = cell;
  }
  rs->n++;
}

/* "5, 9, 17 …" or with the cells: "5 \"co\", 9 \"?\" …". */
static const char *rows_text(const RowSet *rs, char *buf, size_t size) {
  size_t len = 0;
  buf[0] = '\0';
  for (size_t i = 0; i < rs->n && i < ROWS_NAMED && len < size; i++) {
    char ex[48] = "";
    if (rs->cell[i]) text_excerpt(ex, sizeof ex, rs->cell[i], strlen(rs->cell[i]));
    int k = rs->cell[i] ? snprintf(buf + len, size - len, "%s%zu \"%s\"", i ? ", " : "", rs->line[i], ex)
                        : snprintf(buf + len, size - len, "%s%zu", i ? ", " : "", rs->line[i]);
    if (k > 0) len += (size_t)k;
  }
  if (rs->n > ROWS_NAMED && len + 4 < size) snprintf(buf + len, size - len, " …");
  return buf;
}

static const char *cell_of(const ListTable *t, uint32_t row, int c) {
  return c < 0 ? "" : csv_cell(&t->csv, row, (size_t)c)->s;
}

/* The cell trimmed, as [s, s + len). */
static void trimmed(const ListTable *t, uint32_t row, int c, const char **s, size_t *len) {
  const CsvCell *cell = csv_cell(&t->csv, row, (size_t)c);
  *s = cell->s;
  *len = cell->len;
  cell_trim(s, len);
}

/* ------------------------------------------------------------ files */

/* A fingerprint, not a checksum: it only tells the run archive whether a list file still
   holds the bytes read (it stores their SHA-256). FNV-1a's step over 8 bytes at a time,
   with a shift to mix the high bits down: a 250 MB list in a tenth of a second. */
static uint64_t hash_bytes(const char *s, size_t len) {
  uint64_t h = 1469598103934665603ULL ^ len;
  size_t i = 0;
  for (; i + 8 <= len; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    h = (h ^ w) * 1099511628211ULL;
    h ^= h >> 32;
  }
  for (; i < len; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
  return h;
}


static bool is_file(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* "<dataset stem>.<name>.csv" (or .xlsx) beside the dataset, when it exists. */
static const char *beside_dataset(Arena *a, const char *data, const char *name) {
  const char *slash = strrchr(data, '/');
  const char *dot = strrchr(slash ? slash : data, '.');
  int stem = dot ? (int)(dot - data) : (int)strlen(data);
  static const char *const exts[] = { "csv", "xlsx" };
  for (int e = 0; e < 2; e++) {
    const char *p = arena_printf(a, "%.*s.%s.%s", stem, data, name, exts[e]);
    if (p && is_file(p)) return p;
  }
  return NULL;
}

static int read_table(ListTable *t, const ListFile *mem, bool decimal_comma, DiagList *dl) {
  int rc;
  if (mem) {
    t->size = mem->len;
    t->fingerprint = hash_bytes(mem->text, mem->len);
    rc = csv_parse(mem->text, mem->len, &t->csv);
  } else {
    size_t len;
    char *raw = read_file(t->path, &len);
    if (raw == NULL) {
      Diag *d = diag_add(dl, SEV_ERROR, t->path, 0, 0, "cannot read list %s: %s", t->decl->name,
                         i18n_strerror(errno));
      diag_hint(dl, d, "check the path given with --list %s=FILE", t->decl->name);
      return -1;
    }
    t->size = len;
    t->fingerprint = hash_bytes(raw, len);       /* the run archive checks it is still the file */
    rc = xlsx_read_table(t->path, raw, len, decimal_comma, &t->csv, dl);   /* the same bytes */
    if (rc != 0 && t->csv.nproblems == 0) return -1;   /* a workbook unread: dl says why */
  }
  comment_rows_drop(&t->csv);
  for (size_t i = 0; i < t->csv.nproblems; i++) {      /* the reader's own, as for datasets */
    const CsvProblem *p = &t->csv.problems[i];
    bool fatal = p->kind == CSV_UTF16 || p->kind == CSV_EMPTY_FILE;
    diag_add(dl, fatal || p->kind == CSV_UNTERMINATED || p->kind == CSV_RAGGED ? SEV_ERROR : SEV_WARNING,
             t->path, (int)p->line, (int)p->column, "list %s: %s", t->decl->name, p->what);
  }
  if (rc != 0 || t->csv.ncols == 0) return -1;
  t->nrows = t->csv.nrecords;
  if (t->nrows >= NO_ROW) {
    diag_add(dl, SEV_ERROR, t->path, 0, 0, "list %s has more rows than tieuchi can read (%zu)",
             t->decl->name, t->nrows);
    return -1;
  }
  return 0;
}

/* ------------------------------------------------------------ header */

/* The header's column matching name or label (ignoring case, NFC/NFD), or -1. */
static int header_column(const ListTable *t, const char *const *keys, const char *name,
                         const char *label, Arena *a) {
  const char *kn = name ? text_casefold(a, name, strlen(name)) : NULL;
  const char *kl = label ? text_casefold(a, label, strlen(label)) : NULL;
  for (size_t c = 0; c < t->csv.ncols; c++)
    if (keys[c] && ((kn && strcmp(keys[c], kn) == 0) || (kl && strcmp(keys[c], kl) == 0)))
      return (int)c;
  return -1;
}

/* Which columns an aggregate reads: its condition's and the column it adds up. */
static void mark_read(const Node *n, bool *used) {
  if (n == NULL) return;
  if (n->tag == N_NAME && n->refkind == REF_INPUT && n->ref >= 0) used[n->ref] = true;
  for (int k = 0; k < n->nkids; k++) mark_read(n->kids[k], used);
}

static void agg_reads(const ListAgg *a, bool *used) {
  if (a->cond.has_score) mark_read(a->cond.score.result, used);
  if (a->kind == LIST_SUM && a->col >= 0) used[a->col] = true;
}

/* An aggregate is usable when every column it reads is in the file and each row has a
** unit (a unit column, or a dataset of one unit). used: room for the list's columns. */
static void mark_usable(ListTable *t, bool *used, int nunits, DiagList *dl) {
  const ListDecl *l = t->decl;
  for (int a = 0; a < l->naggs; a++) {
    memset(used, 0, (size_t)l->ncols + 1);
    agg_reads(&l->aggs[a], used);
    t->usable[a] = l->aggs[a].input >= 0;
    for (int c = 0; c < l->ncols; c++)
      if (used[c] && t->col[c] < 0) t->usable[a] = false;
  }
  if (t->unit_col < 0 && nunits > 1) {
    Diag *d = diag_add(dl, SEV_ERROR, t->path, 1, 0, "list %s has no unit column, and the dataset "
                       "has %d units: the rows cannot be given to a unit", l->name, nunits);
    diag_hint(dl, d, "add a column \"unit\" holding each row's unit, as in the dataset");
    for (int a = 0; a < l->naggs; a++) t->usable[a] = false;
  }
}

/* The header: each declared column found by name or label; a missing one is reported. */
static void bind_header(ListTable *t, int nunits, DiagList *dl) {
  const ListDecl *l = t->decl;
  size_t nc = t->csv.ncols;
  const char **keys = arena_alloc(&t->arena, (nc + 1) * sizeof *keys);
  t->headers = arena_alloc(&t->arena, (nc + 1) * sizeof *t->headers);
  t->col = arena_alloc(&t->arena, ((size_t)l->ncols + 1) * sizeof *t->col);
  t->usable = arena_alloc(&t->arena, ((size_t)l->naggs + 1) * sizeof *t->usable);
  bool *used = arena_alloc(&t->arena, (size_t)l->ncols + 1);
  if (!keys || !t->headers || !t->col || !t->usable || !used) return;
  for (size_t c = 0; c < nc; c++) {
    const char *s = t->csv.header[c].s;
    size_t len = t->csv.header[c].len;
    cell_trim(&s, &len);
    t->headers[c] = text_display(&t->arena, s, len);
    keys[c] = len ? text_casefold(&t->arena, s, len) : NULL;
  }
  t->unit_col = header_column(t, keys, "unit", NULL, &t->arena);
  for (int a = 0; a < l->naggs; a++) agg_reads(&l->aggs[a], used);
  for (int c = 0; c < l->ncols; c++) {
    t->col[c] = header_column(t, keys, l->cols[c].name, l->cols[c].label, &t->arena);
    if (t->col[c] >= 0) continue;
    Diag *d = diag_add(dl, used[c] ? SEV_ERROR : SEV_WARNING, t->path, 1, 0,
                       "list %s has no column %s (\"%s\")", l->name, l->cols[c].name,
                       l->cols[c].label ? l->cols[c].label : "");
    diag_hint(dl, d, used[c] ? N_("add the column: the inputs computed from it keep the dataset's figures until then")
                             : N_("add the column, headed with its name or its label"));
  }
  mark_usable(t, used, nunits, dl);
}

/* ------------------------------------------------------------ units */

typedef struct UnitRef { const char *id; int unit; } UnitRef;

static int by_unit_id(const void *a, const void *b) {
  return strcmp(((const UnitRef *)a)->id, ((const UnitRef *)b)->id);
}

static int find_unit(const UnitRef *ids, int n, const char *id) {
  int lo = 0, hi = n;
  while (lo < hi) {
    int mid = lo + (hi - lo) / 2;
    int c = strcmp(ids[mid].id, id);
    if (c == 0) return ids[mid].unit;
    if (c < 0) lo = mid + 1; else hi = mid;
  }
  return -1;
}

/* The dataset unit of each row; rows naming none or an unknown one are reported. */
static void assign_units(ListTable *t, const Dataset *ds, DiagList *dl) {
  t->unit = arena_alloc(&t->arena, (t->nrows + 1) * sizeof *t->unit);
  t->fate = arena_alloc(&t->arena, t->nrows + 1);
  UnitRef *ids = arena_alloc(&t->arena, ((size_t)ds->nunits + 1) * sizeof *ids);
  if (!t->unit || !t->fate || !ids) return;
  for (int u = 0; u < ds->nunits; u++) ids[u] = (UnitRef){ ds->unit_ids[u], u };
  qsort(ids, (size_t)ds->nunits, sizeof *ids, by_unit_id);
  RowSet none = { 0 }, unknown = { 0 };
  const char *last = NULL;
  size_t last_len = 0;
  int last_unit = -1;
  for (uint32_t r = 0; r < t->nrows; r++) {
    t->fate[r] = ROW_KEPT;
    if (t->unit_col < 0) { t->unit[r] = 0; continue; }
    const char *s;
    size_t len;
    trimmed(t, r, t->unit_col, &s, &len);
    if (len == 0) { t->fate[r] = ROW_NO_UNIT; t->unit[r] = -1; rows_add(&none, lists_row_line(t, r), NULL); continue; }
    if (last == NULL || len != last_len || memcmp(s, last, len) != 0) {
      /* lists come sorted by unit: each run of rows is looked up once */
      const char *nfc = text_display(&t->arena, s, len);
      last_unit = nfc ? find_unit(ids, ds->nunits, nfc) : -1;
      last = s;
      last_len = len;
    }
    t->unit[r] = last_unit;
    if (last_unit < 0) { t->fate[r] = ROW_UNKNOWN_UNIT; rows_add(&unknown, lists_row_line(t, r), cell_of(t, r, t->unit_col)); }
  }
  char buf[512], msg[1024];
  if (none.n) {
    snprintf(msg, sizeof msg, P_("list %s: %zu row has a blank unit (row %s): it is not counted",
                                 "list %s: %zu rows have a blank unit (rows %s): they are not counted",
                                 none.n), t->decl->name, none.n, rows_text(&none, buf, sizeof buf));
    Diag *d = diag_add(dl, SEV_WARNING, t->path, (int)none.line[0], t->unit_col + 1, "%s", msg);
    diag_hint(dl, d, "write each row's unit, as in the dataset");
  }
  if (unknown.n) {
    snprintf(msg, sizeof msg, P_("list %s: %zu row names a unit the dataset does not have (row %s): "
                                 "it is not counted",
                                 "list %s: %zu rows name a unit the dataset does not have (rows %s): "
                                 "they are not counted", unknown.n),
             t->decl->name, unknown.n, rows_text(&unknown, buf, sizeof buf));
    Diag *d = diag_add(dl, SEV_WARNING, t->path, (int)unknown.line[0], t->unit_col + 1, "%s", msg);
    diag_hint(dl, d, "correct the unit ids, or add the units to the dataset");
  }
}

/* ------------------------------------------------------------ keys */

/* A key repeated in the list (the whole list: a person in two communes is counted twice
** just as one listed twice in one) leaves the repeat out; a blank key is reported. */
static void check_keys(ListTable *t, DiagList *dl) {
  int kc = t->decl->key_col < 0 ? -1 : t->col[t->decl->key_col];
  bool per_unit = t->decl->key_per_unit;       /* STT, which each commune numbers from 1 */
  t->first = arena_alloc(&t->arena, (t->nrows + 1) * sizeof *t->first);
  if (kc < 0 || t->first == NULL) return;
  size_t cap = 16;
  while (cap < t->nrows * 2) cap *= 2;
  /* A slot holds a row and, above it, the high half of its key's hash: a probe reads
     another row's key (two cache misses in a list of hundreds of MB) only when the
     halves agree. Empty: NO_ROW. */
  uint64_t *slot = malloc(cap * sizeof *slot);
  if (slot == NULL) return;
  hugepages_advise(slot, cap * sizeof *slot);
  memset(slot, 0xff, cap * sizeof *slot);
  RowSet blank = { 0 }, repeated = { 0 };
  for (uint32_t r = 0; r < t->nrows; r++) {
    if (t->fate[r] != ROW_KEPT) continue;
    const char *s, *o;
    size_t len, olen;
    trimmed(t, r, kc, &s, &len);
    if (len == 0) { rows_add(&blank, lists_row_line(t, r), NULL); continue; }
    uint64_t h = hash_bytes(s, len), tag;
    if (per_unit) h = (h ^ (uint64_t)t->unit[r]) * 1099511628211ULL;   /* the unit's own keys */
    tag = h >> 32 << 32;
    size_t i = (size_t)h & (cap - 1);
    for (; (uint32_t)slot[i] != NO_ROW; i = (i + 1) & (cap - 1)) {
      if ((slot[i] & ~(uint64_t)UINT32_MAX) != tag) continue;
      if (per_unit && t->unit[(uint32_t)slot[i]] != t->unit[r]) continue;
      trimmed(t, (uint32_t)slot[i], kc, &o, &olen);
      if (olen == len && memcmp(o, s, len) == 0) break;
    }
    if ((uint32_t)slot[i] == NO_ROW) { slot[i] = tag | r; continue; }
    t->fate[r] = ROW_DUPLICATE;
    t->first[r] = (uint32_t)slot[i];
    rows_add(&repeated, lists_row_line(t, r), cell_of(t, r, kc));
  }
  free(slot);
  char buf[512], msg[1024];
  const char *key = t->headers[kc];             /* as the file heads it */
  if (repeated.n) {
    snprintf(msg, sizeof msg, P_("list %s: %zu row repeats a %s already listed (row %s): it is not "
                                 "counted",
                                 "list %s: %zu rows repeat a %s already listed (rows %s): they are not "
                                 "counted", repeated.n),
             t->decl->name, repeated.n, key, rows_text(&repeated, buf, sizeof buf));
    Diag *d = diag_add(dl, SEV_WARNING, t->path, (int)repeated.line[0], kc + 1, "%s", msg);
    diag_hint(dl, d, "each %s is listed once; remove the repeated rows or correct their %s", key, key);
  }
  if (blank.n) {
    snprintf(msg, sizeof msg, P_("list %s: %zu row has a blank %s (row %s): it cannot be checked for "
                                 "repeats",
                                 "list %s: %zu rows have a blank %s (rows %s): they cannot be checked "
                                 "for repeats", blank.n),
             t->decl->name, blank.n, key, rows_text(&blank, buf, sizeof buf));
    Diag *d = diag_add(dl, SEV_WARNING, t->path, (int)blank.line[0], kc + 1, "%s", msg);
    diag_hint(dl, d, "fill in the %s of every row", key);
  }
}

/* ------------------------------------------------------------ cells */

/* The findings of column c, from its cells as type_cells typed them: blank, invalid and
** suspect cells of rows that count towards a unit, per column. */
static void type_column(ListTable *t, int c, bool decimal_comma, DiagList *dl) {
  const Input *in = &t->decl->cols[c];
  RowSet blank = { 0 }, invalid = { 0 }, suspect = { 0 };
  char why[256] = "", first_why[256] = "";
  const uint8_t *state = &t->state[(size_t)c * t->nrows];
  for (uint32_t r = 0; r < t->nrows; r++) {
    CellStatus st = (CellStatus)state[r];
    if (st == CELL_OK || t->fate[r] != ROW_KEPT) continue;
    const CsvCell *cell = csv_cell(&t->csv, r, (size_t)t->col[c]);
    if (st == CELL_BLANK && in->type != IN_TEXT) rows_add(&blank, lists_row_line(t, r), NULL);
    if (st == CELL_INVALID && invalid.n == 0) {      /* read again for what it says */
      double v;
      cell_parse(in, cell->s, cell->len, decimal_comma, &v, why, sizeof why);
      snprintf(first_why, sizeof first_why, "%s", why);
    }
    if (st == CELL_INVALID) rows_add(&invalid, lists_row_line(t, r), cell->s);
    if (st == CELL_SUSPECT) rows_add(&suspect, lists_row_line(t, r), cell->s);
  }
  char buf[512], msg[1024];
  const char *name = t->decl->name, *col = t->headers[t->col[c]];
  if (invalid.n) {
    snprintf(msg, sizeof msg, P_("list %s, column %s: %zu cell cannot be read (row %s; %s): the row "
                                 "is not counted",
                                 "list %s, column %s: %zu cells cannot be read (rows %s; %s): those "
                                 "rows are not counted", invalid.n),
             name, col, invalid.n, rows_text(&invalid, buf, sizeof buf), first_why);
    Diag *d = diag_add(dl, SEV_ERROR, t->path, (int)invalid.line[0], t->col[c] + 1, "%s", msg);
    diag_hint(dl, d, "correct the cells and run again");
  }
  if (blank.n) {
    snprintf(msg, sizeof msg, P_("list %s, column %s: %zu blank cell (row %s): the row is not counted",
                                 "list %s, column %s: %zu blank cells (rows %s): those rows are not "
                                 "counted", blank.n),
             name, col, blank.n, rows_text(&blank, buf, sizeof buf));
    Diag *d = diag_add(dl, SEV_WARNING, t->path, (int)blank.line[0], t->col[c] + 1, "%s", msg);
    diag_hint(dl, d, in->type == IN_YESNO ? N_("write có or không in every row")
                                          : N_("fill in every row"));
  }
  if (suspect.n) {
    snprintf(msg, sizeof msg, P_("list %s, column %s: %zu unusual value (row %s): used as read",
                                 "list %s, column %s: %zu unusual values (rows %s): used as read",
                                 suspect.n), name, col, suspect.n, rows_text(&suspect, buf, sizeof buf));
    Diag *d = diag_add(dl, SEV_WARNING, t->path, (int)suspect.line[0], t->col[c] + 1, "%s", msg);
    diag_hint(dl, d, "check them against the source");
  }
}

static void type_cells(ListTable *t, bool decimal_comma, DiagList *dl) {
  const ListDecl *l = t->decl;
  size_t n = (size_t)l->ncols * t->nrows;
  bool *used = arena_alloc(&t->arena, (size_t)l->ncols + 1);
  t->values = malloc((n + 1) * sizeof *t->values);
  t->state = malloc(n + 1);
  if (!used || !t->values || !t->state) return;
  hugepages_advise(t->values, (n + 1) * sizeof *t->values);   /* each cell written once */
  hugepages_advise(t->state, n + 1);
  memset(t->state, CELL_BLANK, n + 1);
  for (int a = 0; a < l->naggs; a++) agg_reads(&l->aggs[a], used);
  int *cols = arena_alloc(&t->arena, ((size_t)l->ncols + 1) * sizeof *cols), ncols = 0;
  if (cols == NULL) { free(t->values); t->values = NULL; return; }
  for (int c = 0; c < l->ncols; c++)
    if (used[c] && t->col[c] >= 0) cols[ncols++] = c;
  /* Row by row: a row's cells lie together, so the list is walked once, not once a column. */
  char why[256];
  for (uint32_t r = 0; r < t->nrows; r++)
    for (int k = 0; k < ncols; k++) {
      size_t at = (size_t)cols[k] * t->nrows + r;
      const CsvCell *cell = csv_cell(&t->csv, r, (size_t)t->col[cols[k]]);
      t->state[at] = (uint8_t)cell_parse(&l->cols[cols[k]], cell->s, cell->len, decimal_comma,
                                         &t->values[at], why, sizeof why);
    }
  for (int k = 0; k < ncols; k++) type_column(t, cols[k], decimal_comma, dl);
}

/* ------------------------------------------------------------ by unit */

static void index_units(ListTable *t, int nunits) {
  t->unit_start = arena_alloc(&t->arena, ((size_t)nunits + 2) * sizeof *t->unit_start);
  t->unit_rows = malloc((t->nrows + 1) * sizeof *t->unit_rows);
  if (!t->unit_start || !t->unit_rows) return;
  hugepages_advise(t->unit_rows, (t->nrows + 1) * sizeof *t->unit_rows);
  for (uint32_t r = 0; r < t->nrows; r++)
    if (t->unit[r] >= 0 && (t->fate[r] == ROW_KEPT || t->fate[r] == ROW_DUPLICATE)) t->unit_start[t->unit[r] + 2]++;
  for (int u = 0; u < nunits; u++) t->unit_start[u + 2] += t->unit_start[u + 1];
  for (uint32_t r = 0; r < t->nrows; r++)          /* counting sort, file order kept */
    if (t->unit[r] >= 0 && (t->fate[r] == ROW_KEPT || t->fate[r] == ROW_DUPLICATE))
      t->unit_rows[t->unit_start[t->unit[r] + 1]++] = r;
}

/* ------------------------------------------------------------ aggregates */

static ListRow row_of(const ListTable *t, uint32_t r) {
  return (ListRow){ t->values, t->state, t->nrows, r };
}

/* Whether row r counts for aggregate a; *add gets what it adds (1, or the summed cell). */
static bool row_counts(const ListTable *t, const ListAgg *a, uint32_t r, double *add) {
  *add = 1;
  if (t->fate[r] != ROW_KEPT) return false;
  ListRow row = row_of(t, r);
  if (a->cond.has_score && list_cond_eval(a->cond.score.result, &row) != COND_TRUE) return false;
  if (a->kind == LIST_SUM) {
    uint8_t st = t->state[(size_t)a->col * t->nrows + r];
    if (st != CELL_OK && st != CELL_SUSPECT) return false;
    *add = t->values[(size_t)a->col * t->nrows + r];
  }
  return true;
}

static AggUnit aggregate_unit(const ListTable *t, const ListAgg *a, int u) {
  AggUnit au = { 0, 0, 0, AGG_FROM_LIST };
  double sum = 0;
  for (uint32_t i = t->unit_start[u]; i < t->unit_start[u + 1]; i++) {
    uint32_t r = t->unit_rows[i];
    double add;
    if (t->fate[r] == ROW_KEPT) au.rows++;
    if (row_counts(t, a, r, &add)) { au.counted++; sum += add; }
  }
  switch (a->kind) {
    case LIST_ROWS: au.value = au.rows; break;
    case LIST_WHERE: au.value = au.counted; break;
    case LIST_SUM: au.value = sum; break;
    case LIST_SHARE: au.value = au.rows ? (double)au.counted / au.rows : 0; break;
  }
  return au;
}

/* The unit's aggregate written into the dataset, or the dataset's own cell kept. */
static void give_input(ListTable *t, const ListAgg *a, int ai, Dataset *ds, int u, DiagList *dl) {
  AggUnit *au = &t->aggs[(size_t)ai * (size_t)ds->nunits + (size_t)u];
  size_t at = (size_t)a->input * (size_t)ds->nunits + (size_t)u;
  bool has_cell = ds->state[at] == CELL_OK || ds->state[at] == CELL_SUSPECT;
  bool has_rows = t->unit_start[u + 1] > t->unit_start[u];
  if (!has_rows && has_cell) { au->source = AGG_FROM_DATASET; return; }
  if (!has_rows) {
    au->source = AGG_NO_ROWS;
    au->value = 0;
    ds->state[at] = a->kind == LIST_SHARE ? CELL_BLANK : CELL_OK;
    ds->values[at] = 0;
    return;
  }
  if (has_cell && fabs(ds->values[at] - au->value) > 1e-9 * fmax(1, fabs(au->value))) {
    char x[64], y[64];
    bool pct = a->kind == LIST_SHARE;
    snprintf(x, sizeof x, pct ? "%.4g%%" : "%.15g", pct ? ds->values[at] * 100 : ds->values[at]);
    snprintf(y, sizeof y, pct ? "%.4g%%" : "%.15g", pct ? au->value * 100 : au->value);
    Diag *d = diag_add(dl, SEV_WARNING, ds->path, (int)ds->rows[u], ds->column[a->input] + 1,
                       "input %s: the dataset says %s, list %s gives %s: the list's figure is used",
                       a->input_name, x, t->decl->name, y);
    d->unit = arena_strdup(&dl->arena, ds->unit_ids[u]);
    diag_hint(dl, d, "correct the dataset or the list (%s) so that they agree", t->path);
  }
  ds->values[at] = au->value;
  ds->state[at] = au->rows == 0 && a->kind == LIST_SHARE ? CELL_BLANK : CELL_OK;
}

/* Units without rows and without a dataset figure: said once per list. */
static void report_empty_units(const ListTable *t, const Dataset *ds, DiagList *dl) {
  for (int u = 0; u < ds->nunits; u++) {
    bool empty = false;
    for (int a = 0; a < t->decl->naggs && !empty; a++)
      empty = t->usable[a] && t->aggs[(size_t)a * (size_t)ds->nunits + (size_t)u].source == AGG_NO_ROWS;
    if (!empty) continue;
    Diag *d = diag_add(dl, SEV_WARNING, t->path, 0, 0, "list %s has no row for unit %s, and the "
                       "dataset gives no figure: the unit has 0 rows", t->decl->name, ds->unit_ids[u]);
    d->unit = arena_strdup(&dl->arena, ds->unit_ids[u]);
    diag_hint(dl, d, "add the unit's rows to the list, or its figures to the dataset");
  }
}

static void aggregate_all(ListTable *t, Dataset *ds, DiagList *dl) {
  const ListDecl *l = t->decl;
  size_t nu = (size_t)ds->nunits;
  t->aggs = malloc(((size_t)l->naggs * nu + 1) * sizeof *t->aggs);
  if (t->aggs == NULL) return;
  for (int a = 0; a < l->naggs; a++) {
    for (int u = 0; u < ds->nunits; u++) {
      t->aggs[(size_t)a * nu + (size_t)u] = (AggUnit){ 0, 0, 0, AGG_FROM_DATASET };
      if (!t->usable[a]) continue;
      t->aggs[(size_t)a * nu + (size_t)u] = aggregate_unit(t, &l->aggs[a], u);
      give_input(t, &l->aggs[a], a, ds, u, dl);
    }
  }
  report_empty_units(t, ds, dl);
}

/* ------------------------------------------------------------ the whole */

static bool complete(const ListTable *t) {
  return t->headers && t->col && t->usable && t->unit && t->fate && t->first && t->values &&
         t->state && t->unit_start && t->unit_rows && t->aggs;
}

static int read_list(ListTable *t, const ListFile *mem, Dataset *ds, bool decimal_comma,
                     DiagList *dl) {
  if (read_table(t, mem, decimal_comma, dl) != 0) return 0;  /* reported; the dataset's figures stay */
  bind_header(t, ds->nunits, dl);
  if (t->col) assign_units(t, ds, dl);
  if (t->fate) check_keys(t, dl);
  if (t->first) type_cells(t, decimal_comma, dl);
  if (t->values && t->state) index_units(t, ds->nunits);
  if (t->unit_rows) aggregate_all(t, ds, dl);
  if (!complete(t)) {
    diag_add(dl, SEV_ERROR, t->path, 0, 0, "out of memory reading list %s", t->decl->name);
    return -1;
  }
  return 0;
}

/* What --list gives for list l, or NULL. */
static const ListFile *given_for(const ListDecl *l, const ListFile *given, int ngiven) {
  for (int g = 0; g < ngiven; g++)
    if (strcmp(given[g].name, l->name) == 0) return &given[g];
  return NULL;
}

/* The inputs of a list not given that the dataset has no column for either. */
static void report_not_given(const ListTable *t, const Model *m, const Dataset *ds, DiagList *dl) {
  for (int a = 0; a < t->decl->naggs; a++) {
    const ListAgg *ag = &t->decl->aggs[a];
    if (ag->input < 0 || ds->column[ag->input] >= 0) continue;
    Diag *d = diag_add(dl, SEV_ERROR, ds->path, 1, 0, "the column \"%s\" is missing and list %s, "
                       "which gives it, was not given: the input is missing for every unit",
                       ag->input_name, t->decl->name);
    diag_hint(dl, d, "give the list (%s.%s.csv beside the dataset, or --list %s=FILE), or add a "
              "column \"%s\" (%s)", "<dataset>", t->decl->name, t->decl->name, ag->input_name,
              input_type_name(m->inputs[ag->input].type));
  }
}

int lists_read(Lists *ls, const Model *m, Dataset *ds, const ListFile *given, int ngiven,
               bool decimal_comma, DiagList *dl) {
  memset(ls, 0, sizeof *ls);
  for (int g = 0; g < ngiven; g++)
    if (model_find_list(m, given[g].name) < 0) {
      Diag *d = diag_add(dl, SEV_ERROR, given[g].path, 0, 0, "--list %s: the script declares no list "
                         "named %s", given[g].name, given[g].name);
      diag_hint(dl, d, "the script's lists are declared with list \"name\" { … }");
      return -1;
    }
  if (m->nlists == 0) return 0;
  ls->t = calloc((size_t)m->nlists, sizeof *ls->t);
  if (ls->t == NULL) return -1;
  ls->n = m->nlists;
  ls->nunits = ds->nunits;
  int rc = 0;
  for (int i = 0; i < m->nlists; i++) {
    ListTable *t = &ls->t[i];
    t->decl = &m->lists[i];
    t->unit_col = -1;
    const ListFile *g = given_for(t->decl, given, ngiven);
    const ListFile *mem = g && g->text ? g : NULL;
    t->path = arena_strdup(&t->arena, g ? g->path : beside_dataset(&t->arena, ds->path, t->decl->name));
    t->origin = arena_printf(&t->arena, "list %s", t->decl->name);
    if (t->path && g && !mem && !is_file(t->path)) {
      Diag *d = diag_add(dl, SEV_ERROR, t->path, 0, 0, "cannot read list %s: %s", t->decl->name,
                         i18n_strerror(ENOENT));
      diag_hint(dl, d, "check the path given with --list %s=FILE", t->decl->name);
      rc = -1;
      t->path = NULL;
    }
    if (t->path && read_list(t, mem, ds, decimal_comma, dl) != 0) rc = -1;
    if (t->path && !complete(t)) t->path = NULL;           /* unreadable: as if not given */
    if (t->path == NULL) report_not_given(t, m, ds, dl);
  }
  ds->lists = ls;
  return rc;
}

uint64_t lists_fingerprint(const char *bytes, size_t len) {
  return hash_bytes(bytes, len);
}

void lists_free(Lists *ls) {
  for (int i = 0; i < ls->n; i++) {
    csv_free(&ls->t[i].csv);
    free(ls->t[i].values);
    free(ls->t[i].state);
    free(ls->t[i].unit_rows);
    free(ls->t[i].aggs);
    arena_free(&ls->t[i].arena);
  }
  free(ls->t);
  memset(ls, 0, sizeof *ls);
}

/* ------------------------------------------------------------ reading back */

const AggUnit *lists_origin(const Lists *ls, int input, int unit, const ListTable **t,
                            const ListAgg **a) {
  for (int i = 0; ls && i < ls->n; i++) {
    const ListTable *lt = &ls->t[i];
    if (lt->path == NULL) continue;
    for (int k = 0; k < lt->decl->naggs; k++) {
      if (lt->decl->aggs[k].input != input || !lt->usable[k]) continue;
      const AggUnit *au = &lt->aggs[(size_t)k * (size_t)ls->nunits + (size_t)unit];
      if (au->source == AGG_FROM_DATASET) return NULL;
      if (t) *t = lt;
      if (a) *a = &lt->decl->aggs[k];
      return au;
    }
  }
  return NULL;
}

size_t lists_row_line(const ListTable *t, uint32_t row) {
  return t->csv.record_line[row];
}

const char *lists_row_name(const ListTable *t, uint32_t row) {
  int c = t->decl->name_col;
  if (c < 0 || t->col[c] < 0) return "";
  return cell_of(t, row, t->col[c]);
}

typedef struct CellCtx { const ListTable *t; uint32_t row; } CellCtx;

static const char *row_cell(void *ctx, int c) {
  const CellCtx *cc = ctx;
  if (cc->t->col[c] < 0) return "";
  const char *s;
  size_t len;
  trimmed(cc->t, cc->row, cc->t->col[c], &s, &len);
  return len ? s : "";               /* the trimmed text is what people see; it ends the cell */
}

void lists_rows(const ListTable *t, const ListAgg *a, int unit, bool english, ListRowFn fn,
                void *ctx) {
  char why[512];
  /* the trace's texts are English whatever the language (docs/architecture.md) */
  const char *blank = english ? "(blank)" : _("(blank)");
  const char *same = english ? "the same %s as row %zu" : _("the same %s as row %zu");
  for (uint32_t i = t->unit_start[unit]; i < t->unit_start[unit + 1]; i++) {
    uint32_t r = t->unit_rows[i];
    double add;
    bool counted = row_counts(t, a, r, &add);
    why[0] = '\0';
    if (!counted && t->fate[r] == ROW_DUPLICATE) {
      snprintf(why, sizeof why, same, t->headers[t->col[t->decl->key_col]],
               lists_row_line(t, t->first[r]));
    } else if (!counted && a->cond.has_score) {
      ListRow row = row_of(t, r);
      CellCtx cc = { t, r };
      if (list_cond_eval(a->cond.score.result, &row) != COND_TRUE)
        list_cond_why(t->decl, a->cond.score.result, &row, row_cell, &cc, blank, why, sizeof why);
    }
    if (!counted && why[0] == '\0' && a->kind == LIST_SUM) {
      CellCtx cc = { t, r };
      const char *cell = row_cell(&cc, a->col);
      snprintf(why, sizeof why, "%s: %s", t->decl->cols[a->col].label ? t->decl->cols[a->col].label
               : t->decl->cols[a->col].name, cell[0] ? cell : blank);
    }
    if (!fn(ctx, r, counted, why)) return;
  }
}

const char *lists_agg_text(const ListAgg *a, char *buf, size_t size) {
  const char *cond = a->cond.has_score ? a->cond.score.text : NULL;
  switch (a->kind) {
    case LIST_ROWS: snprintf(buf, size, "count_rows()"); break;
    case LIST_WHERE: snprintf(buf, size, "count_where \"%s\"", cond ? cond : ""); break;
    case LIST_SHARE: snprintf(buf, size, "share_where \"%s\"", cond ? cond : ""); break;
    case LIST_SUM:
      if (cond) snprintf(buf, size, "sum_of(\"%s\", \"%s\")", a->column, cond);
      else snprintf(buf, size, "sum_of \"%s\"", a->column);
      break;
  }
  return buf;
}
