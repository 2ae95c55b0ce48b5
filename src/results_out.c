/*
** results_out.c — writing results (see results_out.h).
*/
#include "results_out.h"

#include <stdlib.h>
#include <string.h>

#include "fmt.h"
#include "text.h"

void csv_field(FILE *out, const char *s) {
  if (strpbrk(s, ",\"\r\n") == NULL) { fputs(s, out); return; }
  fputc('"', out);
  for (; *s; s++) {
    if (*s == '"') fputc('"', out);
    fputc(*s, out);
  }
  fputc('"', out);
}

static double group_sum(const Results *r, int u, int g) {
  return r->group_sum[(size_t)u * (size_t)r->ngroups + (size_t)g];
}

/* ------------------------------------------------------------ table */

typedef struct Table {
  int ncols, nrows;
  char ***cell;           /* [row][col], row 0 is the header */
  bool *right;            /* right-aligned columns */
} Table;

static void put(Table *t, int row, int col, const char *s) {
  t->cell[row][col] = strdup(s ? s : "");
}

static void print_table(FILE *out, const Table *t) {
  size_t *w = calloc((size_t)t->ncols, sizeof *w);
  if (w == NULL) return;
  for (int r = 0; r < t->nrows; r++)
    for (int c = 0; c < t->ncols; c++) {
      size_t cw = t->cell[r][c] ? text_width(t->cell[r][c]) : 0;
      if (cw > w[c]) w[c] = cw;
    }
  for (int r = 0; r < t->nrows; r++) {
    for (int c = 0; c < t->ncols; c++) {
      const char *s = t->cell[r][c] ? t->cell[r][c] : "";
      size_t pad = w[c] - text_width(s);
      if (t->right[c]) fprintf(out, "%*s%s", (int)pad, "", s);
      else fprintf(out, "%s%*s", s, c + 1 < t->ncols ? (int)pad : 0, "");
      if (c + 1 < t->ncols) fputs("  ", out);
    }
    fputc('\n', out);
    if (r == 0) {
      size_t all = 0;
      for (int c = 0; c < t->ncols; c++) all += w[c] + (c + 1 < t->ncols ? 2 : 0);
      for (size_t i = 0; i < all; i++) fputc('-', out);
      fputc('\n', out);
    }
  }
  free(w);
}

void results_table(FILE *out, const Model *m, const Dataset *ds, const Results *r, Lang lang) {
  const Decision *d = &m->dec;
  fprintf(out, "%s %s", label(lang, L_DECISION), d->number ? d->number : d->id);
  if (d->issued) fprintf(out, " (%s)", d->issued);
  fprintf(out, " — %s\n", d->title ? d->title : "");
  fprintf(out, "%s: %s, %d %s\n\n", label(lang, L_DATA), ds->path, r->nunits, label(lang, L_UNITS));
  Table t = { m->ngroups + 5, r->nunits + 1, NULL, NULL };
  t.cell = calloc((size_t)t.nrows, sizeof *t.cell);
  t.right = calloc((size_t)t.ncols, sizeof *t.right);
  if (!t.cell || !t.right) { free(t.cell); free(t.right); return; }
  for (int i = 0; i < t.nrows; i++) t.cell[i] = calloc((size_t)t.ncols, sizeof **t.cell);
  put(&t, 0, 0, label(lang, L_UNIT));
  put(&t, 0, 1, label(lang, L_NAME));
  for (int g = 0; g < m->ngroups; g++) { put(&t, 0, 2 + g, m->groups[g].code); t.right[2 + g] = true; }
  put(&t, 0, 2 + m->ngroups, label(lang, L_TOTAL));
  put(&t, 0, 3 + m->ngroups, label(lang, L_RANK));
  put(&t, 0, 4 + m->ngroups, label(lang, L_STATUS));
  t.right[2 + m->ngroups] = t.right[3 + m->ngroups] = true;
  for (int u = 0; u < r->nunits; u++) {
    char buf[64];
    if (t.cell[u + 1] == NULL) continue;
    put(&t, u + 1, 0, ds->unit_ids[u]);
    put(&t, u + 1, 1, ds->names[u]);
    for (int g = 0; g < m->ngroups; g++) {
      fmt_fixed(buf, sizeof buf, group_sum(r, u, g), d->decimals);
      put(&t, u + 1, 2 + g, buf);
    }
    fmt_fixed(buf, sizeof buf, r->total[u], d->decimals);
    put(&t, u + 1, 2 + m->ngroups, buf);
    snprintf(buf, sizeof buf, "%d", r->rank[u]);
    put(&t, u + 1, 3 + m->ngroups, r->rank[u] ? buf : "");
    snprintf(buf, sizeof buf, label(lang, L_UNSCORED), r->unscored[u]);
    put(&t, u + 1, 4 + m->ngroups, r->unscored[u] ? buf : label(lang, L_COMPLETE));
  }
  print_table(out, &t);
  for (int i = 0; i < t.nrows; i++) {
    for (int c = 0; t.cell[i] && c < t.ncols; c++) free(t.cell[i][c]);
    free(t.cell[i]);
  }
  free(t.cell);
  free(t.right);
}

/* ------------------------------------------------------------ CSV */

void results_csv(FILE *out, const Model *m, const Dataset *ds, const Results *r) {
  fputs("unit,name", out);
  for (int g = 0; g < m->ngroups; g++) { fputc(',', out); csv_field(out, m->groups[g].code); }
  fputs(",total,rank,status\n", out);
  for (int u = 0; u < r->nunits; u++) {
    char buf[64];
    csv_field(out, ds->unit_ids[u]);
    fputc(',', out);
    csv_field(out, ds->names[u]);
    for (int g = 0; g < m->ngroups; g++) {
      fmt_fixed(buf, sizeof buf, group_sum(r, u, g), m->dec.decimals);
      fprintf(out, ",%s", buf);
    }
    fmt_fixed(buf, sizeof buf, r->total[u], m->dec.decimals);
    fprintf(out, ",%s,", buf);
    if (r->rank[u]) fprintf(out, "%d", r->rank[u]);
    fprintf(out, ",%s\n", r->unscored[u] ? "incomplete" : "ok");
  }
}

/* ------------------------------------------------------------ JSON */

void results_json(FILE *out, const Model *m, const Dataset *ds, const Results *r) {
  fputs("{\"decision\":", out);
  json_decision(out, m);
  fputs(",\"dataset\":", out);
  json_string(out, ds->path);
  fputs(",\"units\":[", out);
  for (int u = 0; u < r->nunits; u++) {
    fputs(u ? ",\n{" : "\n{", out);
    fputs("\"unit\":", out); json_string(out, ds->unit_ids[u]);
    fputs(",\"name\":", out); json_string(out, ds->names[u]);
    fputs(",\"groups\":{", out);
    for (int g = 0; g < m->ngroups; g++) {
      if (g) fputc(',', out);
      json_string(out, m->groups[g].code);
      fputc(':', out);
      json_number(out, group_sum(r, u, g));
    }
    fputs("},\"total\":", out);
    json_number(out, r->total[u]);
    fputs(",\"rank\":", out);
    if (r->rank[u]) fprintf(out, "%d", r->rank[u]); else fputs("null", out);
    fprintf(out, ",\"unscored\":%d,\"status\":\"%s\"}", r->unscored[u],
            r->unscored[u] ? "incomplete" : "ok");
  }
  fputs("\n]}\n", out);
}
