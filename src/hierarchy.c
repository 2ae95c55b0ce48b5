/*
** hierarchy.c — the children's outcomes per parent (see hierarchy.h).
*/
#include "hierarchy.h"

#include <stdlib.h>
#include <string.h>

/* The parent unit whose id is id, or -1. Parents are few (a province's districts). */
static int find_parent(const Dataset *parents, const char *id) {
  for (int p = 0; p < parents->nunits; p++)
    if (strcmp(parents->unit_ids[p], id) == 0) return p;
  return -1;
}

static int alloc_outcomes(ChildOutcomes *co, int np, int nlevels, int nrecs, int nchildren) {
  size_t n = (size_t)np + 1, lv = n * (size_t)(nlevels + 1), rc = n * (size_t)(nrecs + 1);
  co->nparents = np;
  co->nlevels = nlevels;
  co->nrecs = nrecs;
  co->count = calloc(n, sizeof *co->count);
  co->at_level = calloc(lv, sizeof *co->at_level);
  co->recognised = calloc(rc, sizeof *co->recognised);
  co->unknown_level = malloc(n * sizeof *co->unknown_level);
  co->unknown_rec = malloc(rc * sizeof *co->unknown_rec);
  co->first = malloc(n * sizeof *co->first);
  co->next = malloc(((size_t)nchildren + 1) * sizeof *co->next);
  if (!co->count || !co->at_level || !co->recognised || !co->unknown_level || !co->unknown_rec ||
      !co->first || !co->next)
    return -1;
  for (size_t i = 0; i < n; i++) co->unknown_level[i] = co->first[i] = -1;
  for (size_t i = 0; i < rc; i++) co->unknown_rec[i] = -1;
  return 0;
}

/* Child u of parent p: counted, and kept in p's list (in input order). */
static void count_child(ChildOutcomes *co, const Results *cr, int p, int u, int *last) {
  co->count[p]++;
  co->next[u] = -1;
  if (last[p] < 0) co->first[p] = u; else co->next[last[p]] = u;
  last[p] = u;
  int lv = co->model->level_rule.present ? cr->level[u] : -1;
  if (co->model->level_rule.present && lv < 0 && co->unknown_level[p] < 0) co->unknown_level[p] = u;
  for (int k = 0; k <= lv && k <= co->nlevels; k++)
    co->at_level[(size_t)p * (size_t)(co->nlevels + 1) + (size_t)k]++;
  for (int i = 0; i < co->nrecs; i++) {
    const Value *v = &cr->recog[(size_t)u * (size_t)co->nrecs + (size_t)i];
    size_t at = (size_t)p * (size_t)co->nrecs + (size_t)i;
    if (v->kind != V_BOOL) { if (co->unknown_rec[at] < 0) co->unknown_rec[at] = u; }
    else if (v->n != 0) co->recognised[at]++;
  }
}

int hierarchy_build(const Model *child, const Dataset *cds, const Results *cr,
                    const Dataset *parents, ChildOutcomes *co, DiagList *dl) {
  memset(co, 0, sizeof *co);
  co->model = child;
  co->data = cds;
  co->results = cr;
  int nlevels = child->ctx_kind == CTX_LEVELS ? child->nctx : 0;
  int *last = malloc(((size_t)parents->nunits + 1) * sizeof *last);
  if (last == NULL || alloc_outcomes(co, parents->nunits, nlevels, child->nrecs, cds->nunits) != 0) {
    free(last);
    return -1;
  }
  for (int p = 0; p < parents->nunits; p++) last[p] = -1;
  if (cds->parents == NULL) {
    Diag *d = diag_add(dl, SEV_ERROR, cds->path, 1, 0, "the children have no \"parent\" column");
    diag_hint(dl, d, "add a parent column holding each child's parent unit id");
  }
  for (int u = 0; cds->parents && u < cds->nunits; u++) {
    int p = find_parent(parents, cds->parents[u]);
    if (p >= 0) { count_child(co, cr, p, u, last); continue; }
    co->next[u] = -1;
    Diag *d = diag_add(dl, SEV_WARNING, cds->path, (int)cds->rows[u], cds->parent_col + 1,
                       "the parent \"%s\" is not a unit of %s: this child is not counted",
                       cds->parents[u], parents->path);
    d->unit = arena_strdup(&dl->arena, cds->unit_ids[u]);
    diag_hint(dl, d, "correct the parent id, or add the parent to the data");
  }
  free(last);
  return 0;
}

void hierarchy_free(ChildOutcomes *co) {
  free(co->count);
  free(co->at_level);
  free(co->recognised);
  free(co->unknown_level);
  free(co->unknown_rec);
  free(co->first);
  free(co->next);
  memset(co, 0, sizeof *co);
}
