/*
** template_csv.c — the data-collection form as CSV (see template.h).
**
** Row 1: the column names exactly as `tieuchi run` reads them. Then comment rows (the
** first cell starts with '#', so the reader skips them: comment_rows.h): a note on how
** to fill the form, then one row per description (label; indicator and group; type,
** unit and allowed values; the target of each context shown), each titled in its first
** cell. Then the pre-filled rows of --units, if any. UTF-8 with a BOM, so that Excel
** opens the Vietnamese text as UTF-8.
*/
#include "template.h"

#include "results_out.h"

#include <string.h>

/* A first cell "# text", quoted as one field when text must be. */
static void comment_cell(FILE *out, const char *text) {
  bool quote = strpbrk(text, ",\"\r\n") != NULL;
  fputs(quote ? "\"# " : "# ", out);
  for (const char *s = text; *s; s++) {
    if (*s == '"') fputc('"', out);
    fputc(*s, out);
  }
  if (quote) fputc('"', out);
}

/* One comment row: "# title" in the first cell, then the cells of row `row`. */
static void description_row(FILE *out, const Template *t, int row) {
  comment_cell(out, template_row_title(t, row));
  for (int c = 1; c < t->ncols; c++) {
    fputc(',', out);
    csv_field(out, template_cell(t, row, c));
  }
  fputc('\n', out);
}

int template_csv(FILE *out, const Template *t) {
  fputs("\xEF\xBB\xBF", out);
  for (int c = 0; c < t->ncols; c++) {
    if (c) fputc(',', out);
    csv_field(out, t->cols[c].name);
  }
  fputc('\n', out);
  comment_cell(out, label(t->lang, t->list ? L_TPL_LIST_NOTE : L_TPL_NOTE));
  for (int c = 1; c < t->ncols; c++) fputc(',', out);
  fputc('\n', out);
  for (int r = 0; r < template_nrows(t); r++) description_row(out, t, r);
  for (int u = 0; u < t->nunits; u++) {
    for (int c = 0; c < t->ncols; c++) {
      if (c) fputc(',', out);
      csv_field(out, template_prefill(t, u, c));
    }
    fputc('\n', out);
  }
  return ferror(out) ? -1 : 0;
}
