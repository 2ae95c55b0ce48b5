/*
** table.h — aligned text tables for people (results, outcomes): cells are UTF-8, and
** columns are aligned by display width (Vietnamese combining marks take none).
*/
#ifndef TC_TABLE_H
#define TC_TABLE_H

#include <stdbool.h>
#include <stdio.h>

typedef struct Table {
  int ncols, nrows;
  char ***cell;           /* [row][col], row 0 is the header */
  bool *right;            /* right-aligned columns */
} Table;

/* Returns 0, or -1 when out of memory (t is then empty, safe to free). */
int table_init(Table *t, int ncols, int nrows);
/* A copy of s (NULL: empty) at (row, col). */
void table_put(Table *t, int row, int col, const char *s);
/* Header, a rule of dashes, then the rows. */
void table_print(FILE *out, const Table *t);
void table_free(Table *t);

#endif
