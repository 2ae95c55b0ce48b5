/*
** cmd_gap.c — tieuchi gap: what a unit lacks to reach a goal, and the smallest change
** of its inputs that reaches it (gap.h); with --all, every unit ranked by how close it is.
**
** Exit codes: 0 when the goal is met or a confirmed plan reaches it (--all: always, the
** table says which units cannot), 1 when no change found reaches it, 2 and 3 as for
** every command. Data problems of the unit are printed on stderr; they do not change
** the code.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmdutil.h"
#include "commands.h"
#include "exitcodes.h"
#include "fmt.h"
#include "gap.h"
#include "i18n.h"
#include "lists_out.h"
#include "results_out.h"
#include "text.h"

typedef struct GapRun {
  const Options *o;
  Session *s;
  EvalOptions eo;
  Goal goal;
  FILE *out;
  bool csv;
} GapRun;

/* ------------------------------------------------------------------ values */

/* An input's value as the dataset would hold it: 1256, 85.5 %, yes, an option code. */
static void input_text(char *buf, size_t size, const GapRun *g, const Input *in, bool had, double v) {
  if (!had) snprintf(buf, size, "%s", g->csv ? "" : _("(blank)"));
  else if (in->type == IN_YESNO) snprintf(buf, size, "%s", g->csv ? (v != 0 ? "yes" : "no") : label(g->o->lang, v != 0 ? L_YES : L_NO));
  else if (in->type == IN_CHOICE && v >= 0 && v < in->noptions) snprintf(buf, size, "%s", in->options[(int)v].code);
  else if (in->type == IN_PERCENT) {
    char n[64];
    fmt_exact(n, sizeof n, round(v * 1e6) / 1e4);
    snprintf(buf, size, g->csv ? "%s" : "%s %%", n);
  } else fmt_exact(buf, size, v);
}

/* "+52", "−3", "+2.5 pp" for a numeric change; "" for the others. */
static void delta_text(char *buf, size_t size, const Input *in, double from, double to) {
  buf[0] = '\0';
  if (in->type == IN_YESNO || in->type == IN_CHOICE || in->type == IN_TEXT) return;
  double d = in->type == IN_PERCENT ? round((to - from) * 1e6) / 1e4 : to - from;
  char n[64];
  fmt_exact(n, sizeof n, fabs(d));
  snprintf(buf, size, "%s%s%s", d < 0 ? "−" : "+", n, in->type == IN_PERCENT ? _(" percentage points") : "");
}

/* A criterion's value or an indicator's points: "78.2 %", "yes", "7.5". */
static void lever_value(char *buf, size_t size, const Model *m, const Results *r, int u, int k) {
  const Indicator *ind = &m->inds[k];
  if (!ind->is_value) {
    const Score *sc = results_score(r, u, k);
    if (score_counts(sc)) fmt_fixed(buf, size, sc->value, m->dec.decimals);
    else fmt_cause(m, sc->cause, buf, size);
    return;
  }
  Value v = eval_value(m, r, u, k);
  if (v.kind == V_NUM && ind->unit && strcmp(ind->unit, "%") == 0) {
    char n[64];
    fmt_fixed(n, sizeof n, v.n * 100, 2);
    snprintf(buf, size, "%s %%", n);
  } else fmt_value(buf, size, m, v, -1);
}

/* The target of criterion k that the goal judges (the last context that assigns one). */
static const char *lever_target(const GapRun *g, int u, int k) {
  const Model *m = &g->s->model;
  if (!m->inds[k].is_value) return NULL;
  int first, count;
  gap_contexts(m, &g->s->results, u, &g->goal, &first, &count);
  const char *raw = NULL;
  for (int c = first; c < first + count; c++)
    if (m->inds[k].targets[c].assigned) raw = m->inds[k].targets[c].raw;
  return raw;
}

/* ------------------------------------------------------------------ the goal */

static void goal_text(char *buf, size_t size, const Model *m, const Goal *goal) {
  char n[64];
  switch (goal->kind) {
  case GOAL_LEVEL:
    snprintf(buf, size, _("level %d — %s"), goal->level, m->ctxs[goal->level - 1].label);
    break;
  case GOAL_RECOGNITION:
    snprintf(buf, size, "%s (%s)", m->recs[goal->rec].text ? m->recs[goal->rec].text : m->recs[goal->rec].name,
             m->recs[goal->rec].name);
    break;
  case GOAL_SCORE:
    fmt_exact(n, sizeof n, goal->score);
    snprintf(buf, size, _("a total of at least %s points"), n);
    break;
  }
}

/* Where the unit stands against the goal now: its level, recognition or total. */
static void standing_text(char *buf, size_t size, const Model *m, const Results *r, int u, const Goal *goal) {
  char n[64];
  switch (goal->kind) {
  case GOAL_LEVEL:
    if (r->level[u] < 0) snprintf(buf, size, "%s", _("level unknown (missing data)"));
    else if (r->level[u] == 0) snprintf(buf, size, "%s", _("below level 1"));
    else snprintf(buf, size, _("level %d — %s"), r->level[u], m->ctxs[r->level[u] - 1].label);
    break;
  case GOAL_RECOGNITION: {
    const Value *v = &r->recog[(size_t)u * (size_t)m->nrecs + (size_t)goal->rec];
    snprintf(buf, size, "%s", v->kind != V_BOOL ? _("unknown (missing data)") : v->n != 0 ? _("recognised") : _("not recognised"));
    break;
  }
  case GOAL_SCORE:
    fmt_fixed(n, sizeof n, r->total[u], m->dec.decimals);
    snprintf(buf, size, _("%s points"), n);
    break;
  }
}

/* ------------------------------------------------------------------ one unit */

/* "      I.3.a (label): 45 → 50 (+5 hồ sơ)" */
static void print_input_change(const GapRun *g, const Input *in, const GapChange *c) {
  char from[96], to[96], delta[96];
  input_text(from, sizeof from, g, in, c->had, c->from);
  input_text(to, sizeof to, g, in, true, c->to);
  delta[0] = '\0';
  if (c->had) delta_text(delta, sizeof delta, in, c->from, c->to);   /* not for a blank filled */
  fprintf(g->out, "      %s", in->name);
  if (in->label) fprintf(g->out, " (%s)", in->label);
  fprintf(g->out, ": %s → %s", from, to);
  bool unit = in->unit && in->unit[0] && in->type != IN_PERCENT;
  if (delta[0]) fprintf(g->out, " (%s%s%s)", delta, unit ? " " : "", unit ? in->unit : "");
  fputc('\n', g->out);
}

/* An input a list gave the unit (lists.h) is changed in the list, not in the dataset: the
   rows counted and those not counted, each with why, say which rows to add or correct. */
static void print_list_rows(const GapRun *g, int u, int input) {
  InputOrigin o;
  derive_input(&g->s->data, &g->s->model, u, input, &o);
  if (o.list == NULL) return;
  fprintf(g->out, "%s\n", _("        counted from a list: add or correct its rows (the dataset's figure "
                            "is not read)"));
  Emit e = { g->out, false };
  lists_explain(&e, &o, u, "        ");
}

static void print_change_text(const GapRun *g, int u, const GapPlan *p, const GapChange *c) {
  const Model *m = &g->s->model;
  const Input *in = &m->inputs[c->input];
  char before[96], after[96];
  if (c->lever == GAP_RULE) {
    const Recognition *rec = &m->recs[g->goal.rec];
    fprintf(g->out, _("  the rule of %s: %s\n"), rec->name, rec->rule.score.text);
    print_input_change(g, in, c);
    print_list_rows(g, u, c->input);
    return;
  }
  lever_value(before, sizeof before, m, &g->s->results, u, c->lever);
  lever_value(after, sizeof after, m, &p->after, u, c->lever);
  const char *target = lever_target(g, u, c->lever);
  fprintf(g->out, "  %s: %s → %s", m->inds[c->lever].code, before, after);
  char max[64];
  fmt_exact(max, sizeof max, m->inds[c->lever].max);
  if (target) fprintf(g->out, _(" (target %s)"), target);
  else fprintf(g->out, _(" (of %s points)"), max);
  fputc('\n', g->out);
  print_input_change(g, in, c);
  print_list_rows(g, u, c->input);
}

static void print_unit_text(const GapRun *g, int u, const GapPlan *p) {
  const Model *m = &g->s->model;
  const Dataset *ds = &g->s->data;
  char goal[1024], now[128];
  goal_text(goal, sizeof goal, m, &g->goal);
  standing_text(now, sizeof now, m, &g->s->results, u, &g->goal);
  fprintf(g->out, "%s (%s)\n", ds->names[u][0] ? ds->names[u] : ds->unit_ids[u], ds->unit_ids[u]);
  fprintf(g->out, _("  goal: %s\n  now:  %s\n"), goal, now);
  if (p->outcome == GAP_MET) {
    fprintf(g->out, "%s", _("  The goal is met already: nothing to change.\n"));
    return;
  }
  if (p->outcome == GAP_UNREACHABLE) {
    fprintf(g->out, "%s", _("  No change of this unit's inputs that was searched reaches the goal.\n"));
    for (int j = 0; j < p->nstuck; j++)
      fprintf(g->out, _("  %s: no value of any one of its inputs meets it\n"),
              p->stuck[j] == GAP_RULE ? m->recs[g->goal.rec].name : m->inds[p->stuck[j]].code);
    return;
  }
  fprintf(g->out, P_("  %d change reaches the goal (evaluated again: met):\n",
                           "  %d changes reach the goal (evaluated again: met):\n", (unsigned long)p->nchanges),
          p->nchanges);
  for (int j = 0; j < p->nchanges; j++) print_change_text(g, u, p, &p->changes[j]);
}

static void print_unit_csv(const GapRun *g, int u, const GapPlan *p) {
  const Model *m = &g->s->model;
  static const char *const outcomes[] = { "met", "plan", "unreachable" };
  for (int j = 0; j < (p->nchanges ? p->nchanges : 1); j++) {
    const GapChange *c = p->nchanges ? &p->changes[j] : NULL;
    char from[96] = "", to[96] = "";
    if (c) {
      input_text(from, sizeof from, g, &m->inputs[c->input], c->had, c->from);
      input_text(to, sizeof to, g, &m->inputs[c->input], true, c->to);
    }
    csv_field(g->out, g->s->data.unit_ids[u]);
    fprintf(g->out, ",%s,", outcomes[p->outcome]);
    csv_field(g->out, c == NULL ? "" : c->lever == GAP_RULE ? m->recs[g->goal.rec].name : m->inds[c->lever].code);
    fputc(',', g->out);
    csv_field(g->out, c ? m->inputs[c->input].name : "");
    fprintf(g->out, ",%s,%s\n", from, to);
  }
}

/* ------------------------------------------------------------------ every unit */

typedef struct Ranked { int u, outcome, nchanges; double cost; } Ranked;

static int by_closeness(const void *a, const void *b) {
  const Ranked *x = a, *y = b;
  if (x->outcome != y->outcome) return x->outcome - y->outcome;
  if (x->nchanges != y->nchanges) return x->nchanges - y->nchanges;
  if (x->cost != y->cost) return x->cost < y->cost ? -1 : 1;
  return x->u - y->u;
}

/* s and spaces up to `width` display columns (at least one space). */
static void pad(FILE *out, const char *s, size_t width) {
  size_t w = text_width(s);
  fputs(s, out);
  do fputc(' ', out); while (++w < width);
}

static void print_ranking(const GapRun *g, const Ranked *v, int n) {
  const Dataset *ds = &g->s->data;
  char goal[1024];
  goal_text(goal, sizeof goal, &g->s->model, &g->goal);
  fprintf(g->out, _("Units ranked by how close they are to the goal: %s\n\n"), goal);
  for (int j = 0; j < n; j++) {
    const Ranked *r = &v[j];
    fprintf(g->out, "%3d  ", j + 1);
    pad(g->out, ds->unit_ids[r->u], 7);
    pad(g->out, ds->names[r->u], 30);
    if (r->outcome == GAP_MET) fprintf(g->out, "%s\n", _("met already"));
    else if (r->outcome == GAP_UNREACHABLE) fprintf(g->out, "%s\n", _("not reachable by the changes searched"));
    else fprintf(g->out, P_("%d change (size %.2f)\n", "%d changes (size %.2f)\n", (unsigned long)r->nchanges),
                 r->nchanges, r->cost);
  }
}

static int plan_all(GapRun *g) {
  int n = g->s->data.nunits;
  Ranked *v = calloc((size_t)n + 1, sizeof *v);
  if (v == NULL) return EXIT_USAGE;
  for (int u = 0; u < n; u++) {
    GapPlan p;
    if (gap_plan(g->s, &g->eo, u, &g->goal, &p) != 0) {
      free(v);
      fprintf(stderr, "%s", _("tieuchi: out of memory planning the changes\n"));
      return EXIT_USAGE;
    }
    v[u] = (Ranked){ u, p.outcome, p.nchanges, p.cost };
    if (g->csv) print_unit_csv(g, u, &p);
    gap_plan_free(&p);
  }
  qsort(v, (size_t)n, sizeof *v, by_closeness);
  if (!g->csv) print_ranking(g, v, n);
  free(v);
  return EXIT_OK;
}

static int plan_one(GapRun *g, int u) {
  GapPlan p;
  if (gap_plan(g->s, &g->eo, u, &g->goal, &p) != 0) {
    fprintf(stderr, "%s", _("tieuchi: out of memory planning the changes\n"));
    return EXIT_USAGE;
  }
  if (g->csv) print_unit_csv(g, u, &p);
  else print_unit_text(g, u, &p);
  int rc = p.outcome == GAP_UNREACHABLE ? EXIT_DATA : EXIT_OK;
  gap_plan_free(&p);
  return rc;
}

static int run_gap(GapRun *g) {
  const Options *o = g->o;
  if (o->unit == NULL && !o->all) {
    fprintf(stderr, "%s", _("tieuchi: gap needs --unit ID (or --all)\n"));
    return EXIT_USAGE;
  }
  int u = dataset_find_unit(&g->s->data, o->unit);
  if (o->unit && u < 0) {
    fprintf(stderr, _("tieuchi: there is no unit \"%s\" in %s\n"), o->unit, o->args[1]);
    return EXIT_USAGE;
  }
  if (u >= 0) diag_print_unit(&g->s->data_diags, stderr, g->s->data.unit_ids[u]);
  if (g->csv) fprintf(g->out, "unit,outcome,indicator,input,from,to\n");
  return o->all && u < 0 ? plan_all(g) : plan_one(g, u);
}

int cmd_gap(const Options *o) {
  static const char *const formats[] = { "table", "csv", NULL };
  int rc = cmd_need_args(o, 2, _("usage: tieuchi gap SCRIPT DATA.csv --goal GOAL (--unit ID | --all)\n"));
  if (rc == EXIT_OK) rc = cmd_need_format(o, formats);
  if (rc != EXIT_OK) return rc;
  if (o->goal == NULL) {
    fprintf(stderr, "%s", _("tieuchi: gap needs --goal GOAL (a level, a recognition, or score>=N)\n"));
    return EXIT_USAGE;
  }
  Session s;
  memset(&s, 0, sizeof s);
  rc = cmd_evaluate(&s, o, o->args[1], false);
  if (!s.have_results) {
    session_print_diags(&s);
    session_free(&s);
    return rc == EXIT_OK || rc == EXIT_DATA ? EXIT_USAGE : rc;
  }
  diag_print(&s.script_diags, stderr);
  GapRun g = { o, &s, { false, o->period, s.child ? &s.kids : NULL, NULL, NULL }, { 0 }, NULL,
               strcmp(o->format, "csv") == 0 };
  char why[1024];
  if (gap_parse_goal(&s.model, o->goal, &g.goal, why, sizeof why) != 0) {
    fprintf(stderr, "tieuchi: %s\n", why);
    rc = EXIT_USAGE;
  } else if ((g.out = cmd_open_out(o->output)) == NULL) {
    rc = EXIT_USAGE;
  } else {
    rc = run_gap(&g);
    if (cmd_close_out(g.out, o->output) != 0 && rc == EXIT_OK) rc = EXIT_USAGE;
  }
  session_free(&s);
  return rc;
}
