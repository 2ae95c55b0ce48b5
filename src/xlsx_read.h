/*
** xlsx_read.h — an XLSX workbook's worksheet as a dataset.
**
** The sheet is turned into CSV text, so that a workbook is read by exactly the same
** code as a CSV file (csv.c, comment_rows.c, dataset.c, cell.c): line N of the text is
** row N of the sheet and field K its column K, so every finding names the sheet's own
** row and column. Cells:
**  - text (shared strings, inline strings, formula strings) as it is; a line break
**    inside a cell becomes a space (a record is one line);
**  - numbers from their shortest round-trip text, written positionally (0.1 stays
**    "0.1", 1E-7 becomes "0.0000001"), with a decimal comma when the dataset is read
**    with --decimal-comma; a cell formatted as a percentage is read as the percentage
**    it shows (0.75 shown as 75% is "75%"); other formats, dates included, are not
**    applied: a date is its serial number;
**  - booleans as TRUE/FALSE; error values (#DIV/0!) and formulas without a computed
**    value are blank, each with a finding naming the cell ("Dữ liệu!C7").
** The workbook's problems (not a ZIP archive, a missing part, XML that is not well
** formed, a cell reference out of range) are findings too, never a crash.
*/
#ifndef TC_XLSX_READ_H
#define TC_XLSX_READ_H

#include <stdbool.h>
#include <stddef.h>

#include "dataset.h"
#include "diag.h"

typedef struct XlsxSheet {
  char *csv;              /* the sheet as CSV text (malloc'd, NUL-terminated) */
  size_t len;
  char *name;             /* the sheet read (malloc'd) */
} XlsxSheet;

typedef struct XlsxReadOptions {
  const char *sheet;      /* the sheet to read; NULL: "Dữ liệu" or "Data" (the sheet of
                             `tieuchi template`), else the first worksheet */
  bool decimal_comma;     /* write numbers with a decimal comma (--decimal-comma) */
} XlsxReadOptions;

/* Whether path names a workbook: it ends in ".xlsx" (any case). */
bool xlsx_read_is_workbook(const char *path);
/* Read a sheet of the workbook at path (named path in findings). 0, or -1 when no
** sheet could be read (the findings in dl say why). out is always safe to free. */
int xlsx_read_sheet(const char *path, const XlsxReadOptions *opt, XlsxSheet *out, DiagList *dl);
/* The same from a workbook in memory. */
int xlsx_read_sheet_mem(const char *path, const void *data, size_t len, const XlsxReadOptions *opt,
                        XlsxSheet *out, DiagList *dl);
void xlsx_sheet_free(XlsxSheet *s);
/* The table in a file's bytes: a workbook's sheet when path names one, else CSV. bytes
** (malloc'd, with room for len + 1) is the table's from now on: CSV is parsed in place.
** 0, or -1: a workbook's problems are findings in dl, CSV's in t->problems (csv.h). t is
** always safe to free. */
int xlsx_read_table(const char *path, char *bytes, size_t len, bool decimal_comma, CsvTable *t,
                    DiagList *dl);

/* dataset_load for a workbook: its sheet through dataset_parse. Returns as dataset_load. */
int xlsx_read_dataset(const char *path, const Model *m, const DataOptions *opt, Dataset *ds,
                      DiagList *dl);

#endif
