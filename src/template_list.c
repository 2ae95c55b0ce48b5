/*
** template_list.c — the blank form of a list table (`tieuchi template SCRIPT LIST`):
** Mẫu 1.4, 2.5, 3.3 … as the script declares them (see template.h). The unit column,
** then the list's columns; each is described for the person who fills it: its label,
** its part in the list (the key, the column naming a row, the inputs computed from it)
** and its type. The renderers lay it out like the dataset's form, and `tieuchi run`
** reads the filled form as the list (lists.h).
*/
#include "template.h"

#include <string.h>

#include "list_cond.h"
#include "lists.h"

static const char *L(const Template *t, LabelId id) { return label(t->lang, id); }

/* s, then "; " and more (s may be NULL). */
static const char *also(Template *t, const char *s, const char *more) {
  return s ? arena_printf(&t->arena, "%s; %s", s, more) : more;
}

/* "1.4.a = count_where \"has(hop_thu)\"" */
static const char *aggregate_text(Template *t, const ListAgg *a) {
  char buf[512];
  return arena_printf(&t->arena, "%s = %s", a->input_name, lists_agg_text(a, buf, sizeof buf));
}

/* Whether aggregate a reads column c of its list: the column it adds up, or one its
   condition reads. */
static bool reads(const ListAgg *a, int c) {
  return (a->kind == LIST_SUM && a->col == c) ||
         (a->cond.has_score && list_cond_reads(a->cond.score.result, c));
}

/* Column c's part in list l: key, row name, the inputs computed from it. */
static const char *part_text(Template *t, const ListDecl *l, int c) {
  const char *s = NULL, *gives = NULL;
  if (c == l->key_col) s = L(t, l->key_per_unit ? L_TPL_LIST_KEY_UNIT : L_TPL_LIST_KEY);
  if (c == l->name_col) s = also(t, s, L(t, L_TPL_LIST_ROW_NAME));
  for (int i = 0; i < l->naggs; i++)
    if (reads(&l->aggs[i], c)) gives = also(t, gives, aggregate_text(t, &l->aggs[i]));
  if (gives) s = also(t, s, arena_printf(&t->arena, L(t, L_TPL_LIST_GIVES), gives));
  return s ? s : L(t, L_TPL_LIST_UNUSED);
}

/* The unit column: the aggregates every row counts in (count_rows). */
static const char *unit_part(Template *t, const ListDecl *l) {
  const char *rows = NULL;
  for (int i = 0; i < l->naggs; i++)
    if (l->aggs[i].kind == LIST_ROWS) rows = also(t, rows, aggregate_text(t, &l->aggs[i]));
  return rows ? arena_printf(&t->arena, L(t, L_TPL_LIST_ROWS), rows) : "";
}

static void describe_column(Template *t, TplColumn *col, const ListDecl *l, int c) {
  const Input *in = &l->cols[c];
  col->kind = TPL_INPUT;
  col->name = in->name;
  col->model[0] = t->m;
  col->input[0] = in;
  col->nuses = 1;
  col->text[TPL_ROW_LABEL] = in->label ? in->label : in->name;
  col->text[TPL_ROW_WHERE] = part_text(t, l, c);
  col->text[TPL_ROW_TYPE] = template_type_text(t, in);
}

int template_build_list(Template *t, const Model *m, const ListDecl *l, Lang lang) {
  memset(t, 0, sizeof *t);
  t->m = m;
  t->levels[t->nlevels++] = m;
  t->lang = lang;
  t->list = l;
  t->cols = arena_alloc(&t->arena, ((size_t)l->ncols + 1) * sizeof *t->cols);
  const char **none = arena_alloc(&t->arena, sizeof *none);      /* no target rows */
  if (t->cols == NULL || none == NULL) return -1;
  memset(t->cols, 0, ((size_t)l->ncols + 1) * sizeof *t->cols);
  TplColumn *unit = &t->cols[t->ncols++];
  unit->kind = TPL_UNIT;
  unit->name = "unit";
  unit->text[TPL_ROW_LABEL] = L(t, L_TPL_UNIT);
  unit->text[TPL_ROW_WHERE] = unit_part(t, l);
  unit->text[TPL_ROW_TYPE] = L(t, L_TPL_LIST_UNIT_TYPE);
  for (int c = 0; c < l->ncols; c++) describe_column(t, &t->cols[t->ncols++], l, c);
  for (int c = 0; c < t->ncols; c++) {
    t->cols[c].targets = none;
    for (int r = 0; r < TPL_FIXED_ROWS; r++)
      if (t->cols[c].text[r] == NULL) return -1;               /* out of memory */
  }
  return 0;
}
