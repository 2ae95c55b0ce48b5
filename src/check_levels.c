/*
** check_levels.c — criteria met or not (docs/language.md, section 3c): a tier that
** makes a criterion mandatory but gives it no target; a recognition rule or a target
** that no unit can satisfy (met_count() above the criteria there are, a share above
** 100 %, a rate target above what the value can reach), and a share of no criteria.
** (Thresholds that decrease from one level to the next: checks.c.)
*/
#include "checks.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "check_domain.h"

typedef enum Truth { NEVER, MAYBE, ALWAYS } Truth;

typedef struct Rule {
  const Model *m;
  const Indicator *rule;
  DiagList *dl;
  const Node *never;      /* the first clause found never to hold */
  const Node *empty;      /* a share of no criteria */
} Rule;

/* Criteria assigned in context c (every context when c < 0) of kind, at least and at most. */
static void assigned(const Model *m, int c, int kind, int *lo, int *hi) {
  *lo = -1;
  *hi = 0;
  for (int ctx = 0; ctx < m->nctx; ctx++) {
    if (c >= 0 && ctx != c) continue;
    int n = 0;
    for (int k = 0; k < m->ninds; k++) {
      const Target *t = m->inds[k].targets ? &m->inds[k].targets[ctx] : NULL;
      n += t && m->inds[k].is_value && t->assigned && (kind == TK_ANY || t->kind == kind);
    }
    if (*lo < 0 || n < *lo) *lo = n;
    if (n > *hi) *hi = n;
  }
  if (*lo < 0) *lo = 0;
}

static Range aggregate(DomCtx *x, const Node *n, bool *handled) {
  Rule *r = x->data;
  const char *f = n->str;
  bool count = strcmp(f, "met_count") == 0, all = strcmp(f, "assigned_count") == 0;
  bool share = strcmp(f, "met_share") == 0;
  if (!count && !all && !share) return (Range){ 0, 0, false, false };
  *handled = true;
  int kind = TK_ANY;
  if (n->nkids == 1 && n->kids[0]->tag == N_STR)
    kind = strcmp(n->kids[0]->str, "mandatory") == 0 ? TK_MANDATORY : TK_EXTENDED;
  int lo, hi;
  assigned(r->m, r->rule->ctx, kind, &lo, &hi);
  if (share && hi == 0 && !r->empty) r->empty = n;
  if (share) return (Range){ 0, 1, hi > 0, false };
  return count ? (Range){ 0, hi, true, true } : (Range){ lo, hi, true, true };
}

static Truth compare(Op op, Range a, Range b) {
  bool always, never;
  switch (op) {
    case OP_GE: always = a.lo >= b.hi; never = a.hi < b.lo; break;
    case OP_GT: always = a.lo > b.hi; never = a.hi <= b.lo; break;
    case OP_LE: always = a.hi <= b.lo; never = a.lo > b.hi; break;
    case OP_LT: always = a.hi < b.lo; never = a.lo >= b.hi; break;
    case OP_EQ: always = a.lo == a.hi && b.lo == b.hi && a.lo == b.lo; never = a.hi < b.lo || b.hi < a.lo; break;
    case OP_NE: never = a.lo == a.hi && b.lo == b.hi && a.lo == b.lo; always = a.hi < b.lo || b.hi < a.lo; break;
    default: return MAYBE;
  }
  return always ? ALWAYS : never ? NEVER : MAYBE;
}

/* Whether condition n always, never or may hold; `or` stops at a left side that always
** holds, as the evaluator does, so a guard such as assigned_count(k) == 0 is seen. */
static Truth truth(Rule *r, const Node *n) {
  if (n == NULL) return MAYBE;
  if (n->tag == N_UN && n->op == OP_NOT) {
    Truth t = truth(r, n->kids[0]);
    return t == MAYBE ? MAYBE : t == ALWAYS ? NEVER : ALWAYS;
  }
  if (n->tag == N_IF || n->tag == N_CASE || n->tag != N_BIN) return MAYBE;
  if (n->op == OP_AND) {
    Truth a = truth(r, n->kids[0]);
    if (a == NEVER) return NEVER;
    Truth b = truth(r, n->kids[1]);
    return a == ALWAYS ? b : b == NEVER ? NEVER : MAYBE;
  }
  if (n->op == OP_OR) {
    Truth a = truth(r, n->kids[0]);
    if (a == ALWAYS) return ALWAYS;
    const Node *never = r->never;
    Truth b = truth(r, n->kids[1]);
    if (a != NEVER) r->never = never;           /* a clause that never holds, beside one that may */
    return a == NEVER ? b : b == ALWAYS ? ALWAYS : MAYBE;
  }
  if (n->op < OP_EQ || n->op > OP_GE) return MAYBE;
  DomCtx x = { .m = r->m, .ind = r->rule, .mode = DOM_BOUNDS, .call = aggregate, .data = r };
  Range a = dom_of(&x, n->kids[0]), b = dom_of(&x, n->kids[1]);
  if (!a.known || !b.known || a.lo > a.hi || b.lo > b.hi) return MAYBE;
  Truth t = compare(n->op, a, b);
  if (t == NEVER && !r->never) r->never = n;
  return t;
}

static void rule(const Model *m, const Indicator *ind, const char *what, DiagList *dl) {
  if (!ind || !ind->has_score || !ind->score.result) return;
  Rule r = { .m = m, .rule = ind, .dl = dl };
  Truth t = truth(&r, ind->score.result);
  const char *file = ind->score.file ? ind->score.file : ind->file ? ind->file : m->script;
  char text[256];
  int line, col;
  if (t == NEVER && r.never) {
    formula_locate(&ind->score, r.never->pos, &line, &col);
    Diag *d = diag_add(dl, SEV_WARNING, file, line, col, "%s can never be met: %s never holds",
                       what, dom_node_text(&ind->score, r.never, text, sizeof text));
    diag_hint(dl, d, "compare with what can be reached: a count of criteria at most the "
              "criteria assigned, a share or a rate at most 100 %%");
    d->indicator = ind->code;
  }
  if (r.empty) {
    formula_locate(&ind->score, r.empty->pos, &line, &col);
    Diag *d = diag_add(dl, SEV_WARNING, file, line, col, "%s: %s is a share of no criteria "
                       "(none of that kind is assigned there), so it is always undefined", what,
                       dom_node_text(&ind->score, r.empty, text, sizeof text));
    diag_hint(dl, d, "say what it means, e.g. assigned_count('extended') == 0 or "
              "met_share('extended') >= 30%%");
    d->indicator = ind->code;
  }
}

/*
** A target that compares values of different kinds: a yes/no criterion's value with a
** number (Yên Bái I.12: unit "Có/không", target "100"), a count with a percentage (Kon Tum
** II.4, level 5: "≥ 3 or 100 %"). A yes/no against a number is a type error where the
** script's own target has it; in as_written it is the decision's defect.
*/
static void target_kinds(const Model *m, const Indicator *crit, int c, const Indicator *rule,
                         bool written, DiagList *dl) {
  if (!rule || !rule->has_score) return;
  const Formula *f = &rule->score;
  char who[160], text[256];
  if (written) snprintf(who, sizeof who, _("criterion %s, as the decision writes it"), crit->code);
  else snprintf(who, sizeof who, _("criterion %s"), crit->code);
  for (int i = 0; i < f->nnodes; i++) {
    const Node *n = f->nodes[i];
    if (!n || n->tag != N_BIN || n->op < OP_EQ || n->op > OP_GE) continue;
    for (int side = 0; side < 2; side++) {
      const Node *num = n->kids[side], *other = n->kids[1 - side];
      if (num->tag != N_NUM) continue;
      DomCtx x = { .m = m, .ind = rule, .mode = DOM_PLAIN };
      Range r = dom_of(&x, other);
      bool yesno = other->tag == N_NAME && strcmp(other->str, "value") == 0 && crit->value_bool;
      bool count_pct = !yesno && num->pct && r.known && r.integer;
      if (!yesno && !count_pct) continue;
      dom_node_text(f, n, text, sizeof text);
      Diag *d = yesno
        ? diag_add(dl, SEV_WARNING, crit->file ? crit->file : m->script, crit->line, 0,
                   "%s: the target for %s (%s) compares its yes/no value with a number",
                   who, m->ctxs[c].label, text)
        : diag_add(dl, SEV_WARNING, crit->file ? crit->file : m->script, crit->line, 0,
                   "%s: the target for %s (%s) compares a whole number (a count) with a "
                   "percentage", who, m->ctxs[c].label, text);
      if (written)
        diag_hint(dl, d, "a defect of the decision: the target must choose what it means; say "
                  "which in note");
      else
        diag_hint(dl, d, "compare a count with a count, a rate (a / b) with a percentage, a "
                  "yes/no with yes or no");
      d->indicator = crit->code;
      break;
    }
  }
}

/* { mandatory, na }: mandatory in a tier that gives the criterion no target. */
static void mandatory_absent(const Model *m, DiagList *dl) {
  for (int k = 0; k < m->ninds; k++) {
    const Indicator *ind = &m->inds[k];
    for (int c = 0; ind->is_value && ind->targets && c < m->nctx; c++) {
      const Target *t = &ind->targets[c];
      if (t->kind != TK_MANDATORY || t->assigned) continue;
      Diag *d = diag_add(dl, SEV_WARNING, ind->file ? ind->file : m->script, ind->line, 0,
                         "criterion %s is mandatory in tier %s but has no target there: it is "
                         "both required and not assessed", ind->code, m->ctxs[c].label);
      diag_hint(dl, d, "give the tier's target ({ mandatory, \">= …\" }), or leave the tier out "
                "of tiers = { … } if the criterion is not in it");
      d->indicator = ind->code;
    }
  }
}

void check_levels(const Model *m, DiagList *dl) {
  if (m->ctx_kind == CTX_NONE) return;
  mandatory_absent(m, dl);
  char what[200];
  for (int r = 0; r < m->nrecs; r++) {
    snprintf(what, sizeof what, _("recognition %s"), m->recs[r].name);
    rule(m, &m->recs[r].rule, what, dl);
  }
  for (int k = 0; k < m->ninds; k++)
    for (int c = 0; m->inds[k].is_value && m->inds[k].targets && c < m->nctx; c++) {
      if (!m->inds[k].targets[c].assigned) continue;
      snprintf(what, sizeof what, _("the target of criterion %s for %s"), m->inds[k].code,
               m->ctxs[c].label);
      rule(m, m->inds[k].targets[c].rule, what, dl);
      target_kinds(m, &m->inds[k], c, m->inds[k].targets[c].rule, false, dl);
    }
  for (int k = 0; k < m->ninds; k++)
    for (int c = 0; m->inds[k].written_targets && c < m->nctx; c++)
      if (m->inds[k].written_targets[c].assigned)
        target_kinds(m, &m->inds[k], c, m->inds[k].written_targets[c].rule, true, dl);
}
