/*
** xlsx_read.c — an XLSX worksheet as CSV text (see xlsx_read.h).
**
** A workbook is a ZIP archive (libzip) of XML parts (expat, streamed): _rels/.rels
** names the workbook part; the workbook lists its sheets and, through its
** relationships, their parts, the shared strings and the styles. The reader finds the
** sheet, reads the percent formats of the styles and the shared strings, collects the
** sheet's cells (row, column, text), then writes them as CSV, one line per row.
**
** Hostile files: a DOCTYPE is refused (OOXML has none; it is how entity bombs start),
** each part's uncompressed XML and the CSV produced are capped, cell references are
** checked against Excel's limits, and every problem is a finding.
*/
#include "xlsx_read.h"

#include <ctype.h>
#include <errno.h>
#include <expat.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "i18n.h"
#include "readfile.h"
#include "text.h"

#define CHUNK 65536
#define PART_MAX ((zip_uint64_t)512 << 20)   /* uncompressed XML read from one part */
#define CSV_MAX ((size_t)512 << 20)          /* the CSV text of one sheet */
#define MAX_ROW 1048576u                     /* Excel's sheet: rows and columns */
#define MAX_COL 16384u
#define NS '|'                               /* expat: "namespace|local" names */

/* ------------------------------------------------------------------ growable text */

typedef struct Buf { char *s; size_t n, cap; bool oom; } Buf;

static void buf_add(Buf *b, const char *s, size_t n) {
  if (b->oom) return;
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->n + n + 1) cap *= 2;
    char *p = realloc(b->s, cap);
    if (p == NULL) { b->oom = true; return; }
    b->s = p;
    b->cap = cap;
  }
  memcpy(b->s + b->n, s, n);
  b->n += n;
  b->s[b->n] = '\0';
}

static void buf_str(Buf *b, const char *s) { buf_add(b, s, strlen(s)); }

/* ------------------------------------------------------------------ the reader */

typedef struct Rel { char *id, *type, *target; } Rel;        /* a relationship */
typedef struct SheetRef { char *name, *rid; } SheetRef;      /* <sheet name r:id> */
typedef struct Cell { uint32_t row, col; size_t off, len; } Cell;   /* text in Reader.text */

typedef struct Reader {
  const char *path;           /* the workbook, as findings name it */
  const XlsxReadOptions *opt;
  DiagList *dl;
  zip_t *za;
  XML_Parser p;               /* the part being parsed, and its name */
  const char *part;
  bool stopped;               /* a handler stopped the parse (and reported why) */
  bool oom;
  /* the package */
  char *workbook;             /* the workbook part's name */
  Rel *rels;                  /* the workbook's relationships */
  int nrels;
  SheetRef *sheets;
  int nsheets;
  const char *sheet;          /* the sheet read, and its part */
  char *sheet_part;
  /* styles: the number format of each cell format, and the custom percent formats */
  long *xf_fmt;
  int nxf;
  long *pct_fmt;
  int npct;
  bool in_xfs;
  /* shared strings: their text, and where each starts and ends */
  Buf sst;
  size_t *sst_off;
  int nsst, capsst;
  int rph;                    /* depth inside phonetic runs (not part of the text) */
  bool collect;               /* character data goes into `val` */
  Buf val;
  /* the sheet */
  uint32_t row, next_col;     /* the current row, and the column of a cell without r */
  uint32_t cell_row, cell_col;
  char cell_type[12];
  long cell_style;
  bool in_cell, in_is, has_v;
  Buf text;                   /* the cells' text */
  Cell *cells;
  size_t ncells, capcells;
} Reader;

/* ------------------------------------------------------------------ findings */

static void oom(Reader *rd) {
  if (!rd->oom) diag_add(rd->dl, SEV_ERROR, rd->path, 0, 0, "out of memory reading the workbook");
  rd->oom = true;
}

/* A problem of the workbook as a whole; the hint says what to do. Both are translated
   here: hints are marked N_() where they are written, fmt is a keyword of xgettext. */
static void workbook_finding(Reader *rd, const char *hint, const char *fmt, ...)
  __attribute__((format(printf, 3, 4)));
static void workbook_finding(Reader *rd, const char *hint, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, _(fmt), ap);
  va_end(ap);
  Diag *d = diag_add(rd->dl, SEV_ERROR, rd->path, 0, 0, "%s", msg);
  if (hint) diag_hint(rd->dl, d, "%s", _(hint));
}

/* "AB" for column 28. */
static void column_letters(uint32_t col, char *out) {
  char tmp[8];
  int n = 0;
  for (; col > 0 && n < 7; col = (col - 1) / 26) tmp[n++] = (char)('A' + (col - 1) % 26);
  for (int i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
  out[n] = '\0';
}

/* A problem of one cell: "Dữ liệu!C7: …", at the sheet's row and column. */
static void cell_finding(Reader *rd, Severity sev, uint32_t row, uint32_t col, const char *hint,
                         const char *fmt, ...) __attribute__((format(printf, 6, 7)));
static void cell_finding(Reader *rd, Severity sev, uint32_t row, uint32_t col, const char *hint,
                         const char *fmt, ...) {
  char msg[512], letters[8];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, _(fmt), ap);
  va_end(ap);
  column_letters(col, letters);
  Diag *d = diag_add(rd->dl, sev, rd->path, (int)row, (int)col, "%s!%s%u: %s", rd->sheet, letters,
                     row, msg);
  if (hint) diag_hint(rd->dl, d, "%s", _(hint));
}

/* ------------------------------------------------------------------ XML */

/* The local part of an expat name ("…/main|c" → "c"). */
static const char *local(const char *name) {
  const char *bar = strrchr(name, NS);
  return bar ? bar + 1 : name;
}

static bool is(const char *name, const char *want) { return strcmp(local(name), want) == 0; }

/* The attribute whose local name is `name`, or NULL. */
static const char *attr(const char **atts, const char *name) {
  for (int i = 0; atts[i]; i += 2)
    if (is(atts[i], name)) return atts[i + 1];
  return NULL;
}

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* OOXML has no DTD; one is how entity expansion attacks begin. */
static void XMLCALL refuse_doctype(void *ud, const XML_Char *name, const XML_Char *sysid,
                                   const XML_Char *pubid, int internal) {
  Reader *rd = ud;
  (void)name; (void)sysid; (void)pubid; (void)internal;
  workbook_finding(rd, N_("the file was not written by a spreadsheet program; save it again as .xlsx"),
                   "%s: the part has a DOCTYPE, which workbooks never have; it is not read", rd->part);
  rd->stopped = true;
  XML_StopParser(rd->p, XML_FALSE);
}

static void XMLCALL collect_text(void *ud, const XML_Char *s, int len) {
  Reader *rd = ud;
  if (rd->collect) buf_add(&rd->val, s, (size_t)len);
}

/* Feed the part's bytes to p, chunk by chunk. 0, or -1 (reported). */
static int feed(Reader *rd, zip_file_t *zf, XML_Parser p) {
  char *buf = malloc(CHUNK);
  zip_uint64_t total = 0;
  int rc = 0;
  if (buf == NULL) { oom(rd); return -1; }
  for (;;) {
    zip_int64_t n = zip_fread(zf, buf, CHUNK);
    if (n < 0) {
      workbook_finding(rd, N_("the archive is damaged: open the file in a spreadsheet program and save it again"),
                       "%s cannot be read from the archive: %s", rd->part, zip_file_strerror(zf));
      rc = -1;
      break;
    }
    total += (zip_uint64_t)n;
    if (total > PART_MAX) {
      workbook_finding(rd, NULL, "%s is larger than %llu MiB of XML: it is not read", rd->part,
                       (unsigned long long)(PART_MAX >> 20));
      rc = -1;
      break;
    }
    if (XML_Parse(p, buf, (int)n, n == 0) == XML_STATUS_ERROR) {
      if (!rd->stopped)
        workbook_finding(rd, N_("the file is damaged: open it in a spreadsheet program and save it again"),
                         "%s is not well-formed XML (line %lu, column %lu: %s)", rd->part,
                         (unsigned long)XML_GetCurrentLineNumber(p),
                         (unsigned long)XML_GetCurrentColumnNumber(p) + 1,
                         XML_ErrorString(XML_GetErrorCode(p)));
      rc = -1;
      break;
    }
    if (n == 0) break;
  }
  free(buf);
  return rc;
}

/* Parse part `name` with the handlers. 1: parsed; 0: there is no such part; -1: a
** problem (reported). */
static int parse_part(Reader *rd, const char *name, XML_StartElementHandler start,
                      XML_EndElementHandler end) {
  zip_int64_t idx = zip_name_locate(rd->za, name, ZIP_FL_NOCASE);
  if (idx < 0) return 0;
  zip_file_t *zf = zip_fopen_index(rd->za, (zip_uint64_t)idx, 0);
  if (zf == NULL) {
    workbook_finding(rd, N_("the archive is damaged: open the file in a spreadsheet program and save it again"),
                     "%s cannot be read from the archive: %s", name, zip_strerror(rd->za));
    return -1;
  }
  XML_Parser p = XML_ParserCreateNS(NULL, NS);
  if (p == NULL) { zip_fclose(zf); oom(rd); return -1; }
  XML_SetUserData(p, rd);
  XML_SetElementHandler(p, start, end);
  XML_SetCharacterDataHandler(p, collect_text);
  XML_SetStartDoctypeDeclHandler(p, refuse_doctype);
  rd->p = p;
  rd->part = name;
  rd->stopped = false;
  int rc = feed(rd, zf, p);
  XML_ParserFree(p);
  zip_fclose(zf);
  if (rc == 0 && (rd->oom || rd->val.oom || rd->text.oom || rd->sst.oom)) { oom(rd); rc = -1; }
  return rc < 0 ? -1 : 1;
}

/* ------------------------------------------------------------------ the package */

/* target relative to the folder of part `base`, "../" resolved; malloc'd. */
static char *resolve(const char *base, const char *target) {
  if (target[0] == '/') return strdup(target + 1);
  const char *slash = strrchr(base, '/');
  size_t dir = slash ? (size_t)(slash - base + 1) : 0;
  char *s = malloc(dir + strlen(target) + 1);
  if (s == NULL) return NULL;
  memcpy(s, base, dir);
  strcpy(s + dir, target);
  for (char *up; (up = strstr(s, "/../")) != NULL;) {      /* "a/b/../c" → "a/c" */
    char *prev = up;
    while (prev > s && prev[-1] != '/') prev--;
    memmove(prev, up + 4, strlen(up + 4) + 1);
  }
  for (char *dot; (dot = strstr(s, "/./")) != NULL;) memmove(dot, dot + 2, strlen(dot + 2) + 1);
  if (strncmp(s, "./", 2) == 0) memmove(s, s + 2, strlen(s + 2) + 1);
  return s;
}

/* _rels/.rels: the part of type officeDocument is the workbook. */
static void XMLCALL package_rel(void *ud, const XML_Char *name, const XML_Char **atts) {
  Reader *rd = ud;
  const char *type = attr(atts, "Type"), *target = attr(atts, "Target");
  if (!is(name, "Relationship") || !type || !target || rd->workbook) return;
  if (ends_with(type, "/officeDocument") && (rd->workbook = resolve("", target)) == NULL) oom(rd);
}

/* The workbook's relationships: sheets, shared strings, styles. */
static void XMLCALL workbook_rel(void *ud, const XML_Char *name, const XML_Char **atts) {
  Reader *rd = ud;
  const char *id = attr(atts, "Id"), *type = attr(atts, "Type"), *target = attr(atts, "Target");
  const char *mode = attr(atts, "TargetMode");
  if (!is(name, "Relationship") || !id || !type || !target || (mode && strcmp(mode, "External") == 0))
    return;
  Rel *v = realloc(rd->rels, ((size_t)rd->nrels + 1) * sizeof *v);
  if (v == NULL) { oom(rd); return; }
  rd->rels = v;
  Rel *r = &rd->rels[rd->nrels];
  r->id = strdup(id);
  r->type = strdup(type);
  r->target = resolve(rd->workbook, target);
  if (!r->id || !r->type || !r->target) { free(r->id); free(r->type); free(r->target); oom(rd); return; }
  rd->nrels++;
}

/* <sheet name="…" r:id="…"/> of the workbook, in order. */
static void XMLCALL workbook_sheet(void *ud, const XML_Char *name, const XML_Char **atts) {
  Reader *rd = ud;
  const char *sname = attr(atts, "name"), *rid = attr(atts, "id");
  if (!is(name, "sheet") || !sname || !rid) return;
  SheetRef *v = realloc(rd->sheets, ((size_t)rd->nsheets + 1) * sizeof *v);
  if (v == NULL) { oom(rd); return; }
  rd->sheets = v;
  v[rd->nsheets].name = strdup(sname);
  v[rd->nsheets].rid = strdup(rid);
  if (!v[rd->nsheets].name || !v[rd->nsheets].rid) { free(v[rd->nsheets].name); free(v[rd->nsheets].rid); oom(rd); return; }
  rd->nsheets++;
}

/* The relationship with id, of a type ending in `type`, or NULL. */
static const Rel *find_rel(const Reader *rd, const char *id, const char *type) {
  for (int i = 0; i < rd->nrels; i++)
    if ((!id || strcmp(rd->rels[i].id, id) == 0) && ends_with(rd->rels[i].type, type)) return &rd->rels[i];
  return NULL;
}

/* The workbook part, its relationships and its sheets. */
static int read_package(Reader *rd) {
  if (parse_part(rd, "_rels/.rels", package_rel, NULL) < 0) return -1;
  if (rd->workbook == NULL && (rd->workbook = strdup("xl/workbook.xml")) == NULL) { oom(rd); return -1; }
  char rels[1024];
  const char *slash = strrchr(rd->workbook, '/');
  int dir = slash ? (int)(slash - rd->workbook + 1) : 0;
  snprintf(rels, sizeof rels, "%.*s_rels/%s.rels", dir, rd->workbook, rd->workbook + dir);
  int rc = parse_part(rd, rd->workbook, workbook_sheet, NULL);
  if (rc == 0)
    workbook_finding(rd, N_("save the file as an Excel Workbook (.xlsx); a CSV file must be named .csv"),
                     "this is not an XLSX workbook: the archive has no %s", rd->workbook);
  if (rc <= 0) return -1;
  return parse_part(rd, rels, workbook_rel, NULL) < 0 ? -1 : 0;
}

/* The sheet to read: the one asked for, else the form's ("Dữ liệu", "Data"), else the
** first worksheet (not a chart sheet). */
static int choose_sheet(Reader *rd) {
  const char *want[3] = { rd->opt && rd->opt->sheet ? rd->opt->sheet : "Dữ liệu",
                          rd->opt && rd->opt->sheet ? NULL : "Data", NULL };
  int pick = -1;
  for (int w = 0; want[w] && pick < 0; w++)
    for (int i = 0; i < rd->nsheets && pick < 0; i++)
      if (text_equal_fold(rd->sheets[i].name, want[w]) && find_rel(rd, rd->sheets[i].rid, "/worksheet"))
        pick = i;
  if (pick < 0 && rd->opt && rd->opt->sheet) {
    workbook_finding(rd, NULL, "the workbook has no worksheet named \"%s\"", rd->opt->sheet);
    return -1;
  }
  for (int i = 0; i < rd->nsheets && pick < 0; i++)
    if (find_rel(rd, rd->sheets[i].rid, "/worksheet")) pick = i;
  if (pick < 0) {
    workbook_finding(rd, NULL, "the workbook has no worksheet");
    return -1;
  }
  rd->sheet = rd->sheets[pick].name;
  rd->sheet_part = find_rel(rd, rd->sheets[pick].rid, "/worksheet")->target;
  return 0;
}

/* ------------------------------------------------------------------ styles */

/* A number format that shows a percentage: a '%' outside quotes and escapes. */
static bool percent_code(const char *code) {
  bool quoted = false;
  for (const char *s = code; *s; s++) {
    if (*s == '"') quoted = !quoted;
    else if (*s == '\\' && s[1]) s++;
    else if (*s == '%' && !quoted) return true;
  }
  return false;
}

static void XMLCALL style_start(void *ud, const XML_Char *name, const XML_Char **atts) {
  Reader *rd = ud;
  const char *id = attr(atts, "numFmtId");
  if (is(name, "cellXfs")) rd->in_xfs = true;
  else if (is(name, "numFmt") && id && attr(atts, "formatCode") && percent_code(attr(atts, "formatCode"))) {
    long *v = realloc(rd->pct_fmt, ((size_t)rd->npct + 1) * sizeof *v);
    if (v == NULL) { oom(rd); return; }
    rd->pct_fmt = v;
    v[rd->npct++] = strtol(id, NULL, 10);
  } else if (is(name, "xf") && rd->in_xfs) {
    long *v = realloc(rd->xf_fmt, ((size_t)rd->nxf + 1) * sizeof *v);
    if (v == NULL) { oom(rd); return; }
    rd->xf_fmt = v;
    v[rd->nxf++] = id ? strtol(id, NULL, 10) : 0;
  }
}

static void XMLCALL style_end(void *ud, const XML_Char *name) {
  Reader *rd = ud;
  if (is(name, "cellXfs")) rd->in_xfs = false;
}

/* Whether cell format xf shows a percentage (built-in formats 9 and 10: 0%, 0.00%). */
static bool percent_style(const Reader *rd, long xf) {
  if (xf < 0 || xf >= rd->nxf) return false;
  long fmt = rd->xf_fmt[xf];
  if (fmt == 9 || fmt == 10) return true;
  for (int i = 0; i < rd->npct; i++)
    if (rd->pct_fmt[i] == fmt) return true;
  return false;
}

/* ------------------------------------------------------------------ text of cells */

static int hexval(char c) {
  return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
       : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Excel writes characters XML cannot hold as _xHHHH_ (a CR is _x000D_); one pass, so
** the escaped underscore _x005F_ keeps what follows it literal. */
static void unescape_into(Buf *out, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    int h[4];
    if (i + 7 <= n && s[i] == '_' && s[i + 1] == 'x' && s[i + 6] == '_' &&
        (h[0] = hexval(s[i + 2])) >= 0 && (h[1] = hexval(s[i + 3])) >= 0 &&
        (h[2] = hexval(s[i + 4])) >= 0 && (h[3] = hexval(s[i + 5])) >= 0) {
      unsigned cp = (unsigned)(h[0] << 12 | h[1] << 8 | h[2] << 4 | h[3]);
      char u[4];
      size_t k = 0;
      if (cp < 0x80) u[k++] = (char)cp;
      else if (cp < 0x800) { u[k++] = (char)(0xC0 | cp >> 6); u[k++] = (char)(0x80 | (cp & 0x3F)); }
      else if (cp >= 0xD800 && cp < 0xE000) u[k++] = '?';        /* a lone surrogate */
      else {
        u[k++] = (char)(0xE0 | cp >> 12);
        u[k++] = (char)(0x80 | (cp >> 6 & 0x3F));
        u[k++] = (char)(0x80 | (cp & 0x3F));
      }
      buf_add(out, u, k);
      i += 6;
    } else {
      buf_add(out, s + i, 1);
    }
  }
}

/* ------------------------------------------------------------------ shared strings */

static void XMLCALL sst_start(void *ud, const XML_Char *name, const XML_Char **atts) {
  Reader *rd = ud;
  (void)atts;
  if (is(name, "si")) rd->val.n = 0;
  else if (is(name, "rPh")) rd->rph++;
  else if (is(name, "t") && rd->rph == 0) rd->collect = true;
}

static void XMLCALL sst_end(void *ud, const XML_Char *name) {
  Reader *rd = ud;
  if (is(name, "t")) rd->collect = false;
  else if (is(name, "rPh")) rd->rph--;
  else if (is(name, "si")) {
    if (rd->nsst + 1 >= rd->capsst) {
      int cap = rd->capsst ? rd->capsst * 2 : 64;
      size_t *v = realloc(rd->sst_off, (size_t)cap * sizeof *v);
      if (v == NULL) { oom(rd); rd->stopped = true; XML_StopParser(rd->p, XML_FALSE); return; }
      rd->sst_off = v;
      rd->capsst = cap;
    }
    rd->sst_off[rd->nsst++] = rd->sst.n;
    unescape_into(&rd->sst, rd->val.s ? rd->val.s : "", rd->val.n);
    rd->sst_off[rd->nsst] = rd->sst.n;               /* where the next one starts */
  }
}

/* The workbook's shared strings, when it has them. */
static int read_shared_strings(Reader *rd) {
  const Rel *r = find_rel(rd, NULL, "/sharedStrings");
  char *fallback = NULL;
  const char *part = r ? r->target : (fallback = resolve(rd->workbook, "sharedStrings.xml"));
  if (part == NULL) { oom(rd); return -1; }
  int rc = parse_part(rd, part, sst_start, sst_end);
  free(fallback);
  return rc < 0 ? -1 : 0;
}

/* ------------------------------------------------------------------ the sheet */

/* "AB12" → column 28, row 12; false when it is not a cell reference within Excel's
** limits. */
static bool parse_ref(const char *ref, uint32_t *row, uint32_t *col) {
  uint64_t c = 0, r = 0;
  const char *s = ref;
  for (; isalpha((unsigned char)*s) && c <= MAX_COL; s++) c = c * 26 + (uint64_t)(toupper((unsigned char)*s) - 'A' + 1);
  for (const char *d = s; *d; d++) if (!isdigit((unsigned char)*d)) return false;
  for (; *s && r <= MAX_ROW; s++) r = r * 10 + (uint64_t)(*s - '0');
  if (c == 0 || c > MAX_COL || r == 0 || r > MAX_ROW) return false;
  *row = (uint32_t)r;
  *col = (uint32_t)c;
  return true;
}

/* Keep cell (row, col) with text s (n bytes). */
static void add_cell(Reader *rd, const char *s, size_t n) {
  if (n == 0) return;
  if (rd->ncells == rd->capcells) {
    size_t cap = rd->capcells ? rd->capcells * 2 : 256;
    Cell *v = realloc(rd->cells, cap * sizeof *v);
    if (v == NULL) { oom(rd); rd->stopped = true; XML_StopParser(rd->p, XML_FALSE); return; }
    rd->cells = v;
    rd->capcells = cap;
  }
  rd->cells[rd->ncells++] = (Cell){ rd->cell_row, rd->cell_col, rd->text.n, n };
  buf_add(&rd->text, s, n);
}

/* The shortest decimal digits of v that read back as v, and the power of ten of the
** first one: v = ±d.ddd × 10^exp. */
static void shortest_digits(double v, char *digits, int *exp10) {
  char buf[40];
  for (int prec = 1; prec <= 17; prec++) {
    snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
    if (strtod(buf, NULL) == v) break;
  }
  const char *s = buf + (buf[0] == '-');
  size_t n = 0;
  for (; *s && *s != 'e'; s++) if (isdigit((unsigned char)*s)) digits[n++] = *s;
  digits[n] = '\0';
  *exp10 = *s == 'e' ? atoi(s + 1) : 0;
}

/* v written positionally (cell.c reads no exponents), shifted by `shift` powers of
** ten (2 for a percentage), with `point` as the decimal separator. */
static void positional(double v, int shift, char point, Buf *out) {
  char digits[24];
  int e;
  if (v == 0) { buf_str(out, "0"); return; }
  shortest_digits(v, digits, &e);
  e += shift;
  int n = (int)strlen(digits);
  if (v < 0) buf_str(out, "-");
  if (e < 0) {
    buf_str(out, "0");
    buf_add(out, &point, 1);
    for (int i = 0; i < -e - 1; i++) buf_str(out, "0");
    buf_str(out, digits);
    return;
  }
  for (int i = 0; i <= e; i++) buf_add(out, i < n ? &digits[i] : "0", 1);
  if (n > e + 1) {
    buf_add(out, &point, 1);
    buf_str(out, digits + e + 1);
  }
}

/* A number cell's <v>: plain decimal notation only (no hex, inf or nan). */
static bool read_number(const char *s, double *v) {
  if (*s == '\0' || strspn(s, "0123456789+-.eE ") != strlen(s)) return false;
  char *end;
  *v = strtod(s, &end);
  while (*end == ' ') end++;
  return *end == '\0' && end != s && isfinite(*v);
}

/* The text of the current cell, from its type and value, into out. */
static void cell_text(Reader *rd, Buf *out) {
  const char *t = rd->cell_type, *v = rd->val.s ? rd->val.s : "";
  uint32_t row = rd->cell_row, col = rd->cell_col;
  if (strcmp(t, "inlineStr") == 0 || strcmp(t, "str") == 0 || strcmp(t, "d") == 0) {
    unescape_into(out, v, rd->val.n);
  } else if (strcmp(t, "s") == 0) {
    char *end;
    long i = strtol(v, &end, 10);
    if (*v == '\0' || *end != '\0' || i < 0 || i >= rd->nsst)
      cell_finding(rd, SEV_ERROR, row, col, N_("the file is damaged: open it in a spreadsheet program and save it again"),
                   "the cell names shared string %s, which the workbook does not have (it has %d); it is read as blank",
                   v, rd->nsst);
    else
      buf_add(out, rd->sst.s + rd->sst_off[i], rd->sst_off[i + 1] - rd->sst_off[i]);
  } else if (strcmp(t, "b") == 0) {
    buf_str(out, strcmp(v, "0") == 0 ? "FALSE" : "TRUE");
  } else if (strcmp(t, "e") == 0) {
    cell_finding(rd, SEV_ERROR, row, col, N_("correct the formula, or type the value itself"),
                 "the cell holds the error %s; it is read as blank", v);
  } else if (!rd->has_v || rd->val.n == 0) {
    if (rd->has_v) cell_finding(rd, SEV_WARNING, row, col, N_("open the file in a spreadsheet program and save it again"),
                                "the cell has a formula but no computed value; it is read as blank");
  } else {
    double x;
    if (!read_number(v, &x))
      cell_finding(rd, SEV_ERROR, row, col, NULL, "the number \"%s\" cannot be read; the cell is read as blank", v);
    else
      positional(x, percent_style(rd, rd->cell_style) ? 2 : 0,
                 rd->opt && rd->opt->decimal_comma ? ',' : '.', out);
    if (out->n && percent_style(rd, rd->cell_style)) buf_str(out, "%");
  }
}

/* <c r="B7" t="s" s="3">: where it is, its type and format. */
static void cell_start(Reader *rd, const XML_Char **atts) {
  const char *r = attr(atts, "r"), *t = attr(atts, "t"), *s = attr(atts, "s");
  rd->in_cell = true;
  rd->has_v = rd->in_is = false;
  rd->val.n = 0;
  snprintf(rd->cell_type, sizeof rd->cell_type, "%s", t ? t : "n");
  rd->cell_style = s ? strtol(s, NULL, 10) : 0;
  rd->cell_row = rd->row;
  rd->cell_col = rd->next_col;
  if (r && !parse_ref(r, &rd->cell_row, &rd->cell_col)) {
    rd->cell_row = 0;                                   /* reported, then skipped */
    workbook_finding(rd, NULL, "%s: \"%s\" is not a cell of a sheet (columns A to XFD, rows 1 to %u); "
                     "the cell is ignored", rd->sheet, r, MAX_ROW);
  }
  rd->next_col = rd->cell_col + 1;
}

static void XMLCALL sheet_start(void *ud, const XML_Char *name, const XML_Char **atts) {
  Reader *rd = ud;
  const char *el = local(name);
  if (strcmp(el, "row") == 0) {
    const char *r = attr(atts, "r");
    long n = r ? strtol(r, NULL, 10) : (long)rd->row + 1;
    rd->row = n >= 1 && n <= (long)MAX_ROW ? (uint32_t)n : rd->row + 1;
    rd->next_col = 1;
  } else if (strcmp(el, "c") == 0) {
    cell_start(rd, atts);
  } else if (rd->in_cell && strcmp(el, "v") == 0) {
    rd->has_v = rd->collect = true;
  } else if (rd->in_cell && strcmp(el, "is") == 0) {
    rd->in_is = true;
  } else if (rd->in_is && strcmp(el, "rPh") == 0) {
    rd->rph++;
  } else if (rd->in_is && strcmp(el, "t") == 0 && rd->rph == 0) {
    rd->collect = true;
  }
}

static void XMLCALL sheet_end(void *ud, const XML_Char *name) {
  Reader *rd = ud;
  const char *el = local(name);
  if (strcmp(el, "v") == 0 || strcmp(el, "t") == 0) rd->collect = false;
  else if (strcmp(el, "rPh") == 0 && rd->in_is) rd->rph--;
  else if (strcmp(el, "is") == 0) rd->in_is = false;
  else if (strcmp(el, "c") == 0 && rd->in_cell) {
    rd->in_cell = false;
    if (rd->cell_row == 0 || rd->cell_row > MAX_ROW) return;
    Buf out = { 0 };
    cell_text(rd, &out);
    if (out.oom) oom(rd);
    add_cell(rd, out.s ? out.s : "", out.n);
    free(out.s);
  }
}

static int read_cells(Reader *rd) {
  rd->row = 0;
  int rc = parse_part(rd, rd->sheet_part, sheet_start, sheet_end);
  if (rc == 0)
    workbook_finding(rd, N_("open the file in a spreadsheet program and save it again"),
                     "the sheet \"%s\" is missing: the archive has no %s", rd->sheet, rd->sheet_part);
  return rc == 1 ? 0 : -1;
}

/* ------------------------------------------------------------------ CSV */

static int by_place(const void *a, const void *b) {
  const Cell *x = a, *y = b;
  if (x->row != y->row) return x->row < y->row ? -1 : 1;
  if (x->col != y->col) return x->col < y->col ? -1 : 1;
  return x->off < y->off ? -1 : x->off > y->off;         /* first written first */
}

/* Cells in sheet order; a cell written twice is reported and its first value kept. */
static void order_cells(Reader *rd) {
  bool sorted = true;
  for (size_t i = 1; i < rd->ncells && sorted; i++) sorted = by_place(&rd->cells[i - 1], &rd->cells[i]) < 0;
  if (!sorted) qsort(rd->cells, rd->ncells, sizeof *rd->cells, by_place);
  size_t kept = 0;
  for (size_t i = 0; i < rd->ncells; i++) {
    if (kept > 0 && rd->cells[kept - 1].row == rd->cells[i].row && rd->cells[kept - 1].col == rd->cells[i].col) {
      cell_finding(rd, SEV_WARNING, rd->cells[i].row, rd->cells[i].col, NULL,
                   "the sheet has this cell twice; the first value is read");
      continue;
    }
    rd->cells[kept++] = rd->cells[i];
  }
  rd->ncells = kept;
}

/* One field: a line break becomes a space (a record is one line), quoted when needed. */
static void csv_text(Buf *out, const char *s, size_t n) {
  bool quote = memchr(s, ',', n) || memchr(s, '"', n);
  if (quote) buf_str(out, "\"");
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') continue;   /* CRLF: one space */
    char c = s[i] == '\r' || s[i] == '\n' ? ' ' : s[i];
    if (c == '"') buf_str(out, "\"");
    buf_add(out, &c, 1);
  }
  if (quote) buf_str(out, "\"");
}

/* Row `row`'s cells from index *i, as one line of `width` fields; cells right of
** the header are counted in *extra. */
static void csv_row(Reader *rd, Buf *out, size_t *i, uint32_t width, size_t *extra, size_t *first_extra) {
  uint32_t row = rd->cells[*i].row, col = 1;
  size_t j = *i;
  bool any = false;
  for (size_t k = j; k < rd->ncells && rd->cells[k].row == row; k++) any = any || rd->cells[k].col <= width;
  for (; j < rd->ncells && rd->cells[j].row == row; j++) {
    const Cell *c = &rd->cells[j];
    if (c->col > width) {
      if ((*extra)++ == 0) *first_extra = j;
      continue;
    }
    for (; col < c->col; col++) buf_str(out, ",");
    csv_text(out, rd->text.s + c->off, c->len);
  }
  for (; any && col < width; col++) buf_str(out, ",");
  buf_str(out, "\n");
  *i = j;
}

/* The cells as CSV: line N is row N; the header is the first row with a cell, and its
** last cell gives the width. */
static int build_csv(Reader *rd, XlsxSheet *out) {
  if (rd->ncells == 0) {
    workbook_finding(rd, N_("row 1 must hold the column names (unit, name, then the inputs)"),
                     "the sheet \"%s\" is empty: it has no header row", rd->sheet);
    return -1;
  }
  order_cells(rd);
  uint32_t width = 0, line = 1;
  for (size_t i = 0; i < rd->ncells && rd->cells[i].row == rd->cells[0].row; i++) width = rd->cells[i].col;
  Buf csv = { 0 };
  size_t extra = 0, first_extra = 0;
  for (size_t i = 0; i < rd->ncells && !csv.oom;) {
    for (; line < rd->cells[i].row; line++) buf_str(&csv, "\n");
    csv_row(rd, &csv, &i, width, &extra, &first_extra);
    line++;
    if (csv.n > CSV_MAX) break;
  }
  if (extra > 0) {
    char letters[8];
    column_letters(width, letters);
    const Cell *c = &rd->cells[first_extra];
    cell_finding(rd, SEV_WARNING, c->row, c->col, N_("give the column a name in the header row, or clear it"),
                 extra == 1 ? "%zu cell right of the last column name (%s%u) is ignored"
                 : N_("%zu cells right of the last column name (%s%u) are ignored"), extra,
                 letters, rd->cells[0].row);
  }
  if (csv.oom || csv.n > CSV_MAX) {
    free(csv.s);
    if (csv.oom) oom(rd);
    else workbook_finding(rd, NULL, "the sheet \"%s\" is larger than %zu MiB as text: it is not read",
                          rd->sheet, CSV_MAX >> 20);
    return -1;
  }
  out->csv = csv.s;
  out->len = csv.n;
  out->name = strdup(rd->sheet);
  if (out->name == NULL) { oom(rd); return -1; }
  return 0;
}

/* ------------------------------------------------------------------ the workbook */

/* Why an archive could not be opened, from its first bytes (marked: workbook_finding translates). */
static const char *open_hint(const unsigned char *data, size_t len) {
  if (len >= 4 && memcmp(data, "\xD0\xCF\x11\xE0", 4) == 0)
    return N_("this is an Excel 97-2003 file (.xls) or a workbook with a password: save it as an "
              "Excel Workbook (.xlsx) without a password");
  if (len >= 2 && memcmp(data, "PK", 2) == 0)
    return N_("the archive is damaged: open the file in a spreadsheet program and save it again");
  return N_("save the file as an Excel Workbook (.xlsx); a CSV file must be named .csv");
}

static zip_t *open_archive(Reader *rd, const void *data, size_t len) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t *src = zip_source_buffer_create(data, len, 0, &err);
  zip_t *za = src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err) : NULL;
  if (za == NULL) {
    if (src) zip_source_free(src);
    workbook_finding(rd, open_hint(data, len), "this is not a readable XLSX workbook: %s",
                     zip_error_code_zip(&err) == ZIP_ER_NOZIP ? _("it is not a ZIP archive")
                                                              : zip_error_strerror(&err));
  }
  zip_error_fini(&err);
  return za;
}

static void reader_free(Reader *rd) {
  if (rd->za) zip_discard(rd->za);
  for (int i = 0; i < rd->nrels; i++) { free(rd->rels[i].id); free(rd->rels[i].type); free(rd->rels[i].target); }
  for (int i = 0; i < rd->nsheets; i++) { free(rd->sheets[i].name); free(rd->sheets[i].rid); }
  free(rd->rels);
  free(rd->sheets);
  free(rd->workbook);
  free(rd->xf_fmt);
  free(rd->pct_fmt);
  free(rd->sst.s);
  free(rd->sst_off);
  free(rd->val.s);
  free(rd->text.s);
  free(rd->cells);
}

int xlsx_read_sheet_mem(const char *path, const void *data, size_t len, const XlsxReadOptions *opt,
                        XlsxSheet *out, DiagList *dl) {
  Reader rd = { .path = path, .opt = opt, .dl = dl };
  memset(out, 0, sizeof *out);
  int rc = -1;
  rd.za = open_archive(&rd, data, len);
  if (rd.za && read_package(&rd) == 0 && choose_sheet(&rd) == 0) {
    const Rel *styles = find_rel(&rd, NULL, "/styles");
    if ((!styles || parse_part(&rd, styles->target, style_start, style_end) >= 0) &&
        read_shared_strings(&rd) == 0 && read_cells(&rd) == 0)
      rc = build_csv(&rd, out);
  }
  reader_free(&rd);
  if (rc != 0) xlsx_sheet_free(out);
  return rc;
}

int xlsx_read_sheet(const char *path, const XlsxReadOptions *opt, XlsxSheet *out, DiagList *dl) {
  size_t len;
  memset(out, 0, sizeof *out);
  char *data = read_file(path, &len);
  if (data == NULL) {
    Diag *d = diag_add(dl, SEV_ERROR, path, 0, 0, "cannot read the workbook: %s", i18n_strerror(errno));
    diag_hint(dl, d, "check the path");
    return -1;
  }
  int rc = xlsx_read_sheet_mem(path, data, len, opt, out, dl);
  free(data);
  return rc;
}

int xlsx_read_table(const char *path, char *bytes, size_t len, bool decimal_comma, CsvTable *t,
                    DiagList *dl) {
  if (!xlsx_read_is_workbook(path)) return csv_parse_owned(bytes, len, t);
  XlsxReadOptions opt = { NULL, decimal_comma };
  XlsxSheet sheet;
  int rc = xlsx_read_sheet_mem(path, bytes, len, &opt, &sheet, dl);
  free(bytes);
  memset(t, 0, sizeof *t);
  if (rc == 0) {
    rc = csv_parse_owned(sheet.csv, sheet.len, t);     /* the sheet's text is the table's */
    sheet.csv = NULL;
  }
  xlsx_sheet_free(&sheet);
  return rc;
}

void xlsx_sheet_free(XlsxSheet *s) {
  free(s->csv);
  free(s->name);
  memset(s, 0, sizeof *s);
}

bool xlsx_read_is_workbook(const char *path) {
  size_t n = strlen(path);
  if (n < 5) return false;
  for (size_t i = 0; i < 5; i++)
    if (tolower((unsigned char)path[n - 5 + i]) != ".xlsx"[i]) return false;
  return true;
}

int xlsx_read_dataset(const char *path, const Model *m, const DataOptions *opt, Dataset *ds,
                      DiagList *dl) {
  XlsxReadOptions xo = { NULL, opt && opt->decimal_comma };
  XlsxSheet sheet;
  memset(ds, 0, sizeof *ds);
  if (xlsx_read_sheet(path, &xo, &sheet, dl) != 0) return -1;
  int rc = dataset_parse(path, sheet.csv, sheet.len, m, opt, ds, dl);
  xlsx_sheet_free(&sheet);
  return rc;
}
