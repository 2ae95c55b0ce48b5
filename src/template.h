/*
** template.h — the blank data-collection form of a decision (`tieuchi template`).
**
** One column per column that `tieuchi run` reads, in the decision's order: unit and
** name; the special columns the decision needs (level and parent for a decision that
** counts its children, which are filled in the same form; period for targets per year;
** the registered level of the level rule); then every shared input and every
** indicator-local input, in declaration order. Each column is described for the
** person who fills it: its label, its indicator and group, its type with its unit and
** what is allowed, and the targets it is judged against. The renderers
** (template_csv.c, template_xlsx.c) only lay this description out.
*/
#ifndef TC_TEMPLATE_H
#define TC_TEMPLATE_H

#include <stdbool.h>
#include <stdio.h>

#include "arena.h"
#include "labels.h"
#include "model.h"

typedef enum TplKind { TPL_UNIT, TPL_NAME, TPL_LEVEL, TPL_PARENT, TPL_PERIOD, TPL_INPUT } TplKind;

/* The description rows, in order; the targets follow them (Template.ntargets rows). */
enum { TPL_ROW_LABEL, TPL_ROW_WHERE, TPL_ROW_TYPE, TPL_FIXED_ROWS };

#define TPL_MAX_LEVELS 4

typedef struct TplColumn {
  TplKind kind;
  const char *name;           /* the header `run` reads */
  /* TPL_INPUT: the input, in each decision of a combined form that declares one of this
     name (districts and communes may each have an "II.1.a", meaning different things:
     one column holds both, each row read by its own level's decision) */
  const Model *model[TPL_MAX_LEVELS];
  const Input *input[TPL_MAX_LEVELS];
  int nuses;
  bool registered;            /* the registered level of the level rule, in every use */
  const char *level;          /* combined forms: the only level whose rows fill it, or NULL */
  const char *text[TPL_FIXED_ROWS];   /* label, indicator and group, type and allowed values */
  const char **targets;       /* ntargets: the target in each context shown ("" when none) */
} TplColumn;

/* A pre-filled row (--units FILE): its unit id and name, and its parent and level. */
typedef struct TplUnit { const char *unit, *name, *parent, *level; } TplUnit;

typedef struct Template {
  const Model *m;
  const Model *levels[TPL_MAX_LEVELS];   /* m, then its children's decision, …: more than one = the
                                 children are filled in the same form (a level column) */
  int nlevels;
  int period;                 /* --period: the year shown and pre-filled, or 0 */
  char period_text[12];       /* … as text, or "" */
  Lang lang;
  TplColumn *cols;
  int ncols;
  const char **target_titles; /* ntargets: "Chỉ tiêu năm 2024", "Chỉ tiêu mức 1 (Khởi động)" */
  int *target_ctx;            /* ntargets: the context of m each row shows */
  int ntargets;
  TplUnit *units;
  int nunits;
  const ListDecl *list;       /* the form of a list (template SCRIPT LIST), or NULL */
  Arena arena;
} Template;

/* The form for compiled model m. period: the year of --period (0: the decision's own
** year, else every year). 0, or -1 when out of memory. */
int template_build(Template *t, const Model *m, int period, Lang lang);
/* The pre-filled rows from a CSV or XLSX file with a unit column (and name, parent,
** level). 0, or -1 with a message on stderr. */
int template_read_units(Template *t, const char *path);
void template_free(Template *t);

/* The form of list l of m (`tieuchi template SCRIPT LIST`, template_list.c): the unit
** column, then the list's columns in declaration order, each described by its label,
** its part in the list (key, row name, the inputs computed from it) and its type. A
** list's rows are the commune's own: no target rows, no pre-filled rows. */
int template_build_list(Template *t, const Model *m, const ListDecl *l, Lang lang);
/* Input in's type, unit and allowed values in words ("whole number ≥ 0", "one of: …"). */
const char *template_type_text(Template *t, const Input *in);

/* The type every use of an input column shares, or -1 (they differ, or not an input). */
int template_column_type(const TplColumn *c);

/* The number of description rows, and the title and cell (column c) of row i. */
int template_nrows(const Template *t);
const char *template_row_title(const Template *t, int row);
const char *template_cell(const Template *t, int row, int c);
/* What pre-filled row u holds in column c: unit, name, parent, level, the --period
** year; "" elsewhere. */
const char *template_prefill(const Template *t, int u, int c);

/* The renderers. CSV: to out (UTF-8 with a BOM). XLSX: to the file path. 0, or -1
** (with a message) when writing failed. */
int template_csv(FILE *out, const Template *t);
int template_xlsx(const char *path, const Template *t);

#endif
