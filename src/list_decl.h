/*
** list_decl.h — the list declarations (list "name" { … }) checked against the model.
*/
#ifndef TC_LIST_DECL_H
#define TC_LIST_DECL_H

#include "diag.h"
#include "model.h"

/* Bind every list aggregate to its input, resolve key, row_name and sum_of columns, and
** type the conditions. Returns 0, or -1 with the problems in dl. */
int lists_compile(Model *m, DiagList *dl);

#endif
