/*
** xlsx.c — Excel workbooks with the house formats (see xlsx.h).
*/
#include "xlsx.h"

#include "i18n.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Reproducible files: the creation time is SOURCE_DATE_EPOCH when set. libxlsxwriter
   copies the properties, so they may live on the stack. */
static void set_properties(Xlsx *x) {
  lxw_doc_properties props = { 0 };
  props.title = "tieuchi";
  props.author = "tieuchi";
  const char *epoch = getenv("SOURCE_DATE_EPOCH");
  props.created = epoch ? (time_t)strtoll(epoch, NULL, 10) : time(NULL);
  workbook_set_properties(x->wb, &props);
}

static lxw_format *number_format(lxw_workbook *wb, const char *code) {
  lxw_format *f = workbook_add_format(wb);
  format_set_num_format(f, code);
  return f;
}

static void add_formats(Xlsx *x) {
  x->header = workbook_add_format(x->wb);
  format_set_bold(x->header);
  format_set_text_wrap(x->header);
  format_set_align(x->header, LXW_ALIGN_VERTICAL_TOP);
  format_set_bg_color(x->header, 0xEEF1F5);
  format_set_border(x->header, LXW_BORDER_THIN);
  x->bold = workbook_add_format(x->wb);
  format_set_bold(x->bold);
  x->wrap = workbook_add_format(x->wb);
  format_set_text_wrap(x->wrap);
  format_set_align(x->wrap, LXW_ALIGN_VERTICAL_TOP);
  x->integer = number_format(x->wb, "0");
  static const char *const codes[XLSX_MAX_DECIMALS + 1] = {
    "0", "0.0", "0.00", "0.000", "0.0000", "0.00000", "0.000000" };
  for (int d = 0; d <= XLSX_MAX_DECIMALS; d++) {
    char pct[16];
    snprintf(pct, sizeof pct, "%s%%", codes[d]);
    x->fixed[d] = number_format(x->wb, codes[d]);
    x->percent[d] = number_format(x->wb, pct);
  }
}

int xlsx_open(Xlsx *x, const char *path) {
  memset(x, 0, sizeof *x);
  if (path == NULL) {
    fprintf(stderr, _("tieuchi: an XLSX workbook is a file: give its name with -o FILE.xlsx\n"));
    return -1;
  }
  x->path = path;
  x->wb = workbook_new(path);
  if (x->wb == NULL) {
    fprintf(stderr, _("tieuchi: cannot create the workbook %s\n"), path);
    return -1;
  }
  set_properties(x);
  add_formats(x);
  return 0;
}

lxw_worksheet *xlsx_sheet(Xlsx *x, const char *name) {
  char clean[32];
  size_t n = 0;
  /* Cut at a character boundary: 31 bytes may split a Vietnamese letter. */
  for (const char *s = name; *s && n < 28; s++) {
    if ((unsigned char)*s >= 0x80 && ((unsigned char)*s & 0xC0) == 0xC0) {
      size_t len = ((unsigned char)*s >= 0xF0) ? 4 : ((unsigned char)*s >= 0xE0) ? 3 : 2;
      if (n + len > 28) break;
    }
    clean[n++] = strchr("[]:*?/\\", *s) ? '-' : *s;
  }
  clean[n] = '\0';
  if (n == 0 || workbook_get_worksheet_by_name(x->wb, clean) != NULL)
    snprintf(clean + (n > 24 ? 24 : n), sizeof clean - (n > 24 ? 24 : n), " %d", ++x->nsheets);
  lxw_worksheet *ws = workbook_add_worksheet(x->wb, clean);
  if (ws == NULL) fprintf(stderr, _("tieuchi: cannot add the sheet \"%s\" to %s\n"), clean, x->path);
  return ws;
}

static int clamp_decimals(int decimals) {
  return decimals < 0 ? 0 : decimals > XLSX_MAX_DECIMALS ? XLSX_MAX_DECIMALS : decimals;
}

lxw_format *xlsx_fixed(Xlsx *x, int decimals) { return x->fixed[clamp_decimals(decimals)]; }

lxw_format *xlsx_percent(Xlsx *x, int decimals) { return x->percent[clamp_decimals(decimals)]; }

void xlsx_header(Xlsx *x, lxw_worksheet *ws, int row, const char *const *labels, int n) {
  for (int c = 0; c < n; c++) worksheet_write_string(ws, (lxw_row_t)row, (lxw_col_t)c, labels[c], x->header);
  worksheet_freeze_panes(ws, (lxw_row_t)(row + 1), 0);
}

void xlsx_number(lxw_worksheet *ws, int row, int col, double v, lxw_format *f) {
  if (isfinite(v)) worksheet_write_number(ws, (lxw_row_t)row, (lxw_col_t)col, v, f);
  else worksheet_write_blank(ws, (lxw_row_t)row, (lxw_col_t)col, f);
}

int xlsx_close(Xlsx *x) {
  lxw_error err = workbook_close(x->wb);
  x->wb = NULL;
  if (err == LXW_NO_ERROR) return 0;
  fprintf(stderr, _("tieuchi: writing the workbook %s failed: %s\n"), x->path, lxw_strerror(err));
  return -1;
}
