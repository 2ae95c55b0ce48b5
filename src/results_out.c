/*
** results_out.c — writing results (see results_out.h).
*/
#include "results_out.h"

#include <stdlib.h>
#include <string.h>

#include "fmt.h"
#include "outcomes_out.h"
#include "table.h"
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

void results_heading(FILE *out, const Model *m, const Dataset *ds, const Results *r, Lang lang) {
  const Decision *d = &m->dec;
  fprintf(out, "%s %s", label(lang, L_DECISION), d->number ? d->number : d->id);
  if (d->issued) fprintf(out, " (%s)", d->issued);
  fprintf(out, " — %s\n", d->title ? d->title : "");
  fprintf(out, "%s: %s, %d %s\n\n", label(lang, L_DATA), ds->path, r->nunits,
          label_n(lang, L_UNITS, L_UNIT_ONE, r->nunits));
}

int results_fill(Table *t, const Model *m, const Dataset *ds, const Results *r, Lang lang) {
  if (m->ctx_kind != CTX_NONE) return outcomes_fill(t, m, ds, r, lang);
  const Decision *d = &m->dec;
  if (table_init(t, m->ngroups + 5, r->nunits + 1) != 0) return -1;
  table_put(t, 0, 0, label(lang, L_UNIT));
  table_put(t, 0, 1, label(lang, L_NAME));
  for (int g = 0; g < m->ngroups; g++) { table_put(t, 0, 2 + g, m->groups[g].code); t->right[2 + g] = true; }
  table_put(t, 0, 2 + m->ngroups, label(lang, L_TOTAL));
  table_put(t, 0, 3 + m->ngroups, label(lang, L_RANK));
  table_put(t, 0, 4 + m->ngroups, label(lang, L_STATUS));
  t->right[2 + m->ngroups] = t->right[3 + m->ngroups] = true;
  for (int u = 0; u < r->nunits; u++) {
    char buf[64];
    table_put(t, u + 1, 0, ds->unit_ids[u]);
    table_put(t, u + 1, 1, ds->names[u]);
    for (int g = 0; g < m->ngroups; g++) {
      fmt_fixed(buf, sizeof buf, group_sum(r, u, g), d->decimals);
      table_put(t, u + 1, 2 + g, buf);
    }
    fmt_fixed(buf, sizeof buf, r->total[u], d->decimals);
    table_put(t, u + 1, 2 + m->ngroups, buf);
    snprintf(buf, sizeof buf, "%d", r->rank[u]);
    table_put(t, u + 1, 3 + m->ngroups, r->rank[u] ? buf : "");
    snprintf(buf, sizeof buf, label_n(lang, L_UNSCORED, L_UNSCORED_ONE, r->unscored[u]),
             r->unscored[u]);
    table_put(t, u + 1, 4 + m->ngroups, r->unscored[u] ? buf : label(lang, L_COMPLETE));
  }
  return 0;
}

void results_table(FILE *out, const Model *m, const Dataset *ds, const Results *r, Lang lang) {
  if (m->ctx_kind != CTX_NONE) { outcomes_table(out, m, ds, r, lang); return; }
  results_heading(out, m, ds, r, lang);
  Table t;
  if (results_fill(&t, m, ds, r, lang) != 0) return;
  table_print(out, &t);
  table_free(&t);
}

/* ------------------------------------------------------------ CSV */

void results_csv(FILE *out, const Model *m, const Dataset *ds, const Results *r) {
  if (m->ctx_kind != CTX_NONE) { outcomes_csv(out, m, ds, r); return; }
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
  if (m->ctx_kind != CTX_NONE) { outcomes_json(out, m, ds, r); return; }
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
