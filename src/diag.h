/*
** diag.h — findings: script errors and warnings, data problems.
**
** Every finding says where (file:line:col; for data, the row is the line and the
** column number the col, plus the column header and the unit id), what is wrong, and
** what to do about it (the hint). Printed one per line in the form editors jump to:
**   criteria/x.lua:12:5: error: unknown name 'ty_lee' in indicator 3.4
**     hint: names known here: a, b, max, ty_le
*/
#ifndef TC_DIAG_H
#define TC_DIAG_H

#include <stdio.h>
#include "arena.h"

typedef enum Severity { SEV_ERROR, SEV_WARNING, SEV_NOTE } Severity;

typedef struct Diag {
  Severity sev;
  const char *file;
  int line, col;          /* 0 when unknown */
  const char *column;     /* data: the column header, or NULL */
  const char *unit;       /* data: the unit id, or NULL */
  const char *indicator;  /* the indicator concerned, or NULL */
  char *msg;
  char *hint;             /* what to do, or NULL */
  char *excerpt;          /* the offending line of the script, or NULL (then no caret) */
} Diag;

typedef struct DiagList {
  Diag *v;
  size_t n, cap;
  size_t nerrors, nwarnings;
  Arena arena;            /* owns every string of every finding */
} DiagList;

Diag *diag_add(DiagList *dl, Severity sev, const char *file, int line, int col,
               const char *fmt, ...) __attribute__((format(printf, 6, 7)));
void diag_hint(DiagList *dl, Diag *d, const char *fmt, ...)
  __attribute__((format(printf, 3, 4)));
/* Attach the line d points at, from src (the text of d->file), printed under the
** finding with a caret at its column (the first non-blank character when unknown). */
void diag_excerpt(DiagList *dl, Diag *d, const char *src);
void diag_print(const DiagList *dl, FILE *out);
/* One finding, as diag_print prints it (its line, then its hint). */
void diag_print_one(const Diag *d, FILE *out);
/* Only the findings about one unit, and those about no unit in particular. */
void diag_print_unit(const DiagList *dl, FILE *out, const char *unit);
void diag_free(DiagList *dl);

#endif
