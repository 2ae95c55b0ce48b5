/*
** form_xlsx.c — a document as an Excel workbook (see form_out.h), through xlsx.h.
**
** One sheet per page. Title lines are merged across the width of the page's first table
** and centred; a table's heads use the house header format (a band is merged over its
** columns, a head without a band over both header rows), and the header of the first
** table is frozen with the title above it. Numbers are written as numbers: points and
** counts with their decimals ("0", "0.00"), percentages as fractions with a percent
** format of the same decimals ("0.00%"), so a sum or a chart in Excel works on them.
*/
#include "form_out.h"

#include <stdlib.h>
#include <string.h>

#include "xlsx.h"

/* The formats of the table bodies: the house formats with a thin border. */
typedef struct Formats {
  Xlsx *x;
  lxw_format *title, *subtitle, *heading, *cell, *cell_bold, *pre;
  lxw_format *met[FM_NOT_ASSIGNED + 1];
  lxw_format *number[XLSX_MAX_DECIMALS + 1], *percent[XLSX_MAX_DECIMALS + 1];
} Formats;

static lxw_format *bordered(lxw_workbook *wb) {
  lxw_format *f = workbook_add_format(wb);
  format_set_border(f, LXW_BORDER_THIN);
  format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
  return f;
}

static void add_formats(Formats *f, Xlsx *x) {
  lxw_workbook *wb = x->wb;
  f->x = x;
  f->title = workbook_add_format(wb);
  format_set_bold(f->title);
  format_set_align(f->title, LXW_ALIGN_CENTER);
  format_set_text_wrap(f->title);
  f->subtitle = workbook_add_format(wb);
  format_set_italic(f->subtitle);
  format_set_align(f->subtitle, LXW_ALIGN_CENTER);
  f->heading = x->bold;
  f->pre = workbook_add_format(wb);
  format_set_font_name(f->pre, "Courier New");
  f->cell = bordered(wb);
  format_set_text_wrap(f->cell);
  f->cell_bold = bordered(wb);
  format_set_text_wrap(f->cell_bold);
  format_set_bold(f->cell_bold);
  static const lxw_color_t colours[] = { 0x0A6B2A, 0xA31515, 0x8A6D00, 0x555555 };
  for (int m = 0; m <= FM_NOT_ASSIGNED; m++) {
    f->met[m] = bordered(wb);
    format_set_font_color(f->met[m], colours[m]);
    format_set_text_wrap(f->met[m]);
  }
  static const char *const codes[XLSX_MAX_DECIMALS + 1] = {
    "0", "0.0", "0.00", "0.000", "0.0000", "0.00000", "0.000000" };
  char pct[16];
  for (int d = 0; d <= XLSX_MAX_DECIMALS; d++) {
    f->number[d] = bordered(wb);
    format_set_num_format(f->number[d], codes[d]);
    snprintf(pct, sizeof pct, "%s%%", codes[d]);
    f->percent[d] = bordered(wb);
    format_set_num_format(f->percent[d], pct);
  }
}

static int clamp_decimals(int d) {
  return d < 0 ? 0 : d > XLSX_MAX_DECIMALS ? XLSX_MAX_DECIMALS : d;
}

static void write_cell(lxw_worksheet *ws, int row, int col, const FormCell *c, bool bold,
                       const Formats *f) {
  lxw_row_t r = (lxw_row_t)row;
  lxw_col_t k = (lxw_col_t)col;
  switch ((FormCellKind)c->kind) {
    case FC_NUMBER: xlsx_number(ws, row, col, c->n, f->number[clamp_decimals(c->decimals)]); return;
    case FC_PERCENT: xlsx_number(ws, row, col, c->n, f->percent[clamp_decimals(c->decimals)]); return;
    case FC_MET: worksheet_write_string(ws, r, k, c->text, f->met[c->met <= FM_NOT_ASSIGNED ? c->met : FM_UNKNOWN]); return;
    case FC_TEXT:
      if (c->text[0]) worksheet_write_string(ws, r, k, c->text, bold ? f->cell_bold : f->cell);
      else worksheet_write_blank(ws, r, k, bold ? f->cell_bold : f->cell);
      return;
  }
}

/* The heads of t from row `row`; returns the last header row. */
static int write_head(lxw_worksheet *ws, int row, const FormTable *t, const Formats *f) {
  bool bands = false;
  for (int c = 0; c < t->ncols; c++) bands = bands || t->band[c];
  lxw_format *h = f->x->header;
  for (int c = 0; c < t->ncols; c++) {
    lxw_col_t k = (lxw_col_t)c;
    if (!t->band[c]) {
      if (bands) worksheet_merge_range(ws, (lxw_row_t)row, k, (lxw_row_t)row + 1, k, t->head[c], h);
      else worksheet_write_string(ws, (lxw_row_t)row, k, t->head[c], h);
      continue;
    }
    worksheet_write_string(ws, (lxw_row_t)row + 1, k, t->head[c], h);
    if (c > 0 && t->band[c - 1] && strcmp(t->band[c - 1], t->band[c]) == 0) continue;
    int span = 1;
    while (c + span < t->ncols && t->band[c + span] && strcmp(t->band[c + span], t->band[c]) == 0) span++;
    if (span > 1) worksheet_merge_range(ws, (lxw_row_t)row, k, (lxw_row_t)row, (lxw_col_t)(c + span - 1), t->band[c], h);
    else worksheet_write_string(ws, (lxw_row_t)row, k, t->band[c], h);
  }
  return bands ? row + 1 : row;
}

/* A title line across the page's width. */
static void write_wide(lxw_worksheet *ws, int row, int width, const char *text, lxw_format *fmt) {
  if (width > 1) worksheet_merge_range(ws, (lxw_row_t)row, 0, (lxw_row_t)row, (lxw_col_t)(width - 1), text, fmt);
  else worksheet_write_string(ws, (lxw_row_t)row, 0, text, fmt);
}

/* The first table of a page sets the columns' widths and the width of its titles. */
static const FormTable *first_table(const FormPage *p) {
  for (int i = 0; i < p->nblocks; i++)
    if (p->blocks[i].kind == FB_TABLE) return p->blocks[i].table;
  return NULL;
}

/* Preformatted text, one line per row. */
static int write_pre(lxw_worksheet *ws, int row, const char *text, const Formats *f) {
  for (const char *p = text; *p;) {
    size_t n = strcspn(p, "\n");
    char *line = strndup(p, n);
    if (line && n) worksheet_write_string(ws, (lxw_row_t)row, 0, line, f->pre);
    free(line);
    row++;
    p += n + (p[n] == '\n');
  }
  return row;
}

static void write_bullet(lxw_worksheet *ws, int row, const char *text) {
  size_t n = strlen(text) + 3;
  char *item = malloc(n);
  if (item == NULL) return;
  snprintf(item, n, "- %s", text);
  worksheet_write_string(ws, (lxw_row_t)row, 0, item, NULL);
  free(item);
}

static void write_page(lxw_worksheet *ws, const FormPage *p, const Formats *f) {
  const FormTable *first = first_table(p);
  int width = first ? first->ncols : 1, row = 0;
  for (int c = 0; first && c < first->ncols; c++)
    worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, first->width[c], NULL);
  for (int i = 0; i < p->nblocks; i++) {
    const FormBlock *b = &p->blocks[i];
    switch ((FormBlockKind)b->kind) {
      case FB_TITLE: write_wide(ws, row++, width, b->text, f->title); break;
      case FB_SUBTITLE: write_wide(ws, row++, width, b->text, f->subtitle); break;
      case FB_HEADING:
        if (row > 0) row++;
        worksheet_write_string(ws, (lxw_row_t)row++, 0, b->text, f->heading);
        break;
      case FB_TEXT: worksheet_write_string(ws, (lxw_row_t)row++, 0, b->text, NULL); break;
      case FB_BULLET: write_bullet(ws, row++, b->text); break;
      case FB_PRE: row = write_pre(ws, row, b->text, f); break;
      case FB_TABLE: {
        const FormTable *t = b->table;
        int last = write_head(ws, row, t, f);
        if (t == first) worksheet_freeze_panes(ws, (lxw_row_t)(last + 1), 0);
        row = last + 1;
        for (int r = 0; r < t->nrows; r++, row++)
          for (int c = 0; c < t->ncols; c++) write_cell(ws, row, c, &t->rows[r].cells[c], t->rows[r].group, f);
        row++;
        break;
      }
    }
  }
}

int form_xlsx(const FormDoc *d, const char *path) {
  Xlsx x;
  if (xlsx_open(&x, path) != 0) return -1;
  Formats f;
  add_formats(&f, &x);
  for (int p = 0; p < d->npages; p++) {
    lxw_worksheet *ws = xlsx_sheet(&x, d->pages[p].name);
    if (ws == NULL) { xlsx_close(&x); return -1; }
    write_page(ws, &d->pages[p], &f);
  }
  return xlsx_close(&x);
}
