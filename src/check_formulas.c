/*
** check_formulas.c — what a formula can compute, from the domains of its inputs
** (check_domain.c): a division whose denominator can be 0 even when every input is
** non-zero (a difference, peer_max − peer_min) with no rule for it; a score that can
** exceed its indicator's max or go below 0 for valid inputs.
*/
#include "checks.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "check_domain.h"

#define MAX_CONDS 64

typedef struct Walk {
  const Model *m;
  const Indicator *ind;
  DiagList *dl;
  const Node *conds[MAX_CONDS];   /* the conditions (and case subjects) in force here */
  int nconds;
} Walk;

static const char *who(const Indicator *ind, char *buf, size_t size) {
  if (ind->is_rule) snprintf(buf, size, "%s", ind->code);
  else if (ind->is_value) snprintf(buf, size, _("criterion %s"), ind->code);
  else snprintf(buf, size, _("indicator %s"), ind->code);
  return buf;
}

/* Whether node n mentions the name or call `leaf` (by its text). */
static bool mentions(const Formula *f, const Node *n, const Node *leaf) {
  if (n == NULL) return false;
  char a[256], b[256];
  if (n->tag == leaf->tag && (n->tag == N_NAME ? strcmp(n->str, leaf->str) == 0
                              : strcmp(dom_node_text(f, n, a, sizeof a),
                                       dom_node_text(f, leaf, b, sizeof b)) == 0))
    return true;
  for (int k = 0; k < n->nkids; k++)
    if (mentions(f, n->kids[k], leaf)) return true;
  return false;
}

/* Whether a condition in force tests a name or call of the denominator d. */
static bool guarded(const Walk *w, const Node *d) {
  if (d->tag == N_NAME || d->tag == N_CALL) {
    for (int i = 0; i < w->nconds; i++)
      if (mentions(&w->ind->score, w->conds[i], d)) return true;
    if (d->tag == N_CALL) return false;
  }
  for (int k = 0; k < d->nkids; k++)
    if (guarded(w, d->kids[k])) return true;
  return false;
}

static void division(Walk *w, const Node *n) {
  const Node *den = n->kids[1];
  DomCtx x = { .m = w->m, .ind = w->ind, .mode = DOM_NONZERO };
  Range r = dom_of(&x, den);
  if (!r.known || r.lo > 0 || r.hi < 0 || guarded(w, den)) return;
  int line, col;
  char t[200], u[120];
  formula_locate(&w->ind->score, den->pos, &line, &col);
  const char *file = w->ind->score.file ? w->ind->score.file : w->m->script;
  dom_node_text(&w->ind->score, den, t, sizeof t);
  Diag *d;
  if (r.lo == 0 && r.hi == 0) {
    d = diag_add(w->dl, SEV_WARNING, file, line, col, "%s: the denominator %s is always 0",
                 who(w->ind, u, sizeof u), t);
    diag_hint(w->dl, d, "correct the denominator: a division by 0 is always undefined");
  } else {
    d = diag_add(w->dl, SEV_WARNING, file, line, col, "%s: the denominator %s can be 0 even "
                 "when every input is non-zero, and the formula does not say what then",
                 who(w->ind, u, sizeof u), t);
    diag_hint(w->dl, d, "say what the decision gives then: if %s == 0 then … else … end (or "
              "the pattern's if_zero = \"…\"); without it such a unit is undefined", t);
  }
  d->indicator = w->ind->code;
}

static void push(Walk *w, const Node *c) {
  if (w->nconds < MAX_CONDS) w->conds[w->nconds++] = c;
}

static void walk(Walk *w, const Node *n) {
  if (n == NULL) return;
  int base = w->nconds;
  if (n->tag == N_IF) {
    for (int k = 0; k + 1 < n->nkids; k += 2) {
      walk(w, n->kids[k]);
      push(w, n->kids[k]);                      /* its branch, and the later ones */
      walk(w, n->kids[k + 1]);
    }
    walk(w, n->kids[n->nkids - 1]);
  } else if (n->tag == N_CASE) {
    walk(w, n->kids[0]);
    push(w, n->kids[0]);
    for (int k = 1; k < n->nkids; k++) walk(w, n->kids[k]);
  } else if (n->tag == N_BIN && (n->op == OP_AND || n->op == OP_OR)) {
    walk(w, n->kids[0]);
    push(w, n->kids[0]);                        /* the right side is reached only past it */
    walk(w, n->kids[1]);
  } else {
    if (n->tag == N_BIN && n->op == OP_DIV) division(w, n);
    for (int k = 0; k < n->nkids; k++) walk(w, n->kids[k]);
  }
  w->nconds = base;
}

static void zero_denominators(const Model *m, const Indicator *ind, DiagList *dl) {
  if (!ind || !ind->has_score) return;
  Walk w = { .m = m, .ind = ind, .dl = dl };
  for (int s = 0; s < ind->score.nsteps; s++) walk(&w, ind->score.steps[s].expr);
  walk(&w, ind->score.result);
}

/* A score below 0 or above max for some valid inputs (a part never above its whole). */
static void bounds(const Model *m, const Indicator *ind, DiagList *dl) {
  if (!ind->has_score || ind->is_value || !ind->score.result) return;
  DomCtx x = { .m = m, .ind = ind, .mode = DOM_BOUNDS };
  Range r = dom_of(&x, ind->score.result);
  if (!r.known || r.lo > r.hi) return;
  double eps = 1e-9 * (1 + fabs(ind->max));
  int line, col;
  formula_locate(&ind->score, ind->score.result->pos, &line, &col);
  const char *file = ind->score.file ? ind->score.file : m->script;
  if (r.hi > ind->max + eps) {
    char hi[40];
    snprintf(hi, sizeof hi, "%g", r.hi);
    Diag *d = diag_add(dl, SEV_WARNING, file, line, col, "indicator %s: the score can exceed "
                       "its max (%g) for valid inputs: up to %s", ind->code, ind->max,
                       isinf(r.hi) ? _("no limit") : hi);
    diag_hint(dl, d, "cap it as the decision does (min(…, max), the pattern's cap = \"max\"), or "
              "check the points per item and the max");
    d->indicator = ind->code;
  }
  if (r.lo < -eps) {
    char lo[40];
    snprintf(lo, sizeof lo, "%g", r.lo);
    Diag *d = diag_add(dl, SEV_WARNING, file, line, col, "indicator %s: the score can go below 0 "
                       "for valid inputs: down to %s", ind->code, isinf(r.lo) ? _("no limit") : lo);
    diag_hint(dl, d, "check the subtraction; if the decision gives no negative points, write "
              "max(0, …)");
    d->indicator = ind->code;
  }
}

void check_formulas(const Model *m, DiagList *dl) {
  for (int k = 0; k < m->ninds; k++) {
    const Indicator *ind = &m->inds[k];
    zero_denominators(m, ind, dl);
    bounds(m, ind, dl);
    for (int c = 0; ind->targets && c < m->nctx; c++) zero_denominators(m, ind->targets[c].rule, dl);
  }
  for (int r = 0; r < m->nrecs; r++) zero_denominators(m, &m->recs[r].rule, dl);
  for (int s = 0; s < m->nsubsts; s++) zero_denominators(m, &m->substs[s].rule, dl);
}
