/*
** check_domain.c — the values a formula can take (see check_domain.h).
*/
#include "check_domain.h"

#include <math.h>
#include <string.h>

#define MAX_DEPTH 64            /* steps naming steps: deeper is "unknown" */
#define TINY 1e-9               /* the smallest non-zero amount or percent (DOM_NONZERO) */
#define MAX_WORK 200000L        /* nodes visited by one analysis: steps that name a step
                                   twice (s2 = s1 + s1, …) would take exponential time */

static const Range UNKNOWN = { 0, 0, false, false };

static Range make(double lo, double hi, bool integer) { return (Range){ lo, hi, true, integer }; }
static bool empty(Range r) { return r.known && r.lo > r.hi; }

/* a * b, where 0 × ∞ is 0 (a bound of 0 times an unbounded one stays 0). */
static double mul0(double a, double b) { return a == 0 || b == 0 ? 0 : a * b; }

static Range unite(Range a, Range b) {
  if (empty(a)) return b;
  if (empty(b)) return a;
  if (!a.known || !b.known) return UNKNOWN;
  return make(fmin(a.lo, b.lo), fmax(a.hi, b.hi), a.integer && b.integer);
}

static Range meet(Range a, Range b) {
  if (!a.known) return b;
  if (!b.known) return a;
  return make(fmax(a.lo, b.lo), fmin(a.hi, b.hi), a.integer || b.integer);
}

const Step *dom_step(const Formula *f, const char *name) {
  for (int s = 0; s < f->nsteps; s++)
    if (f->steps[s].name && strcmp(f->steps[s].name, name) == 0) return &f->steps[s];
  return NULL;
}

int dom_name_input(const Model *m, const Indicator *ind, const char *name) {
  for (int b = 0; b < ind->nbinds; b++)
    if (strcmp(ind->binds[b].name, name) == 0) return ind->binds[b].input;
  int k = model_find_input(m, name);
  return k >= 0 && m->inputs[k].owner < 0 ? k : -1;
}

Range dom_input(const DomCtx *x, int k) {
  bool nz = x->mode == DOM_NONZERO;
  switch (x->m->inputs[k].type) {
    case IN_COUNT: return make(nz ? 1 : 0, HUGE_VAL, true);
    case IN_AMOUNT: return make(nz ? TINY : 0, HUGE_VAL, false);
    case IN_PERCENT: return make(nz ? TINY : 0, 1, false);
    default: return UNKNOWN;
  }
}

const Node *dom_unknown_name(const Model *m, const Indicator *crit, const Indicator *w) {
  const Formula *f = &w->score;
  for (int i = 0; i < f->nnodes; i++) {
    const Node *n = f->nodes[i];
    if (!n || n->tag != N_NAME) continue;
    bool known = dom_step(f, n->str) || dom_name_input(m, w, n->str) >= 0 ||
                 (strcmp(n->str, "max") == 0 && !crit->is_value) ||
                 (strcmp(n->str, "value") == 0 && crit->is_value);
    if (!known) return n;
  }
  return NULL;
}

const char *dom_node_text(const Formula *f, const Node *n, char *buf, size_t size) {
  size_t len = n->stop > n->pos ? n->stop - n->pos : 0;
  if (!f->text || n->pos > strlen(f->text)) len = 0;
  if (len >= size) len = size - 1;
  if (len) memcpy(buf, f->text + n->pos, len);
  buf[len] = '\0';
  return buf;
}

/* What name n stands for, before any narrowing. */
static Range dom_base(DomCtx *x, const Node *n) {
  const Step *s = dom_step(&x->ind->score, n->str);
  if (s) {
    if (!s->expr || x->depth > MAX_DEPTH) return UNKNOWN;
    x->depth++;
    int saved = x->nenv;
    x->nenv = 0;                                /* a step is computed before any branch */
    Range r = dom_of(x, s->expr);
    x->nenv = saved;
    x->depth--;
    return r;
  }
  int k = dom_name_input(x->m, x->ind, n->str);
  if (k >= 0) return dom_input(x, k);
  if (strcmp(n->str, "value") == 0 && x->ind->is_rule && x->ind->owner >= 0) {
    const Indicator *o = &x->m->inds[x->ind->owner];     /* a target: the criterion's value */
    if (!o->has_score || o->value_bool) return UNKNOWN;
    DomCtx y = *x;
    y.ind = o;
    y.nenv = 0;
    return dom_of(&y, o->score.result);
  }
  if (strcmp(n->str, "max") == 0 && !x->ind->is_value && !x->ind->is_rule)
    return make(x->ind->max, x->ind->max, false);
  return UNKNOWN;
}

/* A name: its own domain, met with every condition on it in force here. */
static Range dom_name(DomCtx *x, const Node *n) {
  Range r = dom_base(x, n);
  for (int i = 0; i < x->nenv; i++)
    if (strcmp(x->env[i].name, n->str) == 0) r = meet(r, x->env[i].r);
  return r;
}

/*
** Parts of one whole (DOM_BOUNDS): a term c × N / D, with c a constant ≥ 0, N an input
** and D the whole. Steps are followed. False when term is not of that form.
*/
static bool share_term(DomCtx *x, const Node *n, bool inv, double *coef, const Node **num,
                       const Node **den, int depth) {
  if (depth > 16) return false;
  if (n->tag == N_BIN && (n->op == OP_MUL || n->op == OP_DIV))
    return share_term(x, n->kids[0], inv, coef, num, den, depth + 1) &&
           share_term(x, n->kids[1], n->op == OP_DIV ? !inv : inv, coef, num, den, depth + 1);
  if (n->tag == N_NAME) {
    const Step *s = dom_step(&x->ind->score, n->str);
    if (s && s->expr) return share_term(x, s->expr, inv, coef, num, den, depth + 1);
  }
  int saved = x->nenv;
  x->nenv = 0;
  Range r = dom_of(x, n);
  x->nenv = saved;
  if (r.known && r.lo == r.hi && r.lo >= 0) {
    if (inv && r.lo == 0) return false;
    *coef = inv ? *coef / r.lo : *coef * r.lo;
    return true;
  }
  if (!r.known || r.lo < 0) return false;
  if (inv) {
    if (*den) return false;
    *den = n;
    return true;
  }
  if (*num || n->tag != N_NAME || dom_name_input(x->m, x->ind, n->str) < 0) return false;
  *num = n;
  return true;
}

/* The terms of a sum (steps followed), at most max; how many, or -1. */
static int terms(DomCtx *x, const Node *n, const Node **out, int max, int depth) {
  if (depth > 16) return -1;
  if (n->tag == N_NAME) {
    const Step *s = dom_step(&x->ind->score, n->str);
    if (s && s->expr && s->expr->tag == N_BIN && s->expr->op == OP_ADD)
      return terms(x, s->expr, out, max, depth + 1);
  }
  if (n->tag == N_BIN && n->op == OP_ADD) {
    int a = terms(x, n->kids[0], out, max, depth + 1);
    if (a < 0) return -1;
    int b = terms(x, n->kids[1], out + a, max - a, depth + 1);
    return b < 0 ? -1 : a + b;
  }
  if (max < 1) return -1;
  out[0] = n;
  return 1;
}

/* a/c × max + 1/2 × b/c × max: with a + b at most c, at most max (the largest c). */
static bool shares(DomCtx *x, const Node *n, Range *out) {
  const Node *t[16];
  int nt = terms(x, n, t, 16, 0);
  if (nt < 2) return false;
  double top = 0;
  char first[200] = "", text[200];
  const Node *nums[16];
  for (int i = 0; i < nt; i++) {
    double coef = 1;
    const Node *num = NULL, *den = NULL;
    if (!share_term(x, t[i], false, &coef, &num, &den, 0) || !num || !den) return false;
    dom_node_text(&x->ind->score, den, text, sizeof text);
    if (i == 0) memcpy(first, text, sizeof first);
    else if (strcmp(first, text) != 0) return false;
    for (int j = 0; j < i; j++)
      if (strcmp(nums[j]->str, num->str) == 0) return false;
    nums[i] = num;
    top = fmax(top, coef);
  }
  *out = make(0, top, false);
  return true;
}

/* Whether the input named by p is declared part_of the one named by w. */
static bool part(const DomCtx *x, const Node *p, const Node *w) {
  if (p->tag != N_NAME || w->tag != N_NAME) return false;
  int k = dom_name_input(x->m, x->ind, p->str);
  return k >= 0 && x->m->inputs[k].part_of && strcmp(x->m->inputs[k].part_of, w->str) == 0;
}

static Range dom_bin(DomCtx *x, const Node *n) {
  Range s;
  if (x->mode == DOM_BOUNDS && n->op == OP_ADD && shares(x, n, &s)) return s;
  Range a = dom_of(x, n->kids[0]), b = dom_of(x, n->kids[1]);
  if (!a.known || !b.known || empty(a) || empty(b)) return empty(a) ? a : empty(b) ? b : UNKNOWN;
  bool in = a.integer && b.integer;
  switch (n->op) {
    case OP_ADD: return make(a.lo + b.lo, a.hi + b.hi, in);
    case OP_SUB: return make(a.lo - b.hi, a.hi - b.lo, in);
    case OP_MUL: {
      double c[4] = { mul0(a.lo, b.lo), mul0(a.lo, b.hi), mul0(a.hi, b.lo), mul0(a.hi, b.hi) };
      return make(fmin(fmin(c[0], c[1]), fmin(c[2], c[3])),
                  fmax(fmax(c[0], c[1]), fmax(c[2], c[3])), in);
    }
    case OP_DIV:
      if (part(x, n->kids[0], n->kids[1])) return make(0, 1, false);         /* a part / its whole */
      if (part(x, n->kids[1], n->kids[0])) return make(1, HUGE_VAL, false);  /* a whole / its part */
      if (b.lo == b.hi && b.lo != 0) {          /* by a constant */
        double p = a.lo / b.lo, q = a.hi / b.lo;
        return make(fmin(p, q), fmax(p, q), false);
      }
      if (a.lo < 0 || b.lo < 0) return UNKNOWN;
      if (x->mode == DOM_BOUNDS) return make(0, 1, false);
      if (b.lo > 0) return make(a.lo / b.hi, a.hi / b.lo, false);
      return make(0, HUGE_VAL, false);
    default: return UNKNOWN;                    /* comparisons, and/or: yes/no */
  }
}

/* Push the narrowing of `cond` (holding when holds is true) onto x->env; how many. */
static int narrow(DomCtx *x, const Node *cond, bool holds) {
  if (cond->tag == N_UN && cond->op == OP_NOT) return narrow(x, cond->kids[0], !holds);
  if (cond->tag == N_BIN && cond->op == (holds ? OP_AND : OP_OR))
    return narrow(x, cond->kids[0], holds) + narrow(x, cond->kids[1], holds);
  if (cond->tag != N_BIN || cond->op < OP_EQ || cond->op > OP_GE || x->nenv >= 32) return 0;
  const Node *name = cond->kids[0], *val = cond->kids[1];
  Op op = cond->op;
  if (name->tag != N_NAME) {                    /* 70% <= r: r >= 70% */
    const Node *t = name; name = val; val = t;
    op = op == OP_LT ? OP_GT : op == OP_GT ? OP_LT : op == OP_LE ? OP_GE : op == OP_GE ? OP_LE : op;
  }
  if (name->tag != N_NAME) return 0;
  Range v = dom_of(x, val);
  if (!v.known || v.lo != v.hi) return 0;
  if (!holds) {
    switch (op) {
      case OP_LT: op = OP_GE; break;
      case OP_LE: op = OP_GT; break;
      case OP_GT: op = OP_LE; break;
      case OP_GE: op = OP_LT; break;
      case OP_EQ: op = OP_NE; break;
      default: op = OP_EQ; break;
    }
  }
  Range r = make(-HUGE_VAL, HUGE_VAL, false);
  switch (op) {                                  /* strict bounds kept closed: a bound */
    case OP_LT: case OP_LE: r.hi = v.lo; break;
    case OP_GT: case OP_GE: r.lo = v.lo; break;
    case OP_EQ: r.lo = r.hi = v.lo; break;
    default: return 0;                          /* ~=: no interval */
  }
  x->env[x->nenv++] = (Narrowed){ name->str, r };
  return 1;
}

static Range dom_if(DomCtx *x, const Node *n) {
  Range r = make(HUGE_VAL, -HUGE_VAL, false);   /* empty */
  int base = x->nenv;
  for (int k = 0; k + 1 < n->nkids; k += 2) {
    int pushed = narrow(x, n->kids[k], true);
    r = unite(r, dom_of(x, n->kids[k + 1]));
    x->nenv -= pushed;
    narrow(x, n->kids[k], false);               /* the next branches: it did not hold */
  }
  r = unite(r, dom_of(x, n->kids[n->nkids - 1]));
  x->nenv = base;
  return r;
}

/* The arm of a case as a narrowing of its subject (a name), or none. */
static int narrow_arm(DomCtx *x, const Node *subject, const Node *arm) {
  if (subject->tag != N_NAME || x->nenv >= 32) return 0;
  Range r = make(-HUGE_VAL, HUGE_VAL, false);
  if (arm->op == ARM_RANGE) {
    Range lo = dom_of(x, arm->kids[0]), hi = dom_of(x, arm->kids[1]);
    if (!lo.known || !hi.known) return 0;
    r.lo = lo.lo;
    r.hi = hi.hi;
  } else {
    Range v = dom_of(x, arm->kids[0]);
    if (!v.known || v.lo != v.hi) return 0;
    Op c = arm->op == ARM_EQ ? OP_EQ : arm->cmp;
    if (c == OP_LT || c == OP_LE) r.hi = v.lo;
    else if (c == OP_GT || c == OP_GE) r.lo = v.lo;
    else if (c == OP_EQ) r.lo = r.hi = v.lo;
    else return 0;
  }
  x->env[x->nenv++] = (Narrowed){ subject->str, r };
  return 1;
}

static Range dom_case(DomCtx *x, const Node *n) {
  Range r = make(HUGE_VAL, -HUGE_VAL, false);
  int narms = n->nkids - 1 - (n->has_else ? 1 : 0);
  for (int k = 1; k <= narms; k++) {
    const Node *arm = n->kids[k];
    int pushed = narrow_arm(x, n->kids[0], arm);
    r = unite(r, dom_of(x, arm->kids[arm->nkids - 1]));
    x->nenv -= pushed;
  }
  if (n->has_else) r = unite(r, dom_of(x, n->kids[n->nkids - 1]));
  return r;
}

static Range dom_call(DomCtx *x, const Node *n) {
  const char *f = n->str;
  bool handled = false;
  if (x->call) {
    Range r = x->call(x, n, &handled);
    if (handled) return r;
  }
  if ((strcmp(f, "min") == 0 || strcmp(f, "max") == 0) && n->nkids > 0) {
    bool lo = f[1] == 'i';
    Range r = dom_of(x, n->kids[0]);
    for (int k = 1; k < n->nkids && r.known; k++) {
      Range a = dom_of(x, n->kids[k]);
      if (!a.known) return UNKNOWN;
      r = lo ? make(fmin(r.lo, a.lo), fmin(r.hi, a.hi), r.integer && a.integer)
             : make(fmax(r.lo, a.lo), fmax(r.hi, a.hi), r.integer && a.integer);
    }
    return r;
  }
  if (strcmp(f, "clamp") == 0 && n->nkids == 3) {
    Range v = dom_of(x, n->kids[0]), lo = dom_of(x, n->kids[1]), hi = dom_of(x, n->kids[2]);
    if (!lo.known || !hi.known) return UNKNOWN;
    if (!v.known) return make(lo.lo, hi.hi, false);
    return make(fmin(fmax(v.lo, lo.lo), hi.hi), fmax(fmin(v.hi, hi.hi), lo.lo), false);
  }
  if (strcmp(f, "round") == 0 && n->nkids >= 1) {
    Range v = dom_of(x, n->kids[0]);
    return v.known ? make(floor(v.lo), ceil(v.hi), n->nkids == 1) : v;
  }
  if (strcmp(f, "abs") == 0 && n->nkids == 1) {
    Range v = dom_of(x, n->kids[0]);
    if (!v.known) return v;
    if (v.lo >= 0) return v;
    if (v.hi <= 0) return make(-v.hi, -v.lo, v.integer);
    return make(0, fmax(-v.lo, v.hi), v.integer);
  }
  if (strcmp(f, "default") == 0 && n->nkids == 2)
    return unite(dom_of(x, n->kids[0]), dom_of(x, n->kids[1]));
  if ((strcmp(f, "score") == 0 || strcmp(f, "group") == 0) && n->nkids == 1 &&
      n->kids[0]->tag == N_STR) {
    bool ind = f[0] == 's';
    int k = ind ? model_find_indicator(x->m, n->kids[0]->str) : model_find_group(x->m, n->kids[0]->str);
    if (k < 0) return UNKNOWN;
    if (ind && x->m->inds[k].is_value) return UNKNOWN;
    return make(0, ind ? x->m->inds[k].max : x->m->groups[k].max, false);
  }
  if ((strcmp(f, "peer_min") == 0 || strcmp(f, "peer_max") == 0) && n->nkids == 1)
    return dom_of(x, n->kids[0]);               /* one of the peers' values of x */
  return UNKNOWN;                               /* aggregates, children: data */
}

Range dom_of(DomCtx *x, const Node *n) {
  if (n == NULL || x->depth > MAX_DEPTH || ++x->work > MAX_WORK) return UNKNOWN;
  x->depth++;
  Range r = UNKNOWN;
  switch (n->tag) {
    case N_NUM: r = make(n->num, n->num, !n->pct && n->num == floor(n->num)); break;
    case N_NAME: r = dom_name(x, n); break;
    case N_BIN: r = dom_bin(x, n); break;
    case N_UN:
      if (n->op == OP_NEG) {
        Range a = dom_of(x, n->kids[0]);
        r = a.known ? make(-a.hi, -a.lo, a.integer) : a;
      }
      break;
    case N_IF: r = dom_if(x, n); break;
    case N_CASE: r = dom_case(x, n); break;
    case N_CALL: r = dom_call(x, n); break;
    default: break;
  }
  x->depth--;
  return r;
}
