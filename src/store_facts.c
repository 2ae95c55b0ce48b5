/*
** store_facts.c — an evaluation flattened into the archive's tables `inputs` and
** `outcomes` (store_schema.c): each cell every indicator read, each indicator's result,
** each of the unit's own results (the columns of `run --format csv`). runs diff and
** replay compare these rows. Nothing here depends on the language of messages.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cell.h"
#include "csv.h"
#include "derive.h"
#include "evidence.h"
#include "fmt.h"
#include "results_out.h"
#include "store.h"

int store_facts(sqlite3 *db, const char *schema, long long run, Session *s);

typedef struct Facts {
  sqlite3 *db;
  sqlite3_stmt *input, *outcome;
  long long run;
  int u, k;
  const char *unit, *indicator;
  int nfield;
  int failed;
} Facts;

static const char *state_name(const InputOrigin *o) {
  static const char *const names[] = { "ok", "blank", "invalid", "suspect" };
  if (o->column == NULL) return "no column";
  return o->state >= 0 && o->state < 4 ? names[o->state] : "?";
}

static void bind_where(Facts *f, sqlite3_stmt *st) {
  sqlite3_reset(st);
  sqlite3_bind_int64(st, 1, f->run);
  sqlite3_bind_int(st, 2, f->u);
  sqlite3_bind_text(st, 3, f->unit, -1, SQLITE_STATIC);
  sqlite3_bind_int(st, 4, f->k);
  sqlite3_bind_text(st, 5, f->indicator, -1, SQLITE_STATIC);
}

static void done(Facts *f, sqlite3_stmt *st) {
  if (sqlite3_step(st) != SQLITE_DONE) f->failed = 1;
}

static void outcome(Facts *f, const char *field, const char *value) {
  bind_where(f, f->outcome);
  sqlite3_bind_int(f->outcome, 6, f->nfield++);
  sqlite3_bind_text(f->outcome, 7, field, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(f->outcome, 8, value, -1, SQLITE_TRANSIENT);
  done(f, f->outcome);
}

/* A value as JSON writes it: 12.5, true, "opt", null. */
static void value_text(char *buf, size_t size, const Model *m, Value v) {
  char *text = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&text, &len);
  buf[0] = '\0';
  if (out == NULL) return;
  json_value(out, m, v, -1);
  fclose(out);
  snprintf(buf, size, "%s", text ? text : "");
  free(text);
}

static void inputs(Facts *f, const Session *s, int u, int k) {
  const Model *m = &s->model;
  const Indicator *ind = &m->inds[k];
  InputRef *refs = malloc(((size_t)ind->nbinds + (size_t)ind->prog.ncode + 1) * sizeof *refs);
  int n = refs ? derive_inputs(m, k, refs) : 0;
  if (refs == NULL) f->failed = 1;
  for (int i = 0; i < n; i++) {
    InputOrigin o;
    derive_input(&s->data, m, u, refs[i].input, &o);
    bind_where(f, f->input);
    sqlite3_bind_text(f->input, 6, refs[i].name, -1, SQLITE_STATIC);
    if (o.column) sqlite3_bind_text(f->input, 7, o.column, -1, SQLITE_STATIC);
    else sqlite3_bind_null(f->input, 7);
    sqlite3_bind_int64(f->input, 8, (sqlite3_int64)o.row);
    sqlite3_bind_int(f->input, 9, o.col);
    sqlite3_bind_text(f->input, 10, o.cell ? o.cell : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(f->input, 11, state_name(&o), -1, SQLITE_STATIC);
    done(f, f->input);
  }
  free(refs);
}

static void indicator_results(Facts *f, const Session *s, int u, int k) {
  static const char *const status[] = { "ok", "clamped", "missing", "undefined" };
  const Model *m = &s->model;
  const Indicator *ind = &m->inds[k];
  const Score *sc = results_score(&s->results, u, k);
  char buf[256], raw[64], field[128];
  if (ind->is_value) {
    value_text(buf, sizeof buf, m, eval_value(m, &s->results, u, k));
    outcome(f, "value", buf);
    for (int c = 0; ind->targets && c < m->nctx; c++) {
      if (!ind->targets[c].assigned) continue;
      value_text(buf, sizeof buf, m, *results_met(&s->results, u, k, c));
      snprintf(field, sizeof field, "met %s", m->ctxs[c].code);
      outcome(f, field, buf);
    }
    return;
  }
  if (sc->status == S_OK) fmt_exact(buf, sizeof buf, sc->value);
  else if (sc->status == S_CLAMPED) {
    fmt_exact(buf, sizeof buf, sc->value);
    fmt_exact(raw, sizeof raw, sc->raw);
    size_t n = strlen(buf);
    snprintf(buf + n, sizeof buf - n, " (clamped from %s)", raw);
  } else snprintf(buf, sizeof buf, "%s", sc->status < 4 ? status[sc->status] : "?");
  outcome(f, "score", buf);
  if (sc->substituted) outcome(f, "substituted", "true");
}

/* With an evidence register (run --evidence), the documents unit u provided for an
   indicator that requires some, or "missing": runs diff names what was added or removed. */
static void indicator_evidence(Facts *f, const Session *s, int u, int k) {
  const Results *r = &s->results;
  if (r->evidence == NULL || !evidence_required(&s->model, r, u, k)) return;
  char buf[4096];
  outcome(f, "evidence", evidence_list(r->evidence, u, k, buf, sizeof buf) ? buf : "missing");
}

/* The unit's own results: the columns of `run --format csv` but the unit's id. */
static void unit_results(Facts *f, const Session *s, const char **keys) {
  char *text = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&text, &len);
  if (out == NULL) { f->failed = 1; return; }
  results_csv(out, &s->model, &s->data, &s->results);
  fclose(out);
  CsvTable t;
  memset(&t, 0, sizeof t);
  if (csv_parse(text, len, &t) == 0) {
    f->k = -1;
    f->indicator = "";
    for (size_t r = 0; r < t.nrecords && (int)r < s->results.nunits; r++) {
      f->u = (int)r;
      f->unit = keys[r];
      f->nfield = 0;
      for (size_t c = 1; c < t.ncols; c++) {
        char field[256];
        snprintf(field, sizeof field, "%s", t.header[c].s);
        for (int g = 0; g < s->model.ngroups; g++)   /* a group's points: "group 3" */
          if (strcmp(t.header[c].s, s->model.groups[g].code) == 0)
            snprintf(field, sizeof field, "group %s", t.header[c].s);
        outcome(f, field, csv_cell(&t, r, c)->s);
      }
    }
  } else f->failed = 1;
  csv_free(&t);
  free(text);
}

/* Unit ids as keys: a repeated id is told apart by its occurrence, "X01 (2)". */
static const char **unit_keys(const Session *s, Arena *a) {
  int n = s->results.nunits;
  const char **keys = calloc((size_t)n + 1, sizeof *keys);
  for (int u = 0; keys && u < n; u++) {
    int seen = 1;
    for (int v = 0; v < u; v++) seen += strcmp(s->data.unit_ids[v], s->data.unit_ids[u]) == 0;
    keys[u] = seen == 1 ? s->data.unit_ids[u] : arena_printf(a, "%s (%d)", s->data.unit_ids[u], seen);
    if (keys[u] == NULL) { free(keys); return NULL; }
  }
  return keys;
}

int store_facts(sqlite3 *db, const char *schema, long long run, Session *s) {
  Facts f = { db, NULL, NULL, run, 0, 0, NULL, NULL, 0, 0 };
  char *sql = sqlite3_mprintf("INSERT OR IGNORE INTO \"%w\".inputs (run, u, unit, k, indicator, "
                              "input, column_name, row, col, cell, state) "
                              "VALUES (?,?,?,?,?,?,?,?,?,?,?)", schema);
  if (sql) sqlite3_prepare_v2(db, sql, -1, &f.input, NULL);
  sqlite3_free(sql);
  sql = sqlite3_mprintf("INSERT OR IGNORE INTO \"%w\".outcomes (run, u, unit, k, indicator, f, "
                        "field, value) VALUES (?,?,?,?,?,?,?,?)", schema);
  if (sql) sqlite3_prepare_v2(db, sql, -1, &f.outcome, NULL);
  sqlite3_free(sql);
  Arena arena = { 0 };
  const char **keys = unit_keys(s, &arena);
  if (f.input == NULL || f.outcome == NULL || keys == NULL) f.failed = 1;
  const Model *m = &s->model;
  for (int u = 0; !f.failed && u < s->results.nunits; u++) {
    f.u = u;
    f.unit = keys[u];
    for (int k = 0; !f.failed && k < m->ninds; k++) {
      f.k = k;
      f.indicator = m->inds[k].code;
      f.nfield = 0;
      inputs(&f, s, u, k);
      indicator_results(&f, s, u, k);
      indicator_evidence(&f, s, u, k);
    }
  }
  if (!f.failed) unit_results(&f, s, keys);
  free(keys);
  arena_free(&arena);
  sqlite3_finalize(f.input);
  sqlite3_finalize(f.outcome);
  return f.failed ? -1 : 0;
}
