/*
** compile.h — formula trees into programs for the evaluator (see compile.c).
*/
#ifndef TC_COMPILE_H
#define TC_COMPILE_H

#include "diag.h"
#include "model.h"

/* Resolve, type-check and compile every indicator, and order them by dependency.
** Returns 0, or -1 with every problem in dl. */
int compile_model(Model *m, DiagList *dl);

/* The source text of node n of formula f on one line (in m's arena). */
const char *formula_node_text(Model *m, const Formula *f, const Node *n);

#endif
