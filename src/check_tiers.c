/*
** check_tiers.c — tier tables (`case … when …`, and the stdlib's tiers and role_tiers,
** which are written as case) analysed as sets over the subject's domain: values no arm
** covers (a gap, when there is no else), arms that overlap with different results (the
** first is taken, silently), arms that can never be taken. A count is a whole number,
** so "10 .. 19" and ">= 20" leave no gap; a rate is a real number, so "> 70%" and
** "50% .. 69%" leave the rates above 69 % up to 70 %. A choice's arms are checked
** against its options. See docs/language.md, section "What check finds".
*/
#include "checks.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "check_domain.h"

#define MAX_PIECES 64

/* An interval of the subject; for a whole-number subject, lo and hi are whole and in. */
typedef struct Iv { double lo, hi; bool lo_in, hi_in; } Iv;

typedef struct Pieces { Iv v[MAX_PIECES]; int n; } Pieces;

typedef struct Table {
  const Model *m;
  const Indicator *ind;   /* the formula's indicator (or its as_written) */
  bool written;           /* the decision's own table (as_written) */
  const Node *cs;         /* the case */
  bool integer, pct;      /* a whole-number subject; values shown as percentages */
  char subject[80];
  DiagList *dl;
} Table;

static bool iv_empty(Iv a, bool integer) {
  if (a.hi == -HUGE_VAL || a.lo == HUGE_VAL) return true;
  if (integer) return a.lo > a.hi;
  return a.lo > a.hi || (a.lo == a.hi && !(a.lo_in && a.hi_in));
}

/* a whole-number interval: the whole numbers in a, as a closed interval. */
static Iv iv_whole(Iv a) {
  if (isfinite(a.lo)) a.lo = a.lo_in ? ceil(a.lo) : floor(a.lo) + 1;
  if (isfinite(a.hi)) a.hi = a.hi_in ? floor(a.hi) : ceil(a.hi) - 1;
  a.lo_in = a.hi_in = true;
  return a;
}

static Iv iv_meet(Iv a, Iv b) {
  Iv r;
  if (a.lo > b.lo) { r.lo = a.lo; r.lo_in = a.lo_in; }
  else if (b.lo > a.lo) { r.lo = b.lo; r.lo_in = b.lo_in; }
  else { r.lo = a.lo; r.lo_in = a.lo_in && b.lo_in; }
  if (a.hi < b.hi) { r.hi = a.hi; r.hi_in = a.hi_in; }
  else if (b.hi < a.hi) { r.hi = b.hi; r.hi_in = b.hi_in; }
  else { r.hi = a.hi; r.hi_in = a.hi_in && b.hi_in; }
  return r;
}

/* Whether a holds all of b. */
static bool contains(Iv a, Iv b, bool integer);

static void add(Pieces *p, Iv a, bool integer) {
  if (!iv_empty(a, integer) && p->n < MAX_PIECES) p->v[p->n++] = a;
}

/* p minus the interval j. */
static void subtract(Pieces *p, Iv j, bool integer) {
  Pieces out = { .n = 0 };
  Iv below = { -HUGE_VAL, j.lo, true, !j.lo_in }, above = { j.hi, HUGE_VAL, !j.hi_in, true };
  if (integer) {
    below.hi = j.lo - 1; below.hi_in = true;
    above.lo = j.hi + 1; above.lo_in = true;
  }
  for (int i = 0; i < p->n; i++) {
    add(&out, iv_meet(p->v[i], below), integer);
    add(&out, iv_meet(p->v[i], above), integer);
  }
  *p = out;
}

static bool contains(Iv a, Iv b, bool integer) {
  Pieces rest = { .n = 0 };
  add(&rest, b, integer);
  subtract(&rest, a, integer);
  return rest.n == 0;
}

/* ------------------------------------------------------------ words */

static const char *value_text(const Table *t, double v, char *buf, size_t size) {
  if (t->pct) snprintf(buf, size, "%.10g %%", v * 100);
  else snprintf(buf, size, "%.10g", v);
  return buf;
}

/* "exactly 75 %", "from 69 % (excluded) to 70 %", "5 or more", … */
static const char *iv_text(const Table *t, Iv a, char *buf, size_t size) {
  char lo[40], hi[40];
  value_text(t, a.lo, lo, sizeof lo);
  value_text(t, a.hi, hi, sizeof hi);
  const char *ex = _(" (excluded)");
  if (a.lo == a.hi) snprintf(buf, size, _("exactly %s"), lo);
  else if (a.lo == -HUGE_VAL) snprintf(buf, size, a.hi_in ? _("%s or less") : _("less than %s"), hi);
  else if (a.hi == HUGE_VAL) snprintf(buf, size, a.lo_in ? _("%s or more") : _("more than %s"), lo);
  else snprintf(buf, size, _("from %s%s to %s%s"), lo, a.lo_in ? "" : ex, hi, a.hi_in ? "" : ex);
  return buf;
}

static void locate(const Table *t, const Node *n, int *line, int *col) {
  formula_locate(&t->ind->score, n->pos, line, col);
}

static const char *who(const Table *t, char *buf, size_t size) {
  if (t->written) snprintf(buf, size, _("indicator %s, as the decision writes it"), t->ind->code);
  else if (t->ind->is_value) snprintf(buf, size, _("criterion %s"), t->ind->code);
  else snprintf(buf, size, _("indicator %s"), t->ind->code);
  return buf;
}

static Diag *report(const Table *t, const Node *at, const char *fmt, const char *a,
                    const char *b, const char *c) {
  int line, col;
  char w[120];
  locate(t, at, &line, &col);
  const char *file = t->ind->score.file ? t->ind->score.file : t->m->script;
  char msg[600];
  snprintf(msg, sizeof msg, _(fmt), a, b ? b : "", c ? c : "");
  Diag *d = diag_add(t->dl, SEV_WARNING, file, line, col, "%s: %s", who(t, w, sizeof w), msg);
  d->indicator = t->ind->code;
  return d;
}

/* A hint chosen among marked texts (N_). */
static void hint(DiagList *dl, Diag *d, const char *text) { diag_hint(dl, d, "%s", _(text)); }

/* ------------------------------------------------------------ numbers */

/* The constant value of node n, or false. */
static bool constant(const Table *t, const Node *n, double *v) {
  DomCtx x = { .m = t->m, .ind = t->ind, .mode = DOM_PLAIN };
  Range r = dom_of(&x, n);
  if (!r.known || r.lo != r.hi) return false;
  *v = r.lo;
  return true;
}

/* The values arm takes, or false when it is not an interval of constants. */
static bool arm_set(Table *t, const Node *arm, Iv *out) {
  double v, w;
  if (arm->op == ARM_RANGE) {
    if (!constant(t, arm->kids[0], &v) || !constant(t, arm->kids[1], &w)) return false;
    t->pct = t->pct || arm->kids[0]->pct || arm->kids[1]->pct;
    *out = (Iv){ v, w, true, true };
    return true;
  }
  if (arm->kids[0]->tag == N_STR || !constant(t, arm->kids[0], &v)) return false;
  t->pct = t->pct || arm->kids[0]->pct;
  Op c = arm->op == ARM_EQ ? OP_EQ : arm->cmp;
  switch (c) {
    case OP_LT: *out = (Iv){ -HUGE_VAL, v, true, false }; return true;
    case OP_LE: *out = (Iv){ -HUGE_VAL, v, true, true }; return true;
    case OP_GT: *out = (Iv){ v, HUGE_VAL, false, true }; return true;
    case OP_GE: *out = (Iv){ v, HUGE_VAL, true, true }; return true;
    case OP_EQ: *out = (Iv){ v, v, true, true }; return true;
    default: return false;                      /* ~=: two intervals; not analysed */
  }
}

static const Node *result_of(const Node *arm) { return arm->kids[arm->nkids - 1]; }

static bool same_result(const Table *t, const Node *a, const Node *b) {
  char x[256], y[256];
  return strcmp(dom_node_text(&t->ind->score, result_of(a), x, sizeof x),
                dom_node_text(&t->ind->score, result_of(b), y, sizeof y)) == 0;
}

static void numeric_table(Table *t) {
  const Node *cs = t->cs;
  int narms = cs->nkids - 1 - (cs->has_else ? 1 : 0);
  Iv sets[MAX_PIECES];
  if (narms > MAX_PIECES) return;
  for (int k = 0; k < narms; k++)
    if (!arm_set(t, cs->kids[k + 1], &sets[k])) return;
  DomCtx x = { .m = t->m, .ind = t->ind, .mode = DOM_PLAIN };
  Range r = dom_of(&x, cs->kids[0]);
  bool known = r.known && r.lo <= r.hi;
  t->integer = known && r.integer;
  Iv dom = known ? (Iv){ r.lo, r.hi, true, true } : (Iv){ -HUGE_VAL, HUGE_VAL, true, true };
  Pieces covered = { .n = 0 };
  char a[120], b[120];
  for (int k = 0; k < narms; k++) {
    const Node *arm = cs->kids[k + 1];
    Iv s = iv_meet(sets[k], dom);
    if (t->integer) s = iv_whole(s);
    sets[k] = s;
    if (iv_empty(s, t->integer)) {
      Diag *d = report(t, arm, N_("this arm can never be taken: %s never holds such a value"),
                       t->subject, NULL, NULL);
      diag_hint(t->dl, d, "correct the arm's bounds, or remove it");
      continue;
    }
    Pieces rest = { .n = 1, .v = { s } };
    for (int i = 0; i < covered.n; i++) subtract(&rest, covered.v[i], t->integer);
    if (rest.n == 0) {
      Diag *d = report(t, arm, N_("this arm can never be taken: the arms before it cover all its "
                       "values of %s"), t->subject, NULL, NULL);
      diag_hint(t->dl, d, "correct the arm's bounds, or remove it");
    } else {
      for (int j = 0; j < k; j++) {
        Iv o = iv_meet(s, sets[j]);
        if (iv_empty(o, t->integer) || same_result(t, cs->kids[j + 1], arm)) continue;
        /* "> 10%" then "> 7%": the later arm takes what the earlier one left (a cascade,
           read in order), not an overlap; one only when neither arm holds the other. */
        if (contains(s, sets[j], t->integer) || contains(sets[j], s, t->integer)) continue;
        snprintf(b, sizeof b, "%d", j + 1);
        Diag *d = report(t, arm, N_("this arm overlaps arm %s when %s is %s: the first arm's result "
                         "is taken"), b, t->subject, iv_text(t, o, a, sizeof a));
        hint(t->dl, d, t->written
                  ? N_("a defect of the decision: two results for the same value; the score must "
                    "choose one, say which in note")
                  : N_("make the arms meet without overlapping (one of them with < or >), so that "
                    "the table says which result applies"));
        break;
      }
    }
    add(&covered, s, t->integer);
  }
  if (cs->has_else || !known) return;
  Pieces gaps = { .n = 1, .v = { t->integer ? iv_whole(dom) : dom } };
  for (int i = 0; i < covered.n; i++) subtract(&gaps, covered.v[i], t->integer);
  if (gaps.n == 0) return;
  char list[400] = "";
  size_t len = 0;
  for (int i = 0; i < gaps.n && i < 3; i++)
    len += (size_t)snprintf(list + len, sizeof list - len, "%s%s", i ? "; " : "",
                            iv_text(t, gaps.v[i], a, sizeof a));
  Diag *d = report(t, cs, N_("no arm covers %s when it is %s"), t->subject, list, NULL);
  hint(t->dl, d, t->written
            ? N_("a gap in the decision's own table: the score must choose for these values; "
              "say which in note")
            : N_("add an arm for these values, widen a neighbouring arm, or add `else …`; without "
              "one, a unit with such a value is undefined"));
}

/* ------------------------------------------------------------ choices */

static void choice_table(Table *t, const Input *in) {
  const Node *cs = t->cs;
  int narms = cs->nkids - 1 - (cs->has_else ? 1 : 0);
  bool seen[256] = { false };
  if (in->noptions > 256) return;
  for (int k = 1; k <= narms; k++) {
    const Node *arm = cs->kids[k];
    if (arm->op != ARM_EQ || arm->kids[0]->tag != N_STR) return;
    for (int o = 0; o < in->noptions; o++) {
      if (strcmp(in->options[o].code, arm->kids[0]->str) != 0) continue;
      if (seen[o]) {
        Diag *d = report(t, arm, N_("this arm can never be taken: an arm before it already tests "
                         "\"%s\""), in->options[o].code, NULL, NULL);
        diag_hint(t->dl, d, "remove the arm, or correct its option");
      }
      seen[o] = true;
    }
  }
  if (cs->has_else) return;
  char list[400] = "";
  size_t len = 0;
  for (int o = 0; o < in->noptions && len < sizeof list - 80; o++)
    if (!seen[o]) len += (size_t)snprintf(list + len, sizeof list - len, "%s\"%s\"",
                                          len ? ", " : "", in->options[o].code);
  if (len == 0) return;
  Diag *d = report(t, cs, N_("no arm covers the option(s) %s of %s"), list, t->subject, NULL);
  diag_hint(t->dl, d, "add an arm for each option, or `else …`");
}

static void table(Table *t) {
  const Node *s = t->cs->kids[0];
  dom_node_text(&t->ind->score, s, t->subject, sizeof t->subject);
  if (s->tag == N_NAME) {
    int k = dom_name_input(t->m, t->ind, s->str);
    if (k >= 0 && t->m->inputs[k].type == IN_CHOICE) { choice_table(t, &t->m->inputs[k]); return; }
    if (k >= 0 && t->m->inputs[k].type == IN_PERCENT) t->pct = true;
  }
  numeric_table(t);
}

static void formula_tables(const Model *m, const Indicator *ind, bool written, DiagList *dl) {
  if (!ind->has_score) return;
  const Formula *f = &ind->score;
  for (int i = 0; i < f->nnodes; i++)
    if (f->nodes[i] && f->nodes[i]->tag == N_CASE && f->nodes[i]->nkids > 1) {
      Table t = { .m = m, .ind = ind, .written = written, .cs = f->nodes[i], .dl = dl };
      table(&t);
    }
}

void check_tiers(const Model *m, DiagList *dl) {
  for (int k = 0; k < m->ninds; k++) {
    formula_tables(m, &m->inds[k], false, dl);
    if (m->inds[k].written && !dom_unknown_name(m, &m->inds[k], m->inds[k].written))
      formula_tables(m, m->inds[k].written, true, dl);   /* else reported: check_names.c */
  }
}
