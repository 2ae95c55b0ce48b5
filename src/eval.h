/*
** eval.h — evaluating compiled indicators over a dataset, with the derivation trace.
**
** Pure C over the model and the dataset: no Lua. Values carry their kind, so missing
** data and undefined results (division by zero, no tier covering a value) travel
** through a formula to the score instead of becoming 0 or NaN.
**
** The trace is compact: per unit and indicator, the score with its status and cause,
** and the indicator's trace slots (named steps, case subjects, the branch taken at
** every if/case). Inputs are not copied: the dataset holds them with their origin.
** Every other intermediate value is recomputed on demand by eval_explain, which runs
** the same program with per-node recording on.
*/
#ifndef TC_EVAL_H
#define TC_EVAL_H

#include <stdbool.h>
#include <stdint.h>
#include "dataset.h"
#include "diag.h"
#include "model.h"

typedef enum VKind { V_NONE, V_NUM, V_BOOL, V_MISSING, V_UNDEF } VKind;

typedef enum Undef {
  U_NONE,
  U_DIV0,          /* where: the division node */
  U_NOARM,         /* where: the case node; no arm covers the subject */
  U_RANGE,         /* the score was outside [0, max] and the decision rejects such scores */
  U_DEP,           /* where: the indicator whose score was needed and is undefined */
  U_NONFINITE,     /* where: the node whose result overflowed */
  U_NOPEERS,       /* where: the peer call; no unit has a value to compare */
  U_NA,            /* where: the criterion; met() of a criterion not assigned here */
  U_NOPERIOD,      /* the unit has no period to judge it in */
  U_CHILD          /* where: the child unit whose outcome is unknown */
} Undef;

typedef struct Value {
  double n;
  int32_t where;   /* V_MISSING: the input; V_UNDEF: see Undef */
  uint8_t kind;    /* VKind */
  uint8_t why;     /* Undef */
} Value;

typedef enum ScoreStatus { S_OK, S_CLAMPED, S_MISSING, S_UNDEF } ScoreStatus;

typedef struct Score {
  double value;    /* the points (S_OK, S_CLAMPED) */
  double raw;      /* what the formula gave, before clamping */
  Value cause;     /* S_MISSING / S_UNDEF: why */
  uint8_t status;
  bool substituted; /* scored by its substitution rule, not its formula */
} Score;

/* The aggregate of one peer call: the value, the unit that holds it, how many units
** had a value to compare. */
typedef struct PeerValue {
  Value v;
  int unit;        /* -1 when no unit had a value */
  int count;
} PeerValue;

/*
** What a parent's formulas know of its children (children_count() …), per parent unit,
** built by hierarchy.c from the children's results. unknown_*: the first child whose
** level or recognition is unknown, or -1.
*/
typedef struct ChildOutcomes {
  int nparents, nlevels, nrecs;
  int *count;             /* [p] */
  int *at_level;          /* [p * (nlevels + 1) + k]: children at level k or higher */
  int *recognised;        /* [p * nrecs + i] */
  int *unknown_level;     /* [p] */
  int *unknown_rec;       /* [p * nrecs + i] */
  int *first, *next;      /* the children of p: first[p], next[child], -1 ends */
  const Model *model;     /* the children's */
  const struct Dataset *data;
  const struct Results *results;
} ChildOutcomes;

typedef struct EvalOptions {
  bool trace;
  int period;             /* --period YEAR, or 0 */
  const ChildOutcomes *kids;
  /* called after each indicator with (ud, done, total), or NULL (progress.h) */
  void (*progress)(void *ud, long done, long total);
  void *progress_ud;
} EvalOptions;

typedef struct Results {
  int nunits, ninds, ngroups;
  Score *scores;          /* [u * ninds + k] */
  Value *trace;           /* indicator by indicator, unit by unit: results_slots(); NULL
                             without trace */
  int *trace_off;         /* ninds + 1: indicator k's slots are trace_off[k] .. trace_off[k + 1] */
  int trace_width;
  double *group_sum;      /* [u * ngroups + g]: the points of the scored indicators */
  int *group_unscored;    /* [u * ngroups + g]: indicators missing or undefined */
  double *total;          /* [u] */
  int *unscored;          /* [u] */
  int *rank;              /* [u]: 1.., or 0 for a unit that is not ranked */
  PeerValue *peers;       /* [peer_off[k] + i]: indicator k's peer call i */
  int *peer_off;
  size_t nproblems;       /* findings added while evaluating */
  /* criteria that are met or not (section 3c) */
  int nctx, nrecs;
  Value *met;             /* [(u * ninds + k) * nctx + c]: yes/no, missing, undefined;
                             V_NONE when not assigned */
  Value *recog;           /* [u * nrecs + i] */
  int *level;             /* [u]: the level reached (0..nctx), -1 when unknown */
  int *period;            /* [u]: the context (periods) the unit is judged in, or -1 */
  const ChildOutcomes *kids;   /* what children_…() read (not owned), or NULL */
  const struct Evidence *evidence;   /* the evidence register (not owned), or NULL */
} Results;

/* Evaluate every indicator for every unit. Findings (missing data, undefined and
** out-of-range scores) go to dl. Returns 0, or -1 when out of memory or when m was
** not compiled without errors (r is then empty, safe to free). */
int eval_run(const Model *m, const Dataset *ds, bool trace, Results *r, DiagList *dl);
/* The same with a period and the children's outcomes. */
int eval_run_opts(const Model *m, const Dataset *ds, const EvalOptions *opt, Results *r,
                  DiagList *dl);

/* The registered level of unit u (level_rule { registered = … }), or -1. */
int eval_registered(const Model *m, const Dataset *ds, int u);
/* Criterion k's value for unit u (a number or a yes/no), or why it has none. */
Value eval_value(const Model *m, const Results *r, int u, int k);

static inline const Value *results_met(const Results *r, int u, int k, int c) {
  return &r->met[((size_t)u * (size_t)r->ninds + (size_t)k) * (size_t)r->nctx + (size_t)c];
}

/* Counts of unit u's criteria in context c of kind (TK_ANY: all): assigned, met, not met,
** unknown (no value), and the first unknown criterion (or -1). */
typedef struct MetCounts { int assigned, met, not_met, unknown, first_unknown; } MetCounts;
MetCounts eval_met_counts(const Model *m, const Results *r, int u, int c, int kind);

/* Evaluate rule (a target's or a recognition's) for unit u in context c, recording
** every node (node_values: rule->score.nnodes entries) when not NULL. */
Value eval_rule_at(const Model *m, const Dataset *ds, const Results *r, const ChildOutcomes *kids,
                   const Indicator *rule, int u, int c, Value *node_values);

/* The points and the maxima a substituted score was computed from: the other
** indicators of the group that the rule does not replace. */
void eval_substitution_share(const Model *m, const Results *r, int u, int k, double *points,
                             double *of);

/* Evaluate a substitution's yes/no rule for unit u (the value it gives, or why none). */
Value eval_rule(const Model *m, const Dataset *ds, const Results *r, int u, int s);

static inline const PeerValue *results_peer(const Results *r, int k, int i) {
  return &r->peers[r->peer_off[k] + i];
}

/* Re-run indicator k for unit u recording the value of every node of its formula
** (node_values has score.nnodes entries) and its slots (prog.nslots entries). */
void eval_explain(const Model *m, const Dataset *ds, const Results *r, int u, int k,
                  Value *node_values, Value *slots);

/* Indicator k's trace slots for unit u (prog.nslots of them). The trace is laid out
** indicator by indicator, then unit by unit: the evaluator, which runs one indicator
** over every unit, then writes it in order (not one cache line per unit). */
static inline Value *results_slots(const Results *r, int u, int k) {
  size_t off = (size_t)r->trace_off[k], n = (size_t)(r->trace_off[k + 1] - r->trace_off[k]);
  return &r->trace[off * (size_t)r->nunits + (size_t)u * n];
}
static inline const Score *results_score(const Results *r, int u, int k) {
  return &r->scores[(size_t)u * (size_t)r->ninds + (size_t)k];
}
static inline bool score_counts(const Score *s) {
  return s->status == S_OK || s->status == S_CLAMPED;
}

void results_free(Results *r);

#endif
