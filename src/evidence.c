/*
** evidence.c — the evidence register (see evidence.h).
*/
#include "evidence.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cell.h"
#include "csv.h"
#include "i18n.h"
#include "readfile.h"
#include "text.h"
#include "xlsx_read.h"

/* The register's columns by their headers (case-folded, NFC), English or Vietnamese. */
enum { COL_UNIT, COL_INDICATOR, COL_EVIDENCE, NCOLS };
static const char *const col_names[NCOLS][6] = {
  { "unit", "đơn vị", "don_vi", "ma_don_vi", "mã đơn vị", NULL },
  { "indicator", "chỉ tiêu", "tiêu chí", "chi_tieu", "tieu_chi", "mã chỉ tiêu" },
  { "evidence", "minh chứng", "tài liệu minh chứng", "tài liệu kiểm chứng", "minh_chung", NULL },
};

typedef struct Reader {
  const Model *m;
  const Dataset *ds;
  Evidence *ev;
  DiagList *dl;
  CsvTable t;
  int col[NCOLS];
  struct UnitRef { const char *id; int u; } *by_id;   /* the units, sorted by id */
} Reader;

static int by_unit_id(const void *a, const void *b) {
  const struct UnitRef *x = a, *y = b;
  int c = strcmp(x->id, y->id);
  return c ? c : x->u - y->u;
}

static int find_unit(const Reader *rd, const char *id) {
  int lo = 0, hi = rd->ds->nunits - 1, found = -1;
  while (lo <= hi) {                 /* the first unit with this id */
    int mid = lo + (hi - lo) / 2;
    int c = strcmp(rd->by_id[mid].id, id);
    if (c == 0) found = rd->by_id[mid].u;
    if (c >= 0) hi = mid - 1;
    else lo = mid + 1;
  }
  return found;
}

/* The table at path: a CSV file or a workbook's sheet. -1 with a finding when unreadable. */
static int read_table(const char *path, CsvTable *t, DiagList *dl) {
  memset(t, 0, sizeof *t);
  char *text = NULL;
  size_t len = 0;
  if (xlsx_read_is_workbook(path)) {
    XlsxSheet sheet = { 0 };
    XlsxReadOptions opt = { NULL, false };
    if (xlsx_read_sheet(path, &opt, &sheet, dl) != 0) { xlsx_sheet_free(&sheet); return -1; }
    text = sheet.csv, len = sheet.len;
    sheet.csv = NULL;
    xlsx_sheet_free(&sheet);
  } else if ((text = read_file(path, &len)) == NULL) {
    Diag *d = diag_add(dl, SEV_ERROR, path, 0, 0, "cannot read the evidence register: %s",
                       i18n_strerror(errno));
    diag_hint(dl, d, "check the path given to --evidence");
    return -1;
  }
  int rc = csv_parse(text, len, t);
  free(text);
  for (size_t i = 0; i < t->nproblems; i++)
    diag_add(dl, rc != 0 && i + 1 == t->nproblems ? SEV_ERROR : SEV_WARNING, path,
             (int)t->problems[i].line, (int)t->problems[i].column, "%s", t->problems[i].what);
  return rc;
}

/* The register's columns; -1 with a finding when one is missing. */
static int find_columns(Reader *rd, const char *path) {
  for (int c = 0; c < NCOLS; c++) rd->col[c] = -1;
  for (size_t j = 0; j < rd->t.ncols; j++) {
    const CsvCell *h = &rd->t.header[j];
    const char *s = h->s;
    size_t len = h->len;
    cell_trim(&s, &len);
    char *key = text_casefold(&rd->ev->arena, s, len);
    for (int c = 0; key && c < NCOLS; c++)
      for (int a = 0; a < 6 && col_names[c][a]; a++)
        if (rd->col[c] < 0 && strcmp(key, col_names[c][a]) == 0) rd->col[c] = (int)j;
  }
  for (int c = 0; c < NCOLS; c++) {
    if (rd->col[c] >= 0) continue;
    Diag *d = diag_add(rd->dl, SEV_ERROR, path, 1, 0, "the evidence register has no column \"%s\"",
                       col_names[c][0]);
    diag_hint(rd->dl, d, "its header is: unit,indicator,evidence (or đơn vị, chỉ tiêu, minh chứng)");
    return -1;
  }
  return 0;
}

/* Cell c of record r, trimmed and NFC (in the register's arena); "" when blank. */
static const char *cell_text(Reader *rd, size_t r, int c) {
  const CsvCell *cell = csv_cell(&rd->t, r, (size_t)c);
  const char *s = cell->s;
  size_t len = cell->len;
  cell_trim(&s, &len);
  char *t = text_nfc_n(&rd->ev->arena, s, len);
  return t ? t : "";
}

static int add_item(Evidence *ev, int u, int k, const char *text, size_t line) {
  if (ev->nitems == ev->cap) {
    int cap = ev->cap ? ev->cap * 2 : 64;
    EvidenceItem *v = realloc(ev->items, (size_t)cap * sizeof *v);
    if (v == NULL) return -1;
    ev->items = v, ev->cap = cap;
  }
  int *slot = &ev->first[(size_t)u * (size_t)ev->ninds + (size_t)k];
  while (*slot >= 0) slot = &ev->items[*slot].next;      /* in the register's order */
  ev->items[ev->nitems] = (EvidenceItem){ text, line, -1 };
  *slot = ev->nitems++;
  return 0;
}

/* One row: unit, indicator, document; a row that names nothing known is a finding. */
static int read_row(Reader *rd, size_t r) {
  const char *id = cell_text(rd, r, rd->col[COL_UNIT]);
  const char *code = cell_text(rd, r, rd->col[COL_INDICATOR]);
  const char *doc = cell_text(rd, r, rd->col[COL_EVIDENCE]);
  int line = (int)rd->t.record_line[r];
  if (!*id && !*code && !*doc) return 0;             /* a blank row */
  int u = find_unit(rd, id), k = model_find_indicator(rd->m, code);
  Diag *d = NULL;
  if (u < 0)
    d = diag_add(rd->dl, SEV_WARNING, rd->ev->path, line, rd->col[COL_UNIT] + 1,
                 "the evidence register names unit \"%s\", which is not in %s", id, rd->ds->path);
  else if (k < 0 || rd->m->inds[k].is_rule)
    d = diag_add(rd->dl, SEV_WARNING, rd->ev->path, line, rd->col[COL_INDICATOR] + 1,
                 "the evidence register names indicator \"%s\", which the decision does not have", code);
  else if (!*doc)
    d = diag_add(rd->dl, SEV_WARNING, rd->ev->path, line, rd->col[COL_EVIDENCE] + 1,
                 "the evidence register names no document for indicator %s", code);
  if (d) {
    diag_hint(rd->dl, d, "correct the row, or delete it");
    if (u >= 0) d->unit = arena_strdup(&rd->dl->arena, id);
    return 0;
  }
  return add_item(rd->ev, u, k, doc, (size_t)line);
}

int evidence_load(const char *path, const Model *m, const Dataset *ds, Evidence *ev, DiagList *dl) {
  memset(ev, 0, sizeof *ev);
  Reader rd = { m, ds, ev, dl, { 0 }, { -1, -1, -1 }, NULL };
  ev->path = arena_strdup(&ev->arena, path);
  ev->nunits = ds->nunits, ev->ninds = m->ninds;
  size_t cells = (size_t)ds->nunits * (size_t)m->ninds;
  ev->first = malloc((cells + 1) * sizeof *ev->first);
  rd.by_id = malloc(((size_t)ds->nunits + 1) * sizeof *rd.by_id);
  int rc = ev->first && rd.by_id && ev->path ? 0 : -1;
  if (rc == 0) {
    for (size_t i = 0; i < cells; i++) ev->first[i] = -1;
    for (int u = 0; u < ds->nunits; u++) rd.by_id[u] = (struct UnitRef){ ds->unit_ids[u], u };
    qsort(rd.by_id, (size_t)ds->nunits, sizeof *rd.by_id, by_unit_id);
    rc = read_table(path, &rd.t, dl);
  }
  if (rc == 0) rc = find_columns(&rd, path);
  for (size_t r = 0; rc == 0 && r < rd.t.nrecords; r++) rc = read_row(&rd, r);
  if (rc != 0 && !dl->nerrors) diag_add(dl, SEV_ERROR, path, 0, 0, "out of memory reading the evidence register");
  csv_free(&rd.t);
  free(rd.by_id);
  return rc;
}

bool evidence_required(const Model *m, const Results *r, int u, int k) {
  const Indicator *ind = &m->inds[k];
  if (ind->evidence == NULL || !*ind->evidence || ind->is_rule) return false;
  if (!ind->is_value) return true;
  if (m->ctx_kind == CTX_PERIODS) {                 /* the unit's year */
    int c = r->period ? r->period[u] : -1;
    return c >= 0 && ind->targets[c].assigned;
  }
  for (int c = 0; c < m->nctx; c++)                 /* any level or tier */
    if (ind->targets[c].assigned) return true;
  return false;
}

size_t evidence_list(const Evidence *ev, int u, int k, char *buf, size_t size) {
  size_t n = 0;
  if (size) buf[0] = '\0';
  if (ev == NULL || u < 0 || u >= ev->nunits || k < 0 || k >= ev->ninds) return 0;
  for (int i = ev->first[(size_t)u * (size_t)ev->ninds + (size_t)k]; i >= 0; i = ev->items[i].next) {
    int w = snprintf(buf + (n < size ? n : size), n < size ? size - n : 0, "%s%s", n ? "; " : "",
                     ev->items[i].text);
    if (w > 0) n += (size_t)w;
  }
  return n;
}

void evidence_findings(const Evidence *ev, const Model *m, const Dataset *ds, const Results *r,
                       DiagList *dl) {
  for (int u = 0; u < ds->nunits; u++) {
    char codes[512] = "";
    size_t at = 0;
    int missing = 0;
    for (int k = 0; k < m->ninds; k++) {
      if (!evidence_required(m, r, u, k) || ev->first[(size_t)u * (size_t)ev->ninds + (size_t)k] >= 0)
        continue;
      if (missing++ < 20 && at < sizeof codes)
        at += (size_t)snprintf(codes + at, sizeof codes - at, "%s%s", at ? ", " : "", m->inds[k].code);
    }
    if (missing == 0) continue;
    char msg[768];                     /* the count chooses the form: diag_add takes it whole */
    snprintf(msg, sizeof msg, P_("%d indicator that requires evidence has none in the register: %s%s",
                                 "%d indicators that require evidence have none in the register: %s%s",
                                 (unsigned long)missing),
             missing, codes, missing > 20 ? ", …" : "");
    Diag *d = diag_add(dl, SEV_WARNING, ev->path, 0, 0, "%s", msg);
    diag_hint(dl, d, "add one row per document to the register: unit, indicator, evidence "
              "(`tieuchi explain` shows what each indicator requires)");
    d->unit = arena_strdup(&dl->arena, ds->unit_ids[u]);
  }
}

void evidence_free(Evidence *ev) {
  free(ev->first);
  free(ev->items);
  arena_free(&ev->arena);
  memset(ev, 0, sizeof *ev);
}
