/*
** list_cond.h — the conditions of list aggregates (count_where "co_dttm and co_pm_attt"):
** the formula language over one list's columns, typed at load time, evaluated row by row.
**
** A condition reads a row's columns: yes/no columns are conditions themselves; numbers
** compare and add up; a choice compares with its option codes; has(column) holds when the
** cell is not blank (any type, text included). No if/case, no steps, no other function:
** a condition says which rows count, nothing more. A blank or invalid cell the condition
** needs makes it unknown, and an unknown row is not counted (docs/language.md, "List
** tables").
*/
#ifndef TC_LIST_COND_H
#define TC_LIST_COND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "diag.h"
#include "model.h"

typedef enum CondResult { COND_FALSE, COND_TRUE, COND_UNKNOWN } CondResult;

/* One row of a list's typed columns (column-major, as the list holds them). */
typedef struct ListRow {
  const double *values;       /* values[c * nrows + row] */
  const uint8_t *state;       /* CellStatus, same layout */
  size_t nrows, row;
} ListRow;

/* Resolve and type the condition of aggregate a of list l; problems go to dl at the
** formula's line and column. Returns 0 or -1. */
int list_cond_compile(Model *m, const ListDecl *l, ListAgg *a, DiagList *dl);

/* Whether a compiled condition reads column `column` of its list. */
bool list_cond_reads(const Node *cond, int column);

/* The condition on one row (a compiled condition). */
CondResult list_cond_eval(const Node *cond, const ListRow *row);

/*
** Why a row does not count: the columns of the parts of cond that are not true, as
** "label: cell" joined by "; " (cell_text(ctx, column) gives the cell as written, "" when
** blank; blank is how a blank cell is written). Returns buf.
*/
typedef const char *(*CellText)(void *ctx, int column);
const char *list_cond_why(const ListDecl *l, const Node *cond, const ListRow *row, CellText cell,
                          void *ctx, const char *blank, char *buf, size_t size);

#endif
