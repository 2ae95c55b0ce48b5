/*
** check_domain.h — the values a formula can take, for the static checks (check_*.c):
** interval arithmetic over the domains of the inputs. A count is a whole number ≥ 0,
** an amount a number ≥ 0, a percent [0, 1] (the language reads 75 as 0.75); a name
** compared in an enclosing `if` or `case` is narrowed to the values that branch sees.
** What cannot be bounded (a yes/no, a peer's value, an unknown name) is "unknown",
** and no check concludes anything from it.
*/
#ifndef TC_CHECK_DOMAIN_H
#define TC_CHECK_DOMAIN_H

#include <stdbool.h>
#include "model.h"

typedef struct Range {
  double lo, hi;          /* closed bounds; ±HUGE_VAL when unbounded; lo > hi: empty */
  bool known, integer;
} Range;

typedef enum DomMode {
  DOM_PLAIN,              /* every value the inputs can take */
  DOM_NONZERO,            /* … every input non-zero: is a denominator zero even then? */
  DOM_BOUNDS              /* plain, and a quotient of two quantities ≥ 0 is a part of its
                             whole, at most 1 (more is a data problem, clamped and reported) */
} DomMode;

typedef struct Narrowed { const char *name; Range r; } Narrowed;

typedef struct DomCtx {
  const Model *m;
  const Indicator *ind;   /* whose formula (score, value or as_written) */
  DomMode mode;
  Narrowed env[32];       /* names narrowed by enclosing conditions, innermost last */
  int nenv, depth;
  long work;              /* nodes visited so far: past a bound, "unknown" */
  /* The domain of a call only the caller knows (met_count() …): sets *handled. */
  Range (*call)(struct DomCtx *x, const Node *n, bool *handled);
  void *data;
} DomCtx;

Range dom_of(DomCtx *x, const Node *n);
/* The domain of input k (as a formula sees it). */
Range dom_input(const DomCtx *x, int k);
/* The input a name of ind's formula stands for, or -1. */
int dom_name_input(const Model *m, const Indicator *ind, const char *name);
/* The step of f named name, or NULL. */
const Step *dom_step(const Formula *f, const char *name);
/* The first name of w's formula (an as_written of criterion or indicator crit, never
** compiled) that stands for nothing, or NULL. */
const Node *dom_unknown_name(const Model *m, const Indicator *crit, const Indicator *w);
/* The source text of node n of f, in buf. */
const char *dom_node_text(const Formula *f, const Node *n, char *buf, size_t size);

#endif
