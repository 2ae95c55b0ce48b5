/*
** hierarchy.h — parents and children (Kon Tum and Yên Bái district criterion I.1): the
** children's outcomes (level reached, recognitions) counted per parent, for the
** parent's children_count(), children_at_level(k) and children_recognised("…").
*/
#ifndef TC_HIERARCHY_H
#define TC_HIERARCHY_H

#include "dataset.h"
#include "diag.h"
#include "eval.h"

/*
** Link every child (its `parent` cell) to a parent unit of parents and count their
** outcomes. A child without a parent column, or whose parent is not in the data, is a
** finding. Returns 0, or -1 when out of memory.
*/
int hierarchy_build(const Model *child, const Dataset *cds, const Results *cr,
                    const Dataset *parents, ChildOutcomes *out, DiagList *dl);
void hierarchy_free(ChildOutcomes *co);

#endif
