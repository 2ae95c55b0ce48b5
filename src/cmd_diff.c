/*
** cmd_diff.c — tieuchi diff OLD.lua NEW.lua [--data DATA.csv]: what changed between two
** versions of a decision, and with a dataset, whose results change and why.
**
** Indicators are matched by code, then the ones left by their text (case, spaces and a
** final full stop ignored): a match by text under another code is a renumbering. For
** each pair: the text, the group, the max, the unit, the formula (a line diff), and the
** target in each context (matched by code: a year, a level, a tier), with mandatory or
** extended. Groups, contexts and recognitions (matched by name: text, tier, rule) too.
**
** A side may name a period: SCRIPT@2024 reads SCRIPT's targets of 2024 (and evaluates the
** data in 2024), so that `diff x.lua@2023 x.lua@2024` shows what a year's new targets
** change. With --data, both versions evaluate the same dataset; each unit whose total,
** rank, level or recognitions differ is listed with the indicators responsible (their
** score, or whether they are met, in each version).
**
** Exit codes: 0 nothing differs, 1 something does, 2 usage, 3 an error in a script.
*/
#include "commands.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cmdutil.h"
#include "exitcodes.h"
#include "fmt.h"
#include "i18n.h"
#include "labels.h"
#include "linediff.h"
#include "outcomes_out.h"
#include "session.h"
#include "text.h"

typedef struct Side {
  const char *arg, *path;
  int period;              /* SCRIPT@YEAR, or --period, or 0 */
  Session s;
} Side;

typedef struct Diff {
  FILE *out;
  Side old, new;
  int *new_of_old;         /* the indicator of NEW matched to each of OLD, or -1 */
  int *old_of_new;
  int changes;
  Lang lang;
  Arena arena;
} Diff;

/* ---------------------------------------------------------------- the two sides */

/* "path@2024": the path and the year; any other argument is a path. */
static void parse_side(Side *sd, const char *arg, int period, Arena *a) {
  const char *at = strrchr(arg, '@');
  sd->arg = arg;
  sd->path = arg;
  sd->period = period;
  if (at && at[1] && strspn(at + 1, "0123456789") == strlen(at + 1) && strlen(at + 1) <= 4) {
    sd->path = arena_strndup(a, arg, (size_t)(at - arg));
    sd->period = atoi(at + 1);
  }
}

/* A text as it is compared for a match: case-folded, spaces collapsed, no final stop. */
static char *normal_text(Arena *a, const char *s) {
  char *f = s ? text_casefold(a, s, strlen(s)) : NULL;
  if (f == NULL) return NULL;
  char *w = f;
  bool space = true;
  for (const char *p = f; *p; p++) {
    if (isspace((unsigned char)*p)) { if (!space) *w++ = ' '; space = true; continue; }
    *w++ = *p;
    space = false;
  }
  while (w > f && (w[-1] == ' ' || w[-1] == '.')) w--;
  *w = '\0';
  return f;
}

static bool str_differs(const char *a, const char *b) {
  return strcmp(a ? a : "", b ? b : "") != 0;
}

/* ---------------------------------------------------------------- matching */

static bool scored(const Indicator *ind) { return !ind->is_rule; }

static int match_indicators(Diff *d) {
  const Model *m0 = &d->old.s.model, *m1 = &d->new.s.model;
  d->new_of_old = arena_alloc(&d->arena, sizeof(int) * (size_t)(m0->ninds + 1));
  d->old_of_new = arena_alloc(&d->arena, sizeof(int) * (size_t)(m1->ninds + 1));
  if (!d->new_of_old || !d->old_of_new) return -1;
  for (int k = 0; k < m0->ninds; k++) d->new_of_old[k] = -1;
  for (int k = 0; k < m1->ninds; k++) d->old_of_new[k] = -1;
  for (int pass = 0; pass < 3; pass++)          /* code and text, text (renumbered), code */
    for (int k = 0; k < m1->ninds; k++) {
      if (d->old_of_new[k] >= 0 || !scored(&m1->inds[k])) continue;
      char *t1 = normal_text(&d->arena, m1->inds[k].text);
      for (int j = 0; t1 && j < m0->ninds; j++) {
        if (d->new_of_old[j] >= 0 || !scored(&m0->inds[j])) continue;
        bool code = strcmp(m0->inds[j].code, m1->inds[k].code) == 0;
        char *t0 = normal_text(&d->arena, m0->inds[j].text);
        bool text = t0 && *t0 && strcmp(t0, t1) == 0;
        if (pass == 0 ? code && text : pass == 1 ? text : code) {
          d->new_of_old[j] = k;
          d->old_of_new[k] = j;
          break;
        }
      }
    }
  return 0;
}

/* ---------------------------------------------------------------- the decision */

/* The header line of an indicator's changes, once. */
static void ind_title(Diff *d, int k0, int k1, bool *shown) {
  if (*shown) return;
  *shown = true;
  const Model *m0 = &d->old.s.model, *m1 = &d->new.s.model;
  if (k0 < 0) fprintf(d->out, _("+ indicator %s added: %s\n"), m1->inds[k1].code, m1->inds[k1].text);
  else if (k1 < 0) fprintf(d->out, _("- indicator %s removed: %s\n"), m0->inds[k0].code, m0->inds[k0].text);
  else if (strcmp(m0->inds[k0].code, m1->inds[k1].code) != 0)
    fprintf(d->out, _("~ indicator %s renumbered %s (the same text): %s\n"), m0->inds[k0].code,
            m1->inds[k1].code, m1->inds[k1].text);
  else fprintf(d->out, _("~ indicator %s: %s\n"), m1->inds[k1].code, m1->inds[k1].text);
}

/* The formula as written: the pattern call, or the text. */
static const char *formula_shown(const Indicator *ind) {
  return ind->score.shown ? ind->score.shown : ind->score.text ? ind->score.text : "";
}

/* A target as a person reads it: "mandatory, >= 45%", "not assigned". */
static const char *target_text(Diff *d, const Model *m, const Indicator *ind, int c) {
  if (c < 0 || ind->targets == NULL) return _("(no such context)");
  const Target *t = &ind->targets[c];
  if (!t->assigned) return label(d->lang, L_NOT_ASSIGNED);
  if (m->ctx_kind == CTX_TIERS && t->kind != TK_ANY)
    return arena_printf(&d->arena, "%s, %s", label(d->lang, t->kind == TK_MANDATORY ? L_MANDATORY
                                                   : L_EXTENDED), t->raw ? t->raw : "");
  return t->raw ? t->raw : "";
}

/* The targets: per context code, or the two periods' when a side names one. */
static void diff_targets(Diff *d, int k0, int k1, bool *shown) {
  const Model *m0 = &d->old.s.model, *m1 = &d->new.s.model;
  const Indicator *a = &m0->inds[k0], *b = &m1->inds[k1];
  if (!a->is_value && !b->is_value) return;
  if (d->old.period || d->new.period) {
    int c0 = d->old.period ? model_find_context(m0, arena_printf(&d->arena, "%d", d->old.period)) : -1;
    int c1 = d->new.period ? model_find_context(m1, arena_printf(&d->arena, "%d", d->new.period)) : -1;
    const char *t0 = target_text(d, m0, a, c0), *t1 = target_text(d, m1, b, c1);
    if (strcmp(t0, t1) == 0) return;
    ind_title(d, k0, k1, shown);
    fprintf(d->out, _("    target %s → %s: %s → %s\n"), c0 >= 0 ? m0->ctxs[c0].code : "-",
            c1 >= 0 ? m1->ctxs[c1].code : "-", t0, t1);
    d->changes++;
    return;
  }
  for (int c1 = 0; c1 < m1->nctx; c1++) {
    int c0 = model_find_context(m0, m1->ctxs[c1].code);
    const char *t0 = target_text(d, m0, a, c0), *t1 = target_text(d, m1, b, c1);
    if (strcmp(t0, t1) == 0) continue;
    ind_title(d, k0, k1, shown);
    fprintf(d->out, _("    target %s: %s → %s\n"), m1->ctxs[c1].label, t0, t1);
    d->changes++;
  }
}

static void diff_pair(Diff *d, int k0, int k1) {
  const Model *m0 = &d->old.s.model, *m1 = &d->new.s.model;
  const Indicator *a = &m0->inds[k0], *b = &m1->inds[k1];
  bool shown = false;
  if (strcmp(a->code, b->code) != 0) { ind_title(d, k0, k1, &shown); d->changes++; }
  if (str_differs(a->text, b->text)) {
    ind_title(d, k0, k1, &shown);
    fprintf(d->out, _("    text: %s\n       → %s\n"), a->text, b->text);
    d->changes++;
  }
  const char *g0 = m0->groups[a->group].code, *g1 = m1->groups[b->group].code;
  if (strcmp(g0, g1) != 0) {
    ind_title(d, k0, k1, &shown);
    fprintf(d->out, _("    group: %s → %s\n"), g0, g1);
    d->changes++;
  }
  if (!a->is_value && !b->is_value && a->max != b->max) {
    ind_title(d, k0, k1, &shown);
    fprintf(d->out, _("    max points: %g → %g\n"), a->max, b->max);
    d->changes++;
  }
  if (str_differs(a->unit, b->unit)) {
    ind_title(d, k0, k1, &shown);
    fprintf(d->out, _("    unit: %s → %s\n"), a->unit ? a->unit : "", b->unit ? b->unit : "");
    d->changes++;
  }
  if (strcmp(formula_shown(a), formula_shown(b)) != 0) {
    ind_title(d, k0, k1, &shown);
    fprintf(d->out, "    %s\n", a->is_value || b->is_value ? _("value:") : _("formula:"));
    linediff(d->out, "      ", formula_shown(a), formula_shown(b));
    d->changes++;
  }
  diff_targets(d, k0, k1, &shown);
}

static void diff_groups(Diff *d) {
  const Model *m0 = &d->old.s.model, *m1 = &d->new.s.model;
  for (int g = 0; g < m1->ngroups; g++) {
    int h = model_find_group(m0, m1->groups[g].code);
    if (h < 0) {
      fprintf(d->out, _("+ group %s added: %s\n"), m1->groups[g].code, m1->groups[g].name);
      d->changes++;
    } else if (m0->groups[h].has_max != m1->groups[g].has_max || m0->groups[h].max != m1->groups[g].max) {
      fprintf(d->out, _("~ group %s: max points %g → %g\n"), m1->groups[g].code, m0->groups[h].max,
              m1->groups[g].max);
      d->changes++;
    }
  }
  for (int h = 0; h < m0->ngroups; h++)
    if (model_find_group(m1, m0->groups[h].code) < 0) {
      fprintf(d->out, _("- group %s removed: %s\n"), m0->groups[h].code, m0->groups[h].name);
      d->changes++;
    }
}

static void diff_contexts(Diff *d) {
  const Model *m0 = &d->old.s.model, *m1 = &d->new.s.model;
  if (d->old.period || d->new.period) return;   /* one period each: compared per criterion */
  for (int c = 0; c < m1->nctx; c++)
    if (model_find_context(m0, m1->ctxs[c].code) < 0) {
      fprintf(d->out, _("+ context %s added\n"), m1->ctxs[c].label);
      d->changes++;
    }
  for (int c = 0; c < m0->nctx; c++)
    if (model_find_context(m1, m0->ctxs[c].code) < 0) {
      fprintf(d->out, _("- context %s removed\n"), m0->ctxs[c].label);
      d->changes++;
    }
}

static void diff_recognitions(Diff *d) {
  const Model *m0 = &d->old.s.model, *m1 = &d->new.s.model;
  for (int i = 0; i < m1->nrecs; i++) {
    const Recognition *b = &m1->recs[i];
    int j = model_find_recognition(m0, b->name);
    if (j < 0) {
      fprintf(d->out, _("+ recognition %s added: %s\n"), b->name, b->text);
      d->changes++;
      continue;
    }
    const Recognition *a = &m0->recs[j];
    bool text = str_differs(a->text, b->text), rule = str_differs(a->rule.score.text, b->rule.score.text);
    const char *t0 = a->ctx >= 0 ? m0->ctxs[a->ctx].code : "", *t1 = b->ctx >= 0 ? m1->ctxs[b->ctx].code : "";
    bool tier = strcmp(t0, t1) != 0;
    if (!text && !rule && !tier) continue;
    fprintf(d->out, _("~ recognition %s: %s\n"), b->name, b->text);
    if (text) fprintf(d->out, _("    text: %s\n       → %s\n"), a->text, b->text);
    if (tier) fprintf(d->out, _("    tier: %s → %s\n"), t0, t1);
    if (rule) {
      fprintf(d->out, "    %s\n", _("rule:"));
      linediff(d->out, "      ", a->rule.score.text, b->rule.score.text);
    }
    d->changes += text + tier + rule;
  }
  for (int j = 0; j < m0->nrecs; j++)
    if (model_find_recognition(m1, m0->recs[j].name) < 0) {
      fprintf(d->out, _("- recognition %s removed: %s\n"), m0->recs[j].name, m0->recs[j].text);
      d->changes++;
    }
}

static void diff_decision(Diff *d) {
  const Model *m0 = &d->old.s.model, *m1 = &d->new.s.model;
  const Decision *a = &m0->dec, *b = &m1->dec;
  fprintf(d->out, _("Decision: %s → %s\n"), d->old.arg, d->new.arg);
  struct { const char *name, *x, *y; } f[] = {
    { N_("number"), a->number, b->number }, { N_("issued"), a->issued, b->issued },
    { N_("title"), a->title, b->title }, { N_("issuer"), a->issuer, b->issuer },
  };
  for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
    if (str_differs(f[i].x, f[i].y)) {
      fprintf(d->out, "~ %s: %s → %s\n", _(f[i].name), f[i].x ? f[i].x : "", f[i].y ? f[i].y : "");
      d->changes++;
    }
  diff_groups(d);
  diff_contexts(d);
  for (int k = 0; k < m1->ninds; k++) {
    if (!scored(&m1->inds[k])) continue;
    if (d->old_of_new[k] >= 0) diff_pair(d, d->old_of_new[k], k);
    else {
      bool shown = false;
      ind_title(d, -1, k, &shown);
      d->changes++;
    }
  }
  for (int k = 0; k < m0->ninds; k++)
    if (scored(&m0->inds[k]) && d->new_of_old[k] < 0) {
      bool shown = false;
      ind_title(d, k, -1, &shown);
      d->changes++;
    }
  diff_recognitions(d);
  if (d->changes == 0) fprintf(d->out, "%s\n", _("No change in the decision."));
}

/* ---------------------------------------------------------------- the impact on the data */

static const char *score_text(Diff *d, const Model *m, const Score *s) {
  if (!score_counts(s)) return label(d->lang, L_UNKNOWN);
  char buf[64];
  fmt_fixed(buf, sizeof buf, s->value, m->dec.decimals);
  return arena_strdup(&d->arena, buf);
}

/* The context of one side a unit is judged in, for the context of the other side: the
** unit's period (periods), else the context with the same code. */
static int side_context(const Side *sd, int u, const char *code) {
  const Model *m = &sd->s.model;
  if (m->ctx_kind == CTX_PERIODS) return sd->s.results.period[u];
  return code ? model_find_context(m, code) : -1;
}

/* "2024", or "2023 → 2024" when the two sides judge the unit in different contexts. */
static const char *ctx_label(Diff *d, int c0, int c1) {
  const char *a = d->old.s.model.ctxs[c0].label, *b = d->new.s.model.ctxs[c1].label;
  return strcmp(a, b) == 0 ? b : arena_printf(&d->arena, "%s → %s", a, b);
}

static const char *met_text(Diff *d, const Value *v) {
  return v->kind == V_NONE ? label(d->lang, L_NOT_ASSIGNED) : outcomes_met_word(v, d->lang);
}

static bool same_value(const Value *a, const Value *b) {
  return a->kind == b->kind && (a->kind != V_NUM && a->kind != V_BOOL ? true : a->n == b->n);
}

/* The indicators responsible for unit u's change: each whose score, or met in the context
** compared, differs. */
static void why_unit(Diff *d, int u0, int u1, bool outcomes) {
  const Model *m0 = &d->old.s.model, *m1 = &d->new.s.model;
  const Results *r0 = &d->old.s.results, *r1 = &d->new.s.results;
  for (int k1 = 0; k1 < m1->ninds; k1++) {
    int k0 = d->old_of_new[k1];
    if (!scored(&m1->inds[k1])) continue;
    if (k0 < 0) {                              /* added: what it scores now */
      if (!outcomes)
        fprintf(d->out, _("    %s (added): %s\n"), m1->inds[k1].code,
                score_text(d, m1, results_score(r1, u1, k1)));
      continue;
    }
    if (!outcomes) {
      const Score *a = results_score(r0, u0, k0), *b = results_score(r1, u1, k1);
      if (score_counts(a) == score_counts(b) && (!score_counts(a) || fabs(a->value - b->value) < 1e-9))
        continue;
      fprintf(d->out, "    %s: %s → %s\n", m1->inds[k1].code, score_text(d, m0, a), score_text(d, m1, b));
      continue;
    }
    for (int c1 = 0; c1 < m1->nctx; c1++) {
      int c0 = side_context(&d->old, u0, m1->ctxs[c1].code);
      if (m1->ctx_kind == CTX_PERIODS && c1 != r1->period[u1]) continue;
      if (c0 < 0) continue;
      const Value *a = results_met(r0, u0, k0, c0), *b = results_met(r1, u1, k1, c1);
      if (same_value(a, b)) continue;
      char val[96];
      Value v = eval_value(m1, r1, u1, k1);
      const char *unit = m1->inds[k1].unit;
      if (v.kind == V_NUM && unit && strcmp(unit, "%") == 0) {   /* a rate, as the targets */
        fmt_fixed(val, sizeof val, v.n * 100, 2);
        strcat(val, " %");
      } else {
        fmt_value(val, sizeof val, m1, v, -1);
      }
      fprintf(d->out, "    %s [%s]: %s → %s (%s %s; %s %s → %s)\n", m1->inds[k1].code,
              ctx_label(d, c0, c1), met_text(d, a), met_text(d, b), _("value"), val, _("target"),
              target_text(d, m0, &m0->inds[k0], c0), target_text(d, m1, &m1->inds[k1], c1));
    }
  }
}

/* Removed indicators: what they scored. */
static void why_removed(Diff *d, int u0) {
  const Model *m0 = &d->old.s.model;
  for (int k0 = 0; k0 < m0->ninds; k0++)
    if (scored(&m0->inds[k0]) && d->new_of_old[k0] < 0 && m0->ctx_kind == CTX_NONE)
      fprintf(d->out, _("    %s (removed): %s\n"), m0->inds[k0].code,
              score_text(d, m0, results_score(&d->old.s.results, u0, k0)));
}

static const char *recog_word(Diff *d, const Value *v) {
  return label(d->lang, v->kind != V_BOOL ? L_UNKNOWN : v->n != 0 ? L_YES : L_NO);
}

/* What changes in unit u's own results: printed after its title. Returns whether any. */
static bool unit_changes(Diff *d, int u0, int u1, FILE *out) {
  const Model *m0 = &d->old.s.model, *m1 = &d->new.s.model;
  const Results *r0 = &d->old.s.results, *r1 = &d->new.s.results;
  bool any = false;
  char a[64], b[64], delta[64];
  if (m1->ctx_kind == CTX_NONE && m0->ctx_kind == CTX_NONE) {
    if (fabs(r0->total[u0] - r1->total[u1]) >= 1e-9) {
      fmt_fixed(a, sizeof a, r0->total[u0], m0->dec.decimals);
      fmt_fixed(b, sizeof b, r1->total[u1], m1->dec.decimals);
      fmt_fixed(delta, sizeof delta, r1->total[u1] - r0->total[u0], m1->dec.decimals);
      fprintf(out, _("    total: %s → %s (%s%s)\n"), a, b, r1->total[u1] > r0->total[u0] ? "+" : "", delta);
      any = true;
    }
    if (r0->rank[u0] != r1->rank[u1]) {
      snprintf(a, sizeof a, "%d", r0->rank[u0]);
      snprintf(b, sizeof b, "%d", r1->rank[u1]);
      fprintf(out, _("    rank: %s → %s\n"), r0->rank[u0] ? a : label(d->lang, L_NOT_RANKED),
              r1->rank[u1] ? b : label(d->lang, L_NOT_RANKED));
      any = true;
    }
    return any;
  }
  for (int c1 = 0; c1 < m1->nctx; c1++) {     /* criteria met in each context compared */
    int c0 = side_context(&d->old, u0, m1->ctxs[c1].code);
    if ((m1->ctx_kind == CTX_PERIODS && c1 != r1->period[u1]) || c0 < 0) continue;
    MetCounts x = eval_met_counts(m0, r0, u0, c0, TK_ANY), y = eval_met_counts(m1, r1, u1, c1, TK_ANY);
    if (x.met == y.met && x.assigned == y.assigned && x.unknown == y.unknown) continue;
    fprintf(out, _("    criteria met [%s]: %d/%d → %d/%d\n"), ctx_label(d, c0, c1), x.met, x.assigned,
            y.met, y.assigned);
    any = true;
  }
  if (r0->level && r1->level && m1->ctx_kind == CTX_LEVELS && r0->level[u0] != r1->level[u1]) {
    fprintf(out, _("    level: %d → %d\n"), r0->level[u0], r1->level[u1]);
    any = true;
  }
  for (int i = 0; i < m1->nrecs; i++) {
    int j = model_find_recognition(m0, m1->recs[i].name);
    if (j < 0) continue;
    const Value *x = &r0->recog[(size_t)u0 * (size_t)r0->nrecs + (size_t)j];
    const Value *y = &r1->recog[(size_t)u1 * (size_t)r1->nrecs + (size_t)i];
    if (same_value(x, y)) continue;
    fprintf(out, _("    recognition %s: %s → %s\n"), m1->recs[i].name, recog_word(d, x), recog_word(d, y));
    any = true;
  }
  return any;
}

static int impact(Diff *d, const Options *o) {
  EvalRequest q0 = { o->decimal_comma, false, d->old.period, o->children, NULL, NULL, NULL, 0, false };
  EvalRequest q1 = { o->decimal_comma, false, d->new.period, o->children, NULL, NULL, NULL, 0, false };
  session_evaluate(&d->old.s, o->data, &q0);
  session_evaluate(&d->new.s, o->data, &q1);
  diag_print(&d->new.s.data_diags, stderr);    /* the same data: the new version's findings */
  if (!d->old.s.have_results || !d->new.s.have_results) return -1;
  const Dataset *ds0 = &d->old.s.data, *ds1 = &d->new.s.data;
  bool outcomes = d->new.s.model.ctx_kind != CTX_NONE;
  int changed = 0;
  fprintf(d->out, _("\nImpact on %s:\n"), o->data);
  for (int u1 = 0; u1 < ds1->nunits; u1++) {
    int u0 = dataset_find_unit(ds0, ds1->unit_ids[u1]);
    if (u0 < 0) continue;
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    if (mem == NULL) return -1;
    bool any = unit_changes(d, u0, u1, mem);
    fclose(mem);
    if (any) {
      fprintf(d->out, "%s %s\n%s", ds1->unit_ids[u1], ds1->names[u1], text);
      fprintf(d->out, "    %s\n", _("because of:"));
      why_unit(d, u0, u1, outcomes);
      why_removed(d, u0);
      changed++;
    }
    free(text);
  }
  fprintf(d->out, _("%d of %d units change.\n"), changed, ds1->nunits);
  d->changes += changed;
  return 0;
}

int cmd_diff(const Options *o) {
  int rc = cmd_need_args(o, 2, "tieuchi diff OLD.lua NEW.lua [--data DATA.csv]");
  if (rc) return rc;
  Diff d = { .out = stdout, .lang = o->lang };
  parse_side(&d.old, o->args[0], o->period, &d.arena);
  parse_side(&d.new, o->args[1], o->period, &d.arena);
  int r0 = session_load_script(&d.old.s, d.old.path);
  int r1 = session_load_script(&d.new.s, d.new.path);
  if (r0 != EXIT_OK || r1 != EXIT_OK) {
    session_print_diags(&d.old.s);
    session_print_diags(&d.new.s);
    rc = r0 != EXIT_OK ? r0 : r1;
  } else if (match_indicators(&d) != 0) {
    fprintf(stderr, "tieuchi: out of memory\n");
    rc = EXIT_USAGE;
  } else {
    diff_decision(&d);
    if (o->data && impact(&d, o) != 0) rc = EXIT_USAGE;
    if (rc == EXIT_OK) rc = d.changes ? EXIT_DATA : EXIT_OK;
  }
  session_free(&d.old.s);
  session_free(&d.new.s);
  arena_free(&d.arena);
  return rc;
}
