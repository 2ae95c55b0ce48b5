/*
** csv.c
** RFC 4180 reader for dataset files (interface and accepted input in csv.h).
**
** The file is parsed in one pass over a private copy of it. Each cell is unescaped
** and NUL-terminated where it lies: a quoted cell only ever shrinks, so the write
** position never overtakes the read position, and the byte that ends a cell has
** already been consumed when its NUL is written over it. The copy is one byte longer
** than the input so that a last cell with no line end still has room for its NUL.
**
** Problems are appended to t->problems as they are found, so they come in file order
** (a ragged record's one is moved before those of its cells, see ragged). A "column"
** in a problem is the 1-based position of the cell in its record, not a byte offset.
**
** A quoted cell's closing quote is looked for before the cell is unescaped, so that a
** stray opening quote (stray_opening) leaves the text intact to be read again as an
** unquoted cell. After a failed search every later quote of the input belongs to a ""
** pair (that is why the search failed), so every later quoted cell closes within its
** run of quotes: the search fails at most once. A search that succeeds stops at the
** next lone quote, so no stretch of the input is searched more than twice: reading
** stays linear, however the quotes are strewn.
*/

#include "csv.h"

#include "i18n.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hugepages.h"
#include "text.h"

/* room for problems allocated at the start; it doubles when needed */
#define PROBLEMS0 8

/* A UTF-8 byte order mark, skipped at the start of the input */
#define BOM "\xEF\xBB\xBF"

/* room for a cell's text quoted in a problem's sentence */
#define EXCERPT 48

typedef struct Parser {
  CsvTable *t;
  char *p;          /* read position */
  char *end;        /* end of the input; *end is always '\0' */
  size_t line;      /* 1-based physical line of p */
  size_t pcap;      /* slots in t->problems; one is always kept free (see problem) */
  size_t rcap;      /* records t->record_line has room for (t->record_start: one more) */
  size_t ccap;      /* cells t->cells has room for */
  char sep;         /* ',' or ';' between cells */
  CsvCell *row;     /* cells of the record being read, however many it has */
  size_t rown;      /* cells in row */
  size_t rowcap;    /* room in row */
  int inheader;     /* reading the header line (or not yet): problems have no record */
} Parser;


/*
** {======================================================
** Memory and problems
** =======================================================
*/

/*
** Resize the array at p to n elements of `size` bytes; NULL (and p left alone)
** when that fails or the byte count would not fit in a size_t.
*/
static void *grow(void *p, size_t n, size_t size) {
  if (n > SIZE_MAX / size)
    return NULL;
  return realloc(p, n * size);
}


/*
** Record "out of memory" in the slot kept free for it and fail. It is then the last
** problem, as csv.h promises for a fatal one. Without a problem list at all (its
** first allocation failed) only errno tells.
*/
static int no_memory(Parser *ps) {
  CsvTable *t = ps->t;
  errno = ENOMEM;
  if (t->nproblems < ps->pcap) {
    CsvProblem *pb = &t->problems[t->nproblems++];
    pb->kind = CSV_EMPTY_FILE;  /* csv.h has no kind for it; this is the other one
                                   that concerns no place in the file */
    pb->line = 0;
    pb->column = 0;
    pb->record = CSV_NO_RECORD;
    snprintf(pb->what, sizeof pb->what, "%s", _("out of memory"));
  }
  return -1;
}


/*
** Append a problem; `fmt` (translated by the caller) and what follows it make its sentence. The list grows
** before the free slot is used, so that if growing fails the slot is still there
** for no_memory. Returns 0, or -1 when out of memory.
*/
static int problem(Parser *ps, CsvProblemKind kind, size_t line, size_t column,
                   const char *fmt, ...) {
  CsvTable *t = ps->t;
  CsvProblem *pb;
  va_list ap;
  if (t->nproblems + 2 > ps->pcap) {
    CsvProblem *np = grow(t->problems, 2 * ps->pcap, sizeof *np);
    if (np == NULL)
      return no_memory(ps);
    t->problems = np;
    ps->pcap *= 2;
  }
  pb = &t->problems[t->nproblems++];
  pb->kind = kind;
  pb->line = line;
  pb->column = column;
  pb->record = ps->inheader ? CSV_NO_RECORD : t->nrecords;  /* the one being read */
  va_start(ap, fmt);
  vsnprintf(pb->what, sizeof pb->what, fmt, ap);
  va_end(ap);
  return 0;
}


/*
** Add `cell` to the record being read.
*/
static int push_cell(Parser *ps, CsvCell cell) {
  if (ps->rown == ps->rowcap) {
    size_t cap = ps->rowcap ? 2 * ps->rowcap : 16;
    CsvCell *row = grow(ps->row, cap, sizeof *row);
    if (row == NULL)
      return no_memory(ps);
    ps->row = row;
    ps->rowcap = cap;
  }
  ps->row[ps->rown++] = cell;
  return 0;
}


/*
** Make room for twice as many records. The two arrays are replaced one at a time,
** so a failure halfway leaves each of them valid for csv_free.
*/
static int grow_records(Parser *ps) {
  CsvTable *t = ps->t;
  size_t cap = ps->rcap ? 2 * ps->rcap : 16;
  size_t *starts, *lines;
  if (cap < ps->rcap || cap == SIZE_MAX)
    return no_memory(ps);
  starts = grow(t->record_start, cap + 1, sizeof *starts);
  if (starts == NULL)
    return no_memory(ps);
  t->record_start = starts;
  hugepages_advise(starts, (cap + 1) * sizeof *starts);
  if (ps->rcap == 0)
    starts[0] = 0;
  lines = grow(t->record_line, cap, sizeof *lines);
  if (lines == NULL)
    return no_memory(ps);
  t->record_line = lines;
  hugepages_advise(lines, cap * sizeof *lines);
  ps->rcap = cap;
  return 0;
}


/*
** Make room for n more cells in t->cells.
*/
static int room_for_cells(Parser *ps, size_t n) {
  CsvTable *t = ps->t;
  size_t used = t->record_start[t->nrecords], cap = ps->ccap ? ps->ccap : 256;
  CsvCell *cells;
  while (cap - used < n) {
    if (cap > SIZE_MAX / 2)
      return no_memory(ps);
    cap *= 2;
  }
  if (cap == ps->ccap)
    return 0;
  cells = grow(t->cells, cap, sizeof *cells);
  if (cells == NULL)
    return no_memory(ps);
  t->cells = cells;
  hugepages_advise(cells, cap * sizeof *cells);
  ps->ccap = cap;
  return 0;
}

/* }====================================================== */


/*
** {======================================================
** Checking the bytes of a cell
** =======================================================
*/

/*
** Length of the UTF-8 sequence at s (n > 0 bytes left), or 0 when it is not valid:
** a continuation byte where a sequence should start, a sequence cut short, an
** overlong form, a surrogate (U+D800..U+DFFF) or a code point above U+10FFFF.
*/
static size_t utf8_len(const unsigned char *s, size_t n) {
  static const unsigned long least[] = { 0, 0, 0x80, 0x800, 0x10000 };
  unsigned long cp;
  size_t k, i;
  if (s[0] < 0x80)
    return 1;
  else if ((s[0] & 0xE0) == 0xC0) { k = 2; cp = s[0] & 0x1F; }
  else if ((s[0] & 0xF0) == 0xE0) { k = 3; cp = s[0] & 0x0F; }
  else if ((s[0] & 0xF8) == 0xF0) { k = 4; cp = s[0] & 0x07; }
  else
    return 0;
  if (k > n)
    return 0;
  for (i = 1; i < k; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return 0;
    cp = (cp << 6) | (s[i] & 0x3F);
  }
  if (cp < least[k] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return k;
}


/*
** Offset of the first byte of s that does not start a valid UTF-8 sequence,
** or n when all n bytes are valid.
*/
static size_t utf8_bad(const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0;
  while (i < n) {
    size_t k = utf8_len(u + i, n - i);
    if (k == 0)
      return i;
    i += k;
  }
  return n;
}


/*
** Record a NUL byte or invalid UTF-8 in a finished cell. Both make the cell
** unusable as text; neither stops the reader, not even in the header (the column
** then matches no input, and the other columns are still read). NUL is valid UTF-8
** (U+0000), so a cell can get both problems.
*/
static int check_cell(Parser *ps, const CsvCell *cell, size_t line, size_t col) {
  const unsigned char *u = (const unsigned char *)cell->s;
  const char *nul;
  size_t bad, i = 0;
  while (i < cell->len && u[i] - 1u < 0x7Fu)       /* ASCII but NUL: most cells, at once */
    i++;
  if (i == cell->len)
    return 0;
  nul = memchr(cell->s + i, '\0', cell->len - i);  /* the i bytes before are neither */
  if (nul != NULL && problem(ps, CSV_NUL_BYTE, line, col, ps->inheader
                             ? _("header cell contains a NUL byte (byte %zu)")
                             : _("cell contains a NUL byte (byte %zu)"),
                             (size_t)(nul - cell->s) + 1) < 0)
    return -1;
  bad = i + utf8_bad(cell->s + i, cell->len - i);
  if (bad < cell->len && problem(ps, CSV_BAD_UTF8, line, col,
                                 ps->inheader ? _("header cell is not valid UTF-8 (byte %zu is 0x%02X)")
                                 : _("cell is not valid UTF-8 (byte %zu is 0x%02X)"), bad + 1,
                                 (unsigned)(unsigned char)cell->s[bad]) < 0)
    return -1;
  return 0;
}

/* }====================================================== */


/*
** {======================================================
** Reading cells and records
** =======================================================
*/

/*
** Length of the line end at p: 1 for LF, 2 for CRLF, 0 when p is not at a line end.
** A CR alone is a line end too: Excel for Mac still saves "CSV (Macintosh)" that way,
** and a CR in the middle of an unquoted cell is never meant as text.
*/
static size_t eol_len(const Parser *ps, const char *p) {
  if (p == ps->end)
    return 0;
  if (*p == '\n')
    return 1;
  if (*p == '\r')
    return (p + 1 < ps->end && p[1] == '\n') ? 2 : 1;
  return 0;
}


/*
** Is p where an unquoted cell (or the text after a closing quote) ends?
*/
static int at_cell_end(const Parser *ps, const char *p) {
  return p == ps->end || *p == ps->sep || eol_len(ps, p) > 0;
}


/*
** Consume what ends a cell. Returns 1 when another cell of the same record
** follows (after a separator), 0 when the record ends (line end or end of input).
*/
static int end_cell(Parser *ps) {
  if (ps->p == ps->end)
    return 0;
  if (*ps->p == ps->sep) {
    ps->p++;
    return 1;
  }
  ps->p += eol_len(ps, ps->p);
  ps->line++;
  return 0;
}


/*
** Copy text down to *w until the cell ends; returns whether it held a quote.
** In a plain unquoted cell *w is ps->p, so each byte lands where it is; after a
** closing quote *w lags behind by the quotes the unescaping removed.
*/
static int copy_unquoted(Parser *ps, char **w) {
  int quote = 0;
  if (*w == ps->p) {  /* in place: only the end to find (at_cell_end, without the calls) */
    char *p = ps->p, sep = ps->sep;
    while (p != ps->end && *p != sep && *p != '\n' && *p != '\r') {
      quote |= *p == '"';
      p++;
    }
    ps->p = *w = p;
    return quote;
  }
  while (!at_cell_end(ps, ps->p)) {
    if (*ps->p == '"')
      quote = 1;
    *(*w)++ = *ps->p++;
  }
  return quote;
}


/*
** The closing quote of a quoted cell whose body starts at p, or NULL when the input
** ends first. Read-only (see the top of the file).
*/
static const char *closing_quote(const Parser *ps, const char *p) {
  while ((p = memchr(p, '"', (size_t)(ps->end - p))) != NULL) {
    if (p + 1 == ps->end || p[1] != '"')
      return p;
    p += 2;  /* "" stands for one quote */
  }
  return NULL;
}


/*
** Unescape the body of a quoted cell to w, with ps->p just past the opening quote
** and `close` its closing quote. Returns the write position after the body, ps->p
** past the closing quote. Line ends inside the cell are text, but still lines.
*/
static char *read_quoted(Parser *ps, char *w, const char *close) {
  while (ps->p < close) {
    char c = *ps->p++;
    if (c == '"')
      ps->p++;  /* "" stands for one quote */
    else if (c == '\n' || (c == '\r' && *ps->p != '\n'))
      ps->line++;  /* *ps->p is at most the closing quote */
    *w++ = c;
  }
  ps->p++;
  return w;
}


/*
** The line ends in [p, stop): 0 when the text is on one line.
*/
static size_t lines_in(const Parser *ps, const char *p, const char *stop) {
  size_t n = 0, k;
  for (; p < stop; p += k ? k : 1)
    n += (k = eol_len(ps, p)) > 0;
  return n;
}


/*
** Record a quote that opens a cell but does not close it where it should: never, or on
** a later line by a quote that text follows. Valid CSV never has either; the later quote
** is most likely the opening quote of a later cell, and the first one a stray. Returns
** 1 when so (the caller reads the quote as text), 0 when the quote is fine, -1 when out
** of memory.
*/
static int stray_opening(Parser *ps, const char *close, size_t line, size_t col) {
  size_t later;
  if (close == NULL)
    return problem(ps, CSV_UNTERMINATED, line, col, _("a quote opens this cell and is never "
                   "closed: the cell is read up to the next separator or line end, quote "
                   "included")) < 0 ? -1 : 1;
  if (at_cell_end(ps, close + 1) || (later = lines_in(ps, ps->p, close)) == 0)
    return 0;
  return problem(ps, CSV_UNTERMINATED, line, col, _("a quote opens this cell, and the quote that "
                 "would close it (line %zu) is followed by text: the cell is read up to the "
                 "next separator or line end, quote included"), line + later) < 0 ? -1 : 1;
}


/*
** Read a quoted cell whose closing quote is `close`, from its opening quote at ps->p,
** to *w; text after the closing quote is kept, and reported. Returns 0, or -1 when out
** of memory.
*/
static int read_quoted_cell(Parser *ps, char **w, const char *close, size_t line, size_t col) {
  ps->p++;
  *w = read_quoted(ps, *w, close);
  if (at_cell_end(ps, ps->p))
    return 0;
  copy_unquoted(ps, w);
  return problem(ps, CSV_STRAY_QUOTE, line, col, _("text follows the closing quote of a quoted cell"));
}


/*
** Read one cell into *cell and check it. A stray quote is kept as text: the cell
** reads as its author most likely meant, and the problem tells them to fix it. So is
** an opening quote that does not close where it should (stray_opening): the cell then
** ends at the next separator or line end, like an unquoted one, and the rest of the file
** is read as it would be without that quote.
** Returns 1 when the record has another cell, 0 when it ends, -1 on a fatal problem.
*/
static int read_cell(Parser *ps, CsvCell *cell) {
  size_t line = ps->line, col = ps->rown + 1;
  char *w = ps->p;
  int more, stray;
  cell->s = w;
  if (ps->p < ps->end && *ps->p == '"') {
    const char *close = closing_quote(ps, ps->p + 1);
    if ((stray = stray_opening(ps, close, line, col)) < 0)
      return -1;
    if (stray)
      copy_unquoted(ps, &w);
    else if (read_quoted_cell(ps, &w, close, line, col) < 0)
      return -1;
  }
  else if (copy_unquoted(ps, &w) &&
           problem(ps, CSV_STRAY_QUOTE, line, col,
                   "%s", _("quote inside an unquoted cell (quote the cell and double the quote)")) < 0)
    return -1;
  more = end_cell(ps);  /* before the NUL goes over what ended the cell */
  *w = '\0';
  cell->len = (size_t)(w - cell->s);
  if (check_cell(ps, cell, line, col) < 0)
    return -1;
  return more;
}


/*
** Read the cells of one record into ps->row. Returns 0, or -1 on a fatal problem.
*/
static int read_record(Parser *ps) {
  int more;
  ps->rown = 0;
  do {
    CsvCell cell;
    more = read_cell(ps, &cell);
    if (more < 0 || push_cell(ps, cell) < 0)
      return -1;
  } while (more);
  return 0;
}


/*
** Skip blank lines: empty, or holding only a CR. Returns 1 when a record follows,
** 0 at the end of the input. A line of commas is not blank: it is empty cells.
*/
static int skip_blank(Parser *ps) {
  size_t n;
  while (ps->p < ps->end && (n = eol_len(ps, ps->p)) > 0) {
    ps->p += n;
    ps->line++;
  }
  return ps->p < ps->end;
}


/*
** The first of the cells after the header's last column that is not blank (spaces
** only), or NULL: a long record's extra cells are dropped, and saying what they hold
** tells a trailing separator from a value pushed out of its column.
*/
static const CsvCell *first_extra(const Parser *ps) {
  for (size_t c = ps->t->ncols; c < ps->rown; c++)
    for (size_t i = 0; i < ps->row[c].len; i++)
      if (ps->row[c].s[i] != ' ' && ps->row[c].s[i] != '\t')
        return &ps->row[c];
  return NULL;
}


/*
** Record a ragged record's problem (a short one, a long one with something in its
** extra cells, or a long one whose extra cells are blank).
*/
static int ragged_problem(Parser *ps, size_t line) {
  size_t n = ps->rown, nc = ps->t->ncols;
  const CsvCell *extra;
  char ex[EXCERPT];
  if (n + 1 == nc)
    return problem(ps, CSV_RAGGED, line, 0, P_("the row has %zu cell, the header has %zu: "
                   "the last column is read as blank", "the row has %zu cells, the header has "
                   "%zu: the last column is read as blank", n), n, nc);
  if (n < nc)
    return problem(ps, CSV_RAGGED, line, 0, P_("the row has %zu cell, the header has %zu: "
                   "the last %zu columns are read as blank", "the row has %zu cells, the header "
                   "has %zu: the last %zu columns are read as blank", n), n, nc, nc - n);
  extra = first_extra(ps);
  if (extra == NULL)
    return problem(ps, CSV_TRAILING, line, 0, n - nc == 1
                   ? _("the row has %zu cells, the header has %zu: the extra cell is blank and ignored")
                   : _("the row has %zu cells, the header has %zu: the extra cells are blank and ignored"),
                   n, nc);
  text_excerpt(ex, sizeof ex, extra->s, extra->len);
  if (n - nc == 1)
    return problem(ps, CSV_RAGGED, line, 0, _("the row has %zu cells, the header has %zu: "
                   "cell %zu is ignored (\"%s\")"), n, nc, n, ex);
  return problem(ps, CSV_RAGGED, line, 0, _("the row has %zu cells, the header has %zu: cells "
                 "%zu to %zu are ignored (the first not blank: \"%s\")"), n, nc, nc + 1, n, ex);
}


/*
** A ragged record's problem concerns the whole record, so it goes before the
** problems found in its cells (from index `first` on): the list stays in file order.
*/
static int ragged(Parser *ps, size_t line, size_t first) {
  CsvTable *t = ps->t;
  CsvProblem pb;
  if (ragged_problem(ps, line) < 0)
    return -1;
  pb = t->problems[t->nproblems - 1];
  memmove(t->problems + first + 1, t->problems + first,
          (t->nproblems - 1 - first) * sizeof pb);
  t->problems[first] = pb;
  return 0;
}


/*
** Store the record in ps->row, which started on `line`, with at most ncols cells
** (csv_cell reads the ones a short record lacks as blank).
*/
static int add_record(Parser *ps, size_t line, size_t first) {
  CsvTable *t = ps->t;
  size_t n = ps->rown < t->ncols ? ps->rown : t->ncols, at;
  if (ps->rown != t->ncols && ragged(ps, line, first) < 0)
    return -1;  /* first: the record being read is t->nrecords (see problem) */
  if ((t->nrecords == ps->rcap && grow_records(ps) < 0) || room_for_cells(ps, n) < 0)
    return -1;
  at = t->record_start[t->nrecords];
  memcpy(t->cells + at, ps->row, n * sizeof *t->cells);
  t->record_line[t->nrecords] = line;
  t->record_start[++t->nrecords] = at + n;
  return 0;
}


/*
** ';' between cells when the header line has semicolons and no comma: a spreadsheet
** saved with Vietnamese (or other European) regional settings, where the comma is the
** decimal separator. Column names never hold either, so this cannot misread a file
** that uses commas. Reported once, since the file then differs from the others.
*/
static int choose_separator(Parser *ps) {
  size_t n = 0;
  while (ps->p + n < ps->end && eol_len(ps, ps->p + n) == 0)
    n++;
  if (memchr(ps->p, ',', n) != NULL || memchr(ps->p, ';', n) == NULL)
    return 0;
  ps->sep = ps->t->sep = ';';
  return problem(ps, CSV_SEMICOLON, ps->line, 0, _("the cells are separated by ';', not ','; "
                 "the file is read so"));
}


/*
** Parse the `len` bytes in t->buf, which has room for one more. The header's row
** array becomes t->header as it is; records are read into a fresh one.
*/
static int parse_rows(Parser *ps, size_t len) {
  CsvTable *t = ps->t;
  t->buf[len] = '\0';
  ps->p = t->buf;
  ps->end = t->buf + len;
  ps->line = 1;
  t->blank.s = ps->end;
  if (len >= 3 && memcmp(ps->p, BOM, 3) == 0)
    ps->p += 3;
  if (ps->end - ps->p >= 2 &&
      (memcmp(ps->p, "\xFF\xFE", 2) == 0 || memcmp(ps->p, "\xFE\xFF", 2) == 0)) {
    problem(ps, CSV_UTF16, 1, 0, _("the file is UTF-16 (it starts with the bytes %02X %02X), "
            "not UTF-8"), (unsigned)(unsigned char)ps->p[0], (unsigned)(unsigned char)ps->p[1]);
    return -1;
  }
  if (!skip_blank(ps)) {
    problem(ps, CSV_EMPTY_FILE, 1, 0, "%s", _("file is empty: it has no header line"));
    return -1;
  }
  if (choose_separator(ps) < 0)
    return -1;
  if (read_record(ps) < 0)
    return -1;
  ps->inheader = 0;
  t->header = ps->row;
  t->ncols = ps->rown;
  ps->row = NULL;
  ps->rowcap = 0;
  while (skip_blank(ps)) {
    size_t line = ps->line, first = t->nproblems;
    if (read_record(ps) < 0 || add_record(ps, line, first) < 0)
      return -1;
  }
  return 0;
}


/*
** Parse, then drop the row array of the last record read, which is the parser's.
*/
static int parse(Parser *ps, size_t len) {
  int status = parse_rows(ps, len);
  free(ps->row);
  ps->row = NULL;
  return status;
}


/*
** Start with an empty table and a list for the problems, so that running out
** of memory later can still be recorded.
*/
static int begin(Parser *ps, CsvTable *t) {
  memset(t, 0, sizeof *t);
  memset(ps, 0, sizeof *ps);
  ps->t = t;
  ps->inheader = 1;
  ps->sep = t->sep = ',';
  t->problems = malloc(PROBLEMS0 * sizeof *t->problems);
  if (t->problems == NULL) {
    errno = ENOMEM;
    return -1;
  }
  ps->pcap = PROBLEMS0;
  return 0;
}


/*
** Read all of f into t->buf, keeping one byte spare for parse. Returns 0 and the
** length in *len, or -1 with errno set.
*/
static int read_all(Parser *ps, FILE *f, size_t *len) {
  CsvTable *t = ps->t;
  size_t cap = 0, n = 0, got;
  errno = 0;
  do {
    if (cap - n < 2) {
      size_t ncap = cap ? 2 * cap : 65536;
      char *b = (ncap < cap) ? NULL : realloc(t->buf, ncap);
      if (b == NULL)
        return no_memory(ps);
      t->buf = b;
      hugepages_advise(b, ncap);
      cap = ncap;
    }
    got = fread(t->buf + n, 1, cap - n - 1, f);
    n += got;
  } while (got > 0);
  if (ferror(f)) {
    if (errno == 0)
      errno = EIO;
    return -1;
  }
  *len = n;
  return 0;
}

/* }====================================================== */


int csv_parse(const char *data, size_t len, CsvTable *t) {
  Parser ps;
  if (begin(&ps, t) < 0)
    return -1;
  t->buf = (len < SIZE_MAX) ? malloc(len + 1) : NULL;
  if (t->buf == NULL)
    return no_memory(&ps);
  hugepages_advise(t->buf, len + 1);
  if (len > 0)
    memcpy(t->buf, data, len);
  return parse(&ps, len);
}

int csv_parse_owned(char *buf, size_t len, CsvTable *t) {
  Parser ps;
  if (begin(&ps, t) < 0) {
    free(buf);
    return -1;
  }
  t->buf = buf;
  return parse(&ps, len);
}


/*
** An unreadable file leaves t empty (nothing to free) and errno as the failing
** call set it; running out of memory is recorded like in csv_parse.
*/
int csv_read_file(const char *path, CsvTable *t) {
  Parser ps;
  FILE *f;
  size_t len = 0;
  int status, err;
  memset(t, 0, sizeof *t);
  f = fopen(path, "rb");
  if (f == NULL)
    return -1;
  status = begin(&ps, t);
  if (status == 0)
    status = read_all(&ps, f, &len);
  err = errno;
  fclose(f);
  if (status < 0) {
    if (t->nproblems == 0)  /* a read error, not a recorded one */
      csv_free(t);
    errno = err;
    return -1;
  }
  return parse(&ps, len);
}


void csv_free(CsvTable *t) {
  free(t->buf);
  free(t->header);
  free(t->cells);
  free(t->record_start);
  free(t->record_line);
  free(t->problems);
  memset(t, 0, sizeof *t);
}
