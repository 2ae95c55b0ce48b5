/*
** eval.c — the stack machine that runs compiled indicators, and the results built
** from the scores: group sums, totals, ranks. See eval.h.
*/
#include "eval.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cell.h"
#include "compile.h"
#include "derive.h"
#include "fmt.h"
#include "i18n.h"
#include "text.h"

/* Scores within this relative distance of 0 or max are floating-point noise
** (3/5*30 + 2/5*30 = 30.000000000000004), not data problems. */
#define RANGE_SLACK 1e-9

typedef struct Machine {
  const Model *m;
  const Dataset *ds;
  const Results *r;
  Value *stack;
  int unit;
  int ind;                  /* the indicator whose peers I_PEER reads, or -1 */
  int ctx;                  /* the context of I_MET and I_AGG, or -1 */
  const ChildOutcomes *kids;
} Machine;

static Value num(double n) { return (Value){ n, 0, V_NUM, U_NONE }; }
static Value boolean(bool b) { return (Value){ b ? 1 : 0, 0, V_BOOL, U_NONE }; }
static Value undef(Undef why, int where) { return (Value){ 0, where, V_UNDEF, (uint8_t)why }; }
static bool poison(Value v) { return v.kind == V_MISSING || v.kind == V_UNDEF; }

/* The input's cell for this unit: a number, a yes/no, or missing. */
static Value load_input(const Machine *mc, int i) {
  uint8_t st = dataset_state(mc->ds, i, mc->unit);
  if (st != CELL_OK && st != CELL_SUSPECT) return (Value){ 0, i, V_MISSING, U_NONE };
  double v = dataset_value(mc->ds, i, mc->unit);
  return mc->m->inputs[i].type == IN_YESNO ? boolean(v != 0) : num(v);
}

/* An earlier indicator's score, or why it has none. */
static Value load_score(const Machine *mc, int k) {
  const Score *s = results_score(mc->r, mc->unit, k);
  if (score_counts(s)) return num(s->value);
  if (s->status == S_MISSING) return s->cause;
  return undef(U_DEP, k);
}

static Value load_group(const Machine *mc, int g) {
  const Group *gr = &mc->m->groups[g];
  double sum = 0;
  for (int k = gr->first; k >= 0 && k < gr->first + gr->count; k++) {
    Value v = load_score(mc, k);
    if (poison(v)) return v;
    sum += v.n;
  }
  return num(sum);
}

static Value arith(Opcode op, Value a, Value b, int node) {
  if (poison(a)) return a;
  if (poison(b)) return b;
  double x = a.n, y = b.n, z = 0;
  switch (op) {
    case I_ADD: z = x + y; break;
    case I_SUB: z = x - y; break;
    case I_MUL: z = x * y; break;
    case I_DIV:
      if (y == 0) return undef(U_DIV0, node);
      z = x / y;
      break;
    case I_EQ: return boolean(x == y);
    case I_NE: return boolean(x != y);
    case I_LT: return boolean(x < y);
    case I_LE: return boolean(x <= y);
    case I_GT: return boolean(x > y);
    case I_GE: return boolean(x >= y);
    default: break;
  }
  return isfinite(z) ? num(z) : undef(U_NONFINITE, node);
}

/* min/max over the top n values; the first missing or undefined one wins. */
static Value extreme(Value *args, int n, bool want_max) {
  Value best = args[0];
  for (int i = 0; i < n; i++) {
    if (poison(args[i])) return args[i];
    if (want_max ? args[i].n > best.n : args[i].n < best.n) best = args[i];
  }
  return best;
}

/* Half away from zero, to d decimals. */
static Value round_to(Value x, Value d, int node) {
  if (poison(x)) return x;
  if (poison(d)) return d;
  double p = pow(10, floor(d.n)), scaled = x.n * p;
  if (!isfinite(p) || !isfinite(scaled) || fabs(scaled) >= 0x1p52)
    return x;                                  /* already an integer at that precision */
  double r = round(scaled) / p;                /* C's round: half away from zero */
  return isfinite(r) ? num(r) : undef(U_NONFINITE, node);
}

Value eval_value(const Model *m, const Results *r, int u, int k) {
  const Score *s = results_score(r, u, k);
  if (score_counts(s)) return m->inds[k].value_bool ? boolean(s->value != 0) : num(s->value);
  if (s->status == S_MISSING) return s->cause;
  return undef(U_DEP, k);
}

static Value load_value(const Machine *mc, int k) { return eval_value(mc->m, mc->r, mc->unit, k); }

/* Whether criterion k meets its target in the machine's context. */
static Value load_met(const Machine *mc, int k) {
  if (mc->ctx < 0) return undef(U_NOPERIOD, -1);
  Value v = *results_met(mc->r, mc->unit, k, mc->ctx);
  return v.kind == V_NONE ? undef(U_NA, k) : v;
}

MetCounts eval_met_counts(const Model *m, const Results *r, int u, int c, int kind) {
  MetCounts n = { 0, 0, 0, 0, -1 };
  for (int k = 0; c >= 0 && k < m->ninds; k++) {
    const Target *t = m->inds[k].targets ? &m->inds[k].targets[c] : NULL;
    if (t == NULL || !t->assigned || (kind != TK_ANY && t->kind != kind)) continue;
    const Value *v = results_met(r, u, k, c);
    n.assigned++;
    if (v->kind != V_BOOL) { if (n.unknown++ == 0) n.first_unknown = k; }
    else if (v->n != 0) n.met++;
    else n.not_met++;
  }
  return n;
}

/*
** met_count(), assigned_count(), met_share(), all_met(). An unknown criterion makes the
** count unknown, except that all_met() is already false when a known one is not met.
*/
static Value aggregate(const Machine *mc, int fn, int kind, int node) {
  if (mc->ctx < 0) return undef(U_NOPERIOD, node);
  MetCounts n = eval_met_counts(mc->m, mc->r, mc->unit, mc->ctx, kind);
  if (fn == AGG_ASSIGNED) return num(n.assigned);
  if (fn == AGG_ALL && n.not_met > 0) return boolean(false);
  if (n.unknown > 0) {                         /* the first unknown criterion says why */
    Value v = *results_met(mc->r, mc->unit, n.first_unknown, mc->ctx);
    return v.kind == V_MISSING ? v : undef(U_DEP, n.first_unknown);
  }
  if (fn == AGG_MET) return num(n.met);
  if (fn == AGG_ALL) return boolean(true);
  return n.assigned ? num((double)n.met / n.assigned) : undef(U_DIV0, node);
}

/* children_count(), children_at_level(k), children_recognised(i). */
static Value child_value(const Machine *mc, int fn, int arg, int node) {
  const ChildOutcomes *ko = mc->kids;
  int p = mc->unit;
  if (ko == NULL || p >= ko->nparents) return undef(U_CHILD, -1);
  if (fn == CHILD_COUNT) return num(ko->count[p]);
  if (fn == CHILD_AT_LEVEL) {
    if (ko->unknown_level[p] >= 0) return undef(U_CHILD, ko->unknown_level[p]);
    if (arg < 0 || arg > ko->nlevels) return undef(U_NONFINITE, node);
    return num(ko->at_level[(size_t)p * (size_t)(ko->nlevels + 1) + (size_t)arg]);
  }
  size_t at = (size_t)p * (size_t)ko->nrecs + (size_t)arg;
  if (ko->unknown_rec[at] >= 0) return undef(U_CHILD, ko->unknown_rec[at]);
  return num(ko->recognised[at]);
}

/* What I_PEER pushes: the aggregate, or undefined when no unit had a value. */
static Value load_peer(const Machine *mc, int i, int node) {
  const PeerValue *pv = results_peer(mc->r, mc->ind, i);
  return pv->count > 0 ? pv->v : undef(U_NOPEERS, node);
}

/*
** Run program p for the machine's unit; max is what `max` means in it. slots receives
** the trace slots; when nodes is not NULL, every instruction's result is recorded
** under its node.
*/
static Value run(Machine *mc, const Program *p, double max, Value *slots, Value *nodes) {
  Value *st = mc->stack;
  int sp = 0;
  for (int pc = 0; pc < p->ncode; pc++) {
    const Ins *in = &p->code[pc];
    bool pushes = true;
    switch ((Opcode)in->op) {
      case I_NUM: st[sp++] = num(p->consts[in->a]); break;
      case I_STR: st[sp++] = num(in->a); break;
      case I_INPUT: st[sp++] = load_input(mc, in->a); break;
      case I_PRESENT: st[sp++] = boolean(!poison(load_input(mc, in->a))); break;
      case I_DEFAULT:
        sp--;
        if (st[sp - 1].kind == V_MISSING) st[sp - 1] = st[sp];
        break;
      case I_SLOT: st[sp++] = slots[in->a]; break;
      case I_STORE: slots[in->a] = st[--sp]; pushes = false; break;
      case I_MAX: st[sp++] = num(max); break;
      case I_PEER: st[sp++] = load_peer(mc, in->a, in->node); break;
      case I_SCORE: st[sp++] = load_score(mc, in->a); break;
      case I_GROUP: st[sp++] = load_group(mc, in->a); break;
      case I_ADD: case I_SUB: case I_MUL: case I_DIV:
      case I_EQ: case I_NE: case I_LT: case I_LE: case I_GT: case I_GE:
        sp--;
        st[sp - 1] = arith((Opcode)in->op, st[sp - 1], st[sp], in->node);
        break;
      case I_NEG: if (!poison(st[sp - 1])) st[sp - 1].n = -st[sp - 1].n; break;
      case I_NOT: if (!poison(st[sp - 1])) st[sp - 1] = boolean(st[sp - 1].n == 0); break;
      case I_RANGE: {
        Value s = st[sp - 3], lo = st[sp - 2], hi = st[sp - 1];
        sp -= 2;
        st[sp - 1] = poison(s) ? s : poison(lo) ? lo : poison(hi) ? hi
                   : boolean(lo.n <= s.n && s.n <= hi.n);
        break;
      }
      case I_TEST: {
        Value c = st[--sp];
        pushes = false;
        if (poison(c)) { st[sp++] = c; pc = in->b - 1; }
        else if (c.n == 0) pc = in->a - 1;
        break;
      }
      case I_JMP: pc = in->a - 1; pushes = false; break;
      case I_ARM: slots[in->a] = num(in->b); pushes = false; break;
      case I_NOARM: slots[in->a] = num(-1); st[sp++] = undef(U_NOARM, in->node); break;
      case I_ANDJ: case I_ORJ: {
        Value l = st[sp - 1];
        bool decided = poison(l) || (in->op == I_ANDJ ? l.n == 0 : l.n != 0);
        if (decided) pc = in->a - 1;
        else sp--;
        pushes = false;
        break;
      }
      case I_MIN: case I_MAXF:
        sp -= in->a - 1;
        st[sp - 1] = extreme(&st[sp - 1], in->a, in->op == I_MAXF);
        break;
      case I_CLAMP: {
        Value x = st[sp - 3], lo = st[sp - 2], hi = st[sp - 1];
        sp -= 2;
        st[sp - 1] = poison(x) ? x : poison(lo) ? lo : poison(hi) ? hi
                   : num(x.n < lo.n ? lo.n : x.n > hi.n ? hi.n : x.n);
        break;
      }
      case I_ROUND:
        if (in->a == 2) { sp--; st[sp - 1] = round_to(st[sp - 1], st[sp], in->node); }
        else st[sp - 1] = round_to(st[sp - 1], num(0), in->node);
        break;
      case I_ABS: if (!poison(st[sp - 1])) st[sp - 1].n = fabs(st[sp - 1].n); break;
      case I_VALUE: st[sp++] = load_value(mc, in->a); break;
      case I_MET: st[sp++] = load_met(mc, in->a); break;
      case I_AGG: st[sp++] = aggregate(mc, in->a, in->b, in->node); break;
      case I_CHILD: st[sp++] = child_value(mc, in->a, in->b, in->node); break;
      case I_END: return st[sp - 1];
    }
    if (nodes && pushes && in->node >= 0 && sp > 0) nodes[in->node] = st[sp - 1];
  }
  return undef(U_NONE, -1);                    /* unreachable: programs end with I_END */
}

/* ------------------------------------------------------------ scores */

/*
** "2.1.a = 1600, số_hộ = 1000": the inputs indicator k reads that unit u has values for,
** by column, into buf. A score outside its range is a data problem, and these are the
** cells to look at (a numerator larger than its denominator, a percent over 100).
*/
static void input_values(const Model *m, const Dataset *ds, int u, int k, char *buf, size_t size) {
  const Indicator *ind = &m->inds[k];
  InputRef *refs = malloc(((size_t)ind->nbinds + (size_t)ind->prog.ncode + 1) * sizeof *refs);
  size_t at = 0;
  buf[0] = '\0';
  if (refs == NULL) return;
  for (int i = 0, n = derive_inputs(m, k, refs); i < n; i++) {
    int in = refs[i].input, st = dataset_state(ds, in, u);
    char v[64], piece[160];
    if (st != CELL_OK && st != CELL_SUSPECT) continue;
    Value val = { dataset_value(ds, in, u), 0, m->inputs[in].type == IN_YESNO ? V_BOOL : V_NUM, U_NONE };
    fmt_value(v, sizeof v, m, val, in);
    size_t len = (size_t)snprintf(piece, sizeof piece, "%s%s = %s", at ? ", " : "", m->inputs[in].name, v);
    if (len >= sizeof piece || at + len + sizeof "…" > size) {   /* whole pieces only */
      snprintf(buf + at, size - at, "%s…", at ? ", " : "");
      break;
    }
    memcpy(buf + at, piece, len + 1);
    at += len;
  }
  free(refs);
}

static void finding_for(const Model *m, const Dataset *ds, int u, int k, const Score *s,
                        DiagList *dl) {
  const Indicator *ind = &m->inds[k];
  const char *unit = ds->unit_ids[u];
  Diag *d = NULL;
  if (s->status == S_MISSING) {
    const Input *in = &m->inputs[s->cause.where];
    int col = ds->column[s->cause.where];
    bool invalid = dataset_state(ds, s->cause.where, u) == CELL_INVALID;
    /* whole sentences, by kind and by blank or invalid: word order differs in Vietnamese */
    static const char *const missing[2][2] = {
      { N_("indicator %s is missing data: \"%s\" has no value"),
        N_("indicator %s is missing data: \"%s\" has no valid value") },
      { N_("criterion %s is missing data: \"%s\" has no value"),
        N_("criterion %s is missing data: \"%s\" has no valid value") } };
    if (s->substituted)
      d = diag_add(dl, SEV_WARNING, ds->path, (int)ds->rows[u], col + 1, invalid
                   ? "indicator %s is missing data: its substitution \"%s\" takes the share of the "
                     "group's other indicators, and \"%s\" has no valid value"
                   : N_("indicator %s is missing data: its substitution \"%s\" takes the share of the "
                        "group's other indicators, and \"%s\" has no value"), ind->code,
                   m->substs[ind->subst].name, in->name);
    else
      d = diag_add(dl, SEV_WARNING, ds->path, (int)ds->rows[u], col + 1,
                   missing[ind->is_value][invalid], ind->code, in->name);
    d->column = col >= 0 ? ds->headers[col] : in->name;
    if (ind->is_value)
      diag_hint(dl, d, col >= 0 ? "fill the cell (%s); until then, whether the criterion is met "
                "is unknown" : N_("add the column (%s)"), in->label ? in->label : in->name);
    else
      diag_hint(dl, d, col >= 0 ? "fill the cell (%s); the unit's total counts only the indicators "
                "that could be scored" : N_("add the column (%s)"), in->label ? in->label : in->name);
  } else if (s->status == S_UNDEF) {
    int line = ind->score.line, col = ind->score.col;
    const char *what = _("undefined");
    if ((s->cause.why == U_DIV0 || s->cause.why == U_NOARM || s->cause.why == U_NONFINITE ||
         s->cause.why == U_NOPEERS) && s->cause.where >= 0 && !s->substituted &&
        s->cause.where < ind->score.nnodes) {
      const Node *n = ind->score.nodes[s->cause.where];
      formula_locate(&ind->score, n->pos, &line, &col);
      what = s->cause.why == U_DIV0 ? _("division by zero") : s->cause.why == U_NOARM
             ? _("no tier of the case covers the value") : s->cause.why == U_NOPEERS
             ? _("no unit has a value to compare") : _("a number too large");
    } else if (s->cause.why == U_CHILD) {
      what = _("the outcome of one of its children is unknown (see the children's findings)");
    } else if (s->cause.why == U_DEP) {
      what = _("it uses an indicator that is undefined");
    } else if (s->cause.why == U_RANGE) {
      what = _("the score is outside [0, max] and the decision rejects such scores");
    }
    char at[32] = "";
    if (col > 0) snprintf(at, sizeof at, ":%d", col);
    d = diag_add(dl, s->cause.why == U_CHILD ? SEV_WARNING : SEV_ERROR, ds->path, (int)ds->rows[u], 0,
                 ind->is_value ? "criterion %s has no value: %s (formula at %s:%d%s)"
                 : N_("indicator %s is undefined: %s (formula at %s:%d%s)"), ind->code, what,
                 ind->score.file ? ind->score.file : m->script, line, at);
    diag_hint(dl, d, s->cause.why == U_DIV0 ? "check the data; if a zero denominator is "
              "legitimate, the script must say what it scores (e.g. if b == 0 then 0 else … end)"
              : N_("run `tieuchi explain` for this unit and indicator to see the values"));
  } else if (s->status == S_CLAMPED) {
    char from[256];
    input_values(m, ds, u, k, from, sizeof from);
    if (from[0])
      d = diag_add(dl, SEV_WARNING, ds->path, (int)ds->rows[u], 0,
                   "indicator %s: the formula gives %.6g, outside [0, %g]; counted as %g (from %s)",
                   ind->code, s->raw, ind->max, s->value, from);
    else
      d = diag_add(dl, SEV_WARNING, ds->path, (int)ds->rows[u], 0,
                   "indicator %s: the formula gives %.6g, outside [0, %g]; counted as %g",
                   ind->code, s->raw, ind->max, s->value);
    diag_hint(dl, d, "check the data (e.g. a numerator larger than its denominator, a "
              "percentage over 100)");
  }
  if (d) {                                     /* the list owns its strings */
    d->unit = arena_strdup(&dl->arena, unit);
    d->indicator = arena_strdup(&dl->arena, ind->code);
    if (d->column) d->column = arena_strdup(&dl->arena, d->column);
  }
}

/* The score from the formula's value: the range rule, never NaN or inf. */
static Score to_score(const Model *m, int k, Value v) {
  const Indicator *ind = &m->inds[k];
  Score s = { 0, 0, v, S_OK, false };
  if (v.kind == V_MISSING) { s.status = S_MISSING; return s; }
  if (ind->is_value && (v.kind == V_BOOL || (v.kind == V_NUM && isfinite(v.n)))) {
    s.raw = s.value = v.n;                     /* a criterion's value: no range to keep */
    return s;
  }
  if (v.kind != V_NUM || !isfinite(v.n)) {
    s.status = S_UNDEF;
    if (v.kind != V_UNDEF) s.cause = undef(U_NONFINITE, -1);
    return s;
  }
  double slack = RANGE_SLACK * (ind->max > 1 ? ind->max : 1);
  s.raw = s.value = v.n;
  if (v.n < 0 && v.n >= -slack) s.value = 0;
  else if (v.n > ind->max && v.n <= ind->max + slack) s.value = ind->max;
  else if (v.n < 0 || v.n > ind->max) {
    if (m->dec.out_of_range == RANGE_REJECT) {
      s.status = S_UNDEF;
      s.cause = undef(U_RANGE, -1);
    } else {
      s.status = S_CLAMPED;
      s.value = v.n < 0 ? 0 : ind->max;
    }
  }
  return s;
}

/* ------------------------------------------------------------ totals and ranks */

static void sum_groups(const Model *m, Results *r) {
  for (int u = 0; u < r->nunits; u++) {
    double total = 0;
    int unscored = 0;
    for (int g = 0; g < m->ngroups; g++) {
      const Group *gr = &m->groups[g];
      double sum = 0;
      int miss = 0;
      for (int k = gr->first; k >= 0 && k < gr->first + gr->count; k++) {
        const Score *s = results_score(r, u, k);
        if (m->inds[k].is_value) continue;     /* a value, not points */
        if (score_counts(s)) sum += s->value;
        else miss++;
      }
      r->group_sum[(size_t)u * (size_t)m->ngroups + (size_t)g] = sum;
      r->group_unscored[(size_t)u * (size_t)m->ngroups + (size_t)g] = miss;
      total += sum;
      unscored += miss;
    }
    r->total[u] = total;
    r->unscored[u] = unscored;
  }
}

typedef struct Ranked { double total; int unit; } Ranked;

static int by_total(const void *a, const void *b) {
  const Ranked *x = a, *y = b;
  if (x->total != y->total) return x->total > y->total ? -1 : 1;
  return x->unit - y->unit;                    /* stable: input order */
}

/* Competition ranking (1, 2, 2, 4) of the units whose every indicator was scored. */
static void rank_units(Results *r) {
  Ranked *v = malloc(((size_t)r->nunits + 1) * sizeof *v);
  int n = 0;
  if (v == NULL) return;
  for (int u = 0; u < r->nunits; u++)
    if (r->unscored[u] == 0) v[n++] = (Ranked){ r->total[u], u };
  qsort(v, (size_t)n, sizeof *v, by_total);
  for (int i = 0; i < n; i++) {
    bool tie = i > 0 && fabs(v[i].total - v[i - 1].total) <= 1e-9 * (1 + fabs(v[i].total));
    r->rank[v[i].unit] = tie ? r->rank[v[i - 1].unit] : i + 1;
  }
  free(v);
}

/* ------------------------------------------------------------ running */

static int alloc_results(const Model *m, const Dataset *ds, bool trace, Results *r) {
  size_t nu = (size_t)ds->nunits;
  memset(r, 0, sizeof *r);
  r->nunits = ds->nunits;
  r->ninds = m->ninds;
  r->ngroups = m->ngroups;
  r->scores = calloc(nu * (size_t)m->ninds + 1, sizeof *r->scores);
  r->trace_off = calloc((size_t)m->ninds + 1, sizeof *r->trace_off);
  r->group_sum = calloc(nu * (size_t)m->ngroups + 1, sizeof *r->group_sum);
  r->group_unscored = calloc(nu * (size_t)m->ngroups + 1, sizeof *r->group_unscored);
  r->total = calloc(nu + 1, sizeof *r->total);
  r->unscored = calloc(nu + 1, sizeof *r->unscored);
  r->rank = calloc(nu + 1, sizeof *r->rank);
  if (!r->scores || !r->trace_off || !r->group_sum || !r->group_unscored || !r->total ||
      !r->unscored || !r->rank)
    return -1;
  int npeers = 0;
  r->peer_off = calloc((size_t)m->ninds + 1, sizeof *r->peer_off);
  if (r->peer_off == NULL) return -1;
  for (int k = 0; k < m->ninds; k++) {
    r->trace_off[k] = r->trace_width;
    r->trace_width += m->inds[k].prog.nslots;
    r->peer_off[k] = npeers;
    npeers += m->inds[k].npeers;
  }
  r->trace_off[m->ninds] = r->trace_width;
  r->peers = calloc((size_t)npeers + 1, sizeof *r->peers);
  if (r->peers == NULL) return -1;
  r->nctx = m->nctx;
  r->nrecs = m->nrecs;
  r->met = calloc(nu * (size_t)m->ninds * (size_t)m->nctx + 1, sizeof *r->met);
  r->recog = calloc(nu * (size_t)m->nrecs + 1, sizeof *r->recog);
  r->level = calloc(nu + 1, sizeof *r->level);
  r->period = calloc(nu + 1, sizeof *r->period);
  if (!r->met || !r->recog || !r->level || !r->period) return -1;
  if (trace) {
    r->trace = calloc(nu * (size_t)r->trace_width + 1, sizeof *r->trace);
    if (r->trace == NULL) return -1;
  }
  return 0;
}

/* The largest stack (or slot count) any program needs: formulas, peer arguments, rules. */
static int program_need(const Model *m, bool slots) {
  int n = 1;
  for (int k = 0; k < m->ninds; k++) {
    const Indicator *ind = &m->inds[k];
    int v = slots ? ind->prog.nslots : ind->prog.maxstack;
    if (v > n) n = v;
    for (int i = 0; i < ind->npeers; i++) {
      v = slots ? ind->peers[i].prog.nslots : ind->peers[i].prog.maxstack;
      if (v > n) n = v;
    }
  }
  for (int s = 0; s < m->nsubsts; s++) {
    int v = slots ? m->substs[s].rule.prog.nslots : m->substs[s].rule.prog.maxstack;
    if (v > n) n = v;
  }
  for (int k = 0; k < m->ninds; k++)
    for (int c = 0; m->inds[k].targets && c < m->nctx; c++) {
      const Indicator *rule = m->inds[k].targets[c].rule;
      int v = !rule ? 0 : slots ? rule->prog.nslots : rule->prog.maxstack;
      if (v > n) n = v;
    }
  for (int i = 0; i < m->nrecs; i++) {
    int v = slots ? m->recs[i].rule.prog.nslots : m->recs[i].rule.prog.maxstack;
    if (v > n) n = v;
  }
  return n;
}

static int max_stack(const Model *m) { return program_need(m, false); }
static int max_slots(const Model *m) { return program_need(m, true); }

/*
** Indicator k's peer calls: run each argument for every unit and keep the extreme,
** with the unit holding it (the first such unit, in input order).
*/
static void compute_peers(Machine *mc, int k, Value *scratch) {
  const Indicator *ind = &mc->m->inds[k];
  for (int i = 0; i < ind->npeers; i++) {
    const PeerCall *pc = &ind->peers[i];
    PeerValue *pv = &mc->r->peers[mc->r->peer_off[k] + i];
    *pv = (PeerValue){ { 0, 0, V_NONE, U_NONE }, -1, 0 };
    for (int u = 0; u < mc->ds->nunits; u++) {
      mc->unit = u;
      Value v = run(mc, &pc->prog, ind->max, scratch, NULL);
      if (v.kind != V_NUM) continue;
      if (pv->count++ == 0 || (pc->is_max ? v.n > pv->v.n : v.n < pv->v.n)) {
        pv->v = v;
        pv->unit = u;
      }
    }
  }
}

void eval_substitution_share(const Model *m, const Results *r, int u, int k, double *points,
                             double *of) {
  const Indicator *ind = &m->inds[k];
  const Group *g = &m->groups[ind->group];
  *points = *of = 0;
  for (int j = g->first; j < g->first + g->count; j++) {
    if (m->inds[j].subst == ind->subst) continue;
    *points += results_score(r, u, j)->value;
    *of += m->inds[j].max;
  }
}

/* The substituted score: the share of the other indicators' points, or why none. */
static Score substituted(const Model *m, const Results *r, int u, int k) {
  const Indicator *ind = &m->inds[k];
  const Group *g = &m->groups[ind->group];
  Score s = { 0, 0, { 0, 0, V_NONE, U_NONE }, S_OK, true };
  for (int j = g->first; j < g->first + g->count; j++) {
    const Score *o = results_score(r, u, j);
    if (m->inds[j].subst == ind->subst || score_counts(o)) continue;
    s.status = o->status == S_MISSING ? S_MISSING : S_UNDEF;
    s.cause = o->status == S_MISSING ? o->cause : undef(U_DEP, j);
    return s;
  }
  double points, of;
  eval_substitution_share(m, r, u, k, &points, &of);
  s.raw = s.value = of > 0 ? points / of * ind->max : 0;
  return s;
}

/* One indicator for the machine's unit: its substitution if the rule holds, else its
** formula. */
static Score score_unit(Machine *mc, int k, Value *slots, Value *rule_slots) {
  const Model *m = mc->m;
  const Indicator *ind = &m->inds[k];
  if (ind->subst >= 0) {
    const Indicator *rule = &m->substs[ind->subst].rule;
    Value w = run(mc, &rule->prog, 0, rule_slots, NULL);
    if (poison(w)) {
      Score s = { 0, 0, w, w.kind == V_MISSING ? S_MISSING : S_UNDEF, false };
      return s;
    }
    if (w.n != 0) return substituted(m, mc->r, mc->unit, k);
  }
  return to_score(m, k, run(mc, &ind->prog, ind->max, slots, NULL));
}

/* ------------------------------------------------------------ criteria met or not */

/* A period cell as a year: digits only ("2.024", a spreadsheet's thousands, is not 2),
** else -1, which no period has. */
static int cell_year(const char *cell) {
  int year = 0;
  for (const char *p = cell; *p; p++) {
    if (*p < '0' || *p > '9' || year > 100000) return -1;
    year = year * 10 + (*p - '0');
  }
  return year;
}

/* The context (a period) unit u is judged in: --period, else its period cell, else the
** decision's period; -1 (with a finding) when there is none or it is not a period. */
static void assign_periods(const Model *m, const Dataset *ds, int period, Results *r,
                           DiagList *dl) {
  bool told = false;
  for (int u = 0; u < r->nunits; u++) {
    r->period[u] = -1;
    if (m->ctx_kind != CTX_PERIODS) continue;
    const char *cell = ds->periods ? ds->periods[u] : NULL;
    int year = period ? period : cell && cell[0] ? cell_year(cell) : m->dec.period;
    for (int c = 0; c < m->nctx; c++)
      if (m->ctxs[c].year == year) r->period[u] = c;
    if (r->period[u] >= 0) continue;
    if (period && !told) {                     /* --period: one finding, not one per unit */
      Diag *d = diag_add(dl, SEV_ERROR, ds->path, 0, 0, "--period %d is not a year of the decision "
                         "(%s to %s)", period, m->ctxs[0].label, m->ctxs[m->nctx - 1].label);
      diag_hint(dl, d, "give one of the decision's years");
      told = true;
    } else if (year == 0 && !told) {
      Diag *d = diag_add(dl, SEV_ERROR, ds->path, 0, 0, "which year? the decision sets targets per "
                         "year (%s to %s) and nothing says which one to judge", m->ctxs[0].label,
                         m->ctxs[m->nctx - 1].label);
      diag_hint(dl, d, "run with --period YEAR, or give the dataset a period column");
      told = true;
    } else if (year != 0 && !period) {
      char what[80] = "";                      /* the cell as written, when it says the year */
      if (cell && cell[0]) text_excerpt(what, sizeof what, cell, strlen(cell));
      else snprintf(what, sizeof what, "%d", year);
      Diag *d = diag_add(dl, SEV_ERROR, ds->path, (int)ds->rows[u], cell && cell[0] ? ds->period_col + 1 : 0,
                         "%s%s%s is not a year of the decision (%s to %s)", cell && cell[0] ? "\"" : "",
                         what, cell && cell[0] ? "\"" : "", m->ctxs[0].label, m->ctxs[m->nctx - 1].label);
      if (cell && cell[0]) d->column = arena_strdup(&dl->arena, ds->headers[ds->period_col]);
      d->unit = arena_strdup(&dl->arena, ds->unit_ids[u]);
      diag_hint(dl, d, "the unit's outcome cannot be judged; give one of the decision's years");
    }
  }
}

/* Every assigned target of every criterion, for every unit and context. */
static void eval_targets(Machine *mc, Results *r, Value *scratch) {
  const Model *m = mc->m;
  for (int k = 0; k < m->ninds; k++) {
    const Indicator *ind = &m->inds[k];
    for (int c = 0; ind->targets && c < m->nctx; c++) {
      const Target *t = &ind->targets[c];
      mc->ctx = c;
      for (int u = 0; u < r->nunits; u++) {
        Value *out = &r->met[((size_t)u * (size_t)m->ninds + (size_t)k) * (size_t)m->nctx + (size_t)c];
        mc->unit = u;
        *out = t->assigned ? run(mc, &t->rule->prog, 0, scratch, NULL) : (Value){ 0, 0, V_NONE, U_NONE };
      }
    }
  }
}

/* The cumulative level rule: the highest k whose levels 1..k are all met. */
static int level_reached(const Model *m, const Results *r, int u) {
  for (int c = 0; c < m->nctx; c++) {
    MetCounts n = eval_met_counts(m, r, u, c, TK_ANY);
    if (n.not_met > 0) return c;
    if (n.unknown > 0) return -1;
  }
  return m->nctx;
}

static void eval_outcomes(Machine *mc, Results *r, Value *scratch) {
  const Model *m = mc->m;
  for (int u = 0; u < r->nunits; u++) {
    mc->unit = u;
    for (int i = 0; i < m->nrecs; i++) {
      mc->ctx = m->recs[i].ctx >= 0 ? m->recs[i].ctx : r->period[u];
      r->recog[(size_t)u * (size_t)m->nrecs + (size_t)i] = run(mc, &m->recs[i].rule.prog, 0, scratch, NULL);
    }
    r->level[u] = m->level_rule.present ? level_reached(m, r, u) : -1;
  }
}

/*
** and/or leave no value of their own (the side that decided is on the stack): give each
** the value of that side, so that explain can show it. Kids have higher ids than parents.
*/
static void complete_logic(const Formula *f, Value *nv) {
  for (int id = f->nnodes - 1; id >= 0; id--) {
    const Node *n = f->nodes[id];
    if (n->tag != N_BIN || (n->op != OP_AND && n->op != OP_OR) || nv[id].kind != V_NONE) continue;
    nv[id] = nv[n->kids[1]->id].kind != V_NONE ? nv[n->kids[1]->id] : nv[n->kids[0]->id];
  }
}

Value eval_rule_at(const Model *m, const Dataset *ds, const Results *r, const ChildOutcomes *kids,
                   const Indicator *rule, int u, int c, Value *node_values) {
  Value *stack = calloc((size_t)rule->prog.maxstack + 1, sizeof *stack);
  Value *slots = calloc((size_t)rule->prog.nslots + 1, sizeof *slots);
  Value v = undef(U_NONE, -1);
  if (stack && slots) {
    Machine mc = { m, ds, r, stack, u, -1, c, kids };
    if (node_values) memset(node_values, 0, (size_t)rule->score.nnodes * sizeof *node_values);
    v = run(&mc, &rule->prog, 0, slots, node_values);
    if (node_values) complete_logic(&rule->score, node_values);
  }
  free(stack);
  free(slots);
  return v;
}

/* A recognition that cannot be decided because an input it reads itself (not through a
** criterion, whose findings say so already) is blank or invalid. */
static void recognition_findings(const Model *m, const Dataset *ds, const Results *r, int u,
                                 DiagList *dl) {
  for (int i = 0; i < m->nrecs; i++) {
    const Value *v = &r->recog[(size_t)u * (size_t)m->nrecs + (size_t)i];
    const Program *p = &m->recs[i].rule.prog;
    bool direct = false;
    if (v->kind == V_UNDEF && v->why != U_DEP && v->why != U_CHILD && v->why != U_NOPERIOD) {
      char why[256];                           /* e.g. met_share() of a kind with no criterion */
      Diag *d = diag_add(dl, SEV_ERROR, ds->path, (int)ds->rows[u], 0, "recognition \"%s\" is "
                         "undefined: %s", m->recs[i].name, fmt_cause(m, *v, why, sizeof why));
      d->unit = arena_strdup(&dl->arena, ds->unit_ids[u]);
      diag_hint(dl, d, "a share of no criteria is undefined: the rule must say what it means, e.g. "
                "assigned_count('extended') == 0 or met_share('extended') >= 30%%");
      continue;
    }
    for (int pc = 0; v->kind == V_MISSING && pc < p->ncode && !direct; pc++)
      direct = p->code[pc].op == I_INPUT && p->code[pc].a == v->where;
    if (!direct) continue;
    const Input *in = &m->inputs[v->where];
    int col = ds->column[v->where];
    Diag *d = diag_add(dl, SEV_WARNING, ds->path, (int)ds->rows[u], col + 1,
                       col >= 0 && dataset_state(ds, v->where, u) == CELL_INVALID
                       ? "recognition \"%s\" cannot be decided: \"%s\" has no valid value"
                       : N_("recognition \"%s\" cannot be decided: \"%s\" has no value"),
                       m->recs[i].name, in->name);
    d->unit = arena_strdup(&dl->arena, ds->unit_ids[u]);
    if (col >= 0) d->column = arena_strdup(&dl->arena, ds->headers[col]);
    diag_hint(dl, d, col >= 0 ? "fill the cell (%s)" : N_("add the column (%s)"), in->label ? in->label : in->name);
  }
}

/* A registered level that is not one of the decision's levels. */
int eval_registered(const Model *m, const Dataset *ds, int u) {
  int i = m->level_rule.input;
  if (i < 0) return -1;
  uint8_t st = dataset_state(ds, i, u);
  return st == CELL_OK || st == CELL_SUSPECT ? (int)dataset_value(ds, i, u) : -1;
}

static void registered_finding(const Model *m, const Dataset *ds, int u, DiagList *dl) {
  int i = m->level_rule.input, reg = eval_registered(m, ds, u);
  if (reg < 0 || (reg >= 1 && reg <= m->nctx)) return;
  int col = ds->column[i];
  Diag *d = diag_add(dl, SEV_WARNING, ds->path, (int)ds->rows[u], col + 1, "the registered "
                     "level %d is not a level of the decision (1 to %d)", reg, m->nctx);
  d->unit = arena_strdup(&dl->arena, ds->unit_ids[u]);
  if (col >= 0) d->column = arena_strdup(&dl->arena, ds->headers[col]);
  diag_hint(dl, d, "correct the cell (%s)", m->inputs[i].label ? m->inputs[i].label : m->inputs[i].name);
}

/* Whether a finding about criterion k of unit u matters: not when the unit's year does
** not assign it. */
static bool judged(const Model *m, const Results *r, int u, int k) {
  const Indicator *ind = &m->inds[k];
  if (!ind->targets || m->ctx_kind != CTX_PERIODS || r->period[u] < 0) return true;
  return ind->targets[r->period[u]].assigned;
}

int eval_run(const Model *m, const Dataset *ds, bool trace, Results *r, DiagList *dl) {
  EvalOptions opt = { trace, 0, NULL, NULL, NULL };
  return eval_run_opts(m, ds, &opt, r, dl);
}

int eval_run_opts(const Model *m, const Dataset *ds, const EvalOptions *opt, Results *r,
                  DiagList *dl) {
  bool trace = opt->trace;
  memset(r, 0, sizeof *r);
  if (!m->compiled) return -1;                 /* no programs, no order: nothing to run */
  if (alloc_results(m, ds, trace, r) != 0) { results_free(r); return -1; }
  r->kids = opt->kids;
  int nstack = max_stack(m), nscratch = max_slots(m), nrule = nscratch;
  Value *stack = calloc((size_t)nstack, sizeof *stack);
  Value *scratch = calloc((size_t)nscratch, sizeof *scratch);
  Value *rule_slots = calloc((size_t)nrule, sizeof *rule_slots);
  if (!stack || !scratch || !rule_slots) {
    free(stack); free(scratch); free(rule_slots);
    results_free(r);
    return -1;
  }
  Machine mc = { m, ds, r, stack, 0, -1, -1, opt->kids };
  size_t before = dl->n;
  assign_periods(m, ds, opt->period, r, dl);
  /* Indicator by indicator: a peer aggregate needs its argument for every unit first. */
  for (int i = 0; i < m->ninds; i++) {
    int k = m->order[i];
    int ns = m->inds[k].prog.nslots;
    mc.ind = k;
    compute_peers(&mc, k, scratch);
    for (int u = 0; u < ds->nunits; u++) {
      Value *slots = r->trace ? results_slots(r, u, k) : scratch;
      memset(slots, 0, (size_t)ns * sizeof *slots);
      mc.unit = u;
      r->scores[(size_t)u * (size_t)m->ninds + (size_t)k] = score_unit(&mc, k, slots, rule_slots);
    }
    if (opt->progress) opt->progress(opt->progress_ud, i + 1, m->ninds);
  }
  mc.ind = -1;
  eval_targets(&mc, r, scratch);
  eval_outcomes(&mc, r, scratch);
  for (int u = 0; u < ds->nunits; u++) {
    for (int k = 0; k < m->ninds; k++)
      if (judged(m, r, u, k)) finding_for(m, ds, u, k, results_score(r, u, k), dl);
    recognition_findings(m, ds, r, u, dl);
    registered_finding(m, ds, u, dl);
  }
  free(stack);
  free(scratch);
  free(rule_slots);
  sum_groups(m, r);
  if (m->dec.rank) rank_units(r);
  r->nproblems = dl->n - before;
  return 0;
}

Value eval_rule(const Model *m, const Dataset *ds, const Results *r, int u, int s) {
  return eval_rule_at(m, ds, r, r->kids, &m->substs[s].rule, u, -1, NULL);
}

void eval_explain(const Model *m, const Dataset *ds, const Results *r, int u, int k,
                  Value *node_values, Value *slots) {
  Value stack[256];
  Value *st = m->inds[k].prog.maxstack <= 256 ? stack : calloc((size_t)m->inds[k].prog.maxstack, sizeof *st);
  if (st == NULL) return;
  Machine mc = { m, ds, r, st, u, k, -1, r->kids };
  memset(slots, 0, (size_t)m->inds[k].prog.nslots * sizeof *slots);
  memset(node_values, 0, (size_t)m->inds[k].score.nnodes * sizeof *node_values);
  run(&mc, &m->inds[k].prog, m->inds[k].max, slots, node_values);
  complete_logic(&m->inds[k].score, node_values);
  if (st != stack) free(st);
}

void results_free(Results *r) {
  free(r->scores);
  free(r->trace);
  free(r->trace_off);
  free(r->group_sum);
  free(r->group_unscored);
  free(r->total);
  free(r->unscored);
  free(r->rank);
  free(r->peers);
  free(r->peer_off);
  free(r->met);
  free(r->recog);
  free(r->level);
  free(r->period);
  memset(r, 0, sizeof *r);
}
