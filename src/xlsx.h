/*
** xlsx.h — Excel workbooks through libxlsxwriter, with the house formats: a bold
** header row (frozen by xlsx_header), whole numbers, points with the decision's
** decimals, percentages (stored as fractions, shown as %), wrapped text.
** Text is UTF-8 throughout, so Vietnamese stays intact.
*/
#ifndef TC_XLSX_H
#define TC_XLSX_H

#include <xlsxwriter.h>

#define XLSX_MAX_DECIMALS 6

typedef struct Xlsx {
  lxw_workbook *wb;
  const char *path;
  lxw_format *header, *wrap, *bold, *integer;
  lxw_format *fixed[XLSX_MAX_DECIMALS + 1];
  lxw_format *percent[XLSX_MAX_DECIMALS + 1];
  int nsheets;
} Xlsx;

/* 0, or -1 with a message on stderr (e.g. no -o FILE given, or it cannot be created). */
int xlsx_open(Xlsx *x, const char *path);
/* A new worksheet; name is cut to Excel's 31 characters, [ ] : * ? / \ replaced, and
   made unique. NULL (and a message) on failure. */
lxw_worksheet *xlsx_sheet(Xlsx *x, const char *name);
/* The number format with `decimals` places (0 … XLSX_MAX_DECIMALS). */
lxw_format *xlsx_fixed(Xlsx *x, int decimals);
/* The same as a percentage: the cell holds a fraction, 0.9714 shown 97.14% (decimals 2). */
lxw_format *xlsx_percent(Xlsx *x, int decimals);
/* Writes the labels in row `row` with the header format and freezes the rows above
   and including it. */
void xlsx_header(Xlsx *x, lxw_worksheet *ws, int row, const char *const *labels, int n);
/* A number cell, or a blank one when v is not finite (never NaN in a cell). */
void xlsx_number(lxw_worksheet *ws, int row, int col, double v, lxw_format *f);
/* Writes and closes the workbook: 0, or -1 with a message. */
int xlsx_close(Xlsx *x);

#endif
