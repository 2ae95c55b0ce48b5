/*
** csv.h — RFC 4180 reader for dataset files.
**
** The whole file is read into one buffer; every cell is a (pointer, length) slice
** into that buffer, so reading does no per-cell allocation. Quoted cells are unescaped
** in place ("" becomes "), which only ever shortens them. Cells are NUL-terminated
** in place too, so a cell can be handed to strtod and friends.
**
** Accepted: UTF-8 with or without a BOM (the BOM is skipped), LF or CRLF (or a mix),
** quoted cells spanning lines, a last line with or without a final newline.
** Problems are not fatal where the rest of the file can still be read: each is recorded
** as a CsvProblem (line, column, what) and reading goes on; only an unterminated quote
** (which swallows the rest of the file), a NUL byte or invalid UTF-8 in the header, or
** an unreadable file stop the reader.
*/
#ifndef TC_CSV_H
#define TC_CSV_H

#include <stddef.h>

typedef struct CsvCell {
  const char *s;      /* NUL-terminated, unescaped text of the cell */
  size_t len;         /* its length in bytes */
} CsvCell;

typedef enum CsvProblemKind {
  CSV_RAGGED,         /* a record with fewer or more cells than the header */
  CSV_BAD_UTF8,       /* a cell that is not valid UTF-8 */
  CSV_NUL_BYTE,       /* a NUL byte inside a cell */
  CSV_STRAY_QUOTE,    /* a quote inside an unquoted cell, or text after a closing quote */
  CSV_UNTERMINATED,   /* a quoted cell never closed: fatal */
  CSV_EMPTY_FILE      /* no header line at all: fatal */
} CsvProblemKind;

typedef struct CsvProblem {
  CsvProblemKind kind;
  size_t line;        /* 1-based physical line where the record (or cell) starts */
  size_t column;      /* 1-based column number, 0 when it concerns the whole record */
  char what[160];     /* one sentence for a person, in English, no trailing newline */
} CsvProblem;

typedef struct CsvTable {
  char *buf;              /* owns the file contents; cells point into it */
  size_t ncols;           /* number of header cells */
  size_t nrecords;        /* data records (header not counted); blank lines skipped */
  CsvCell *header;        /* ncols cells */
  CsvCell *cells;         /* nrecords * ncols cells, row-major; a short record is padded
                             with empty cells, the extra cells of a long one dropped
                             (both recorded as CSV_RAGGED) */
  size_t *record_line;    /* nrecords: 1-based physical line where each record starts */
  CsvProblem *problems;   /* nproblems, in file order */
  size_t nproblems;
} CsvTable;

/* Parse `len` bytes at `data` (copied; the caller keeps `data`).
** Returns 0 on success (problems may still have been recorded), -1 on a fatal
** problem, which is then the last entry of t->problems. t is always safe to free. */
int csv_parse(const char *data, size_t len, CsvTable *t);

/* Read and parse a file. Returns as csv_parse; an unreadable file is -1 with
** errno set and no problem recorded. */
int csv_read_file(const char *path, CsvTable *t);

/* The cell at data record r (0-based), column c (0-based). */
static inline const CsvCell *csv_cell(const CsvTable *t, size_t r, size_t c) {
  return &t->cells[r * t->ncols + c];
}

void csv_free(CsvTable *t);

#endif
