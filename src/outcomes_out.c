/*
** outcomes_out.c — results of criteria met or not (see outcomes_out.h).
*/
#include "outcomes_out.h"

#include <stdlib.h>
#include <string.h>

#include "fmt.h"
#include "results_out.h"
#include "table.h"

static const Value *recog(const Results *r, int u, int i) {
  return &r->recog[(size_t)u * (size_t)r->nrecs + (size_t)i];
}

static const char *tri_csv(const Value *v) {
  return v->kind != V_BOOL ? "unknown" : v->n != 0 ? "yes" : "no";
}

const char *outcomes_met_word(const Value *v, Lang lang) {
  return label(lang, v->kind != V_BOOL ? L_UNKNOWN : v->n != 0 ? L_MET : L_NOT_MET);
}

bool outcomes_incomplete(const Model *m, const Results *r, int u) {
  for (int i = 0; i < m->nrecs; i++)
    if (recog(r, u, i)->kind != V_BOOL) return true;
  if (m->level_rule.present && r->level[u] < 0) return true;
  if (m->ctx_kind == CTX_PERIODS)
    return r->period[u] < 0 || eval_met_counts(m, r, u, r->period[u], TK_ANY).unknown > 0;
  for (int c = 0; c < m->nctx; c++)
    if (eval_met_counts(m, r, u, c, TK_ANY).unknown > 0) return true;
  return false;
}

static void rate_text(char *buf, size_t size, const Model *m, MetCounts n) {
  fmt_fixed(buf, size, n.assigned ? 100.0 * n.met / n.assigned : 0, m->dec.decimals);
}

void outcomes_met_text(char *buf, size_t size, const Model *m, MetCounts n, Lang lang) {
  char rate[64];
  rate_text(rate, sizeof rate, m, n);
  int len = n.assigned ? snprintf(buf, size, label(lang, L_MET_OF), n.met, n.assigned, rate)
          : snprintf(buf, size, "%s", label(lang, L_NONE_ASSIGNED));
  if (n.unknown > 0 && len > 0 && (size_t)len < size)
    snprintf(buf + len, size - (size_t)len, "; %s: %d", label(lang, L_UNKNOWN), n.unknown);
}

static void pair_text(char *buf, size_t size, MetCounts n) {
  snprintf(buf, size, "%d/%d", n.met, n.assigned);
}

/* ------------------------------------------------------------ table */

/* Columns before the recognitions: per kind of context. */
static int context_columns(const Model *m) {
  switch (m->ctx_kind) {
    case CTX_PERIODS: return 2;                          /* year, result */
    case CTX_LEVELS: return m->nctx + (m->level_rule.present ? 3 : 0);
    case CTX_TIERS: return 2 * m->nctx;
    default: return 0;
  }
}

static void level_text(char *buf, size_t size, const Model *m, int level, Lang lang) {
  if (level < 0) snprintf(buf, size, "%s", label(lang, L_UNKNOWN));
  else if (level == 0) snprintf(buf, size, "0 (%s)", label(lang, L_NO_LEVEL));
  else snprintf(buf, size, "%d — %s", level, m->ctxs[level - 1].label);
}

static void table_header(Table *t, const Model *m, Lang lang) {
  int col = 2;
  char buf[256];
  table_put(t, 0, 0, label(lang, L_UNIT));
  table_put(t, 0, 1, label(lang, L_NAME));
  if (m->ctx_kind == CTX_PERIODS) {
    table_put(t, 0, col++, label(lang, L_PERIOD));
    table_put(t, 0, col++, label(lang, L_RESULT));
  } else if (m->ctx_kind == CTX_LEVELS) {
    for (int c = 0; c < m->nctx; c++) {
      snprintf(buf, sizeof buf, "%s %d", label(lang, L_LEVEL), c + 1);
      t->right[col] = true;
      table_put(t, 0, col++, buf);
    }
    if (m->level_rule.present) {
      table_put(t, 0, col++, label(lang, L_LEVEL_REACHED));
      table_put(t, 0, col++, label(lang, L_REGISTERED));
      table_put(t, 0, col++, label(lang, L_REGISTERED_REACHED));
    }
  } else {
    for (int c = 0; c < m->nctx; c++)
      for (int kind = TK_MANDATORY; kind <= TK_EXTENDED; kind++) {
        snprintf(buf, sizeof buf, "%s: %s", m->ctxs[c].code, label(lang, kind == TK_MANDATORY ? L_MANDATORY : L_EXTENDED));
        t->right[col] = true;
        table_put(t, 0, col++, buf);
      }
  }
  for (int i = 0; i < m->nrecs; i++) table_put(t, 0, col++, m->recs[i].name);
  table_put(t, 0, col, label(lang, L_STATUS));
}

static void table_row(Table *t, const Model *m, const Dataset *ds, const Results *r, int u, Lang lang) {
  int row = u + 1, col = 2;
  char buf[256];
  table_put(t, row, 0, ds->unit_ids[u]);
  table_put(t, row, 1, ds->names[u]);
  if (m->ctx_kind == CTX_PERIODS) {
    int c = r->period[u];
    table_put(t, row, col++, c >= 0 ? m->ctxs[c].label : "?");
    if (c >= 0) outcomes_met_text(buf, sizeof buf, m, eval_met_counts(m, r, u, c, TK_ANY), lang);
    table_put(t, row, col++, c >= 0 ? buf : label(lang, L_UNKNOWN));
  } else if (m->ctx_kind == CTX_LEVELS) {
    for (int c = 0; c < m->nctx; c++) {
      pair_text(buf, sizeof buf, eval_met_counts(m, r, u, c, TK_ANY));
      table_put(t, row, col++, buf);
    }
    if (m->level_rule.present) {
      int reg = eval_registered(m, ds, u);
      level_text(buf, sizeof buf, m, r->level[u], lang);
      table_put(t, row, col++, buf);
      snprintf(buf, sizeof buf, "%d", reg);
      table_put(t, row, col++, reg >= 0 ? buf : "");
      table_put(t, row, col++, reg < 0 ? "" : r->level[u] < 0 ? label(lang, L_UNKNOWN)
                : label(lang, r->level[u] >= reg ? L_YES : L_NO));
    }
  } else {
    for (int c = 0; c < m->nctx; c++)
      for (int kind = TK_MANDATORY; kind <= TK_EXTENDED; kind++) {
        pair_text(buf, sizeof buf, eval_met_counts(m, r, u, c, kind));
        table_put(t, row, col++, buf);
      }
  }
  for (int i = 0; i < m->nrecs; i++) table_put(t, row, col++, outcomes_met_word(recog(r, u, i), lang));
  table_put(t, row, col, label(lang, outcomes_incomplete(m, r, u) ? L_INCOMPLETE : L_COMPLETE));
}

int outcomes_fill(Table *t, const Model *m, const Dataset *ds, const Results *r, Lang lang) {
  if (table_init(t, 3 + context_columns(m) + m->nrecs, r->nunits + 1) != 0) return -1;
  table_header(t, m, lang);
  for (int u = 0; u < r->nunits; u++) table_row(t, m, ds, r, u, lang);
  return 0;
}

void outcomes_table(FILE *out, const Model *m, const Dataset *ds, const Results *r, Lang lang) {
  results_heading(out, m, ds, r, lang);
  Table t;
  if (outcomes_fill(&t, m, ds, r, lang) != 0) return;
  table_print(out, &t);
  table_free(&t);
  if (m->nrecs > 0) fputc('\n', out);
  for (int i = 0; i < m->nrecs; i++) {
    const Recognition *rc = &m->recs[i];
    fprintf(out, "%s: %s", rc->name, rc->text ? rc->text : "");
    if (rc->ctx >= 0) fprintf(out, " (%s)", m->ctxs[rc->ctx].label);
    fprintf(out, " — %s\n", rc->rule.score.text ? rc->rule.score.text : "");
  }
}

/* ------------------------------------------------------------ CSV */

void outcomes_csv(FILE *out, const Model *m, const Dataset *ds, const Results *r) {
  char buf[256];
  fputs("unit,name", out);
  if (m->ctx_kind == CTX_PERIODS) fputs(",period,assigned,met,not_met,unknown,rate", out);
  if (m->ctx_kind == CTX_LEVELS) {
    for (int c = 0; c < m->nctx; c++) fprintf(out, ",L%d", c + 1);
    if (m->level_rule.present) fputs(",level,level_name,registered,registered_reached", out);
  }
  for (int c = 0; m->ctx_kind == CTX_TIERS && c < m->nctx; c++) {
    fputc(',', out); snprintf(buf, sizeof buf, "%s.mandatory", m->ctxs[c].code); csv_field(out, buf);
    fputc(',', out); snprintf(buf, sizeof buf, "%s.extended", m->ctxs[c].code); csv_field(out, buf);
  }
  for (int i = 0; i < m->nrecs; i++) { fputc(',', out); csv_field(out, m->recs[i].name); }
  fputs(",status\n", out);
  for (int u = 0; u < r->nunits; u++) {
    csv_field(out, ds->unit_ids[u]);
    fputc(',', out);
    csv_field(out, ds->names[u]);
    if (m->ctx_kind == CTX_PERIODS) {
      int c = r->period[u];
      MetCounts n = eval_met_counts(m, r, u, c, TK_ANY);
      rate_text(buf, sizeof buf, m, n);
      if (c < 0) fputs(",,,,,,", out);
      else fprintf(out, ",%s,%d,%d,%d,%d,%s", m->ctxs[c].code, n.assigned, n.met, n.not_met, n.unknown,
                   n.assigned ? buf : "");
    }
    if (m->ctx_kind == CTX_LEVELS) {
      for (int c = 0; c < m->nctx; c++) {
        pair_text(buf, sizeof buf, eval_met_counts(m, r, u, c, TK_ANY));
        fprintf(out, ",%s", buf);
      }
      if (m->level_rule.present) {
        int lv = r->level[u], reg = eval_registered(m, ds, u);
        if (lv < 0) fputs(",unknown,", out);
        else { fprintf(out, ",%d,", lv); if (lv > 0) csv_field(out, m->ctxs[lv - 1].label); }
        if (reg >= 0) fprintf(out, ",%d,%s", reg, lv < 0 ? "unknown" : lv >= reg ? "yes" : "no");
        else fputs(",,", out);
      }
    }
    for (int c = 0; m->ctx_kind == CTX_TIERS && c < m->nctx; c++) {
      MetCounts a = eval_met_counts(m, r, u, c, TK_MANDATORY), b = eval_met_counts(m, r, u, c, TK_EXTENDED);
      fprintf(out, ",%d/%d,%d/%d", a.met, a.assigned, b.met, b.assigned);
    }
    for (int i = 0; i < m->nrecs; i++) fprintf(out, ",%s", tri_csv(recog(r, u, i)));
    fprintf(out, ",%s\n", outcomes_incomplete(m, r, u) ? "incomplete" : "ok");
  }
}

/* ------------------------------------------------------------ JSON */

static void json_counts(FILE *out, MetCounts n) {
  fprintf(out, "{\"assigned\":%d,\"met\":%d,\"not_met\":%d,\"unknown\":%d}", n.assigned, n.met,
          n.not_met, n.unknown);
}

static void json_criteria(FILE *out, const Model *m, const Results *r, int u) {
  fputs(",\"criteria\":{", out);
  for (int k = 0, first = 1; k < m->ninds; k++) {
    const Indicator *ind = &m->inds[k];
    if (!ind->is_value) continue;
    if (!first) fputc(',', out);
    first = 0;
    json_string(out, ind->code);
    fputs(":{\"value\":", out);
    json_value(out, m, eval_value(m, r, u, k), -1);
    fputs(",\"met\":{", out);
    for (int c = 0, f2 = 1; ind->targets && c < m->nctx; c++) {
      const Value *v = results_met(r, u, k, c);
      if (v->kind == V_NONE) continue;         /* not assigned */
      if (!f2) fputc(',', out);
      f2 = 0;
      json_string(out, m->ctxs[c].code);
      fputc(':', out);
      json_value(out, m, *v, -1);
    }
    fputs("}}", out);
  }
  fputc('}', out);
}

void outcomes_json_recognitions(FILE *out, const Model *m, const Results *r, int u) {
  fputs("\"recognitions\":{", out);
  for (int i = 0; i < m->nrecs; i++) {
    if (i) fputc(',', out);
    json_string(out, m->recs[i].name);
    fputc(':', out);
    json_value(out, m, *recog(r, u, i), -1);
  }
  fputc('}', out);
}

void outcomes_json(FILE *out, const Model *m, const Dataset *ds, const Results *r) {
  static const char *const kinds[] = { "none", "periods", "levels", "tiers" };
  fputs("{\"decision\":", out);
  json_decision(out, m);
  fputs(",\"dataset\":", out);
  json_string(out, ds->path);
  fprintf(out, ",\"contexts\":{\"kind\":\"%s\",\"items\":[", kinds[m->ctx_kind]);
  for (int c = 0; c < m->nctx; c++) {
    fputs(c ? ",{\"code\":" : "{\"code\":", out);
    json_string(out, m->ctxs[c].code);
    fputs(",\"label\":", out);
    json_string(out, m->ctxs[c].label);
    fputc('}', out);
  }
  fputs("]},\"units\":[", out);
  for (int u = 0; u < r->nunits; u++) {
    fputs(u ? ",\n{" : "\n{", out);
    fputs("\"unit\":", out); json_string(out, ds->unit_ids[u]);
    fputs(",\"name\":", out); json_string(out, ds->names[u]);
    if (m->ctx_kind == CTX_PERIODS) {
      fputs(",\"period\":", out);
      if (r->period[u] >= 0) json_string(out, m->ctxs[r->period[u]].code); else fputs("null", out);
    }
    fputs(",\"contexts\":{", out);
    for (int c = 0; c < m->nctx; c++) {
      if (c) fputc(',', out);
      json_string(out, m->ctxs[c].code);
      fputc(':', out);
      if (m->ctx_kind != CTX_TIERS) { json_counts(out, eval_met_counts(m, r, u, c, TK_ANY)); continue; }
      fputs("{\"mandatory\":", out);
      json_counts(out, eval_met_counts(m, r, u, c, TK_MANDATORY));
      fputs(",\"extended\":", out);
      json_counts(out, eval_met_counts(m, r, u, c, TK_EXTENDED));
      fputc('}', out);
    }
    fputs("},", out);
    outcomes_json_recognitions(out, m, r, u);
    if (m->level_rule.present) {
      int reg = eval_registered(m, ds, u);
      fputs(",\"level\":", out);
      if (r->level[u] >= 0) fprintf(out, "%d", r->level[u]); else fputs("null", out);
      fputs(",\"registered\":", out);
      if (reg >= 0) fprintf(out, "%d", reg); else fputs("null", out);
      fputs(",\"registered_reached\":", out);
      fputs(reg < 0 || r->level[u] < 0 ? "null" : r->level[u] >= reg ? "true" : "false", out);
    }
    json_criteria(out, m, r, u);
    fprintf(out, ",\"status\":\"%s\"}", outcomes_incomplete(m, r, u) ? "incomplete" : "ok");
  }
  fputs("\n]}\n", out);
}
