/*
** report_svg.c — bar charts as inline SVG (see report_svg.h).
*/
#include "report_svg.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fmt.h"
#include "html.h"
#include "text.h"

#define ROW_H 20          /* one unit per row */
#define BAR_W 240         /* the length of a full bar (the maximum) */

/* One bar: a unit's value against a maximum, and the text shown beside it (as the
** results table shows it). partial: something it counts is missing or unknown. */
typedef struct Bar {
  double value, max;
  char text[64];
  bool partial;
} Bar;

/* Width of a text in SVG units at 12px: a rough figure, enough to lay out labels. */
static int text_px(const char *s) { return 7 * (int)text_width(s) + 8; }

/* The widest unit id and value text, for the label and value columns. */
static void columns(const Dataset *ds, const Bar *bars, int n, int *label_w, int *value_w) {
  *label_w = 40;
  *value_w = 96;                  /* the same width for most charts: they line up */
  for (int u = 0; u < n; u++) {
    if (text_px(ds->unit_ids[u]) > *label_w) *label_w = text_px(ds->unit_ids[u]);
    if (text_px(bars[u].text) > *value_w) *value_w = text_px(bars[u].text);
  }
}

/* One unit's row: its id, the bar's background (the maximum), the bar, the value. */
static void bar_row(FILE *out, const Dataset *ds, const Bar *b, int u, int label_w) {
  int y = u * ROW_H;
  double share = b->max > 0 && isfinite(b->value) ? b->value / b->max : 0;
  if (share < 0) share = 0;
  if (share > 1) share = 1;
  fputs("<g><title>", out);
  html_text(out, ds->unit_ids[u]);
  fputc(' ', out);
  html_text(out, ds->names[u]);
  fputs(": ", out);
  html_text(out, b->text);
  fputs("</title>", out);
  fprintf(out, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">", label_w - 6, y + 14);
  html_text(out, ds->unit_ids[u]);
  fprintf(out, "</text><rect class=\"bg\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"14\"/>",
          label_w, y + 3, BAR_W);
  fprintf(out, "<rect class=\"bar%s\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"14\"/>",
          b->partial ? " partial" : "", label_w, y + 3, share * BAR_W);
  fprintf(out, "<text x=\"%d\" y=\"%d\">", label_w + BAR_W + 6, y + 14);
  html_text(out, b->text);
  fputs("</text></g>\n", out);
}

/* A chart: a caption, then one row per unit. */
static void chart(FILE *out, const Dataset *ds, const Bar *bars, int n, const char *caption) {
  int label_w, value_w;
  columns(ds, bars, n, &label_w, &value_w);
  int w = label_w + BAR_W + value_w, h = n * ROW_H + 4;
  fputs("<figure><figcaption>", out);
  html_text(out, caption);
  fprintf(out, "</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
          "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" aria-label=\"", w, h, w, h);
  html_text(out, caption);
  fputs("\"><title>", out);
  html_text(out, caption);
  fputs("</title>\n", out);
  for (int u = 0; u < n; u++) bar_row(out, ds, &bars[u], u, label_w);
  fputs("</svg></figure>\n", out);
}

/* A group's maximum: as the decision states it, else the sum of its indicators'. */
static double group_max(const Model *m, int g) {
  const Group *gr = &m->groups[g];
  if (gr->has_max) return gr->max;
  double sum = 0;
  for (int k = gr->first; k < gr->first + gr->count; k++) sum += m->inds[k].max;
  return sum;
}

/* Points: one chart per group, then the total. */
static void point_charts(FILE *out, const Model *m, const Dataset *ds, const Results *r,
                         Bar *bars, Lang lang) {
  char caption[512];
  for (int g = 0; g <= m->ngroups; g++) {
    bool total = g == m->ngroups;
    if (total && !m->dec.has_total) break;
    double max = total ? m->dec.total : group_max(m, g);
    for (int u = 0; u < r->nunits; u++) {
      size_t at = (size_t)u * (size_t)m->ngroups + (size_t)g;
      bars[u].value = total ? r->total[u] : r->group_sum[at];
      bars[u].max = max;
      bars[u].partial = total ? r->unscored[u] > 0 : r->group_unscored[at] > 0;
      fmt_fixed(bars[u].text, sizeof bars[u].text, bars[u].value, m->dec.decimals);
    }
    if (total) snprintf(caption, sizeof caption, "%s (%s %g)", label(lang, L_TOTAL),
                        label(lang, L_MAX_POINTS), max);
    else snprintf(caption, sizeof caption, "%s %s — %s (%s %g)", label(lang, L_GROUP),
                  m->groups[g].code, m->groups[g].name, label(lang, L_MAX_POINTS), max);
    chart(out, ds, bars, r->nunits, caption);
  }
}

/* Criteria of group g (every group when g < 0) assigned to unit u in context c, of kind. */
static MetCounts counts_in(const Model *m, const Results *r, int u, int c, int kind, int g) {
  if (g < 0) return eval_met_counts(m, r, u, c, kind);
  MetCounts n = { 0, 0, 0, 0, -1 };
  const Group *gr = &m->groups[g];
  for (int k = gr->first; c >= 0 && k < gr->first + gr->count; k++) {
    const Target *t = m->inds[k].targets ? &m->inds[k].targets[c] : NULL;
    if (t == NULL || !t->assigned || (kind != TK_ANY && t->kind != kind)) continue;
    const Value *v = results_met(r, u, k, c);
    n.assigned++;
    if (v->kind != V_BOOL) n.unknown++;
    else if (v->n != 0) n.met++;
    else n.not_met++;
  }
  return n;
}

/* One chart of criteria met: context c (or each unit's year when c < 0), kind, group. */
static void met_chart(FILE *out, const Model *m, const Dataset *ds, const Results *r,
                      Bar *bars, int c, int kind, int g, const char *caption) {
  for (int u = 0; u < r->nunits; u++) {
    int cu = c >= 0 ? c : r->period[u];
    MetCounts n = cu >= 0 ? counts_in(m, r, u, cu, kind, g) : (MetCounts){ 0, 0, 0, 0, -1 };
    bars[u].value = n.met;
    bars[u].max = n.assigned;
    bars[u].partial = n.unknown > 0;
    if (n.assigned) snprintf(bars[u].text, sizeof bars[u].text, "%d/%d", n.met, n.assigned);
    else snprintf(bars[u].text, sizeof bars[u].text, "—");
  }
  chart(out, ds, bars, r->nunits, caption);
}

/* Criteria met: per group in each unit's year, per level, or per tier and kind. */
static void met_charts(FILE *out, const Model *m, const Dataset *ds, const Results *r,
                       Bar *bars, Lang lang) {
  char caption[512];
  if (m->ctx_kind == CTX_PERIODS) {
    for (int g = 0; g < m->ngroups; g++) {
      snprintf(caption, sizeof caption, "%s %s — %s", label(lang, L_GROUP), m->groups[g].code,
               m->groups[g].name);
      met_chart(out, m, ds, r, bars, -1, TK_ANY, g, caption);
    }
    return;
  }
  for (int c = 0; c < m->nctx; c++) {
    for (int kind = TK_MANDATORY; m->ctx_kind == CTX_TIERS && kind <= TK_EXTENDED; kind++) {
      snprintf(caption, sizeof caption, "%s: %s — %s", m->ctxs[c].code,
               label(lang, kind == TK_MANDATORY ? L_MANDATORY : L_EXTENDED), m->ctxs[c].label);
      met_chart(out, m, ds, r, bars, c, kind, -1, caption);
    }
    if (m->ctx_kind != CTX_LEVELS) continue;
    snprintf(caption, sizeof caption, "%s %d — %s", label(lang, L_LEVEL), c + 1, m->ctxs[c].label);
    met_chart(out, m, ds, r, bars, c, TK_ANY, -1, caption);
  }
}

void report_bars(FILE *out, const Model *m, const Dataset *ds, const Results *r, Lang lang) {
  Bar *bars = calloc((size_t)r->nunits + 1, sizeof *bars);
  if (bars == NULL) return;
  fputs("<div class=\"charts\">\n", out);
  if (m->ctx_kind == CTX_NONE) point_charts(out, m, ds, r, bars, lang);
  else met_charts(out, m, ds, r, bars, lang);
  fputs("</div>\n", out);
  free(bars);
}
