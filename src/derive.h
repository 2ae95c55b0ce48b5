/*
** derive.h — reading a derivation: where an input came from, and why a branch was
** taken. Shared by the JSON trace and `tieuchi explain`, so both say the same.
*/
#ifndef TC_DERIVE_H
#define TC_DERIVE_H

#include <stddef.h>
#include "dataset.h"
#include "eval.h"
#include "model.h"

typedef struct InputOrigin {
  Value value;            /* as formulas see it (V_MISSING when blank or invalid) */
  const char *cell;       /* the cell's text, "" when the column is missing */
  const char *column;     /* the header, or NULL when the column is missing; "list NAME"
                             when a list gave it */
  int col;                /* 1-based column number, 0 when missing (or from a list) */
  size_t row;             /* the physical line of the unit's row */
  int state;              /* CellStatus */
  /* from a list table (lists.h), else NULL: the list, its aggregate, the unit's result */
  const struct ListTable *list;
  const ListAgg *agg;
  const struct AggUnit *au;
  char text[40];          /* the aggregate as a cell's text (cell points here) */
} InputOrigin;

void derive_input(const Dataset *ds, const Model *m, int unit, int input, InputOrigin *o);

typedef struct InputRef {
  const char *name;       /* the name the formula uses */
  int input;              /* index in m->inputs */
} InputRef;

/* Every input indicator k reads: its bindings, then the shared inputs its formula names
** directly. out must have room for nbinds + prog.ncode entries; returns the count. */
int derive_inputs(const Model *m, int k, InputRef *out);
/* The same for any formula holder (an indicator, a target or recognition rule). */
int derive_formula_inputs(const Model *m, const Indicator *ind, InputRef *out);

/* "n = 15 → when 10 .. 19", "ty_le >= 85% is false → else". taken is the branch
** slot, subject the case subject slot (ignored for if). Returns buf. */
const char *derive_branch(Model *m, const Formula *f, const Node *branch, Value taken,
                          Value subject, char *buf, size_t size);

/* The same in English whatever the language, for the trace's JSON. */
const char *derive_branch_machine(Model *m, const Formula *f, const Node *branch, Value taken,
                                  Value subject, char *buf, size_t size);

/* The taken arm alone, for JSON: "when 10 .. 19", "if ty_le >= 85%", "elseif …", "else",
** "no arm covers the value", "not reached". */
const char *derive_arm(Model *m, const Formula *f, const Node *branch, Value taken,
                       char *buf, size_t size);

#endif
