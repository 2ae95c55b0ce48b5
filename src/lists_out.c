/*
** lists_out.c — the rows behind an input a list gave: for `explain` (and the report, through
** emit.c) the rows counted as line ranges and the rows not counted with their name and why;
** for the JSON trace the same as ranges, with the first rows not counted spelled out.
*/
#include "lists_out.h"

#include <stdio.h>
#include <string.h>

#include "fmt.h"
#include "i18n.h"
#include "lists.h"

#define EXPLAIN_NOT_COUNTED 10   /* rows not counted shown one by one in explain */
#define EXPLAIN_RANGES 20        /* runs of rows shown in explain */
#define TRACE_NOT_COUNTED 20     /* rows not counted spelled out in the trace */

/* Runs of consecutive lines, built as the rows are visited in file order. */
typedef struct Runs {
  size_t first[EXPLAIN_RANGES], last[EXPLAIN_RANGES];
  size_t n;                      /* runs in all (only the first EXPLAIN_RANGES are kept) */
  size_t prev;                   /* the last line added */
} Runs;

static void runs_add(Runs *r, size_t line) {
  bool same = r->n > 0 && r->prev + 1 == line;
  r->prev = line;
  if (same) {
    if (r->n <= EXPLAIN_RANGES) r->last[r->n - 1] = line;
    return;
  }
  if (r->n < EXPLAIN_RANGES) r->first[r->n] = r->last[r->n] = line;
  r->n++;
}

/* ------------------------------------------------------------ explain */

typedef struct Explain {
  Emit *e;
  const ListTable *t;
  const char *indent;
  bool emit;                     /* the second pass: write the rows not counted */
  Runs counted;
  size_t shown, not_counted;
} Explain;

static bool count_row(void *ctx, uint32_t row, bool counted, const char *why) {
  Explain *x = ctx;
  size_t line = lists_row_line(x->t, row);
  if (!x->emit) {
    if (counted) runs_add(&x->counted, line);
    else x->not_counted++;
    return true;
  }
  if (counted) return true;
  if (x->shown++ == EXPLAIN_NOT_COUNTED) return false;
  const char *name = lists_row_name(x->t, row);
  emit_begin(x->e, x->indent);
  emit_printf(x->e, _("not counted: row %zu"), line);
  if (name[0]) emit_printf(x->e, ", %s", name);
  if (why[0]) emit_span(x->e, "muted", " — %s", why);
  emit_end(x->e);
  return true;
}

/* "2–9, 11–21, …" into buf. */
static const char *runs_text(const Runs *r, char *buf, size_t size) {
  size_t len = 0;
  buf[0] = '\0';
  for (size_t i = 0; i < r->n && i < EXPLAIN_RANGES && len < size; i++) {
    int k = r->first[i] == r->last[i]
              ? snprintf(buf + len, size - len, "%s%zu", i ? ", " : "", r->first[i])
              : snprintf(buf + len, size - len, "%s%zu–%zu", i ? ", " : "", r->first[i], r->last[i]);
    if (k > 0) len += (size_t)k;
  }
  if (r->n > EXPLAIN_RANGES && len < size) snprintf(buf + len, size - len, ", …");
  return buf;
}

void lists_explain(Emit *e, const InputOrigin *o, int unit, const char *indent) {
  char agg[512];
  const ListTable *t = o->list;
  emit_begin(e, indent);
  emit_span(e, "src", _("from list %s (%s): %s"), t->decl->name, t->path,
            lists_agg_text(o->agg, agg, sizeof agg));
  emit_end(e);
  if (o->au->source == AGG_NO_ROWS) {
    emit_line(e, indent, "%s", _("the list has no row for this unit, and the dataset no figure: 0 rows"));
    return;
  }
  Explain x = { e, t, indent, false, { { 0 }, { 0 }, 0, 0 }, 0, 0 };
  lists_rows(t, o->agg, unit, false, count_row, &x);
  char runs[EXPLAIN_RANGES * 24 + 8];
  if (x.counted.n > 0)
    emit_line(e, indent, _("%u of %u rows counted: rows %s"), o->au->counted, o->au->rows,
              runs_text(&x.counted, runs, sizeof runs));
  else
    emit_line(e, indent, _("%u of %u rows counted"), o->au->counted, o->au->rows);
  x.emit = true;
  lists_rows(t, o->agg, unit, false, count_row, &x);
  if (x.not_counted > EXPLAIN_NOT_COUNTED)
    emit_line(e, indent, _("… and %zu more rows not counted (the trace, --trace, lists them all)"),
              x.not_counted - EXPLAIN_NOT_COUNTED);
}

/* ------------------------------------------------------------ trace */

typedef struct Trace {
  FILE *out;
  const ListTable *t;
  bool counted;                  /* which rows this pass writes */
  size_t first, last, n;         /* the open run */
  size_t spelled;
} Trace;

static void close_run(Trace *x) {
  if (x->n == 0) return;
  fprintf(x->out, "%s[%zu,%zu]", x->n > 1 ? "," : "", x->first, x->last);
}

static bool run_row(void *ctx, uint32_t row, bool counted, const char *why) {
  Trace *x = ctx;
  (void)why;
  if (counted != x->counted) return true;
  size_t line = lists_row_line(x->t, row);
  if (x->n > 0 && x->last + 1 == line) { x->last = line; return true; }
  if (x->n > 0) close_run(x);
  x->n++;
  x->first = x->last = line;
  return true;
}

static bool spell_row(void *ctx, uint32_t row, bool counted, const char *why) {
  Trace *x = ctx;
  if (counted) return true;
  if (x->spelled++ == TRACE_NOT_COUNTED) return false;
  fprintf(x->out, "%s{\"row\":%zu,\"name\":", x->spelled > 1 ? "," : "", lists_row_line(x->t, row));
  json_string(x->out, lists_row_name(x->t, row));
  fputs(",\"why\":", x->out);
  json_string(x->out, why);
  fputs("}", x->out);
  return true;
}

static void ranges(FILE *out, const InputOrigin *o, int unit, bool counted) {
  Trace x = { out, o->list, counted, 0, 0, 0, 0 };
  fputs("[", out);
  lists_rows(o->list, o->agg, unit, true, run_row, &x);
  close_run(&x);
  fputs("]", out);
}

/* ,"list":{"name","file","aggregate","source","rows","counted","counted_rows":[[a,b]…],
** "not_counted_rows":[[a,b]…],"not_counted":[{row,name,why}… the first 20]} */
void lists_json(FILE *out, const InputOrigin *o, int unit) {
  char agg[512];
  const ListTable *t = o->list;
  fputs(",\"list\":{\"name\":", out);
  json_string(out, t->decl->name);
  fputs(",\"file\":", out);
  json_string(out, t->path);
  fputs(",\"aggregate\":", out);
  json_string(out, lists_agg_text(o->agg, agg, sizeof agg));
  fprintf(out, ",\"source\":\"%s\",\"rows\":%u,\"counted\":%u,\"counted_rows\":",
          o->au->source == AGG_NO_ROWS ? "no rows" : "list", o->au->rows, o->au->counted);
  ranges(out, o, unit, true);
  fputs(",\"not_counted_rows\":", out);
  ranges(out, o, unit, false);
  fputs(",\"not_counted\":[", out);
  Trace x = { out, t, false, 0, 0, 0, 0 };
  lists_rows(t, o->agg, unit, true, spell_row, &x);
  fputs("]}", out);
}
