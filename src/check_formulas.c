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

/* A score below 0 or above max for some valid inputs (a part never above its whole). In
** as_written (written), the decision's own formula: at least max for every unit is its
** defect (Hòa Bình huyện 6.11, a and b defined the wrong way round). */
static void bounds(const Model *m, const Indicator *ind, bool written, DiagList *dl) {
  if (!ind || !ind->has_score || ind->is_value || !ind->score.result) return;
  DomCtx x = { .m = m, .ind = ind, .mode = DOM_BOUNDS };
  Range r = dom_of(&x, ind->score.result);
  if (!r.known || r.lo > r.hi) return;
  double eps = 1e-9 * (1 + fabs(ind->max));
  int line, col;
  char who[160];
  if (written) snprintf(who, sizeof who, _("indicator %s, as the decision writes it"), ind->code);
  else snprintf(who, sizeof who, _("indicator %s"), ind->code);
  formula_locate(&ind->score, ind->score.result->pos, &line, &col);
  const char *file = ind->score.file ? ind->score.file : m->script;
  char hi[80];
  if (isinf(r.hi)) snprintf(hi, sizeof hi, "%s", _("with no upper limit"));
  else snprintf(hi, sizeof hi, _("up to %g"), r.hi);
  if (r.hi > ind->max + eps && r.lo >= ind->max - eps) {
    Diag *d = diag_add(dl, SEV_WARNING, file, line, col, "%s: the score is at least its max "
                       "(%g) for every valid input, %s", who, ind->max, hi);
    diag_hint(dl, d, "a numerator that is the whole and a denominator that is its part: check "
              "which is which (part_of)");
    d->indicator = ind->code;
  } else if (r.hi > ind->max + eps) {
    Diag *d = diag_add(dl, SEV_WARNING, file, line, col, "%s: the score can exceed its max (%g) "
                       "for valid inputs, %s", who, ind->max, hi);
    diag_hint(dl, d, "cap it as the decision does (min(…, max), the pattern's cap = \"max\"), or "
              "check the points per item and the max");
    d->indicator = ind->code;
  }
  if (r.lo < -eps) {
    char lo[80];
    if (isinf(r.lo)) snprintf(lo, sizeof lo, "%s", _("with no lower limit"));
    else snprintf(lo, sizeof lo, _("down to %g"), r.lo);
    Diag *d = diag_add(dl, SEV_WARNING, file, line, col, "%s: the score can go below 0 for valid "
                       "inputs, %s", who, lo);
    diag_hint(dl, d, "check the subtraction; if the decision gives no negative points, write "
              "max(0, …)");
    d->indicator = ind->code;
  }
}

/* The constant k of `n * k` (or `k * n`) with n a whole number, and true. */
static bool per_item(const Model *m, const Indicator *ind, const Node *e, double *k) {
  if (e->tag != N_BIN || e->op != OP_MUL) return false;
  DomCtx x = { .m = m, .ind = ind, .mode = DOM_PLAIN };
  Range a = dom_of(&x, e->kids[0]), b = dom_of(&x, e->kids[1]);
  if (!a.known || !b.known) return false;
  if (b.lo == b.hi && a.integer && a.lo != a.hi) { *k = b.lo; return true; }
  if (a.lo == a.hi && b.integer && b.lo != b.hi) { *k = a.lo; return true; }
  return false;
}

/*
** min(n * k, C), points per item up to a cap: a cap that is not a multiple of the points
** per item makes the last item count for less (Hòa Bình xã 3.9: "2 điểm mỗi điểm wifi, tối
** đa 5 điểm": the third point adds 1). A note: it may be meant.
*/
static void uneven_caps(const Model *m, const Indicator *ind, DiagList *dl) {
  if (!ind->has_score) return;
  const Formula *f = &ind->score;
  for (int i = 0; i < f->nnodes; i++) {
    const Node *n = f->nodes[i];
    if (!n || n->tag != N_CALL || strcmp(n->str, "min") != 0 || n->nkids != 2) continue;
    for (int side = 0; side < 2; side++) {
      double k, cap;
      DomCtx x = { .m = m, .ind = ind, .mode = DOM_PLAIN };
      Range c = dom_of(&x, n->kids[1 - side]);
      if (!per_item(m, ind, n->kids[side], &k) || !c.known || c.lo != c.hi || k <= 0) continue;
      cap = c.lo;
      double rest = fmod(cap, k);
      if (cap <= 0 || rest < 1e-9 || k - rest < 1e-9) continue;
      int line, col;
      char text[200], items[40], last[40];
      formula_locate(f, n->pos, &line, &col);
      snprintf(items, sizeof items, "%g", floor(cap / k) + 1);
      snprintf(last, sizeof last, "%g", rest);
      Diag *d = diag_add(dl, SEV_NOTE, f->file ? f->file : m->script, line, col, "indicator %s: "
                         "%s: the cap (%g) is not a multiple of the points per item (%g): "
                         "item %s adds only %s", ind->code, dom_node_text(f, n, text, sizeof text),
                         cap, k, items, last);
      diag_hint(dl, d, "check the decision's points per item and cap; if it is meant, say so in "
                "note");
      d->indicator = ind->code;
      break;
    }
  }
}

void check_formulas(const Model *m, DiagList *dl) {
  for (int k = 0; k < m->ninds; k++) {
    const Indicator *ind = &m->inds[k];
    zero_denominators(m, ind, dl);
    bounds(m, ind, false, dl);
    if (ind->written && !dom_unknown_name(m, ind, ind->written)) bounds(m, ind->written, true, dl);
    uneven_caps(m, ind, dl);
    for (int c = 0; ind->targets && c < m->nctx; c++) zero_denominators(m, ind->targets[c].rule, dl);
  }
  for (int r = 0; r < m->nrecs; r++) zero_denominators(m, &m->recs[r].rule, dl);
  for (int s = 0; s < m->nsubsts; s++) zero_denominators(m, &m->substs[s].rule, dl);
}
