/*
** comment_rows.c — removing comment rows from a parsed CSV table (see comment_rows.h).
**
** The rows are removed from the table itself, right after parsing, so that everything
** that reads the table afterwards (units, columns, cells, traces) never sees them and
** dataset.c needs one call only.
*/
#include "comment_rows.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

bool comment_row(const CsvTable *t, size_t r) {
  if (t->ncols == 0 || r >= t->nrecords) return false;
  const CsvCell *first = csv_cell(t, r, 0);
  return first->len > 0 && first->s[0] == '#';
}

/* Problems that a comment row may hide: those about its shape and its cells. An
** unterminated quote swallows the rest of the file and is never hidden. */
static bool hideable(CsvProblemKind k) {
  return k == CSV_RAGGED || k == CSV_BAD_UTF8 || k == CSV_NUL_BYTE || k == CSV_STRAY_QUOTE;
}

/* Whether a problem on physical `line` lies in a comment row. Record r spans the lines
** from record_line[r] to the next record's start; record_line ascends, so the record
** is found by bisection (a hostile file may have a problem on every row). */
static bool in_comment(const CsvTable *t, const bool *comment, size_t line) {
  size_t lo = 0, hi = t->nrecords;            /* the last record starting at or before line */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (t->record_line[mid] <= line) lo = mid + 1; else hi = mid;
  }
  return lo > 0 && comment[lo - 1];
}

/* Keep the problems that are not in comment rows, in order; the record a kept problem
** names is renumbered as the records below are (newidx: the record's index once the
** comment rows are gone). */
static void drop_problems(CsvTable *t, const bool *comment, const size_t *newidx) {
  size_t kept = 0;
  for (size_t i = 0; i < t->nproblems; i++) {
    CsvProblem p = t->problems[i];
    bool known = p.record != CSV_NO_RECORD && p.record < t->nrecords;
    bool hidden = known ? comment[p.record] : in_comment(t, comment, p.line);
    if (hideable(p.kind) && hidden) continue;
    if (known) p.record = comment[p.record] ? CSV_NO_RECORD : newidx[p.record];
    t->problems[kept++] = p;
  }
  t->nproblems = kept;
}

/* Move the records that are not comments down over the comment ones, cells included:
** records are back to back (record_start), so a kept record's end must be the next kept
** record's start. Every index is read before it can be overwritten (kept <= r). */
static size_t drop_records(CsvTable *t, const bool *comment) {
  size_t kept = 0, at = 0;
  for (size_t r = 0; r < t->nrecords; r++) {
    size_t from = t->record_start[r], n = t->record_start[r + 1] - from;
    if (comment[r]) continue;
    memmove(t->cells + at, t->cells + from, n * sizeof *t->cells);
    t->record_start[kept] = at;
    t->record_line[kept] = t->record_line[r];
    at += n;
    kept++;
  }
  t->record_start[kept] = at;
  size_t dropped = t->nrecords - kept;
  t->nrecords = kept;
  return dropped;
}

/* Whether a '#' is among the file's bytes at all (csv.h: the blank cell lies at the end of
** the input). Without one there is no comment row, and a memchr over the buffer spares a walk
** over every record's first cell: on a province's list of millions of rows, a pass over
** hundreds of MB of cells in as many cache misses. */
static bool hash_sign_in_file(const CsvTable *t) {
  if (t->buf == NULL || t->blank.s == NULL) return true;
  return memchr(t->buf, '#', (size_t)(t->blank.s - t->buf)) != NULL;
}

size_t comment_rows_drop(CsvTable *t) {
  size_t n = 0;
  if (t->nrecords == 0 || !hash_sign_in_file(t)) return 0;
  for (size_t r = 0; r < t->nrecords; r++) n += comment_row(t, r);
  if (n == 0) return 0;
  /* a VLA would be unbounded on the stack: one flag per record, on the heap */
  bool *comment = calloc(t->nrecords, sizeof *comment);
  size_t *newidx = calloc(t->nrecords, sizeof *newidx);
  if (comment == NULL || newidx == NULL) { free(comment); free(newidx); return 0; }
  for (size_t r = 0, k = 0; r < t->nrecords; r++) {
    comment[r] = comment_row(t, r);
    newidx[r] = k;
    k += !comment[r];
  }
  drop_problems(t, comment, newidx);
  size_t dropped = drop_records(t, comment);
  free(comment);
  free(newidx);
  return dropped;
}
