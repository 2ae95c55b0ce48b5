/*
** lists_out.h — the rows behind an input a list gave, for explain and the JSON trace.
*/
#ifndef TC_LISTS_OUT_H
#define TC_LISTS_OUT_H

#include <stdio.h>

#include "derive.h"
#include "emit.h"

/* The list, the aggregate, the rows counted and those not counted with why (o->list set). */
void lists_explain(Emit *e, const InputOrigin *o, int unit, const char *indent);
/* The same as the trace's "list" member of an input (o->list set). */
void lists_json(FILE *out, const InputOrigin *o, int unit);

#endif
