/*
** template_xlsx.c — the data-collection form as an Excel workbook (see template.h).
**
** Sheet "Dữ liệu" (data): row 1 holds the column names `tieuchi run` reads, row 2 the
** labels (a comment row: its first cell starts with '#'), both frozen with the unit and
** name columns; each column name carries a comment (label, indicator and group, type,
** targets) and each column a data validation from row 3 down (whole numbers ≥ 0 for
** counts, 0–100 for percents, lists for yes/no, choices, levels and years). Pre-filled
** rows (--units) follow. Sheet "Hướng dẫn" (instructions): how to fill the form, and
** every column with its description. The workbook is read back by xlsx_read.c.
*/
#include "template.h"

#include <string.h>

#include "xlsx.h"

#define FIRST_DATA_ROW 2          /* 0-based: row 3 */
#define TITLE_MAX 32              /* Excel's limits for validation titles and messages */
#define MESSAGE_MAX 255
#define LIST_MAX 255

typedef struct Formats { lxw_format *labels, *text, *title, *para, *name; } Formats;

/* s cut to at most max bytes at a character boundary, into buf (size > max). */
static const char *cut(const char *s, char *buf, size_t max) {
  size_t n = strlen(s);
  if (n <= max) return s;
  n = max;
  while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) n--;   /* not inside a character */
  memcpy(buf, s, n);
  buf[n] = '\0';
  return buf;
}

/* The lines text takes in a column `width` characters wide (wrapped). */
static int text_lines(const char *text, double width) {
  int per = width > 4 ? (int)width - 2 : 2, lines = 1, chars = 0;
  for (const char *s = text; *s; s++) {
    if (*s == '\n' || chars == per) { lines++; chars = 0; }
    if (*s != '\n' && ((unsigned char)*s & 0xC0) != 0x80) chars++;   /* one per character */
  }
  return lines;
}

/* A row height (points) for so many lines of wrapped text: spreadsheets do not grow
** the rows of a generated file themselves. */
static double row_height(int lines, int most) {
  return 15.0 * (lines > most ? most : lines) + 3;
}

/* ------------------------------------------------------------------ validation */

/* items joined by commas into buf, for a list validation; false when one holds a comma
** (Excel's list separator) or the list is longer than Excel allows. */
static bool join_list(const char *const *items, int n, char *buf, size_t size) {
  size_t len = 0;
  for (int i = 0; i < n; i++) {
    size_t k = strlen(items[i]);
    if (strchr(items[i], ',') || len + k + 1 > size || len + k + 1 > LIST_MAX + 1) return false;
    if (i) buf[len++] = ',';
    memcpy(buf + len, items[i], k);
    len += k;
  }
  buf[len] = '\0';
  return n > 0;
}

/* The values a list column offers: the choice's texts (or its codes when the texts do
** not fit), yes/no, the levels of a combined form, the decision's years. */
static int list_items(const Template *t, const TplColumn *c, const char **items, int max, bool codes) {
  int n = 0;
  if (c->kind == TPL_LEVEL)
    for (int l = 0; l < t->nlevels && n < max; l++) items[n++] = t->levels[l]->dec.level ? t->levels[l]->dec.level : "?";
  else if (c->kind == TPL_PERIOD)
    for (int k = 0; k < t->m->nctx && n < max; k++) items[n++] = t->m->ctxs[k].code;
  else if (template_column_type(c) == IN_YESNO) {
    items[n++] = label(t->lang, L_YES);
    items[n++] = label(t->lang, L_NO);
  } else if (template_column_type(c) == IN_CHOICE && c->nuses == 1)   /* one set of options */
    for (int k = 0; k < c->input[0]->noptions && n < max; k++) {
      const ChoiceOption *o = &c->input[0]->options[k];
      items[n++] = !codes && o->label ? o->label : o->code;
    }
  return n;
}

/* A list validation for c into dv (the list in buf); false when c has none that fits. */
static bool list_validation(const Template *t, const TplColumn *c, lxw_data_validation *dv,
                            char *buf, size_t size, const char **items, int max) {
  for (int codes = 0; codes < 2; codes++) {
    int n = list_items(t, c, items, max, codes);
    if (join_list(items, n, buf, size)) {
      dv->validate = LXW_VALIDATION_TYPE_LIST;
      dv->value_formula = NULL;
      items[n] = NULL;
      dv->value_list = (char **)items;
      return true;
    }
  }
  return false;
}

/* The rule of a numeric column: counts whole ≥ 0 (the registered level 1..levels),
** amounts ≥ 0, percents 0–100 (over 100 only warned: the reader reports it too). */
static bool number_validation(const TplColumn *c, lxw_data_validation *dv) {
  int ty = template_column_type(c);
  if (ty != IN_COUNT && ty != IN_AMOUNT && ty != IN_PERCENT) return false;
  dv->validate = ty == IN_COUNT ? LXW_VALIDATION_TYPE_INTEGER : LXW_VALIDATION_TYPE_DECIMAL;
  dv->criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
  dv->value_number = 0;
  if (c->registered) {
    dv->criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    dv->minimum_number = 1;
    for (int i = 0; i < c->nuses; i++)
      if (c->model[i]->nctx > dv->maximum_number) dv->maximum_number = c->model[i]->nctx;
  } else if (ty == IN_PERCENT) {
    dv->criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    dv->minimum_number = 0;
    dv->maximum_number = 100;
    dv->error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
  }
  return true;
}

/* Column c's data validation, from the first data row down, with its type as the
** message shown when a cell is selected and when a value is refused. */
static void validate_column(lxw_worksheet *ws, const Template *t, int col) {
  const TplColumn *c = &t->cols[col];
  lxw_data_validation dv = { 0 };
  char list[LIST_MAX + 1], title[TITLE_MAX + 1], msg[MESSAGE_MAX + 1];
  const char *items[64];
  if (!number_validation(c, &dv) && !list_validation(t, c, &dv, list, sizeof list, items, 63))
    return;
  dv.input_title = (char *)cut(c->name, title, TITLE_MAX);
  dv.input_message = (char *)cut(c->text[TPL_ROW_TYPE], msg, MESSAGE_MAX);
  dv.error_title = dv.input_title;
  dv.error_message = dv.input_message;
  worksheet_data_validation_range(ws, FIRST_DATA_ROW, (lxw_col_t)col, LXW_ROW_MAX - 1, (lxw_col_t)col, &dv);
}

/* ------------------------------------------------------------------ the data sheet */

/* The height in pixels a comment box of width COMMENT_WIDTH needs for text: Excel does
** not grow the box, so each line is counted with the characters that fit on one. */
#define COMMENT_WIDTH 360
static uint16_t comment_height(const char *text) {
  int lines = 1, chars = 0;
  for (const char *s = text; *s; s++) {
    if (*s == '\n' || chars == COMMENT_WIDTH / 7) { lines++; chars = 0; }
    if (*s != '\n' && ((unsigned char)*s & 0xC0) != 0x80) chars++;   /* one per character */
  }
  int h = 16 * lines + 12;
  return (uint16_t)(h > 1200 ? 1200 : h);
}

/* The comment on column c's name: every description line, titled. */
static void comment_column(lxw_worksheet *ws, const Template *t, int col) {
  Arena a = { 0 };
  const char *text = t->cols[col].name;
  for (int r = 0; r < template_nrows(t) && text; r++) {
    const char *cell = template_cell(t, r, col);
    if (cell[0]) text = arena_printf(&a, "%s\n%s: %s", text, template_row_title(t, r), cell);
  }
  if (text) {
    lxw_comment_options opt = { 0 };
    opt.author = "tieuchi";
    opt.width = COMMENT_WIDTH;
    opt.height = comment_height(text);
    worksheet_write_comment_opt(ws, 0, (lxw_col_t)col, text, &opt);
  }
  arena_free(&a);
}

/* Text columns keep what is typed as text (ids like 001 keep their zeros). */
static bool text_column(const TplColumn *c) {
  return c->kind == TPL_UNIT || c->kind == TPL_NAME || c->kind == TPL_PARENT ||
         c->kind == TPL_LEVEL || template_column_type(c) == IN_TEXT;
}

static double column_width(const TplColumn *col) {
  return col->kind == TPL_NAME ? 28 : col->kind == TPL_UNIT ? 12 : 18;
}

static void data_header(Xlsx *x, lxw_worksheet *ws, const Template *t, const Formats *f) {
  int lines = 1;
  for (int c = 0; c < t->ncols; c++) {
    const TplColumn *col = &t->cols[c];
    double width = column_width(col);
    int n = text_lines(col->text[TPL_ROW_LABEL], width);
    if (n > lines) lines = n;
    worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, width, text_column(col) ? f->text : NULL);
    worksheet_write_string(ws, 0, (lxw_col_t)c, col->name, x->header);
    const char *lab = col->text[TPL_ROW_LABEL];
    Arena a = { 0 };
    if (c == 0) lab = arena_printf(&a, "# %s", lab);           /* row 2 is a comment row */
    if (lab) worksheet_write_string(ws, 1, (lxw_col_t)c, lab, f->labels);
    arena_free(&a);
    comment_column(ws, t, c);
    validate_column(ws, t, c);
  }
  worksheet_set_row(ws, 1, row_height(lines, 8), NULL);
  worksheet_freeze_panes(ws, FIRST_DATA_ROW, t->ncols > 1 ? 2 : 1);
  worksheet_set_landscape(ws);                 /* printed: the names and labels on every page */
  worksheet_repeat_rows(ws, 0, 1);
}

/* The pre-filled rows; a year is written as a number, as Excel users type it. */
static void data_rows(lxw_worksheet *ws, const Template *t) {
  for (int u = 0; u < t->nunits; u++)
    for (int c = 0; c < t->ncols; c++) {
      const char *v = template_prefill(t, u, c);
      lxw_row_t row = (lxw_row_t)(FIRST_DATA_ROW + u);
      if (v[0] == '\0') continue;
      if (t->cols[c].kind == TPL_PERIOD) worksheet_write_number(ws, row, (lxw_col_t)c, t->period, NULL);
      else worksheet_write_string(ws, row, (lxw_col_t)c, v, NULL);
    }
}

/* ------------------------------------------------------------------ the instructions */

#define HELP_COLS 4
static const double help_widths[HELP_COLS] = { 16, 36, 60, 40 };   /* then 22 per target */

static double help_width(int col) { return col < HELP_COLS ? help_widths[col] : 22; }

/* A paragraph across the first columns, wrapped, its row as high as its text. */
static void paragraph(lxw_worksheet *ws, int row, const char *text, lxw_format *f) {
  if (text == NULL) return;
  double width = 0;
  for (int c = 0; c < HELP_COLS; c++) width += help_widths[c];
  worksheet_merge_range(ws, (lxw_row_t)row, 0, (lxw_row_t)row, HELP_COLS - 1, text, f);
  worksheet_set_row(ws, (lxw_row_t)row, row_height(text_lines(text, width), 6), NULL);
}

/* The instructions of a list's form (template SCRIPT LIST). */
static int list_help_lines(const Template *t, const char *path, Arena *a, const char **lines) {
  const ListDecl *l = t->list;
  Lang lg = t->lang;
  int n = 0;
  lines[n++] = arena_printf(a, label(lg, L_TPL_LIST_HELP_ROWS), label(lg, L_TPL_SHEET_DATA));
  lines[n++] = label(lg, L_TPL_HELP_HEADER);
  lines[n++] = label(lg, L_TPL_LIST_HELP_BLANK);
  lines[n++] = label(lg, L_TPL_HELP_NUMBERS);
  lines[n++] = label(lg, L_TPL_HELP_COMMENTS);
  if (l->key)
    lines[n++] = arena_printf(a, label(lg, l->key_per_unit ? L_TPL_LIST_HELP_KEY_UNIT : L_TPL_LIST_HELP_KEY),
                              l->key);
  lines[n++] = arena_printf(a, label(lg, L_TPL_LIST_HELP_RUN), l->name, t->m->script, l->name, path);
  return n;
}

static int help_lines(lxw_worksheet *ws, const Template *t, const char *path, const Formats *f,
                      Arena *a) {
  const Model *m = t->m;
  Lang lg = t->lang;
  int row = 0;
  const char *child = t->nlevels > 1 && t->levels[1]->dec.level ? t->levels[1]->dec.level : "?";
  const char *top = m->dec.level ? m->dec.level : "?";
  const char *title = t->list ? arena_printf(a, "%s — %s", label(lg, L_TPL_LIST_TITLE),
                                             t->list->title ? t->list->title : t->list->name)
                              : arena_printf(a, "%s — %s", label(lg, L_TPL_TITLE),
                                             m->dec.title ? m->dec.title : "");
  worksheet_write_string(ws, row++, 0, title, f->title);
  const char *decision = m->dec.number && m->dec.number[0]
                       ? arena_printf(a, "%s %s", label(lg, L_DECISION), m->dec.number)
                       : label(lg, L_DECISION);
  paragraph(ws, row++, arena_printf(a, "%s · %s · %s", decision, m->dec.id ? m->dec.id : "",
                                    m->script), f->para);
  row++;
  const char *lines[8];
  int n = 0;
  if (t->list) n = list_help_lines(t, path, a, lines);
  else {
    lines[n++] = arena_printf(a, label(lg, L_TPL_HELP_ROWS), label(lg, L_TPL_SHEET_DATA));
    lines[n++] = label(lg, L_TPL_HELP_HEADER);
    lines[n++] = label(lg, L_TPL_HELP_BLANK);
    lines[n++] = label(lg, L_TPL_HELP_NUMBERS);
    lines[n++] = label(lg, L_TPL_HELP_COMMENTS);
    if (t->nlevels > 1)
      lines[n++] = arena_printf(a, label(lg, L_TPL_HELP_CHILDREN), child, top, top);
    if (m->ctx_kind == CTX_PERIODS) lines[n++] = label(lg, L_TPL_HELP_PERIOD);
    lines[n++] = arena_printf(a, label(lg, L_TPL_HELP_RUN), m->script, path);
  }
  for (int i = 0; i < n; i++) paragraph(ws, row++, arena_printf(a, "%d. %s", i + 1, lines[i]), f->para);
  return row + 1;
}

/* Every column: its name, then its description rows, each row as high as its text. */
static void help_columns(Xlsx *x, lxw_worksheet *ws, const Template *t, int row, const Formats *f) {
  worksheet_write_string(ws, (lxw_row_t)row++, 0, label(t->lang, L_TPL_HELP_COLUMNS), f->title);
  worksheet_write_string(ws, (lxw_row_t)row, 0, label(t->lang, L_TPL_COLUMN), x->header);
  for (int r = 0; r < template_nrows(t); r++)
    worksheet_write_string(ws, (lxw_row_t)row, (lxw_col_t)(r + 1), template_row_title(t, r), x->header);
  for (int c = 0; c < t->ncols; c++) {
    lxw_row_t at = (lxw_row_t)(row + 1 + c);
    int lines = 1;
    worksheet_write_string(ws, at, 0, t->cols[c].name, f->name);
    for (int r = 0; r < template_nrows(t); r++) {
      const char *cell = template_cell(t, r, c);
      int n = text_lines(cell, help_width(r + 1));
      if (n > lines) lines = n;
      worksheet_write_string(ws, at, (lxw_col_t)(r + 1), cell, x->wrap);
    }
    worksheet_set_row(ws, at, row_height(lines, 12), NULL);
  }
  for (int c = 0; c < 1 + template_nrows(t); c++)
    worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, help_width(c), NULL);
  worksheet_set_landscape(ws);
  worksheet_fit_to_pages(ws, 1, 0);            /* printed: one page wide */
}

/* ------------------------------------------------------------------ the workbook */

static void add_formats(Xlsx *x, Formats *f) {
  f->labels = workbook_add_format(x->wb);
  format_set_italic(f->labels);
  format_set_text_wrap(f->labels);
  format_set_align(f->labels, LXW_ALIGN_VERTICAL_TOP);
  format_set_font_color(f->labels, 0x505050);
  format_set_bg_color(f->labels, 0xFFF8E1);
  f->text = workbook_add_format(x->wb);
  format_set_num_format(f->text, "@");
  f->para = workbook_add_format(x->wb);
  format_set_text_wrap(f->para);
  format_set_align(f->para, LXW_ALIGN_VERTICAL_TOP);
  f->name = workbook_add_format(x->wb);
  format_set_bold(f->name);
  format_set_align(f->name, LXW_ALIGN_VERTICAL_TOP);
  f->title = workbook_add_format(x->wb);
  format_set_bold(f->title);
  format_set_font_size(f->title, 13);
}

int template_xlsx(const char *path, const Template *t) {
  Xlsx x;
  if (xlsx_open(&x, path) != 0) return -1;
  Formats f;
  add_formats(&x, &f);
  lxw_worksheet *data = xlsx_sheet(&x, label(t->lang, L_TPL_SHEET_DATA));
  lxw_worksheet *help = xlsx_sheet(&x, label(t->lang, L_TPL_SHEET_HELP));
  if (data && help) {
    data_header(&x, data, t, &f);
    data_rows(data, t);
    Arena a = { 0 };
    help_columns(&x, help, t, help_lines(help, t, path, &f, &a), &f);
    arena_free(&a);
  }
  int rc = xlsx_close(&x);
  return data && help ? rc : -1;
}
