/*
** results_xlsx.c — results as an Excel workbook (see results_xlsx.h). The columns are
** those of `run --format csv`, with headers for people; counts written "x/y" in CSV are
** two number columns here, so that a spreadsheet can sum them.
*/
#include "results_xlsx.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fmt.h"
#include "outcomes_out.h"
#include "xlsx.h"

typedef struct Sheet {
  Xlsx *x;
  lxw_worksheet *ws;
  const Model *m;
  Lang lang;
  int row, col;      /* the next cell */
} Sheet;

static void put_text(Sheet *s, const char *text) {
  worksheet_write_string(s->ws, (lxw_row_t)s->row, (lxw_col_t)s->col++, text, NULL);
}

static void put_number(Sheet *s, double v, lxw_format *f) {
  xlsx_number(s->ws, s->row, s->col++, v, f);
}

static void put_blank(Sheet *s) { s->col++; }

/* Points as `run` shows them: rounded to the decision's decimals (fmt_fixed), so that
   the sheet's sums are the sums of what is displayed, and match the CSV exactly. */
static void put_rounded(Sheet *s, double v, double scale, lxw_format *f) {
  char buf[64];
  fmt_fixed(buf, sizeof buf, v * scale, s->m->dec.decimals);
  char *end;
  double shown = strtod(buf, &end);
  if (*end == '\0') put_number(s, shown / scale, f);
  else put_text(s, buf);   /* "undefined": never a NaN in a cell */
}

static void put_points(Sheet *s, double v) {
  put_rounded(s, v, 1, xlsx_fixed(s->x, s->m->dec.decimals));
}

/* A rate as `run` shows it (97.14), held as the fraction a spreadsheet expects. */
static void put_rate(Sheet *s, double fraction) {
  put_rounded(s, fraction, 100, xlsx_percent(s->x, s->m->dec.decimals));
}

/* A header cell; the header row is frozen once complete (xlsx_header_done). */
static void put_head(Sheet *s, const char *text) {
  worksheet_write_string(s->ws, 0, (lxw_col_t)s->col++, text, s->x->header);
}

static void head_done(Sheet *s) {
  worksheet_freeze_panes(s->ws, 1, 2);   /* the header row and the unit's id and name */
  worksheet_set_column(s->ws, 1, 1, 32, NULL);
  s->row = 1;
}

static void put_tri(Sheet *s, const Value *v) { put_text(s, outcomes_met_word(v, s->lang)); }

static void put_yes_no(Sheet *s, bool yes) { put_text(s, label(s->lang, yes ? L_YES : L_NO)); }

/* ------------------------------------------------------------ results */

static void head_two(Sheet *s, const char *what, const char *kind) {
  char buf[256];
  snprintf(buf, sizeof buf, "%s%s%s — %s", what, kind ? " — " : "", kind ? kind : "",
           label(s->lang, L_MET));
  put_head(s, buf);
  snprintf(buf, sizeof buf, "%s%s%s — %s", what, kind ? " — " : "", kind ? kind : "",
           label(s->lang, L_ASSIGNED));
  put_head(s, buf);
}

static void results_head(Sheet *s) {
  const Model *m = s->m;
  Lang lang = s->lang;
  char buf[256];
  put_head(s, label(lang, L_UNIT));
  put_head(s, label(lang, L_NAME));
  if (m->ctx_kind == CTX_NONE) {
    for (int g = 0; g < m->ngroups; g++) put_head(s, m->groups[g].code);
    put_head(s, label(lang, L_TOTAL));
    put_head(s, label(lang, L_RANK));
  }
  if (m->ctx_kind == CTX_PERIODS) {
    static const LabelId ids[] = { L_PERIOD, L_ASSIGNED, L_MET, L_NOT_MET, L_UNKNOWN, L_RATE };
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) put_head(s, label(lang, ids[i]));
  }
  for (int c = 0; m->ctx_kind == CTX_LEVELS && c < m->nctx; c++) {
    snprintf(buf, sizeof buf, "%s %d", label(lang, L_LEVEL), c + 1);
    head_two(s, buf, NULL);
  }
  if (m->ctx_kind == CTX_LEVELS && m->level_rule.present) {
    static const LabelId ids[] = { L_LEVEL_REACHED, L_LEVEL_NAME, L_REGISTERED, L_REGISTERED_REACHED };
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) put_head(s, label(lang, ids[i]));
  }
  for (int c = 0; m->ctx_kind == CTX_TIERS && c < m->nctx; c++) {
    const char *tier = m->ctxs[c].label ? m->ctxs[c].label : m->ctxs[c].code;
    head_two(s, tier, label(lang, L_MANDATORY));
    head_two(s, tier, label(lang, L_EXTENDED));
  }
  for (int i = 0; i < m->nrecs; i++) {   /* the name above, the decision's words in a note */
    if (m->recs[i].text) worksheet_write_comment(s->ws, 0, (lxw_col_t)s->col, m->recs[i].text);
    put_head(s, m->recs[i].name);
  }
  put_head(s, label(lang, L_STATUS));
  head_done(s);
}

static void points_row(Sheet *s, const Results *r, int u) {
  const Model *m = s->m;
  for (int g = 0; g < m->ngroups; g++)
    put_points(s, r->group_sum[(size_t)u * (size_t)r->ngroups + (size_t)g]);
  put_points(s, r->total[u]);
  if (r->rank[u]) put_number(s, r->rank[u], s->x->integer);
  else put_blank(s);
}

static void periods_row(Sheet *s, const Results *r, int u) {
  int c = r->period[u];
  if (c < 0) { s->col += 6; return; }
  MetCounts n = eval_met_counts(s->m, r, u, c, TK_ANY);
  put_text(s, s->m->ctxs[c].code);
  put_number(s, n.assigned, s->x->integer);
  put_number(s, n.met, s->x->integer);
  put_number(s, n.not_met, s->x->integer);
  put_number(s, n.unknown, s->x->integer);
  if (n.assigned) put_rate(s, (double)n.met / n.assigned);
  else put_blank(s);
}

static void put_counts(Sheet *s, MetCounts n) {
  put_number(s, n.met, s->x->integer);
  put_number(s, n.assigned, s->x->integer);
}

static void levels_row(Sheet *s, const Dataset *ds, const Results *r, int u) {
  const Model *m = s->m;
  for (int c = 0; c < m->nctx; c++) put_counts(s, eval_met_counts(m, r, u, c, TK_ANY));
  if (!m->level_rule.present) return;
  int lv = r->level[u], reg = eval_registered(m, ds, u);
  if (lv < 0) { put_text(s, label(s->lang, L_UNKNOWN)); put_blank(s); }
  else {
    put_number(s, lv, s->x->integer);
    if (lv > 0) put_text(s, m->ctxs[lv - 1].label ? m->ctxs[lv - 1].label : "");
    else put_text(s, label(s->lang, L_NO_LEVEL));
  }
  if (reg < 0) { put_blank(s); put_blank(s); return; }
  put_number(s, reg, s->x->integer);
  if (lv < 0) put_text(s, label(s->lang, L_UNKNOWN));
  else put_yes_no(s, lv >= reg);
}

static void status_cell(Sheet *s, const Results *r, int u) {
  char buf[128];
  if (s->m->ctx_kind != CTX_NONE) {
    put_text(s, label(s->lang, outcomes_incomplete(s->m, r, u) ? L_INCOMPLETE : L_COMPLETE));
    return;
  }
  snprintf(buf, sizeof buf, label_n(s->lang, L_UNSCORED, L_UNSCORED_ONE, r->unscored[u]),
           r->unscored[u]);
  put_text(s, r->unscored[u] ? buf : label(s->lang, L_COMPLETE));
}

static void results_sheet(Sheet *s, const Dataset *ds, const Results *r) {
  const Model *m = s->m;
  results_head(s);
  for (int u = 0; u < r->nunits; u++, s->row++) {
    s->col = 0;
    put_text(s, ds->unit_ids[u]);
    put_text(s, ds->names[u]);
    if (m->ctx_kind == CTX_NONE) points_row(s, r, u);
    if (m->ctx_kind == CTX_PERIODS) periods_row(s, r, u);
    if (m->ctx_kind == CTX_LEVELS) levels_row(s, ds, r, u);
    for (int c = 0; m->ctx_kind == CTX_TIERS && c < m->nctx; c++) {
      put_counts(s, eval_met_counts(m, r, u, c, TK_MANDATORY));
      put_counts(s, eval_met_counts(m, r, u, c, TK_EXTENDED));
    }
    for (int i = 0; i < m->nrecs; i++) put_tri(s, &r->recog[(size_t)u * (size_t)r->nrecs + (size_t)i]);
    status_cell(s, r, u);
  }
}

/* ------------------------------------------------------------ indicators */

/* The indicators a person reads: scored indicators, or criteria (not rules). */
static bool shown(const Model *m, const Indicator *ind) {
  return m->ctx_kind == CTX_NONE ? !ind->is_rule : ind->is_value;
}

/* A criterion's value: a percentage when its unit is "%" (values are fractions). */
static void value_cell(Sheet *s, const Indicator *ind, Value v) {
  if (v.kind == V_BOOL) put_yes_no(s, v.n != 0);
  else if (v.kind != V_NUM) put_blank(s);
  else if (ind->unit && strcmp(ind->unit, "%") == 0) put_number(s, v.n, xlsx_percent(s->x, 2));
  else put_number(s, v.n, NULL);
}

static void indicators_sheet(Sheet *s, const Dataset *ds, const Results *r) {
  const Model *m = s->m;
  put_head(s, label(s->lang, L_UNIT));
  put_head(s, label(s->lang, L_NAME));
  for (int k = 0; k < m->ninds; k++)
    if (shown(m, &m->inds[k])) put_head(s, m->inds[k].code);
  head_done(s);
  for (int u = 0; u < r->nunits; u++, s->row++) {
    s->col = 0;
    put_text(s, ds->unit_ids[u]);
    put_text(s, ds->names[u]);
    for (int k = 0; k < m->ninds; k++) {
      const Indicator *ind = &m->inds[k];
      if (!shown(m, ind)) continue;
      if (m->ctx_kind != CTX_NONE) { value_cell(s, ind, eval_value(m, r, u, k)); continue; }
      const Score *sc = results_score(r, u, k);
      if (score_counts(sc)) put_points(s, sc->value);
      else put_blank(s);   /* missing or undefined: the findings sheet says why */
    }
  }
}

/* ------------------------------------------------------------ findings */

static void findings_sheet(Sheet *s, const DiagList *dl) {
  static const LabelId heads[] = { L_SEVERITY, L_FILE, L_LINE, L_COLUMN_NAME, L_UNIT, L_INDICATOR,
                                   L_MESSAGE, L_HINT };
  for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) put_head(s, label(s->lang, heads[i]));
  worksheet_freeze_panes(s->ws, 1, 0);
  worksheet_set_column(s->ws, 6, 7, 60, s->x->wrap);
  s->row = 1;
  static const LabelId sev[] = { [SEV_ERROR] = L_ERROR, [SEV_WARNING] = L_WARNING, [SEV_NOTE] = L_NOTE };
  for (size_t i = 0; dl && i < dl->n; i++, s->row++) {
    const Diag *d = &dl->v[i];
    s->col = 0;
    put_text(s, label(s->lang, sev[d->sev]));
    put_text(s, d->file ? d->file : "");
    if (d->line > 0) put_number(s, d->line, s->x->integer); else put_blank(s);
    if (d->column) put_text(s, d->column);
    else if (d->col > 0) put_number(s, d->col, s->x->integer);
    else put_blank(s);
    put_text(s, d->unit ? d->unit : "");
    put_text(s, d->indicator ? d->indicator : "");
    put_text(s, d->msg);
    put_text(s, d->hint ? d->hint : "");
  }
}

int results_xlsx(const char *path, const Model *m, const Dataset *ds, const Results *r,
                 const DiagList *findings, Lang lang) {
  Xlsx x;
  if (xlsx_open(&x, path) != 0) return -1;
  static const LabelId names[] = { L_RESULTS, L_INDICATORS, L_FINDINGS };
  void (*const fill[])(Sheet *, const Dataset *, const Results *) = { results_sheet, indicators_sheet };
  for (int i = 0; i < 3; i++) {
    Sheet s = { &x, xlsx_sheet(&x, label(lang, names[i])), m, lang, 0, 0 };
    if (s.ws == NULL) { xlsx_close(&x); return -1; }
    if (i < 2) fill[i](&s, ds, r);
    else findings_sheet(&s, findings);
  }
  return xlsx_close(&x);
}
