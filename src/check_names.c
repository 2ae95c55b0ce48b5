/*
** check_names.c — names (unknown names, type errors and cycles are compile errors,
** src/compile.c): an input that no formula uses (a column every unit fills for
** nothing, or a formula that forgot it), and a name that hides another (a step named
** like an input, an indicator's input named like a shared one).
*/
#include "checks.h"

#include "check_domain.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void mark_program(const Program *p, bool *used) {
  for (int i = 0; p && i < p->ncode; i++) {
    const Ins *in = &p->code[i];
    if (in->op == I_INPUT || in->op == I_PRESENT || in->op == I_DEFAULT) used[in->a] = true;
  }
}

static void mark_indicator(const Model *m, const Indicator *ind, bool *used) {
  if (!ind) return;
  mark_program(&ind->prog, used);
  for (int p = 0; p < ind->npeers; p++) mark_program(&ind->peers[p].prog, used);
  for (int c = 0; ind->targets && c < m->nctx; c++) mark_indicator(m, ind->targets[c].rule, used);
}

/* Whether formula f names `name` (outside the definitions of steps). */
static bool names(const Formula *f, const char *name) {
  for (int i = 0; i < f->nnodes; i++)
    if (f->nodes[i] && f->nodes[i]->tag == N_NAME && strcmp(f->nodes[i]->str, name) == 0) return true;
  return false;
}

static bool binding_used(const Model *m, const Indicator *ind, const char *name) {
  if (ind->has_score && names(&ind->score, name)) return true;
  for (int c = 0; ind->targets && c < m->nctx; c++)
    if (ind->targets[c].rule && ind->targets[c].rule->has_score &&
        names(&ind->targets[c].rule->score, name)) return true;
  return false;
}

static void unused(const Model *m, DiagList *dl) {
  bool *used = calloc((size_t)m->ninputs + 1, sizeof *used);
  if (!used) return;
  for (int k = 0; k < m->ninds; k++) mark_indicator(m, &m->inds[k], used);
  for (int r = 0; r < m->nrecs; r++) mark_indicator(m, &m->recs[r].rule, used);
  for (int s = 0; s < m->nsubsts; s++) mark_indicator(m, &m->substs[s].rule, used);
  if (m->level_rule.present && m->level_rule.input >= 0) used[m->level_rule.input] = true;
  for (int k = 0; k < m->ninds; k++) {                 /* an indicator's own names */
    const Indicator *ind = &m->inds[k];
    if (!ind->has_score) continue;
    for (int b = 0; b < ind->nbinds; b++) {
      const Binding *bd = &ind->binds[b];
      if (bd->input < 0 || binding_used(m, ind, bd->name)) continue;
      if (!bd->shared) used[bd->input] = true;         /* said here, not again below */
      Diag *d = diag_add(dl, SEV_WARNING, ind->file ? ind->file : m->script, bd->line, 0,
                         "indicator %s: input '%s' is not used by its formula", ind->code, bd->name);
      diag_hint(dl, d, "use it in the formula, or remove it (its column would be filled for "
                "nothing)");
      d->indicator = ind->code;
    }
  }
  for (int i = 0; i < m->ninputs; i++) {
    const Input *in = &m->inputs[i];
    if (used[i] || in->owner >= 0 || in->type == IN_TEXT) continue;
    Diag *d = diag_add(dl, SEV_WARNING, m->script, in->line, 0, "shared input '%s' is used by "
                       "no formula", in->name);
    diag_hint(dl, d, "bind it where the decision uses it (b = shared \"%s\"), or remove it",
              in->name);
  }
  free(used);
}

/* A step named like an input or max; an indicator's input named like a shared one. */
static void shadowed(const Model *m, DiagList *dl) {
  for (int k = 0; k < m->ninds; k++) {
    const Indicator *ind = &m->inds[k];
    const char *file = ind->file ? ind->file : m->script;
    for (int b = 0; b < ind->nbinds; b++) {
      int s = model_find_input(m, ind->binds[b].name);
      if (s < 0 || m->inputs[s].owner >= 0 || s == ind->binds[b].input) continue;
      Diag *d = diag_add(dl, SEV_WARNING, file, ind->binds[b].line, 0, "indicator %s: its "
                         "input '%s' hides the shared input of the same name", ind->code,
                         ind->binds[b].name);
      diag_hint(dl, d, "rename one of them, or bind the shared input: %s = shared \"%s\"",
                ind->binds[b].name, ind->binds[b].name);
      d->indicator = ind->code;
    }
    if (!ind->has_score) continue;
    const Formula *f = &ind->score;
    for (int s = 0; s < f->nsteps; s++) {
      const char *name = f->steps[s].name;
      bool input = false;
      for (int b = 0; b < ind->nbinds; b++) input = input || strcmp(ind->binds[b].name, name) == 0;
      int sh = model_find_input(m, name);
      input = input || (sh >= 0 && m->inputs[sh].owner < 0);
      bool max = strcmp(name, "max") == 0;
      if (!input && !max) continue;
      int line, col;
      formula_locate(f, f->steps[s].pos, &line, &col);
      const char *at = f->file ? f->file : file;
      Diag *d = max ? diag_add(dl, SEV_WARNING, at, line, col, "indicator %s: the step '%s' hides "
                               "the indicator's max", ind->code, name)
                    : diag_add(dl, SEV_WARNING, at, line, col, "indicator %s: the step '%s' hides "
                               "the input of the same name", ind->code, name);
      diag_hint(dl, d, "give the step its own name, e.g. %s_1", name);
      d->indicator = ind->code;
    }
  }
}

/*
** as_written is never compiled (nothing evaluates it): its names are checked here, so that
** a typing error in it does not hide the defects check should find there.
*/
static void written_names(const Model *m, const Indicator *crit, const Indicator *w, DiagList *dl) {
  if (!w || !w->has_score) return;
  const Formula *f = &w->score;
  const Node *n = dom_unknown_name(m, crit, w);
  if (n) {
    int line, col;
    formula_locate(f, n->pos, &line, &col);
    Diag *d = diag_add(dl, SEV_ERROR, f->file ? f->file : m->script, line, col,
                       "indicator %s: unknown name '%s' in as_written", crit->code, n->str);
    diag_hint(dl, d, "as_written uses the names of the indicator's formula: its inputs, its "
              "steps, max (value for a criterion)");
    d->indicator = crit->code;
  }
}

void check_names(const Model *m, DiagList *dl) {
  unused(m, dl);
  shadowed(m, dl);
  for (int k = 0; k < m->ninds; k++) {
    written_names(m, &m->inds[k], m->inds[k].written, dl);
    for (int c = 0; m->inds[k].written_targets && c < m->nctx; c++)
      written_names(m, &m->inds[k], m->inds[k].written_targets[c].rule, dl);
  }
}
