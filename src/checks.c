/*
** checks.c — static checks (see checks.h).
*/
#include "checks.h"

#include "i18n.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "readfile.h"

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
    if (!m->inds[k].is_value && !(m->inds[k].max > 0))
      diag_add(dl, SEV_ERROR, m->script, m->inds[k].line, 0,
               "indicator %s: max must be more than 0", m->inds[k].code);
}

/* Each count or total the decision states of itself, against what the script encodes. */
static void check_stated(const Model *m, DiagList *dl) {
  double total = 0;
  for (int g = 0; g < m->ngroups; g++) total += m->groups[g].max;
  for (int i = 0; i < m->dec.nstated; i++) {
    const Stated *st = &m->dec.stated[i];
    const char *where = st->where ? st->where : _("the decision");
    if (st->groups >= 0 && st->groups != m->ngroups)
      diag_add(dl, SEV_WARNING, m->script, m->dec.line, 0, "%s states %d groups; the script "
               "encodes %d", where, st->groups, m->ngroups);
    if (st->indicators >= 0 && st->indicators != m->ninds)
      diag_add(dl, SEV_WARNING, m->script, m->dec.line, 0, "%s states %d indicators; the script "
               "encodes %d", where, st->indicators, m->ninds);
    if (st->has_total && differ(st->total, total))
      diag_add(dl, SEV_WARNING, m->script, m->dec.line, 0, "%s states %g points; the groups of "
               "the script add up to %g", where, st->total, total);
  }
}

/*
** A group whose indicators' maxima are not all stated by the decision: compare the
** group's stated max with the maxima the decision does state (HB Sở group 6: 450 of 500).
*/
static void check_inferred_max(const Model *m, DiagList *dl) {
  for (int g = 0; g < m->ngroups; g++) {
    const Group *gr = &m->groups[g];
    double stated = 0;
    char list[256] = "";
    size_t len = 0;
    for (int k = gr->first; k >= 0 && k < gr->first + gr->count; k++) {
      const Indicator *ind = &m->inds[k];
      if (ind->max_stated) { stated += ind->max; continue; }
      if (len < sizeof list - 40)
        len += (size_t)snprintf(list + len, sizeof list - len, _("%s%s (%g in the script)"),
                                len ? ", " : "", ind->code, ind->max);
    }
    if (len == 0 || !gr->has_max) continue;
    Diag *d = diag_add(dl, SEV_WARNING, m->script, gr->line, 0, "group %s: the decision states "
                       "%g points, but the maxima it states for its indicators add up to %g; "
                       "no max stated for %s", gr->code, gr->max, stated, list);
    diag_hint(dl, d, "a defect of the decision: the script's inferred max is recorded with "
              "max_stated = false; have it confirmed by the issuing body");
  }
}

/* A target of the form `value >= N` (or `>`): its threshold N, and true. */
static bool threshold_of(const Target *t, double *n) {
  if (!t->assigned || !t->rule || !t->rule->has_score) return false;
  const Node *r = t->rule->score.result;
  if (!r || t->rule->score.nsteps || r->tag != N_BIN || (r->op != OP_GE && r->op != OP_GT)) return false;
  const Node *a = r->kids[0], *b = r->kids[1];
  if (a->tag != N_NAME || strcmp(a->str, "value") != 0 || b->tag != N_NUM) return false;
  *n = b->num;
  return true;
}

/*
** Criteria met or not: a threshold lower at a higher level than at the level below (the
** levels are cumulative, so it is likely a typing error), a year whose target is lower
** than the year before (a note: it may be meant), a criterion in no tier.
*/
static void check_targets(const Model *m, DiagList *dl) {
  for (int k = 0; k < m->ninds; k++) {
    const Indicator *ind = &m->inds[k];
    if (!ind->is_value || !ind->targets) continue;
    bool in_some = false;
    double prev = 0;
    int prev_c = -1;
    for (int c = 0; c < m->nctx; c++) {
      double n;
      in_some = in_some || ind->targets[c].assigned;
      if (m->ctx_kind == CTX_TIERS || !threshold_of(&ind->targets[c], &n)) continue;
      if (prev_c >= 0 && n < prev) {
        bool levels = m->ctx_kind == CTX_LEVELS;
        Diag *d = diag_add(dl, levels ? SEV_WARNING : SEV_NOTE, ind->file ? ind->file : m->script,
                           ind->line, 0, "criterion %s: the target for %s (%s) is lower than for %s "
                           "(%s)", ind->code, m->ctxs[c].label, ind->targets[c].raw,
                           m->ctxs[prev_c].label, ind->targets[prev_c].raw);
        diag_hint(dl, d, levels ? "a higher level is reached only through the lower ones: check "
                  "the decision's table" : N_("check the decision's table; if it is meant, say so in a note"));
      }
      prev = n;
      prev_c = c;
    }
    if (m->ctx_kind == CTX_TIERS && !in_some) {
      Diag *d = diag_add(dl, SEV_WARNING, ind->file ? ind->file : m->script, ind->line, 0,
                         "criterion %s is in no tier: it never counts", ind->code);
      diag_hint(dl, d, "tiers = { cds = { mandatory, \"…\" } }");
    }
  }
}

void checks_run(const Model *m, DiagList *dl) {
  if (m->ctx_kind == CTX_NONE) check_points(m, dl);
  else check_targets(m, dl);
  check_stated(m, dl);
  check_inferred_max(m, dl);
  check_tiers(m, dl);
  check_formulas(m, dl);
  check_levels(m, dl);
  check_names(m, dl);
}

void checks_excerpts(const Model *m, const char *script, DiagList *dl) {
  char *own = NULL;
  const char *src = m->source;
  if (src == NULL && script) src = own = read_file(script, &(size_t){ 0 });
  for (size_t i = 0; i < dl->n; i++) {
    Diag *d = &dl->v[i];
    if (d->excerpt || d->column || !d->file || d->line <= 0) continue;
    if (script && strcmp(d->file, script) == 0) diag_excerpt(dl, d, src);
    else if (m->base_script && strcmp(d->file, m->base_script) == 0) diag_excerpt(dl, d, m->base_source);
  }
  free(own);
}
