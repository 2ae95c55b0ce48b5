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
  U_NOPEERS        /* where: the peer call; no unit has a value to compare */
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

typedef struct Results {
  int nunits, ninds, ngroups;
  Score *scores;          /* [u * ninds + k] */
  Value *trace;           /* [u * trace_width + trace_off[k] + slot], NULL without trace */
  int *trace_off;
  int trace_width;
  double *group_sum;      /* [u * ngroups + g]: the points of the scored indicators */
  int *group_unscored;    /* [u * ngroups + g]: indicators missing or undefined */
  double *total;          /* [u] */
  int *unscored;          /* [u] */
  int *rank;              /* [u]: 1.., or 0 for a unit that is not ranked */
  PeerValue *peers;       /* [peer_off[k] + i]: indicator k's peer call i */
  int *peer_off;
  size_t nproblems;       /* findings added while evaluating */
} Results;

/* Evaluate every indicator for every unit. Findings (missing data, undefined and
** out-of-range scores) go to dl. Returns 0, or -1 when out of memory or when m was
** not compiled without errors (r is then empty, safe to free). */
int eval_run(const Model *m, const Dataset *ds, bool trace, Results *r, DiagList *dl);

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

static inline const Score *results_score(const Results *r, int u, int k) {
  return &r->scores[(size_t)u * (size_t)r->ninds + (size_t)k];
}
static inline bool score_counts(const Score *s) {
  return s->status == S_OK || s->status == S_CLAMPED;
}

void results_free(Results *r);

#endif
