/*
** cell.h — reading one dataset cell as a typed input value. Pure C, no allocation.
**
** The rules (docs/language.md, "Input types"):
**  - blank (only spaces) is missing, except for yesno { blank = "no" };
**  - numbers use a decimal point and no thousands separator; with decimal_comma,
**    a decimal comma and '.' as thousands separator in groups of three;
**  - count: whole number ≥ 0; amount: number ≥ 0; percent: percent points, with or
**    without '%' ("75" and "75%" are 75 %, stored as 0.75); over 100 % is suspect;
**  - yesno: có/không, yes/no, x, 1/0, đã/chưa, đạt/không đạt, true/false (any case);
**  - choice: an option's code or its text (any case); the value is the option index.
*/
#ifndef TC_CELL_H
#define TC_CELL_H

#include <stdbool.h>
#include <stddef.h>
#include "model.h"

typedef enum CellStatus {
  CELL_OK,
  CELL_BLANK,        /* missing data */
  CELL_INVALID,      /* not a value of the input's type: treated as missing, reported */
  CELL_SUSPECT       /* read, but unusual (a percent over 100): reported as a warning */
} CellStatus;

/* Narrow s[0..*len) to its text without the spaces around it: ASCII spaces, tabs and
** line ends, and no-break spaces (U+00A0, common in spreadsheet exports). */
void cell_trim(const char **s, size_t *len);

/* s is NUL-terminated, len bytes. On CELL_INVALID or CELL_SUSPECT, why says (in
** English) what was expected, for the finding. */
CellStatus cell_parse(const Input *in, const char *s, size_t len, bool decimal_comma,
                      double *out, char *why, size_t whylen);

#endif
