/*
** compare.c — a self-assessment beside its appraisal (see compare.h).
**
** Both datasets are evaluated with the same script, so indicator k, input i and context
** c mean the same thing on both sides; only the data differ. A difference is what an
** auditor must look at: a cell that was changed (a blank that was filled counts), or a
** result that came out differently (which may also follow from a changed shared input).
*/
#include "compare.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cell.h"
#include "derive.h"
#include "forms.h"
#include "outcomes_out.h"
#include "trace_out.h"
#include "i18n.h"

/* One side of the comparison. */
typedef struct Side {
  Session *s;
  Evaluated e;
  const char *role;         /* "Tự đánh giá", "Thẩm định" */
} Side;

static Side side_of(Session *s, LabelId role, Lang lang) {
  Side sd = { s, { &s->model, &s->data, &s->results }, label(lang, role) };
  return sd;
}

/* ------------------------------------------------------------ what differs */

/* The same value for a formula: a number or yes/no equal, or both blank (or both the
** same invalid text). A cell "có" and a cell "x" hold the same yes. */
static bool same_input(const Side *a, int ua, const Side *b, int ub, int input) {
  InputOrigin x, y;
  derive_input(a->e.ds, a->e.m, ua, input, &x);
  derive_input(b->e.ds, b->e.m, ub, input, &y);
  if ((x.column == NULL) != (y.column == NULL)) return false;
  bool hx = x.value.kind != V_MISSING, hy = y.value.kind != V_MISSING;
  if (hx != hy) return false;
  if (a->e.m->inputs[input].type == IN_TEXT || (!hx && x.state == CELL_INVALID))
    return x.state == y.state && strcmp(x.cell, y.cell) == 0;
  if (!hx) return x.state == y.state;
  return x.value.n == y.value.n;
}

static bool same_value(Value a, Value b) {
  if (a.kind != b.kind) return false;
  return (a.kind != V_NUM && a.kind != V_BOOL) || a.n == b.n;
}

/* A points indicator: the same status and the same points. */
static bool same_score(const Score *a, const Score *b) {
  if (a->status != b->status) return false;
  return !score_counts(a) || a->value == b->value;
}

/* The context each side judges indicator results in: the unit's year (periods), or
** every context c (levels, tiers). -1 when a side has no year. */
static int ctx_of(const Side *s, int u, int c) {
  return s->e.m->ctx_kind == CTX_PERIODS ? s->e.r->period[u] : c;
}

static int ncontexts(const Model *m) {
  return m->ctx_kind == CTX_PERIODS ? 1 : m->nctx;
}

static FormMet met_at(const Side *s, int u, int k, int c) {
  int cc = ctx_of(s, u, c);
  return cc < 0 ? FM_UNKNOWN : forms_met(results_met(s->e.r, u, k, cc));
}

/* The inputs indicator k reads (malloc'd), *n of them. */
static InputRef *inputs_of(const Model *m, int k, int *n) {
  const Indicator *ind = &m->inds[k];
  InputRef *refs = malloc(((size_t)ind->nbinds + (size_t)ind->prog.ncode + 1) * sizeof *refs);
  *n = refs ? derive_inputs(m, k, refs) : 0;
  return refs;
}

static bool indicator_differs(const Side *a, int ua, const Side *b, int ub, int k) {
  const Model *m = a->e.m;
  int n;
  InputRef *refs = inputs_of(m, k, &n);
  bool differs = false;
  for (int i = 0; i < n && !differs; i++) differs = !same_input(a, ua, b, ub, refs[i].input);
  free(refs);
  if (differs) return true;
  if (m->inds[k].is_value) {
    if (!same_value(eval_value(m, a->e.r, ua, k), eval_value(m, b->e.r, ub, k))) return true;
    for (int c = 0; m->inds[k].targets && c < ncontexts(m); c++)
      if (met_at(a, ua, k, c) != met_at(b, ub, k, c)) return true;
    return false;
  }
  return !same_score(results_score(a->e.r, ua, k), results_score(b->e.r, ub, k));
}

/* ------------------------------------------------------------ the unit's own results */

/* One row of the differences table: indicator (or ""), what, where; the cells of both
** sides are filled by the caller. */
static FormRow *diff_row(FormDoc *d, FormTable *t, const char *code, LabelId what, const char *where) {
  FormRow *row = form_row(d, t, false);
  if (row == NULL) return NULL;
  cell_text(d, &row->cells[0], code);
  cell_text(d, &row->cells[1], label(d->lang, what));
  cell_text(d, &row->cells[2], where);
  return row;
}

/* A row of the unit's own results; when t is NULL nothing is added (the caller only
** counts what differs). */
static FormRow *unit_row(FormDoc *d, FormTable *t, const char *what, const char *where,
                         const char *x, const char *y) {
  FormRow *row = t ? form_row(d, t, false) : NULL;
  if (row == NULL) return NULL;
  cell_text(d, &row->cells[1], what);
  cell_text(d, &row->cells[2], where);
  cell_text(d, &row->cells[3], x);
  cell_text(d, &row->cells[4], y);
  return row;
}

/* "đạt 35/37 chỉ tiêu, tỷ lệ 94.59 %" (periods) or "17/19" (a level, a tier's kind). */
static const char *counts_text(FormDoc *d, const Side *s, int u, int c, int kind) {
  char buf[256];
  if (c < 0) return label(d->lang, L_UNKNOWN);
  MetCounts n = eval_met_counts(s->e.m, s->e.r, u, c, kind);
  if (s->e.m->ctx_kind == CTX_PERIODS) outcomes_met_text(buf, sizeof buf, s->e.m, n, d->lang);
  else snprintf(buf, sizeof buf, "%d/%d", n.met, n.assigned);
  return form_str(d, "%s", buf);
}

/* The counts per context (and kind) that differ. Returns how many rows were added. */
static int counts_rows(FormDoc *d, FormTable *t, const Side *a, int ua, const Side *b, int ub) {
  const Model *m = a->e.m;
  int rows = 0;
  for (int c = 0; c < ncontexts(m); c++)
    for (int kind = m->ctx_kind == CTX_TIERS ? TK_MANDATORY : TK_ANY;
         kind <= (m->ctx_kind == CTX_TIERS ? TK_EXTENDED : TK_ANY); kind++) {
      const char *x = counts_text(d, a, ua, ctx_of(a, ua, c), kind);
      const char *y = counts_text(d, b, ub, ctx_of(b, ub, c), kind);
      if (strcmp(x, y) == 0) continue;
      const char *where = m->ctx_kind == CTX_PERIODS ? "" : m->ctx_kind == CTX_LEVELS
        ? form_str(d, "%s %s", label(d->lang, L_LEVEL), m->ctxs[c].code)
        : form_str(d, "%s, %s", m->ctxs[c].label, label(d->lang, kind == TK_MANDATORY ? L_MANDATORY : L_EXTENDED));
      unit_row(d, t, label(d->lang, L_RESULT), where, x, y);
      rows++;
    }
  return rows;
}

static const char *level_text(FormDoc *d, const Model *m, int level) {
  if (level < 0) return label(d->lang, L_UNKNOWN);
  if (level == 0) return form_str(d, "0 (%s)", label(d->lang, L_NO_LEVEL));
  return form_str(d, "%d — %s", level, m->ctxs[level - 1].label);
}

/* The period, the counts, the level and each recognition (criteria met or not). */
static int outcome_rows(FormDoc *d, FormTable *t, const Side *a, int ua, const Side *b, int ub) {
  const Model *m = a->e.m;
  const Results *x = a->e.r, *y = b->e.r;
  int rows = 0;
  if (m->ctx_kind == CTX_PERIODS && x->period[ua] != y->period[ub]) {
    int pa = x->period[ua], pb = y->period[ub];
    unit_row(d, t, label(d->lang, L_PERIOD), "", pa >= 0 ? m->ctxs[pa].label : "?", pb >= 0 ? m->ctxs[pb].label : "?");
    rows++;
  }
  rows += counts_rows(d, t, a, ua, b, ub);
  if (m->level_rule.present && x->level[ua] != y->level[ub]) {
    unit_row(d, t, label(d->lang, L_LEVEL_REACHED), "", level_text(d, m, x->level[ua]), level_text(d, m, y->level[ub]));
    rows++;
  }
  for (int i = 0; i < m->nrecs; i++) {
    FormMet ma = forms_met(&x->recog[(size_t)ua * (size_t)m->nrecs + (size_t)i]);
    FormMet mb = forms_met(&y->recog[(size_t)ub * (size_t)m->nrecs + (size_t)i]);
    if (ma == mb) continue;
    rows++;
    const Recognition *rc = &m->recs[i];
    FormRow *row = unit_row(d, t, rc->name, rc->ctx >= 0 ? m->ctxs[rc->ctx].label : "", "", "");
    if (row) { cell_met(d, &row->cells[3], ma); cell_met(d, &row->cells[4], mb); }
  }
  return rows;
}

/* The total and the rank (points). */
static int total_rows(FormDoc *d, FormTable *t, const Side *a, int ua, const Side *b, int ub) {
  const Results *x = a->e.r, *y = b->e.r;
  int dec = a->e.m->dec.decimals, rows = 0;
  if (x->total[ua] != y->total[ub] || x->unscored[ua] != y->unscored[ub]) {
    rows++;
    FormRow *row = unit_row(d, t, label(d->lang, L_TOTAL), "", "", "");
    if (row) { cell_number(d, &row->cells[3], x->total[ua], dec); cell_number(d, &row->cells[4], y->total[ub], dec); }
  }
  if (x->rank[ua] != y->rank[ub]) {
    rows++;
    FormRow *row = unit_row(d, t, label(d->lang, L_RANK), "", "", "");
    for (int side = 0; row && side < 2; side++) {
      int rank = side ? y->rank[ub] : x->rank[ua];
      if (rank) cell_number(d, &row->cells[3 + side], rank, 0);
      else cell_text(d, &row->cells[3 + side], label(d->lang, L_NOT_RANKED));
    }
  }
  return rows;
}

/* How many of the unit's own results differ, added to t unless it is NULL. */
static int unit_rows(FormDoc *d, FormTable *t, const Side *a, int ua, const Side *b, int ub) {
  return a->e.m->ctx_kind != CTX_NONE ? outcome_rows(d, t, a, ua, b, ub) : total_rows(d, t, a, ua, b, ub);
}

/* ------------------------------------------------------------ one indicator's rows */

/* `"1.6.a" (cột 15)`: the column of an input in both files. */
static const char *column_text(FormDoc *d, const Side *a, const Side *b, int input) {
  int ca = a->e.ds->column[input], cb = b->e.ds->column[input];
  const char *name = a->e.m->inputs[input].name, *col = label(d->lang, L_COLUMN);
  if (ca < 0 && cb < 0) return form_str(d, "%s (%s)", name, label(d->lang, L_NO_COLUMN));
  if (ca == cb) return form_str(d, "%s (%s %d)", name, col, ca + 1);
  return form_str(d, "%s (%s %d / %d)", name, col, ca + 1, cb + 1);
}

/* A result for the table: the value typed, or "chưa xác định". */
static void result_cell(FormDoc *d, FormCell *c, const Side *s, int u, int k) {
  const Model *m = s->e.m;
  if (m->inds[k].is_value) {
    Value v = eval_value(m, s->e.r, u, k);
    if (v.kind == V_NUM || v.kind == V_BOOL) forms_value_cell(d, c, &s->e, u, k);
    else cell_text(d, c, label(d->lang, L_UNKNOWN));
    return;
  }
  const Score *sc = results_score(s->e.r, u, k);
  if (score_counts(sc)) cell_number(d, c, sc->value, m->dec.decimals);
  else cell_text(d, c, label(d->lang, L_UNKNOWN));
}

/* The rows of indicator k: each input that differs, its value or score, its
** assessment in each context where it differs. */
static void indicator_rows(FormDoc *d, FormTable *t, const Side *a, int ua, const Side *b, int ub, int k) {
  const Model *m = a->e.m;
  const char *code = m->inds[k].code;
  int n;
  InputRef *refs = inputs_of(m, k, &n);
  for (int i = 0; i < n; i++) {
    if (same_input(a, ua, b, ub, refs[i].input)) continue;
    FormRow *row = diff_row(d, t, code, L_C_INPUT, column_text(d, a, b, refs[i].input));
    if (row == NULL) break;
    forms_input_cell(d, &row->cells[3], &a->e, ua, refs[i].input);
    forms_input_cell(d, &row->cells[4], &b->e, ub, refs[i].input);
  }
  free(refs);
  FormRow *row = diff_row(d, t, code, m->inds[k].is_value ? L_VALUE : L_SCORE, "");
  if (row) { result_cell(d, &row->cells[3], a, ua, k); result_cell(d, &row->cells[4], b, ub, k); }
  for (int c = 0; m->inds[k].is_value && m->inds[k].targets && c < ncontexts(m); c++) {
    FormMet x = met_at(a, ua, k, c), y = met_at(b, ub, k, c);
    if (x == y) continue;
    int cc = ctx_of(b, ub, c);
    row = diff_row(d, t, code, L_C_MET, cc >= 0 ? m->ctxs[cc].label : "");
    if (row) { cell_met(d, &row->cells[3], x); cell_met(d, &row->cells[4], y); }
  }
}

/* ------------------------------------------------------------ derivations */

/* explain_unit's derivation of indicator k for unit u, as text. */
static const char *derivation(FormDoc *d, const Side *s, int u, int k) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  if (f == NULL) return "";
  explain_unit(f, &s->s->model, &s->s->data, &s->s->results, u, k, d->lang);
  fclose(f);
  const char *text = form_str(d, "%s", buf ? buf : "");
  free(buf);
  return text;
}

static void derivations(FormDoc *d, FormPage *p, const Side *a, int ua, const Side *b, int ub,
                        const int *diff, int ndiff) {
  for (int i = 0; i < ndiff; i++) {
    const char *code = a->e.m->inds[diff[i]].code;
    form_addf(d, p, FB_TEXT, "%s %s — %s:", label(d->lang, L_C_DERIVATION), code, a->role);
    form_add(d, p, FB_PRE, derivation(d, a, ua, diff[i]));
    form_addf(d, p, FB_TEXT, "%s %s — %s:", label(d->lang, L_C_DERIVATION), code, b->role);
    form_add(d, p, FB_PRE, derivation(d, b, ub, diff[i]));
  }
}

/* ------------------------------------------------------------ one unit */

static FormTable *diff_table(FormDoc *d, FormPage *p, const Side *a, const Side *b) {
  FormTable *t = form_table(d, p, 5);
  form_column(d, t, 0, NULL, label(d->lang, a->e.m->ctx_kind != CTX_NONE ? L_CRITERION : L_INDICATOR), 10);
  form_column(d, t, 1, NULL, label(d->lang, L_C_WHAT), 14);
  form_column(d, t, 2, NULL, label(d->lang, L_C_WHERE), 24);
  form_column(d, t, 3, NULL, a->role, 24);
  form_column(d, t, 4, NULL, b->role, 24);
  return t;
}

/* The indicators of unit ua / ub that differ, into diff (m->ninds entries): how many. */
static int differing(const Side *a, int ua, const Side *b, int ub, int *diff) {
  int n = 0;
  for (int k = 0; k < a->e.m->ninds; k++)
    if (indicator_differs(a, ua, b, ub, k)) diff[n++] = k;
  return n;
}

/* The indicators that differ, as "1.6, 3.3". */
static const char *codes_of(FormDoc *d, const Model *m, const int *diff, int ndiff) {
  const char *codes = "";
  for (int i = 0; i < ndiff; i++) codes = form_str(d, "%s%s%s", codes, i ? ", " : "", m->inds[diff[i]].code);
  return codes;
}

/* The unit's differences and derivations; returns what the overview says of it. */
static const char *unit_section(FormDoc *d, FormPage *p, const Side *a, int ua, const Side *b, int ub) {
  const Model *m = a->e.m;
  int *diff = malloc(((size_t)m->ninds + 1) * sizeof *diff);
  if (diff == NULL) { d->oom = true; return ""; }
  int ndiff = differing(a, ua, b, ub, diff), nunit = unit_rows(d, NULL, a, ua, b, ub);
  const char *what = label(d->lang, L_C_SAME);
  if (ndiff || nunit) {
    const char *n = m->ctx_kind != CTX_NONE
                      ? label_n(d->lang, L_C_N_DIFF, L_C_ONE_DIFF, ndiff)
                      : label_n(d->lang, L_C_N_DIFF_IND, L_C_ONE_DIFF_IND, ndiff);
    what = ndiff ? form_str(d, n, ndiff) : label(d->lang, L_C_UNIT_DIFFERS);
    form_addf(d, p, FB_HEADING, "%s — %s: %s", a->e.ds->unit_ids[ua], a->e.ds->names[ua], what);
    FormTable *t = diff_table(d, p, a, b);
    for (int i = 0; t && i < ndiff; i++) indicator_rows(d, t, a, ua, b, ub, diff[i]);
    unit_rows(d, t, a, ua, b, ub);
    derivations(d, p, a, ua, b, ub, diff, ndiff);
    if (ndiff) what = form_str(d, "%s: %s", what, codes_of(d, m, diff, ndiff));
  }
  free(diff);
  return what;
}

/* ------------------------------------------------------------ every unit */

static int overview_row(FormDoc *d, FormTable *t, const char *id, const char *name, const char *what) {
  FormRow *row = form_row(d, t, false);
  if (row == NULL) return 0;
  cell_text(d, &row->cells[0], id);
  cell_text(d, &row->cells[1], name);
  cell_text(d, &row->cells[2], what);
  return 1;
}

static bool wanted(const char *id, const char *unit) {
  return unit == NULL || strcmp(id, unit) == 0;
}

int compare_build(FormDoc *d, Session *self, Session *appr, const char *unit) {
  Side a = side_of(self, L_F_SELF, d->lang), b = side_of(appr, L_F_APPRAISED, d->lang);
  const Dataset *da = &self->data, *db = &appr->data;
  if (unit && dataset_find_unit(da, unit) < 0 && dataset_find_unit(db, unit) < 0) return -1;
  FormPage *p = form_page(d, label(d->lang, L_C_DIFFERENCES));
  form_add(d, p, FB_TITLE, label(d->lang, L_C_TITLE));
  form_add(d, p, FB_TEXT, forms_decision_line(d, &self->model));
  form_addf(d, p, FB_TEXT, "%s: %s, %d %s", a.role, da->path, da->nunits,
            label_n(d->lang, L_UNITS, L_UNIT_ONE, da->nunits));
  form_addf(d, p, FB_TEXT, "%s: %s, %d %s", b.role, db->path, db->nunits,
            label_n(d->lang, L_UNITS, L_UNIT_ONE, db->nunits));
  FormTable *over = form_table(d, p, 3);
  form_column(d, over, 0, NULL, label(d->lang, L_UNIT), 10);
  form_column(d, over, 1, NULL, label(d->lang, L_C_NAME), 36);
  form_column(d, over, 2, NULL, label(d->lang, L_C_DIFFERENCES), 50);
  int ndiffer = 0, nsame = 0, nalone = 0;
  for (int ua = 0; ua < da->nunits; ua++) {
    if (!wanted(da->unit_ids[ua], unit) || dataset_find_unit(da, da->unit_ids[ua]) != ua) continue;
    int ub = dataset_find_unit(db, da->unit_ids[ua]);
    const char *what = ub < 0 ? form_str(d, label(d->lang, L_C_ONLY_IN), da->path)
                              : unit_section(d, p, &a, ua, &b, ub);
    if (ub < 0) nalone++;
    else if (strcmp(what, label(d->lang, L_C_SAME)) == 0) nsame++;
    else ndiffer++;
    overview_row(d, over, da->unit_ids[ua], da->names[ua], what);
  }
  for (int ub = 0; ub < db->nunits; ub++) {
    if (!wanted(db->unit_ids[ub], unit) || dataset_find_unit(da, db->unit_ids[ub]) >= 0 ||
        dataset_find_unit(db, db->unit_ids[ub]) != ub) continue;
    nalone++;
    overview_row(d, over, db->unit_ids[ub], db->names[ub], form_str(d, label(d->lang, L_C_ONLY_IN), db->path));
  }
  form_addf(d, p, FB_TEXT, label(d->lang, L_C_SUMMARY), ndiffer, nsame, nalone);
  return ndiffer + nalone;
}

/* ------------------------------------------------------------ Mẫu 02 */

static bool unit_differs(FormDoc *d, const Side *a, int ua, const Side *b, int ub) {
  for (int k = 0; k < a->e.m->ninds; k++)
    if (indicator_differs(a, ua, b, ub, k)) return true;
  return unit_rows(d, NULL, a, ua, b, ub) > 0;
}

int compare_mau02(FormDoc *d, Session *self, Session *appr, const char *unit) {
  Side a = side_of(self, L_F_SELF, d->lang), b = side_of(appr, L_F_APPRAISED, d->lang);
  const Dataset *da = &self->data, *db = &appr->data;
  if (unit && dataset_find_unit(da, unit) < 0 && dataset_find_unit(db, unit) < 0) return -1;
  int ndiffer = 0;
  for (int ua = 0; ua < da->nunits; ua++) {
    if (!wanted(da->unit_ids[ua], unit) || dataset_find_unit(da, da->unit_ids[ua]) != ua) continue;
    int ub = dataset_find_unit(db, da->unit_ids[ua]);
    if (ub < 0) {
      fprintf(stderr, _("tieuchi: unit %s is only in %s: it has no Mẫu 02\n"), da->unit_ids[ua], da->path);
      ndiffer++;
      continue;
    }
    ndiffer += unit_differs(d, &a, ua, &b, ub);
    forms_mau02(d, &a.e, &b.e, ua, ub);
  }
  for (int ub = 0; ub < db->nunits; ub++)
    if (wanted(db->unit_ids[ub], unit) && dataset_find_unit(da, db->unit_ids[ub]) < 0 &&
        dataset_find_unit(db, db->unit_ids[ub]) == ub) {
      fprintf(stderr, _("tieuchi: unit %s is only in %s: it has no Mẫu 02\n"), db->unit_ids[ub], db->path);
      ndiffer++;
    }
  return ndiffer;
}
