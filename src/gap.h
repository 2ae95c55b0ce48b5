/*
** gap.h — what a unit lacks to reach a goal, and the smallest change of its inputs
** that would reach it (tieuchi gap).
**
** A goal is a level (Kon Tum's maturity levels), a recognition (Yên Bái's tiers,
** Thanh Hóa's "hoàn thành" for a period) or a total score. The failing criteria (or,
** for a score, the indicators below their max) are the levers. For each lever and each
** of its inputs, a search over the input's own values (whole steps for counts, 0.01
** percentage points for percents, 0.01 for amounts, the other answer for yes/no, the
** other options for a choice) finds the smallest change that meets the lever: steps
** doubling away from the current value, then bisection. The formulas are not inverted:
** every candidate value is evaluated by the engine itself, so the search relies only on
** the lever being monotone in the input over the bracket it bisects.
**
** The cheapest changes are applied one after another until the goal is met; then every
** change the goal does not need is dropped, and the whole plan is evaluated once more to
** confirm. Each remaining change is needed: without any one of them the goal fails.
*/
#ifndef TC_GAP_H
#define TC_GAP_H

#include <stdbool.h>
#include "session.h"

typedef enum GoalKind { GOAL_LEVEL, GOAL_RECOGNITION, GOAL_SCORE } GoalKind;

typedef struct Goal {
  GoalKind kind;
  int level;          /* GOAL_LEVEL: 1 .. nctx */
  int rec;            /* GOAL_RECOGNITION: index in model->recs */
  double score;       /* GOAL_SCORE: the total to reach */
} Goal;

/* Reads a goal for model m: "level=3" (or a level's code or label: "3", "Cơ bản"),
** "dat_cds" (a recognition's name, or "recognition=dat_cds"), "score>=800" (or
** "total>=800", ">=800"). Returns 0, or -1 with why (in the user's language). */
int gap_parse_goal(const Model *m, const char *text, Goal *g, char *why, size_t size);

/* The lever that is the recognition's own rule (its inputs besides the criteria). */
#define GAP_RULE (-1)

/* One proposed change: input `input` of the unit from `from` (blank when !had) to `to`,
** for criterion or indicator `lever` (or GAP_RULE). */
typedef struct GapChange {
  int input, lever;
  double from, to;
  bool had;           /* the cell had a value */
} GapChange;

typedef enum GapOutcome {
  GAP_MET,            /* the goal is met already */
  GAP_PLAN,           /* the changes reach it (confirmed by evaluation) */
  GAP_UNREACHABLE     /* no change of the inputs found reaches it */
} GapOutcome;

typedef struct GapPlan {
  GapOutcome outcome;
  GapChange *changes;
  int nchanges;
  int *stuck;         /* levers no single input change could meet (or GAP_RULE) */
  int nstuck;
  double cost;        /* the sum of the changes' relative sizes (for ranking units) */
  Results after;      /* the evaluation with the changes (GAP_PLAN) */
  bool have_after;
} GapPlan;

/* Plans the changes for unit u of an evaluated session s (evaluated with eo's period
** and children). s->data is changed while searching and restored before returning.
** Returns 0, or -1 when out of memory. */
int gap_plan(Session *s, const EvalOptions *eo, int u, const Goal *g, GapPlan *p);
/* Whether unit u of results r meets goal g. */
bool gap_goal_met(const Model *m, const Results *r, int u, const Goal *g);
/* The contexts whose targets goal g judges unit u in (first, count), from results r. */
void gap_contexts(const Model *m, const Results *r, int u, const Goal *g, int *first, int *count);
void gap_plan_free(GapPlan *p);

#endif
