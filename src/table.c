/*
** table.c — aligned text tables (see table.h).
*/
#include "table.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"

int table_init(Table *t, int ncols, int nrows) {
  t->ncols = ncols;
  t->nrows = nrows;
  t->cell = calloc((size_t)nrows + 1, sizeof *t->cell);
  t->right = calloc((size_t)ncols + 1, sizeof *t->right);
  bool ok = t->cell && t->right;
  for (int i = 0; ok && i < nrows; i++) ok = (t->cell[i] = calloc((size_t)ncols + 1, sizeof **t->cell)) != NULL;
  if (!ok) table_free(t);
  return ok ? 0 : -1;
}

void table_put(Table *t, int row, int col, const char *s) {
  free(t->cell[row][col]);
  t->cell[row][col] = strdup(s ? s : "");
}

void table_print(FILE *out, const Table *t) {
  size_t *w = calloc((size_t)t->ncols + 1, sizeof *w);
  if (w == NULL) return;
  for (int r = 0; r < t->nrows; r++)
    for (int c = 0; c < t->ncols; c++) {
      size_t cw = t->cell[r][c] ? text_width(t->cell[r][c]) : 0;
      if (cw > w[c]) w[c] = cw;
    }
  for (int r = 0; r < t->nrows; r++) {
    for (int c = 0; c < t->ncols; c++) {
      const char *s = t->cell[r][c] ? t->cell[r][c] : "";
      size_t pad = w[c] - text_width(s);
      if (t->right[c]) fprintf(out, "%*s%s", (int)pad, "", s);
      else fprintf(out, "%s%*s", s, c + 1 < t->ncols ? (int)pad : 0, "");
      if (c + 1 < t->ncols) fputs("  ", out);
    }
    fputc('\n', out);
    if (r == 0) {
      size_t all = 0;
      for (int c = 0; c < t->ncols; c++) all += w[c] + (c + 1 < t->ncols ? 2 : 0);
      for (size_t i = 0; i < all; i++) fputc('-', out);
      fputc('\n', out);
    }
  }
  free(w);
}

void table_free(Table *t) {
  for (int i = 0; t->cell && i < t->nrows; i++) {
    for (int c = 0; t->cell[i] && c < t->ncols; c++) free(t->cell[i][c]);
    free(t->cell[i]);
  }
  free(t->cell);
  free(t->right);
  memset(t, 0, sizeof *t);
}
