/*
** list_decl.c — the list declarations checked against the model: each aggregate gives an
** input the script declares, of a type the aggregate can give, and its condition and
** columns are the list's own. Called by compile_model.
*/
#include "list_decl.h"

#include <string.h>

#include "i18n.h"
#include "list_cond.h"

static int find_column(const ListDecl *l, const char *name) {
  for (int c = 0; c < l->ncols; c++)
    if (l->cols[c].name && name && strcmp(l->cols[c].name, name) == 0) return c;
  return -1;
}

/* key = "…", row_name = "…": columns of the list. */
static void named_column(const ListDecl *l, const char *field, const char *name, int *out,
                         DiagList *dl) {
  if (name == NULL) return;
  *out = find_column(l, name);
  if (*out < 0) {
    Diag *d = diag_add(dl, SEV_ERROR, l->file, l->line, 0, "list %s: %s names '%s', which is not "
                       "one of its columns", l->name, field, name);
    diag_hint(dl, d, "declare it in columns = { %s = text \"…\" }", name);
  }
}

/* The aggregate can give what the input holds: a count is a whole number of rows (or a
** sum of a count column), an amount any sum, a percent a share. */
static bool type_fits(const ListDecl *l, const ListAgg *a, const Input *in) {
  switch (a->kind) {
    case LIST_ROWS: case LIST_WHERE: return in->type == IN_COUNT || in->type == IN_AMOUNT;
    case LIST_SHARE: return in->type == IN_PERCENT;
    case LIST_SUM:
      if (a->col < 0) return true;                      /* reported already */
      if (in->type == IN_AMOUNT) return l->cols[a->col].type == IN_COUNT ||
                                        l->cols[a->col].type == IN_AMOUNT;
      return in->type == IN_COUNT && l->cols[a->col].type == IN_COUNT;
  }
  return false;
}

static const char *kind_hint(ListAggKind k) {
  switch (k) {
    case LIST_SHARE: return N_("share_where gives a percent input");
    case LIST_SUM: return N_("sum_of gives a count (adding up a count column) or an amount input");
    default: return N_("count_rows and count_where give a count input");
  }
}

static int bind_aggregate(Model *m, ListDecl *l, ListAgg *a, DiagList *dl) {
  int rc = 0;
  a->input = a->input_name ? model_find_input(m, a->input_name) : -1;
  if (a->input < 0) {
    Diag *d = diag_add(dl, SEV_ERROR, l->file, a->line, 0, "list %s: there is no input '%s' to give",
                       l->name, a->input_name ? a->input_name : "?");
    diag_hint(dl, d, "name a shared input (tong_cbcc) or an indicator's input by its column (\"4.3.a\")");
    return -1;
  }
  int other;
  const ListAgg *first = model_input_aggregate(m, a->input, &other);
  if (first && first != a) {
    diag_add(dl, SEV_ERROR, l->file, a->line, 0, "input %s is given by two lists (%s and %s)",
             a->input_name, m->lists[other].name, l->name);
    rc = -1;
  }
  if (a->kind == LIST_SUM) {
    a->col = find_column(l, a->column);
    if (a->col < 0) {
      diag_add(dl, SEV_ERROR, l->file, a->line, 0, "list %s, input %s: sum_of names '%s', which is "
               "not one of its columns", l->name, a->input_name, a->column ? a->column : "?");
      rc = -1;
    } else if (l->cols[a->col].type != IN_COUNT && l->cols[a->col].type != IN_AMOUNT) {
      diag_add(dl, SEV_ERROR, l->file, a->line, 0, "list %s, input %s: sum_of adds up a count or an "
               "amount column; %s is not one", l->name, a->input_name, a->column);
      rc = -1;
    }
  }
  const Input *in = &m->inputs[a->input];
  if (!type_fits(l, a, in)) {
    Diag *d = diag_add(dl, SEV_ERROR, l->file, a->line, 0, "list %s: input %s is a %s, which this "
                       "aggregate cannot give", l->name, a->input_name, input_type_name(in->type));
    diag_hint(dl, d, "%s", _(kind_hint(a->kind)));
    rc = -1;
  }
  if (a->cond.has_score && list_cond_compile(m, l, a, dl) != 0) rc = -1;
  if (!a->cond.has_score && a->kind != LIST_ROWS && a->kind != LIST_SUM) rc = -1;  /* parse error */
  return rc;
}

int lists_compile(Model *m, DiagList *dl) {
  int rc = 0;
  for (int i = 0; i < m->nlists; i++) {
    ListDecl *l = &m->lists[i];
    named_column(l, "key", l->key, &l->key_col, dl);
    named_column(l, "row_name", l->row_name, &l->name_col, dl);
    if ((l->key && l->key_col < 0) || (l->row_name && l->name_col < 0)) rc = -1;
    for (int a = 0; a < l->naggs; a++)
      if (bind_aggregate(m, l, &l->aggs[a], dl) != 0) rc = -1;
  }
  return rc;
}
