/*
** diag.c — collecting and printing findings (see diag.h).
*/
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "text.h"

static Diag oom_diag = { SEV_ERROR, NULL, 0, 0, NULL, NULL, NULL, "out of memory", NULL, NULL };

/*
** Append a finding. On allocation failure a shared "out of memory" finding is
** returned so that callers never have to test the result.
*/
Diag *diag_add(DiagList *dl, Severity sev, const char *file, int line, int col,
               const char *fmt, ...) {
  if (dl->n == dl->cap) {
    size_t cap = dl->cap ? dl->cap * 2 : 16;
    Diag *v = realloc(dl->v, cap * sizeof *v);
    if (v == NULL) return &oom_diag;
    dl->v = v;
    dl->cap = cap;
  }
  Diag *d = &dl->v[dl->n++];
  memset(d, 0, sizeof *d);
  d->sev = sev;
  d->file = arena_strdup(&dl->arena, file);
  d->line = line;
  d->col = col;
  va_list ap;
  va_start(ap, fmt);
  d->msg = arena_vprintf(&dl->arena, _(fmt), ap);
  va_end(ap);
  if (sev == SEV_ERROR) dl->nerrors++;
  if (sev == SEV_WARNING) dl->nwarnings++;
  return d;
}

void diag_hint(DiagList *dl, Diag *d, const char *fmt, ...) {
  if (d == &oom_diag) return;
  va_list ap;
  va_start(ap, fmt);
  d->hint = arena_vprintf(&dl->arena, _(fmt), ap);
  va_end(ap);
}

void diag_excerpt(DiagList *dl, Diag *d, const char *src) {
  if (d == &oom_diag || d->line <= 0 || src == NULL) return;
  const char *p = src + text_line_start(src, d->line);
  size_t len = strcspn(p, "\r\n");
  if (*p == '\0' && len == 0) return;         /* past the end */
  d->excerpt = arena_strndup(&dl->arena, p, len);
}

/*
** "   12 |   score = "a / b * max",", then a caret under column col (in characters;
** tabs are kept so that the caret lines up however wide the terminal draws them).
*/
static void print_excerpt(const Diag *d, FILE *out) {
  char line[512];
  size_t n = strlen(d->excerpt);
  bool plain = n < sizeof line && text_valid_utf8(d->excerpt, n);
  for (size_t i = 0; plain && i < n; i++)
    plain = (unsigned char)d->excerpt[i] >= 0x20 || d->excerpt[i] == '\t';
  if (plain) memcpy(line, d->excerpt, n + 1);  /* as typed, so that the caret lines up */
  else text_excerpt(line, sizeof line, d->excerpt, n);
  fprintf(out, "%5d | %s\n      | ", d->line, line);
  const char *p = d->excerpt;
  size_t left = strlen(p);
  int col = d->col;
  if (col <= 0) col = 1 + (int)strspn(p, " \t");
  for (int c = 1; c < col && left > 0; c++) {
    size_t k = text_char_len(p, left);
    if (k == 0) k = 1;
    fputc(*p == '\t' ? '\t' : ' ', out);
    p += k;
    left -= k;
  }
  fputs("^\n", out);
}

static const char *severity_name(Severity s) {
  return s == SEV_ERROR ? _("error") : s == SEV_WARNING ? _("warning") : _("note");
}

void diag_print(const DiagList *dl, FILE *out) {
  for (size_t i = 0; i < dl->n; i++) diag_print_one(&dl->v[i], out);
}

void diag_print_unit(const DiagList *dl, FILE *out, const char *unit) {
  for (size_t i = 0; i < dl->n; i++)
    if (dl->v[i].unit == NULL || strcmp(dl->v[i].unit, unit) == 0) diag_print_one(&dl->v[i], out);
}

/*
** A column header or unit id comes from the data: it is printed escaped and cut short
** (text_excerpt), so that a 1 MB header or a line end in an id keeps one finding on
** one line of bounded length.
*/
void diag_print_one(const Diag *d, FILE *out) {
  char column[80], unit[80];
  if (d->column) text_excerpt(column, sizeof column, d->column, strlen(d->column));
  if (d->unit) text_excerpt(unit, sizeof unit, d->unit, strlen(d->unit));
  if (d->file) {
    fprintf(out, "%s:", d->file);
    if (d->line > 0) fprintf(out, "%d:", d->line);
    if (d->line > 0 && d->col > 0) fprintf(out, "%d:", d->col);
    fputc(' ', out);
  }
  fprintf(out, "%s: ", severity_name(d->sev));
  if (d->column && d->unit) fprintf(out, _("column \"%s\" (unit %s): "), column, unit);
  else if (d->column) fprintf(out, _("column \"%s\": "), column);
  else if (d->unit) fprintf(out, _("unit %s: "), unit);
  fprintf(out, "%s\n", d->msg ? d->msg : _("out of memory"));
  if (d->excerpt) print_excerpt(d, out);
  if (d->hint) fprintf(out, _("  hint: %s\n"), d->hint);
}

void diag_free(DiagList *dl) {
  free(dl->v);
  arena_free(&dl->arena);
  memset(dl, 0, sizeof *dl);
}
