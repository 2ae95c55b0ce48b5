/*
** checks.h — static checks of a compiled model that need no data: points that do not
** add up (indicators vs their group's max, groups vs the decision's total). The
** deeper analysis (tier gaps, zero denominators, …) grows here.
*/
#ifndef TC_CHECKS_H
#define TC_CHECKS_H

#include "diag.h"
#include "model.h"

void checks_run(const Model *m, DiagList *dl);

#endif
