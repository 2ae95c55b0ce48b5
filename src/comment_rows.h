/*
** comment_rows.h — comment rows in datasets (docs/language.md, section 4).
**
** A record whose first cell starts with '#' is a comment: the description rows of a
** `tieuchi template` form (labels, types, targets), or a person's note. It is not a
** unit, whatever its other cells hold, and the problems of its cells (too few or too
** many, bad bytes) are not the dataset's problems. Only records after the header can
** be comments: the header is always the first line.
*/
#ifndef TC_COMMENT_ROWS_H
#define TC_COMMENT_ROWS_H

#include <stdbool.h>
#include "csv.h"

/* Whether data record r of t is a comment row. */
bool comment_row(const CsvTable *t, size_t r);
/* Remove the comment rows from t, and the non-fatal problems found in them. Records
** keep their physical line numbers (record_line), so findings still name the file's
** rows. Returns how many rows were removed. */
size_t comment_rows_drop(CsvTable *t);

#endif
