/*
** linediff.c — see linediff.h. Formulas are short (tens of lines), so the quadratic
** LCS table is small; past MAX_LINES lines per side the texts are shown whole.
*/
#include "linediff.h"

#include <stdlib.h>
#include <string.h>

#define MAX_LINES 2000

typedef struct Line { const char *s; int len; } Line;

/* The non-blank lines of s, trimmed. Returns the count, or -1 past max. */
static int split(const char *s, Line *out, int max) {
  int n = 0;
  while (s && *s) {
    const char *end = strchr(s, '\n');
    if (end == NULL) end = s + strlen(s);
    const char *a = s, *b = end;
    while (a < b && (*a == ' ' || *a == '\t' || *a == '\r')) a++;
    while (b > a && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '\r')) b--;
    if (b > a) {
      if (n == max) return -1;
      out[n++] = (Line){ a, (int)(b - a) };
    }
    s = *end ? end + 1 : end;
  }
  return n;
}

static int same(const Line *x, const Line *y) {
  return x->len == y->len && memcmp(x->s, y->s, (size_t)x->len) == 0;
}

static void put(FILE *out, const char *indent, char mark, const Line *l) {
  fprintf(out, "%s%c %.*s\n", indent, mark, l->len, l->s);
}

int linediff(FILE *out, const char *indent, const char *a, const char *b) {
  Line *la = malloc(sizeof *la * MAX_LINES), *lb = malloc(sizeof *lb * MAX_LINES);
  int na = la ? split(a, la, MAX_LINES) : -1, nb = lb ? split(b, lb, MAX_LINES) : -1;
  int *t = na >= 0 && nb >= 0 ? calloc((size_t)(na + 1) * (size_t)(nb + 1), sizeof *t) : NULL;
  int rc = 0;
  if (t == NULL) {                             /* the texts whole */
    fprintf(out, "%s- %s\n%s+ %s\n", indent, a ? a : "", indent, b ? b : "");
    rc = -1;
  } else {
    /* t[i][j]: the LCS length of la[i..] and lb[j..] */
    for (int i = na - 1; i >= 0; i--)
      for (int j = nb - 1; j >= 0; j--)
        t[i * (nb + 1) + j] = same(&la[i], &lb[j]) ? t[(i + 1) * (nb + 1) + j + 1] + 1
          : t[(i + 1) * (nb + 1) + j] >= t[i * (nb + 1) + j + 1] ? t[(i + 1) * (nb + 1) + j]
          : t[i * (nb + 1) + j + 1];
    int i = 0, j = 0;
    while (i < na || j < nb) {
      if (i < na && j < nb && same(&la[i], &lb[j])) { put(out, indent, ' ', &la[i]); i++; j++; }
      else if (i < na && (j == nb || t[(i + 1) * (nb + 1) + j] >= t[i * (nb + 1) + j + 1]))
        put(out, indent, '-', &la[i++]);
      else put(out, indent, '+', &lb[j++]);
    }
  }
  free(t);
  free(la);
  free(lb);
  return rc;
}
