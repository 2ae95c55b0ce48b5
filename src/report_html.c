/*
** report_html.c — the HTML audit report (see report_html.h).
*/
#include "report_html.h"

#include <stdlib.h>
#include <string.h>

#include "emit.h"
#include "fmt.h"
#include "html.h"
#include "outcomes_out.h"
#include "report_assets.h"
#include "report_svg.h"
#include "results_out.h"
#include "trace_out.h"

/* "Đạt", "Không đạt" or "chưa xác định" in its colour. */
static void met_span(FILE *out, const Value *v, Lang lang) {
  fprintf(out, "<span class=\"%s\">", v->kind != V_BOOL ? "unknown" : v->n != 0 ? "met" : "notmet");
  html_text(out, outcomes_met_word(v, lang));
  fputs("</span>", out);
}

/* ------------------------------------------------------------ header */

static void meta_row(FILE *out, const char *name, const char *value) {
  fputs("<dt>", out);
  html_text(out, name);
  fputs("</dt><dd>", out);
  html_text(out, value);
  fputs("</dd>\n", out);
}

/* The years units are judged in (targets per year): each once, in the decision's order. */
static void periods_judged(FILE *out, const Model *m, const Results *r, Lang lang) {
  char buf[512] = "";
  size_t len = 0;
  for (int c = 0; c < m->nctx; c++) {
    bool used = false;
    for (int u = 0; u < r->nunits && !used; u++) used = r->period[u] == c;
    if (used && len < sizeof buf)
      len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", len ? ", " : "", m->ctxs[c].label);
  }
  meta_row(out, label(lang, L_PERIODS_JUDGED), len ? buf : label(lang, L_UNKNOWN));
}

/* "Tỉnh · Cơ quan ban hành", the title, "Quyết định N · ngày ban hành D", then what was
** evaluated: the script, the data (and the children's), the years, the decision's text. */
static void header(FILE *out, const Session *s, Lang lang) {
  const Model *m = &s->model;
  const Decision *d = &m->dec;
  char buf[1024];
  fputs("<header>\n", out);
  if (d->province || d->issuer) {
    snprintf(buf, sizeof buf, "%s%s%s", d->province ? d->province : "",
             d->province && d->issuer ? " · " : "", d->issuer ? d->issuer : "");
    fputs("<p class=\"issuer\">", out);
    html_text(out, buf);
    fputs("</p>\n", out);
  }
  fputs("<h1>", out);
  html_text(out, d->title ? d->title : d->id);
  fputs("</h1>\n<p class=\"decno\">", out);
  snprintf(buf, sizeof buf, "%s %s", label(lang, L_DECISION), d->number ? d->number : d->id);
  html_text(out, buf);
  if (d->issued) {
    snprintf(buf, sizeof buf, " · %s %s", label(lang, L_ISSUED), d->issued);
    html_text(out, buf);
  }
  fputs("</p>\n<dl class=\"meta\">\n", out);
  snprintf(buf, sizeof buf, "%s (%s)", m->script, d->id ? d->id : "?");
  meta_row(out, label(lang, L_SCRIPT), buf);
  snprintf(buf, sizeof buf, "%s, %d %s", s->data.path, s->results.nunits,
           label_n(lang, L_UNITS, L_UNIT_ONE, s->results.nunits));
  meta_row(out, label(lang, L_DATA), buf);
  if (s->child) {
    snprintf(buf, sizeof buf, "%s, %d %s", s->child->data.path, s->child->results.nunits,
             label_n(lang, L_UNITS, L_UNIT_ONE, s->child->results.nunits));
    meta_row(out, label(lang, L_CHILDREN), buf);
  }
  if (m->ctx_kind == CTX_PERIODS) periods_judged(out, m, &s->results, lang);
  if (d->source) meta_row(out, label(lang, L_SOURCE), d->source);
  if (d->note) meta_row(out, label(lang, L_NOTE), d->note);
  fputs("</dl>\n</header>\n", out);
}

/* ------------------------------------------------------------ results */

/* Met / not met / unknown words keep their colour in the table. */
static const char *word_class(const char *s, Lang lang) {
  if (strcmp(s, label(lang, L_MET)) == 0) return "met";
  if (strcmp(s, label(lang, L_NOT_MET)) == 0) return "notmet";
  if (strcmp(s, label(lang, L_UNKNOWN)) == 0 || strcmp(s, label(lang, L_INCOMPLETE)) == 0)
    return "unknown";
  return NULL;
}

static void header_cell(FILE *out, const Model *m, const Table *t, int c) {
  fprintf(out, "<th scope=\"col\"%s", t->right[c] ? " class=\"num\"" : "");
  if (m->ctx_kind == CTX_NONE && c >= 2 && c < 2 + m->ngroups) {   /* a group: its name */
    fputs(" title=\"", out);
    html_text(out, m->groups[c - 2].name);
    fputc('"', out);
  }
  fputc('>', out);
  html_text(out, t->cell[0][c]);
  fputs("</th>", out);
}

/* The table `run` prints, as HTML: the unit's code links to its derivation. */
static void table_html(FILE *out, const Model *m, const Table *t, Lang lang) {
  fputs("<div class=\"scroll\"><table class=\"sortable results\">\n<thead><tr>", out);
  for (int c = 0; c < t->ncols; c++) header_cell(out, m, t, c);
  fputs("</tr></thead>\n<tbody>\n", out);
  for (int row = 1; row < t->nrows; row++) {
    fprintf(out, "<tr><td><a class=\"code\" href=\"#u%d\">", row - 1);
    html_text(out, t->cell[row][0]);
    fputs("</a></td>", out);
    for (int c = 1; c < t->ncols; c++) {
      const char *s = t->cell[row][c] ? t->cell[row][c] : "";
      const char *cls = t->right[c] ? "num" : word_class(s, lang);
      if (cls) fprintf(out, "<td class=\"%s\">", cls);
      else fputs("<td>", out);
      html_text(out, s);
      fputs("</td>", out);
    }
    fputs("</tr>\n", out);
  }
  fputs("</tbody>\n</table></div>\n", out);
}

/* Below the table: what the recognition columns decide. */
static void recognitions_legend(FILE *out, const Model *m) {
  if (m->nrecs == 0) return;
  fputs("<ul class=\"muted\">\n", out);
  for (int i = 0; i < m->nrecs; i++) {
    const Recognition *rc = &m->recs[i];
    fputs("<li><span class=\"code\">", out);
    html_text(out, rc->name);
    fputs("</span>: ", out);
    html_text(out, rc->text);
    if (rc->ctx >= 0) { fputs(" (", out); html_text(out, m->ctxs[rc->ctx].label); fputc(')', out); }
    fputs(" — <code>", out);
    html_text(out, rc->rule.score.text);
    fputs("</code></li>\n", out);
  }
  fputs("</ul>\n", out);
}

static void results_section(FILE *out, const Session *s, Lang lang) {
  Table t;
  fprintf(out, "<section id=\"results\">\n<h2>%s</h2>\n<p class=\"muted\">", label(lang, L_RESULTS));
  html_text(out, label(lang, L_SORT_HINT));
  fputs("</p>\n", out);
  if (results_fill(&t, &s->model, &s->data, &s->results, lang) == 0) {
    table_html(out, &s->model, &t, lang);
    table_free(&t);
  }
  recognitions_legend(out, &s->model);
  fprintf(out, "</section>\n<section id=\"bars\">\n<h2>%s</h2>\n",
          label(lang, s->model.ctx_kind == CTX_NONE ? L_BARS : L_BARS_MET));
  report_bars(out, &s->model, &s->data, &s->results, lang);
  fprintf(out, "<p class=\"muted\"><span class=\"swatch\"></span> %s</p>\n</section>\n",
          label(lang, L_INCOMPLETE));
}

/* ------------------------------------------------------------ problems */

static const char *severity_class(Severity sev) {
  return sev == SEV_ERROR ? "error" : sev == SEV_WARNING ? "warning" : "note";
}

/* One finding, word for word as on stderr. */
static void diag_text(FILE *out, const Diag *d) {
  char *text = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&text, &len);
  if (mem == NULL) return;
  diag_print_one(d, mem);
  if (fclose(mem) != 0 || text == NULL) { free(text); return; }
  if (len > 0 && text[len - 1] == '\n') text[len - 1] = '\0';
  fputs("<code>", out);
  html_text(out, text);
  fputs("</code>", out);
  free(text);
}

/* A finding about a unit of ds links to that unit's derivation (and indicator's). */
static void diag_link(FILE *out, const Model *m, const Dataset *ds, const Diag *d) {
  int u = -1, k = d->indicator ? model_find_indicator(m, d->indicator) : -1;
  for (int i = 0; d->unit && i < ds->nunits && u < 0; i++)
    if (strcmp(ds->unit_ids[i], d->unit) == 0) u = i;
  if (u < 0) return;
  if (k >= 0) fprintf(out, " <a class=\"to\" href=\"#u%d-%d\">→ ", u, k);
  else fprintf(out, " <a class=\"to\" href=\"#u%d\">→ ", u);
  html_text(out, d->unit);
  if (k >= 0) { fputs(" · ", out); html_text(out, d->indicator); }
  fputs("</a>", out);
}

/* The findings of dl about unit (every finding when unit is NULL), each linked to its
** unit when links is the session they belong to; returns shown + how many. */
static int diags_html(FILE *out, const DiagList *dl, const char *unit, const Session *links,
                      int shown) {
  for (size_t i = 0; i < dl->n; i++) {
    const Diag *d = &dl->v[i];
    if (unit && (d->unit == NULL || strcmp(d->unit, unit) != 0)) continue;
    if (shown++ == 0) fputs("<ul class=\"diags\">\n", out);
    fprintf(out, "<li class=\"%s\">", severity_class(d->sev));
    diag_text(out, d);
    if (links) diag_link(out, &links->model, &links->data, d);
    fputs("</li>\n", out);
  }
  return shown;
}

/* Every finding of the run, in the order stderr has them (the children's first). */
static int all_diags(FILE *out, const Session *s, bool top, int shown) {
  if (s->child) shown = all_diags(out, s->child, false, shown);
  shown = diags_html(out, &s->script_diags, NULL, NULL, shown);
  return diags_html(out, &s->data_diags, NULL, top ? s : NULL, shown);
}

static void close_list(FILE *out, int shown, Lang lang) {
  if (shown) fputs("</ul>\n", out);
  else fprintf(out, "<p>%s</p>\n", label(lang, L_NO_FINDINGS));
}

/* ------------------------------------------------------------ units */

/* What an indicator's summary shows: its points, or a criterion's value and whether it
** meets its targets (the unit's year only, for targets per year). */
static void indicator_status(FILE *out, const Model *m, const Results *r, int u, int k,
                             Lang lang) {
  const Indicator *ind = &m->inds[k];
  const Score *s = results_score(r, u, k);
  char buf[256];
  if (!score_counts(s)) {
    fputs(" <span class=\"unknown\">", out);
    html_text(out, fmt_cause(m, s->cause, buf, sizeof buf));
    fputs("</span>", out);
  } else if (!ind->is_value) {
    fmt_fixed(buf, sizeof buf, s->value, m->dec.decimals);
    fprintf(out, " <span class=\"num score\">%s / %g</span>", buf, ind->max);
    if (s->status == S_CLAMPED) {                /* visible before the derivation is opened */
      char raw[64];
      fmt_exact(raw, sizeof raw, s->raw);
      fprintf(out, " <span class=\"unknown\">(%s %s: %s)</span>", raw, label(lang, L_CLAMPED), buf);
    }
  } else {
    fmt_value(buf, sizeof buf, m, eval_value(m, r, u, k), -1);
    fputs(" <span class=\"num score\">", out);
    html_text(out, buf);
    fputs("</span>", out);
  }
  for (int c = 0; ind->is_value && ind->targets && c < m->nctx; c++) {
    const Value *v = results_met(r, u, k, c);
    if (v->kind == V_NONE || (m->ctx_kind == CTX_PERIODS && c != r->period[u])) continue;
    fputs(" · ", out);
    html_text(out, m->ctxs[c].code);
    fputs(": ", out);
    met_span(out, v, lang);
  }
}

/* One indicator: its code, text and score in the summary, the derivation inside. */
static void indicator_details(FILE *out, Session *s, int u, int k, Lang lang) {
  Model *m = &s->model;
  const Indicator *ind = &m->inds[k];
  const Score *sc = results_score(&s->results, u, k);
  Emit e = { out, true };
  fprintf(out, "<details class=\"ind\" id=\"u%d-%d\" data-code=\"", u, k);
  html_text(out, ind->code);
  fputc('"', out);
  if (!ind->is_value && score_counts(sc)) {
    char exact[64];
    fmt_exact(exact, sizeof exact, sc->value);
    fprintf(out, " data-score=\"%s\"", exact);
  }
  fputs("><summary><span class=\"code\">", out);
  html_text(out, ind->code);
  fputs("</span> ", out);
  html_text(out, ind->text);
  indicator_status(out, m, &s->results, u, k, lang);
  fputs("</summary>\n<div class=\"deriv\">\n", out);
  explain_derivation(&e, m, &s->data, &s->results, u, k, lang);
  fputs("</div></details>\n", out);
}

/* A group's heading inside a unit, with the unit's points in it when the decision scores. */
static void group_heading(FILE *out, const Model *m, const Results *r, int u, int g, Lang lang) {
  const Group *gr = &m->groups[g];
  fprintf(out, "<h3 class=\"grp\">%s ", label(lang, L_GROUP));
  html_text(out, gr->code);
  fputs(" — ", out);
  html_text(out, gr->name);
  if (m->ctx_kind == CTX_NONE) {
    char buf[64];
    fmt_fixed(buf, sizeof buf, r->group_sum[(size_t)u * (size_t)m->ngroups + (size_t)g], m->dec.decimals);
    fprintf(out, ": <span class=\"num score\">%s", buf);
    if (gr->has_max) fprintf(out, " / %g", gr->max);
    fputs("</span>", out);
  }
  fputs("</h3>\n", out);
}

/* The unit's summary line: the total and rank, or the level and recognitions. */
static void unit_summary(FILE *out, const Model *m, const Results *r, int u, Lang lang) {
  char buf[64];
  if (m->ctx_kind == CTX_NONE) {
    fmt_fixed(buf, sizeof buf, r->total[u], m->dec.decimals);
    fprintf(out, " — %s: <span class=\"num score\">%s</span>", label(lang, L_TOTAL), buf);
    if (r->rank[u]) fprintf(out, " · %s %d", label(lang, L_RANK), r->rank[u]);
    if (r->unscored[u]) {
      fputs(" · <span class=\"unknown\">", out);
      fprintf(out, label_n(lang, L_UNSCORED, L_UNSCORED_ONE, r->unscored[u]), r->unscored[u]);
      fputs("</span>", out);
    }
    return;
  }
  const char *sep = " — ";
  if (m->level_rule.present) {
    fprintf(out, "%s%s: ", sep, label(lang, L_LEVEL_REACHED));
    if (r->level[u] >= 0) fprintf(out, "<span class=\"num score\">%d</span>", r->level[u]);
    else fprintf(out, "<span class=\"unknown\">%s</span>", label(lang, L_UNKNOWN));
    sep = " · ";
  }
  for (int i = 0; i < m->nrecs; i++, sep = " · ") {
    const Value *v = &r->recog[(size_t)u * (size_t)r->nrecs + (size_t)i];
    fputs(sep, out);
    html_text(out, m->recs[i].name);
    fputs(": ", out);
    met_span(out, v, lang);
  }
}

/* A unit: every indicator under its group, the totals or outcome, its data problems. */
static void unit_details(FILE *out, Session *s, int u, Lang lang) {
  Model *m = &s->model;
  const Dataset *ds = &s->data;
  Emit e = { out, true };
  fprintf(out, "<details class=\"unit\" id=\"u%d\" data-unit=\"", u);
  html_text(out, ds->unit_ids[u]);
  fputs("\"><summary><span class=\"code\">", out);
  html_text(out, ds->unit_ids[u]);
  fputs("</span> ", out);
  html_text(out, ds->names[u]);
  unit_summary(out, m, &s->results, u, lang);
  fprintf(out, "</summary>\n<p class=\"muted\">%s: <span class=\"src\">", label(lang, L_DATA));
  html_text(out, ds->path);
  fprintf(out, ":%zu</span></p>\n", ds->rows[u]);
  for (int k = 0; k < m->ninds; k++) {
    if (k == 0 || m->inds[k].group != m->inds[k - 1].group)
      group_heading(out, m, &s->results, u, m->inds[k].group, lang);
    indicator_details(out, s, u, k, lang);
  }
  fprintf(out, "<h3 class=\"grp\">%s</h3>\n<div class=\"deriv\">\n",
          label(lang, m->ctx_kind == CTX_NONE ? L_TOTAL : L_OUTCOME));
  explain_totals(&e, m, ds, &s->results, u, lang);
  fprintf(out, "</div>\n<h3 class=\"grp\">%s</h3>\n", label(lang, L_FINDINGS));
  close_list(out, diags_html(out, &s->data_diags, ds->unit_ids[u], s, 0), lang);
  fputs("</details>\n", out);
}

/* ------------------------------------------------------------ page */

void report_html(FILE *out, Session *s, Lang lang) {
  const Decision *d = &s->model.dec;
  char title[1024];
  snprintf(title, sizeof title, "%s — %s %s", label(lang, L_REPORT), label(lang, L_DECISION),
           d->number ? d->number : d->id);
  html_begin(out, title, lang, report_css);
  header(out, s, lang);
  results_section(out, s, lang);
  fprintf(out, "<section id=\"units\">\n<h2>%s</h2>\n<p class=\"muted\">%s</p>\n",
          label(lang, L_DERIVATIONS), label(lang, L_READ_HINT));
  for (int u = 0; u < s->results.nunits; u++) unit_details(out, s, u, lang);
  fprintf(out, "</section>\n<section id=\"problems\">\n<h2>%s</h2>\n", label(lang, L_ALL_FINDINGS));
  close_list(out, all_diags(out, s, true, 0), lang);
  fprintf(out, "</section>\n<script>\n%s</script>\n", report_js);
  html_end(out);
}
