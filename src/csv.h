/*
** csv.h — RFC 4180 reader for dataset files.
**
** The whole file is read into one buffer; every cell is a (pointer, length) slice
** into that buffer, so reading does no per-cell allocation. Quoted cells are unescaped
** in place ("" becomes "), which only ever shortens them. Cells are NUL-terminated
** in place too, so a cell can be handed to strtod and friends.
**
** Accepted: UTF-8 with or without a BOM (the BOM is skipped), LF, CRLF or CR (or a mix),
** quoted cells spanning lines, a last line with or without a final newline, and ';'
** instead of ',' between cells when the header line has semicolons and no comma (a
** spreadsheet saved with Vietnamese regional settings; reported).
** Problems are not fatal where the rest of the file can still be read: each is recorded
** as a CsvProblem (line, column, record, what) and reading goes on. A quote that opens a
** cell and never closes, or closes on a later line with text right after it, is read as
** text up to the end of that cell, so that it does not swallow the rows after it. Only an empty file, a UTF-16 file, running out of memory
** or an unreadable file stop the reader.
**
** Memory is bounded by the file: records are stored with the cells they have (at most
** ncols), not padded, so a header of 100k columns over short rows costs nothing extra.
*/
#ifndef TC_CSV_H
#define TC_CSV_H

#include <stddef.h>

typedef struct CsvCell {
  const char *s;      /* NUL-terminated, unescaped text of the cell */
  size_t len;         /* its length in bytes */
} CsvCell;

typedef enum CsvProblemKind {
  CSV_RAGGED,         /* a record with fewer cells than the header, or more and not blank */
  CSV_TRAILING,       /* a record with more cells than the header, the extra ones blank */
  CSV_BAD_UTF8,       /* a cell that is not valid UTF-8 */
  CSV_NUL_BYTE,       /* a NUL byte inside a cell */
  CSV_STRAY_QUOTE,    /* a quote inside an unquoted cell, or text after a closing quote */
  CSV_UNTERMINATED,   /* a quote opening a cell that never closes, or only on a later line
                         with text after it: read as text to the end of the cell */
  CSV_SEMICOLON,      /* the cells are separated by ';' (the whole file) */
  CSV_UTF16,          /* the file is UTF-16, not UTF-8: fatal */
  CSV_EMPTY_FILE      /* no header line at all (or out of memory): fatal */
} CsvProblemKind;

/* CsvProblem.record of a problem in the header, or about the whole file */
#define CSV_NO_RECORD ((size_t)-1)

typedef struct CsvProblem {
  CsvProblemKind kind;
  size_t line;        /* 1-based physical line where the record (or cell) starts */
  size_t column;      /* 1-based column number, 0 when it concerns the whole record */
  size_t record;      /* 0-based data record, or CSV_NO_RECORD */
  char what[200];     /* one sentence for a person, in English, no trailing newline */
} CsvProblem;

typedef struct CsvTable {
  char *buf;              /* owns the file contents; cells point into it */
  size_t ncols;           /* number of header cells */
  size_t nrecords;        /* data records (header not counted); blank lines skipped */
  CsvCell *header;        /* ncols cells */
  CsvCell *cells;         /* the cells of every record, back to back: record r is
                             cells[record_start[r] .. record_start[r + 1]), at most ncols
                             (the extra cells of a long record are dropped, a short one
                             reads as blank past its end; both recorded) */
  size_t *record_start;   /* nrecords + 1 */
  size_t *record_line;    /* nrecords: 1-based physical line where each record starts */
  CsvCell blank;          /* the empty cell csv_cell gives past the end of a record: its
                             text is the NUL at the end of the input (buf + its length) */
  char sep;               /* ',' or ';' */
  CsvProblem *problems;   /* nproblems, in file order */
  size_t nproblems;
} CsvTable;

/* Parse `len` bytes at `data` (copied; the caller keeps `data`).
** Returns 0 on success (problems may still have been recorded), -1 on a fatal
** problem, which is then the last entry of t->problems. t is always safe to free. */
int csv_parse(const char *data, size_t len, CsvTable *t);
/* The same, parsing buf in place: buf is malloc'd with room for len + 1 bytes, and t owns
** it from now on (csv_free frees it) — a large list file is not held twice. */
int csv_parse_owned(char *buf, size_t len, CsvTable *t);

/* Read and parse a file. Returns as csv_parse; an unreadable file is -1 with
** errno set and no problem recorded. */
int csv_read_file(const char *path, CsvTable *t);

/* The cell at data record r (0-based), column c (0-based): blank past the record's end. */
static inline const CsvCell *csv_cell(const CsvTable *t, size_t r, size_t c) {
  size_t at = t->record_start[r] + c;
  return at < t->record_start[r + 1] ? &t->cells[at] : &t->blank;
}

/* How many cells record r has (at most ncols). */
static inline size_t csv_record_len(const CsvTable *t, size_t r) {
  return t->record_start[r + 1] - t->record_start[r];
}

void csv_free(CsvTable *t);

#endif
