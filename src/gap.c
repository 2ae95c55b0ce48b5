/*
** gap.c — the smallest change of a unit's inputs that reaches a goal (see gap.h).
*/
#include "gap.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cell.h"
#include "i18n.h"

/* ------------------------------------------------------------------ goals */

bool gap_goal_met(const Model *m, const Results *r, int u, const Goal *g) {
  switch (g->kind) {
  case GOAL_LEVEL: return r->level && r->level[u] >= g->level;
  case GOAL_RECOGNITION: {
    const Value *v = &r->recog[(size_t)u * (size_t)m->nrecs + (size_t)g->rec];
    return v->kind == V_BOOL && v->n != 0;
  }
  case GOAL_SCORE: return r->total[u] >= g->score - 1e-9;
  }
  return false;
}

void gap_contexts(const Model *m, const Results *r, int u, const Goal *g, int *first, int *count) {
  *first = 0;
  *count = 0;
  if (g->kind == GOAL_LEVEL) *count = g->level;   /* levels 1 .. goal: contexts 0 .. goal - 1 */
  if (g->kind == GOAL_RECOGNITION) {
    int c = m->recs[g->rec].ctx >= 0 ? m->recs[g->rec].ctx : r->period ? r->period[u] : -1;
    if (c >= 0) *first = c, *count = 1;
  }
}

static int parse_level(const Model *m, const char *t) {
  for (int c = 0; c < m->nctx; c++)
    if (strcasecmp(t, m->ctxs[c].code) == 0 || strcasecmp(t, m->ctxs[c].label) == 0) return c + 1;
  char *end;
  long n = strtol(t, &end, 10);
  return *t && *end == '\0' && n >= 1 && n <= m->nctx ? (int)n : -1;
}

/* The text after "key=" or "key:" when t starts with key, else NULL. */
static const char *after_key(const char *t, const char *key) {
  size_t n = strlen(key);
  return strncasecmp(t, key, n) == 0 && (t[n] == '=' || t[n] == ':') ? t + n + 1 : NULL;
}

/* "score>=800", "total>=800", "điểm>=800" or ">=800": the total to reach. */
static int parse_score(const char *t, double *out) {
  static const char *const keys[] = { "score", "total", "điểm", "" };
  const char *p = NULL;
  for (size_t i = 0; i < sizeof keys / sizeof keys[0] && p == NULL; i++)
    if (strncasecmp(t, keys[i], strlen(keys[i])) == 0) p = t + strlen(keys[i]);
  while (*p == ' ') p++;
  if (p[0] == '>' && p[1] == '=') p += 2;
  else if (p != t && (p[0] == '=' || p[0] == ':')) p += 1;
  else return -1;
  char *end;
  double v = strtod(p, &end);
  while (*end == ' ') end++;
  if (end == p || *end != '\0' || !isfinite(v)) return -1;
  *out = v;
  return 0;
}

int gap_parse_goal(const Model *m, const char *text, Goal *g, char *why, size_t size) {
  memset(g, 0, sizeof *g);
  const char *t = text;
  if (parse_score(t, &g->score) == 0) {
    g->kind = GOAL_SCORE;
    return 0;
  }
  const char *v;
  if (m->ctx_kind == CTX_LEVELS && m->level_rule.present) {
    v = after_key(t, "level") ? after_key(t, "level") : after_key(t, "mức") ? after_key(t, "mức") : t;
    if ((g->level = parse_level(m, v)) > 0) {
      g->kind = GOAL_LEVEL;
      return 0;
    }
  }
  v = after_key(t, "recognition") ? after_key(t, "recognition") : t;
  if ((g->rec = model_find_recognition(m, v)) >= 0) {
    g->kind = GOAL_RECOGNITION;
    return 0;
  }
  size_t n = (size_t)snprintf(why, size, _("unknown goal \"%s\"; this decision's goals are: score>=N"), text);
  if (m->ctx_kind == CTX_LEVELS && m->level_rule.present && n < size)
    n += (size_t)snprintf(why + n, size - n, _(", level=1 … level=%d"), m->nctx);
  for (int i = 0; i < m->nrecs && n < size; i++)
    n += (size_t)snprintf(why + n, size - n, ", %s", m->recs[i].name);
  return -1;
}

/* ------------------------------------------------------------------ the search state */

typedef struct Search {
  Session *s;
  const EvalOptions *eo;
  const Goal *g;
  int u;
  int ctx0, nctx;          /* the contexts the goal judges */
  double *orig;            /* the unit's cells before the search, per input */
  uint8_t *orig_state;
  Results r;               /* the last evaluation */
  bool have_r;
  double *lever_goal;      /* per indicator: the points a score lever must reach */
} Search;

static double *cell_value(Search *S, int i) {
  return &S->s->data.values[(size_t)i * (size_t)S->s->data.nunits + (size_t)S->u];
}
static uint8_t *cell_state(Search *S, int i) {
  return &S->s->data.state[(size_t)i * (size_t)S->s->data.nunits + (size_t)S->u];
}

static void set_cell(Search *S, int i, double v) {
  *cell_value(S, i) = v;
  *cell_state(S, i) = CELL_OK;
}

static void restore_cell(Search *S, int i) {
  *cell_value(S, i) = S->orig[i];
  *cell_state(S, i) = S->orig_state[i];
}

/* Evaluates the dataset as it stands into S->r. -1 when out of memory. */
static int evaluate(Search *S) {
  if (S->have_r) results_free(&S->r);
  S->have_r = false;
  DiagList dl = { 0 };
  int rc = eval_run_opts(&S->s->model, &S->s->data, S->eo, &S->r, &dl);
  diag_free(&dl);
  if (rc != 0) return -1;
  S->have_r = true;
  return 0;
}

static bool cell_has_value(uint8_t st) { return st == CELL_OK || st == CELL_SUSPECT; }

/* What a probe finds of lever k in S->r: whether it is met, and whether the data that
   meets it is plausible (a rate of at most 100 %, a score its formula did not have to
   clamp): a proposal never asks for more adults with a smartphone than adults. */
enum { MET = 1, PLAUSIBLE = 2 };

static bool criterion_met(const Search *S, const Indicator *ind, int k) {
  for (int c = S->ctx0; c < S->ctx0 + S->nctx; c++) {
    if (!ind->targets[c].assigned) continue;
    const Value *v = results_met(&S->r, S->u, k, c);
    if (v->kind != V_BOOL || v->n == 0) return false;
  }
  return true;
}

static int lever_state(const Search *S, int k) {
  const Model *m = &S->s->model;
  if (k == GAP_RULE) return (gap_goal_met(m, &S->r, S->u, S->g) ? MET : 0) | PLAUSIBLE;
  const Indicator *ind = &m->inds[k];
  if (!ind->is_value) {
    const Score *sc = results_score(&S->r, S->u, k);
    return (score_counts(sc) && sc->value >= S->lever_goal[k] - 1e-9 ? MET : 0) |
           (sc->status != S_CLAMPED ? PLAUSIBLE : 0);
  }
  Value v = eval_value(m, &S->r, S->u, k);
  bool rate = ind->unit && strcmp(ind->unit, "%") == 0;
  return (criterion_met(S, ind, k) ? MET : 0) |
         (!(rate && v.kind == V_NUM && v.n > 1 + 1e-9) ? PLAUSIBLE : 0);
}

/* Whether lever k holds in S->r, with plausible data. */
static bool lever_ok(const Search *S, int k) {
  return lever_state(S, k) == (MET | PLAUSIBLE);
}

/* ------------------------------------------------------------------ one input */

typedef struct Candidate {
  bool found;
  int input;
  double to, cost;
  bool up;                 /* an increase (or a yes, a filled cell) */
} Candidate;

/* The grid an input's values are searched on, and the size a change is measured by. */
static double grid_step(InputType t) {
  return t == IN_PERCENT ? 0.0001 : t == IN_AMOUNT ? 0.01 : 1;
}
static double unit_size(InputType t) { return t == IN_PERCENT ? 0.01 : 1; }

static double change_cost(const Input *in, bool had, double from, double to) {
  if (in->type == IN_YESNO || in->type == IN_CHOICE) return had ? 1 : 2;
  if (!had) return 1;                 /* filling a blank cell: the data was missing */
  return fabs(to - from) / fmax(fabs(from), unit_size(in->type));
}

/* Lever k with input i at grid point n (value n × step): whether it has every bit of
   `want`. -1 when out of memory. */
static int probe(Search *S, int k, int i, long n, double step, int want) {
  set_cell(S, i, (double)n * step);
  if (evaluate(S) != 0) return -1;
  return (lever_state(S, k) & want) == want;
}

/* The grid point nearest n0 in direction dir (+1/-1) within [0, lim] where lever k has
   `want`: doubling steps, then bisection between the last miss and the first hit.
   Returns the point, -1 when none, -2 when out of memory. start_at_n0: n0 itself is a
   candidate (the cell was blank, or n0 is the grid point next to its value). */
static long search_dir(Search *S, int k, int i, long n0, long lim, int dir, double step,
                       bool start_at_n0, int want) {
  long miss = n0, hit = -1;
  if (start_at_n0) {
    int ok = probe(S, k, i, n0, step, want);
    if (ok < 0) return -2;
    if (ok) return n0;
  }
  for (long d = 1;; d *= 2) {
    long n = n0 + dir * d;
    if (n < 0 || n > lim) n = dir > 0 ? lim : 0;
    if (n == miss) break;
    int ok = probe(S, k, i, n, step, want);
    if (ok < 0) return -2;
    if (ok) { hit = n; break; }
    miss = n;
    if (n == 0 || n == lim) break;
  }
  if (hit < 0) return -1;
  while (labs(hit - miss) > 1) {
    long mid = miss + (hit - miss) / 2;
    int ok = probe(S, k, i, mid, step, want);
    if (ok < 0) return -2;
    if (ok) hit = mid;
    else miss = mid;
  }
  return hit;
}

/* The nearest grid point in direction dir where lever k is met with plausible data:
   where it is first met, or, when the data is implausible there (a denominator filled
   in too small), where the data first becomes plausible, if it is met there. */
static long search_met(Search *S, int k, int i, long n0, long lim, int dir, double step, bool at_n0) {
  long n = search_dir(S, k, i, n0, lim, dir, step, at_n0, MET);
  if (n < 0) return n;
  int st = probe(S, k, i, n, step, MET | PLAUSIBLE);
  if (st != 0) return st < 0 ? -2 : n;
  long p = search_dir(S, k, i, n, lim, dir, step, false, PLAUSIBLE);
  if (p < 0) return p;
  st = probe(S, k, i, p, step, MET | PLAUSIBLE);
  return st < 0 ? -2 : st ? p : -1;
}

/* The upper end of the searched range of a numeric input. */
static long search_limit(InputType t, long n0) {
  if (t == IN_PERCENT) return 10000;             /* 100 % */
  long lim = n0 > 0 ? n0 * 1000 : 0;
  return lim < 1000000 ? 1000000 : lim;
}

/* The smallest change of input i (by itself) that makes lever k hold, increases
   first. -1 when out of memory. */
static int search_input(Search *S, int k, int i, Candidate *best_up, Candidate *best_down) {
  const Input *in = &S->s->model.inputs[i];
  bool had = cell_has_value(*cell_state(S, i));
  double from = *cell_value(S, i);
  uint8_t from_state = *cell_state(S, i);
  int rc = 0;
  if (in->type == IN_YESNO || in->type == IN_CHOICE) {
    int nvals = in->type == IN_YESNO ? 2 : in->noptions;
    for (int v = nvals - 1; v >= 0 && rc == 0; v--) {
      if (had && from == v) continue;
      set_cell(S, i, v);
      if (evaluate(S) != 0) { rc = -1; break; }
      if (!lever_ok(S, k)) continue;
      Candidate c = { true, i, v, change_cost(in, had, from, v), in->type == IN_CHOICE || v == 1 };
      Candidate *slot = c.up ? best_up : best_down;
      if (!slot->found || c.cost < slot->cost) *slot = c;
      break;
    }
  } else if (in->type != IN_TEXT) {
    double step = grid_step(in->type);
    for (int dir = 1; dir >= -1 && rc == 0; dir -= 2) {
      /* the grid point at or beyond the value, in the direction searched */
      double q = had ? from / step : 0;
      long n0 = dir > 0 ? (long)ceil(q - 1e-9) : (long)floor(q + 1e-9);
      long lim = search_limit(in->type, n0);
      long n = search_met(S, k, i, n0, lim, dir, step, !had || (double)n0 * step != from);
      if (n == -2) rc = -1;
      if (n < 0) continue;
      double to = (double)n * step;
      Candidate c = { true, i, to, change_cost(in, had, from, to), dir > 0 };
      Candidate *slot = c.up ? best_up : best_down;
      if (!slot->found || c.cost < slot->cost) *slot = c;
      if (dir > 0) break;                     /* an increase is enough: no decrease */
    }
  }
  *cell_value(S, i) = from;
  *cell_state(S, i) = from_state;
  return rc;
}

/* Whether the program reads the input of instruction pc earlier too. */
static bool read_before(const Program *p, int pc) {
  for (int j = 0; j < pc; j++) {
    uint8_t op = p->code[j].op;
    if ((op == I_INPUT || op == I_PRESENT || op == I_DEFAULT) && p->code[j].a == p->code[pc].a) return true;
  }
  return false;
}

/* The cheapest change of one of the inputs lever k reads that makes it hold (an
   increase when one does, else a decrease). -1 when out of memory. */
static int search_lever(Search *S, int k, Candidate *out) {
  const Model *m = &S->s->model;
  const Indicator *ind = k == GAP_RULE ? &m->recs[S->g->rec].rule : &m->inds[k];
  const Program *p = &ind->prog;
  Candidate up = { 0 }, down = { 0 };
  for (int pc = 0; pc < p->ncode; pc++) {     /* the inputs its formula reads */
    const Ins *in = &p->code[pc];
    if (in->op != I_INPUT && in->op != I_PRESENT && in->op != I_DEFAULT) continue;
    if (in->a == m->level_rule.input || read_before(p, pc)) continue;
    if (search_input(S, k, in->a, &up, &down) != 0) return -1;
  }
  *out = up.found ? up : down;
  return 0;
}

/* ------------------------------------------------------------------ the plan */

static bool is_lever(const Search *S, int k) {
  const Indicator *ind = &S->s->model.inds[k];
  if (ind->is_rule || !ind->has_score) return false;
  if (S->g->kind == GOAL_SCORE) return !ind->is_value && !lever_ok(S, k);
  if (!ind->is_value) return false;
  for (int c = S->ctx0; c < S->ctx0 + S->nctx; c++)
    if (ind->targets[c].assigned) return !lever_ok(S, k);
  return false;
}

static int add_change(GapPlan *p, int input, int lever, bool had, double from, double to) {
  for (int j = 0; j < p->nchanges; j++)
    if (p->changes[j].input == input) {
      p->changes[j].to = to;
      return 0;
    }
  GapChange *v = realloc(p->changes, (size_t)(p->nchanges + 1) * sizeof *v);
  if (v == NULL) return -1;
  p->changes = v;
  p->changes[p->nchanges++] = (GapChange){ input, lever, from, to, had };
  return 0;
}

static void apply_plan(Search *S, const GapPlan *p, int skip) {
  for (int j = 0; j < p->nchanges; j++)
    if (j != skip) set_cell(S, p->changes[j].input, p->changes[j].to);
}

static void restore_all(Search *S) {
  for (int i = 0; i < S->s->model.ninputs; i++) restore_cell(S, i);
}

typedef struct Lever { int k; Candidate c; double rank; } Lever;

static int by_rank(const void *a, const void *b) {
  const Lever *x = a, *y = b;
  if (x->rank != y->rank) return x->rank < y->rank ? -1 : 1;
  return x->k - y->k;
}

/* The levers of the goal with their cheapest change at the current data, cheapest
   first (for a score: fewest changes per point gained). */
static int find_levers(Search *S, Lever **out, int *n) {
  const Model *m = &S->s->model;
  Lever *v = calloc((size_t)m->ninds + 1, sizeof *v);
  if (v == NULL) return -1;
  *n = 0;
  if (evaluate(S) != 0) { free(v); return -1; }
  for (int k = 0; k < m->ninds; k++) {         /* first which, then (probing) how */
    if (!is_lever(S, k)) continue;
    const Score *sc = results_score(&S->r, S->u, k);
    v[*n].k = k;
    v[(*n)++].rank = m->inds[k].max - (score_counts(sc) ? sc->value : 0);   /* the gain */
  }
  for (int j = 0; j < *n; j++) {
    Lever *l = &v[j];
    double gain = l->rank;
    if (search_lever(S, l->k, &l->c) != 0) { free(v); return -1; }
    l->rank = !l->c.found ? INFINITY : S->g->kind == GOAL_SCORE ? l->c.cost / fmax(gain, 1e-9) : l->c.cost;
  }
  qsort(v, (size_t)*n, sizeof *v, by_rank);
  *out = v;
  return 0;
}

static int add_stuck(GapPlan *p, int k) {
  int *v = realloc(p->stuck, (size_t)(p->nstuck + 1) * sizeof *v);
  if (v == NULL) return -1;
  p->stuck = v;
  p->stuck[p->nstuck++] = k;
  return 0;
}

/* A recognition's rule may read inputs of its own besides met() (Thanh Hóa's
   "all_met() and ty_le_diem_3853 >= 70%"): when the criteria are met and the goal is
   not, the rule is the last lever. */
static int apply_rule_lever(Search *S, GapPlan *p) {
  apply_plan(S, p, -1);
  if (evaluate(S) != 0) return -1;
  if (gap_goal_met(&S->s->model, &S->r, S->u, S->g) || S->g->kind != GOAL_RECOGNITION) return 0;
  Candidate c;
  if (search_lever(S, GAP_RULE, &c) != 0) return -1;
  if (!c.found) return add_stuck(p, GAP_RULE);
  bool had = cell_has_value(S->orig_state[c.input]);
  return add_change(p, c.input, GAP_RULE, had, S->orig[c.input], c.to);
}

/* Applies the levers' changes, cheapest first, until the goal is met. */
static int apply_levers(Search *S, Lever *lv, int n, GapPlan *p) {
  for (int j = 0; j < n; j++) {
    apply_plan(S, p, -1);
    if (evaluate(S) != 0) return -1;
    if (gap_goal_met(&S->s->model, &S->r, S->u, S->g)) return 0;
    if (lever_ok(S, lv[j].k)) continue;
    Candidate c = lv[j].c;
    if (c.found) {                  /* still enough after the changes made so far? */
      set_cell(S, c.input, c.to);
      if (evaluate(S) != 0) return -1;
      if (!lever_ok(S, lv[j].k) && search_lever(S, lv[j].k, &c) != 0) return -1;
    }
    if (!c.found) {
      if (add_stuck(p, lv[j].k) != 0) return -1;
      continue;
    }
    bool had = cell_has_value(S->orig_state[c.input]);
    if (add_change(p, c.input, lv[j].k, had, S->orig[c.input], c.to) != 0) return -1;
  }
  return apply_rule_lever(S, p);
}

/* Drops every change the goal does not need, the last applied first. */
static int prune(Search *S, GapPlan *p) {
  for (int j = p->nchanges - 1; j >= 0; j--) {
    restore_all(S);
    apply_plan(S, p, j);
    if (evaluate(S) != 0) return -1;
    if (!gap_goal_met(&S->s->model, &S->r, S->u, S->g)) continue;
    memmove(&p->changes[j], &p->changes[j + 1], (size_t)(p->nchanges - j - 1) * sizeof *p->changes);
    p->nchanges--;
  }
  return 0;
}

static int plan_changes(Search *S, GapPlan *p) {
  Lever *lv = NULL;
  int n = 0;
  if (find_levers(S, &lv, &n) != 0) return -1;
  int rc = apply_levers(S, lv, n, p);
  free(lv);
  if (rc != 0) return -1;
  restore_all(S);
  apply_plan(S, p, -1);
  if (evaluate(S) != 0) return -1;
  if (!gap_goal_met(&S->s->model, &S->r, S->u, S->g)) {
    p->outcome = GAP_UNREACHABLE;
    return 0;
  }
  if (prune(S, p) != 0) return -1;
  restore_all(S);
  apply_plan(S, p, -1);                 /* the confirmation: the plan as proposed */
  if (evaluate(S) != 0) return -1;
  p->outcome = gap_goal_met(&S->s->model, &S->r, S->u, S->g) ? GAP_PLAN : GAP_UNREACHABLE;
  for (int j = 0; j < p->nchanges; j++)
    p->cost += change_cost(&S->s->model.inputs[p->changes[j].input], p->changes[j].had,
                           p->changes[j].from, p->changes[j].to);
  return 0;
}

static int search_init(Search *S, Session *s, const EvalOptions *eo, int u, const Goal *g) {
  memset(S, 0, sizeof *S);
  S->s = s, S->eo = eo, S->u = u, S->g = g;
  gap_contexts(&s->model, &s->results, u, g, &S->ctx0, &S->nctx);
  int ni = s->model.ninputs, nk = s->model.ninds;
  S->orig = calloc((size_t)ni + 1, sizeof *S->orig);
  S->orig_state = calloc((size_t)ni + 1, 1);
  S->lever_goal = calloc((size_t)nk + 1, sizeof *S->lever_goal);
  if (!S->orig || !S->orig_state || !S->lever_goal) return -1;
  for (int i = 0; i < ni; i++) {
    S->orig[i] = *cell_value(S, i);
    S->orig_state[i] = *cell_state(S, i);
  }
  for (int k = 0; k < nk; k++) S->lever_goal[k] = s->model.inds[k].max;
  return 0;
}

static void search_free(Search *S) {
  if (S->orig && S->orig_state) restore_all(S);
  free(S->orig);
  free(S->orig_state);
  free(S->lever_goal);
  if (S->have_r) results_free(&S->r);
}

int gap_plan(Session *s, const EvalOptions *eo, int u, const Goal *g, GapPlan *p) {
  memset(p, 0, sizeof *p);
  if (gap_goal_met(&s->model, &s->results, u, g)) {
    p->outcome = GAP_MET;
    return 0;
  }
  Search S;
  int rc = search_init(&S, s, eo, u, g);
  if (rc == 0) rc = plan_changes(&S, p);
  if (rc == 0 && p->outcome == GAP_PLAN) {
    p->after = S.r;                     /* the confirming evaluation, kept for the report */
    p->have_after = true;
    S.have_r = false;
  }
  search_free(&S);
  return rc;
}

void gap_plan_free(GapPlan *p) {
  free(p->changes);
  free(p->stuck);
  if (p->have_after) results_free(&p->after);
  memset(p, 0, sizeof *p);
}
