/*
** checks.c — static checks (see checks.h).
*/
#include "checks.h"

#include <math.h>

static bool differ(double a, double b) { return fabs(a - b) > 1e-9 * (1 + fabs(a)); }

static void check_points(const Model *m, DiagList *dl) {
  double groups = 0;
  for (int g = 0; g < m->ngroups; g++) {
    const Group *gr = &m->groups[g];
    double sum = 0;
    for (int k = gr->first; k >= 0 && k < gr->first + gr->count; k++) sum += m->inds[k].max;
    groups += gr->has_max ? gr->max : sum;
    if (gr->has_max && differ(sum, gr->max)) {
      Diag *d = diag_add(dl, SEV_WARNING, m->script, gr->line, 0,
                         "group %s is worth %g points, but its %d indicators add up to %g",
                         gr->code, gr->max, gr->count, sum);
      diag_hint(dl, d, "check each indicator's max against the decision; if the decision "
                "itself is inconsistent, say so in a note");
    }
  }
  if (m->dec.has_total && differ(groups, m->dec.total)) {
    Diag *d = diag_add(dl, SEV_WARNING, m->script, m->dec.line, 0,
                       "the decision's total is %g points, but its groups add up to %g",
                       m->dec.total, groups);
    diag_hint(dl, d, "check the groups' max against the decision");
  }
  for (int k = 0; k < m->ninds; k++)
    if (!(m->inds[k].max > 0))
      diag_add(dl, SEV_ERROR, m->script, m->inds[k].line, 0,
               "indicator %s: max must be more than 0", m->inds[k].code);
}

void checks_run(const Model *m, DiagList *dl) {
  check_points(m, dl);
}
