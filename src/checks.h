/*
** checks.h — static checks of a compiled model that need no data (`tieuchi check`):
** points that do not add up, counts the decision states of itself (checks.c); tier
** tables (check_tiers.c); zero denominators and a score's bounds (check_formulas.c);
** maturity levels, tiers and recognition rules (check_levels.c); unused and shadowed
** names (check_names.c). Each finding has its place, a hint, and (checks_excerpts)
** the offending line of the script with a caret.
*/
#ifndef TC_CHECKS_H
#define TC_CHECKS_H

#include "diag.h"
#include "i18n.h"
#include "model.h"

void checks_run(const Model *m, DiagList *dl);
/* Attach to each finding about the script (or the script it extends) its line. */
void checks_excerpts(const Model *m, const char *script, DiagList *dl);

void check_tiers(const Model *m, DiagList *dl);
void check_formulas(const Model *m, DiagList *dl);
void check_levels(const Model *m, DiagList *dl);
void check_names(const Model *m, DiagList *dl);

#endif
