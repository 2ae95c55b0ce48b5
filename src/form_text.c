/*
** form_text.c — a document as plain text for the terminal (see form_out.h): tables are
** aligned by display width with table.c, as the results of `run` are.
*/
#include "form_out.h"

#include <stdlib.h>
#include <string.h>

#include "table.h"

/* A cell's text on one line: table.c aligns single-line cells. */
static char *one_line(const char *s) {
  char *c = strdup(s ? s : "");
  for (char *p = c; p && *p; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t') *p = ' ';
  return c;
}

static void put(Table *t, int row, int col, const char *s) {
  char *c = one_line(s);
  table_put(t, row, col, c ? c : "");
  free(c);
}

static void text_table(FILE *out, const FormTable *ft) {
  Table t;
  if (table_init(&t, ft->ncols, ft->nrows + 1) != 0) return;
  char head[512];
  for (int c = 0; c < ft->ncols; c++) {
    if (ft->band[c]) snprintf(head, sizeof head, "%s: %s", ft->band[c], ft->head[c]);
    else snprintf(head, sizeof head, "%s", ft->head[c]);
    put(&t, 0, c, head);
    t.right[c] = ft->nrows > 0;
    for (int r = 0; r < ft->nrows; r++) {
      const FormCell *cell = &ft->rows[r].cells[c];
      if (cell->text[0] && cell->kind != FC_NUMBER && cell->kind != FC_PERCENT) t.right[c] = false;
    }
  }
  for (int r = 0; r < ft->nrows; r++)
    for (int c = 0; c < ft->ncols; c++) put(&t, r + 1, c, ft->rows[r].cells[c].text);
  table_print(out, &t);
  table_free(&t);
}

/* A blank line sets headings, tables and derivations apart from what precedes them. */
static bool set_apart(const FormBlock *b, const FormBlock *prev) {
  if (prev == NULL) return false;
  return b->kind == FB_HEADING || b->kind == FB_TABLE || b->kind == FB_PRE ||
         prev->kind == FB_TABLE || prev->kind == FB_PRE;
}

void form_text(FILE *out, const FormDoc *d) {
  for (int p = 0; p < d->npages; p++) {
    const FormPage *page = &d->pages[p];
    if (p > 0) fputc('\n', out);
    for (int i = 0; i < page->nblocks; i++) {
      const FormBlock *b = &page->blocks[i];
      if (set_apart(b, i ? &page->blocks[i - 1] : NULL)) fputc('\n', out);
      switch ((FormBlockKind)b->kind) {
        case FB_TABLE: text_table(out, b->table); break;
        case FB_BULLET: fprintf(out, "  - %s\n", b->text); break;
        case FB_PRE:
          fputs(b->text, out);
          if (b->text[0] && b->text[strlen(b->text) - 1] != '\n') fputc('\n', out);
          break;
        default: fprintf(out, "%s\n", b->text); break;
      }
    }
  }
}
