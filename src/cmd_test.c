/*
** cmd_test.c — tieuchi test SCRIPT: run the test cases written beside a criteria script
** (SCRIPT.test.lua, read by testfile.c) and say, per case, ok or FAIL; for a failure the
** value expected, the value found and the derivation of the value found, as explain
** prints it. Exit codes: 0 every case passed, 1 a case failed, 2 usage (no test file),
** 3 an error in the script or in the test file.
**
** A case is evaluated as a dataset of its own: a CSV text made of one row (the case's
** inputs) or of the rows of the dataset it names, with its inputs written over the
** cells of its unit. The evaluation is the one of `run`, so a test says what `run` says.
*/
#include "commands.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cmdutil.h"
#include "csv.h"
#include "emit.h"
#include "exitcodes.h"
#include "fmt.h"
#include "i18n.h"
#include "session.h"
#include "testfile.h"
#include "trace_out.h"

#define CASE_UNIT "test"   /* the unit id of a case that has a unit of its own */

/* ---------------------------------------------------------------- the case's dataset */

/* A cell as CSV: quoted when it holds a separator, a quote, a line break or spaces
** around it. */
static void put_cell(FILE *f, const char *s, bool first) {
  if (!first) fputc(',', f);
  size_t n = strlen(s);
  bool quote = strpbrk(s, ",\"\r\n;") != NULL || (n && (s[0] == ' ' || s[n - 1] == ' '));
  if (!quote) { fputs(s, f); return; }
  fputc('"', f);
  for (; *s; s++) {
    if (*s == '"') fputc('"', f);
    fputc(*s, f);
  }
  fputc('"', f);
}

static bool same_header(const char *a, const char *b) {
  while (*a == ' ') a++;
  size_t n = strlen(a);
  while (n && a[n - 1] == ' ') n--;
  return strlen(b) == n && strncasecmp(a, b, n) == 0;
}

static int find_column(const CsvTable *t, const char *name) {
  for (size_t c = 0; c < t->ncols; c++)
    if (same_header(t->header[c].s, name)) return (int)c;
  return -1;
}

/* A case's inputs only: "unit,<inputs>" and one row. */
static void own_unit_csv(FILE *f, const TestCase *c) {
  put_cell(f, "unit", true);
  for (int i = 0; i < c->ninputs; i++) put_cell(f, c->inputs[i].name, false);
  fputc('\n', f);
  put_cell(f, CASE_UNIT, true);
  for (int i = 0; i < c->ninputs; i++) put_cell(f, c->inputs[i].text, false);
  fputc('\n', f);
}

/* Every record of t, the case's inputs over the cells of its unit (new columns at the
** end for the inputs t has no column for). Returns 0, or -1 when the unit is not there. */
static int based_csv(FILE *f, const CsvTable *t, const TestCase *c, Arena *a) {
  int ucol = find_column(t, "unit");
  int *cols = arena_alloc(a, sizeof *cols * (size_t)(c->ninputs + 1));
  size_t row = (size_t)-1;
  for (size_t r = 0; cols && ucol >= 0 && r < t->nrecords && row == (size_t)-1; r++)
    if (same_header(csv_cell(t, r, (size_t)ucol)->s, c->unit)) row = r;
  if (row == (size_t)-1) return -1;
  for (size_t k = 0; k < t->ncols; k++) put_cell(f, t->header[k].s, k == 0);
  for (int i = 0; i < c->ninputs; i++) {
    cols[i] = find_column(t, c->inputs[i].name);
    if (cols[i] < 0) put_cell(f, c->inputs[i].name, false);
  }
  fputc('\n', f);
  for (size_t r = 0; r < t->nrecords; r++) {
    for (size_t k = 0; k < t->ncols; k++) {
      const char *s = csv_cell(t, r, k)->s;
      for (int i = 0; r == row && i < c->ninputs; i++)
        if (cols[i] == (int)k) s = c->inputs[i].text;
      put_cell(f, s, k == 0);
    }
    for (int i = 0; i < c->ninputs; i++)
      if (cols[i] < 0) put_cell(f, r == row ? c->inputs[i].text : "", false);
    fputc('\n', f);
  }
  return 0;
}

/* ---------------------------------------------------------------- one check */

typedef struct Run {
  Session s;
  int u;                  /* the case's unit */
  const TestCase *c;
  Lang lang;
} Run;

/* What was found: a number, a yes/no, or a word (missing, undefined, not assigned…). */
typedef struct Found { CheckKind kind; double num; bool yes; const char *word; int ind; } Found;

static Found found_value(const Value *v) {
  switch (v->kind) {
    case V_NUM: return (Found){ CK_NUM, v->n, false, NULL, -1 };
    case V_BOOL: return (Found){ CK_BOOL, 0, v->n != 0, NULL, -1 };
    case V_MISSING: return (Found){ CK_STR, 0, false, "missing", -1 };
    case V_UNDEF: return (Found){ CK_STR, 0, false, "undefined", -1 };
    default: return (Found){ CK_STR, 0, false, "na", -1 };
  }
}

/* The context of met["code"] or met["code@ctx"]: the unit's, the only one, or the one named. */
static int met_context(const Run *r, const char *at) {
  const Model *m = &r->s.model;
  if (at) return model_find_context(m, at);
  if (r->s.results.period[r->u] >= 0) return r->s.results.period[r->u];
  return m->nctx == 1 ? 0 : -1;
}

/* The value a check looks at, or a message when it names nothing: NULL when found. */
static const char *find(Run *r, const TestCheck *ck, Found *f) {
  const Model *m = &r->s.model;
  const Results *res = &r->s.results;
  int u = r->u;
  *f = (Found){ CK_NUM, 0, false, NULL, -1 };
  if (strcmp(ck->what, "score") == 0 || strcmp(ck->what, "value") == 0
      || strcmp(ck->what, "met") == 0) {
    char code[256];
    snprintf(code, sizeof code, "%s", ck->key);
    char *at = strchr(code, '@');
    if (at) *at++ = '\0';
    int k = model_find_indicator(m, code);
    if (k < 0) return _("the script has no indicator with this code");
    if (ck->what[0] == 's') {
      const Score *sc = results_score(res, u, k);
      if (m->inds[k].is_value) return _("a criterion met or not has no score: check value or met");
      *f = score_counts(sc) ? (Found){ CK_NUM, sc->value, false, NULL, -1 }
         : (Found){ CK_STR, 0, false, sc->status == S_MISSING ? "missing" : "undefined", -1 };
    } else if (ck->what[0] == 'v') {
      Value v = eval_value(m, res, u, k);
      *f = found_value(&v);
    } else {
      int c = met_context(r, at);
      if (c < 0) return _("say in which context: [\"code@context\"] (a year, level or tier code)");
      *f = found_value(results_met(res, u, k, c));
    }
    f->ind = k;
  } else if (strcmp(ck->what, "group") == 0) {
    int g = model_find_group(m, ck->key);
    if (g < 0) return _("the script has no group with this code");
    *f = (Found){ CK_NUM, res->group_sum[(size_t)u * (size_t)m->ngroups + (size_t)g], false, NULL, -1 };
  } else if (strcmp(ck->what, "total") == 0) {
    *f = (Found){ CK_NUM, res->total[u], false, NULL, -1 };
  } else if (strcmp(ck->what, "rank") == 0) {
    *f = (Found){ CK_NUM, res->rank[u], false, NULL, -1 };
  } else if (strcmp(ck->what, "level") == 0) {
    if (m->nctx == 0 || m->ctx_kind != CTX_LEVELS) return _("the script has no levels");
    *f = res->level[u] < 0 ? (Found){ CK_STR, 0, false, "unknown", -1 }
       : (Found){ CK_NUM, res->level[u], false, NULL, -1 };
  } else {
    int i = model_find_recognition(m, ck->key);
    if (i < 0) return _("the script has no recognition with this name");
    *f = found_value(&res->recog[(size_t)u * (size_t)res->nrecs + (size_t)i]);
  }
  return NULL;
}

/* A level's expected number: a number, or a level's code or label. */
static bool level_expected(const Model *m, const TestCheck *ck, double *n) {
  if (ck->kind == CK_NUM) { *n = ck->num; return true; }
  if (ck->kind != CK_STR) return false;
  for (int c = 0; c < m->nctx; c++)
    if (strcmp(m->ctxs[c].code, ck->str) == 0 || strcmp(m->ctxs[c].label, ck->str) == 0) {
      *n = c + 1;
      return true;
    }
  return false;
}

static bool matches(const Run *r, const TestCheck *ck, const Found *f) {
  double want;
  if (strcmp(ck->what, "level") == 0 && f->kind == CK_NUM && level_expected(&r->s.model, ck, &want))
    return want == f->num;
  if (ck->kind != f->kind) return false;
  if (ck->kind == CK_NUM) return fabs(ck->num - f->num) <= r->c->tolerance + 1e-9;
  if (ck->kind == CK_BOOL) return ck->yes == f->yes;
  return strcmp(ck->str, f->word) == 0;
}

static void show(FILE *out, CheckKind kind, double num, bool yes, const char *word) {
  if (kind == CK_NUM) {
    char buf[64];
    fmt_exact(buf, sizeof buf, num);
    fputs(buf, out);
  } else if (kind == CK_BOOL) {
    fputs(yes ? "true" : "false", out);
  } else {
    fprintf(out, "\"%s\"", word);
  }
}

/* The derivation of what was found, each line indented under the failure. */
static void derivation(FILE *out, Run *r, const Found *f) {
  char *text = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&text, &len);
  if (mem == NULL) return;
  Emit e = { mem, false };
  if (f->ind >= 0) explain_derivation(&e, &r->s.model, &r->s.data, &r->s.results, r->u, f->ind, r->lang);
  else explain_totals(&e, &r->s.model, &r->s.data, &r->s.results, r->u, r->lang);
  fclose(mem);
  for (char *line = text, *nl; line && *line; line = nl ? nl + 1 : NULL) {
    nl = strchr(line, '\n');
    fprintf(out, "        %.*s\n", nl ? (int)(nl - line) : (int)strlen(line), line);
  }
  free(text);
}

/* Every check of the case: the number of failures. The first line says FAIL once. */
static int check_case(FILE *out, Run *r, int n, const char *file) {
  int failed = 0;
  bool totals_shown = false;   /* the totals' derivation, once for all their checks */
  for (int i = 0; i < r->c->nchecks; i++) {
    const TestCheck *ck = &r->c->checks[i];
    Found f;
    const char *why = find(r, ck, &f);
    if (why == NULL && matches(r, ck, &f)) continue;
    if (failed++ == 0) fprintf(out, "FAIL %d %s (%s:%d)\n", n, r->c->name, file, r->c->line);
    fprintf(out, "     %s%s%s: ", ck->what, *ck->key ? " " : "", ck->key);
    if (why) { fprintf(out, "%s\n", why); continue; }
    fprintf(out, _("expected "));
    show(out, ck->kind, ck->num, ck->yes, ck->str);
    fprintf(out, _(", found "));
    show(out, f.kind, f.num, f.yes, f.word);
    fputc('\n', out);
    if (f.ind < 0 && totals_shown) continue;
    totals_shown = totals_shown || f.ind < 0;
    derivation(out, r, &f);
  }
  return failed;
}

/* ---------------------------------------------------------------- one case */

/* A path of the test file (data, children): relative to the test file's folder. */
static char *beside(Arena *a, const char *file, const char *rel) {
  if (rel == NULL) return NULL;
  const char *slash = strrchr(file, '/');
  if (rel[0] == '/' || slash == NULL) return arena_strdup(a, rel);
  return arena_printf(a, "%.*s%s", (int)(slash - file + 1), file, rel);
}

/* The case's CSV text in *text (malloc'd), or a message. */
static const char *case_csv(const TestCase *c, const char *data, char **text, size_t *len,
                            Arena *a) {
  CsvTable t = { 0 };
  if (data && csv_read_file(data, &t) != 0) { csv_free(&t); return _("cannot read the dataset"); }
  FILE *f = open_memstream(text, len);
  if (f == NULL) { csv_free(&t); return _("out of memory"); }
  int rc = data ? based_csv(f, &t, c, a) : (own_unit_csv(f, c), 0);
  fclose(f);
  csv_free(&t);
  return rc == 0 ? NULL : _("the dataset has no row with this unit");
}

/* Load, evaluate and check one case: 0 passed, 1 failed, -1 the script has an error. */
static int run_case(FILE *out, const Options *o, const TestFile *tf, int n, Arena *a) {
  const TestCase *c = &tf->cases[n - 1];
  Run r = { .c = c, .lang = o->lang, .u = -1 };
  const char *data = beside(a, tf->path, c->data);
  char *text = NULL;
  size_t len = 0;
  const char *why = NULL;
  if (session_load_script(&r.s, o->args[0]) != EXIT_OK) {
    session_print_diags(&r.s);
    session_free(&r.s);
    return -1;
  }
  for (int i = 0; i < c->ninputs && !why; i++)
    if (model_find_input(&r.s.model, c->inputs[i].name) < 0)
      why = arena_printf(a, _("the script has no input \"%s\""), c->inputs[i].name);
  if (!why) why = case_csv(c, data, &text, &len, a);
  if (!why) {
    EvalRequest req = { false, true, c->period, beside(a, tf->path, c->children), NULL, NULL, NULL, 0, true };
    char *name = data ? (char *)data : arena_printf(a, _("(case %d)"), n);
    session_evaluate_source(&r.s, name, text, len, &req);
    if (!r.s.have_results) why = _("the case could not be evaluated (see the findings)");
    if (!why) r.u = dataset_find_unit(&r.s.data, c->unit ? c->unit : CASE_UNIT);
    if (!why && r.u < 0) why = _("the dataset has no row with this unit");
  }
  int failed = 0;
  if (why) {
    fprintf(out, "FAIL %d %s (%s:%d)\n     %s%s%s\n", n, c->name, tf->path, c->line, why,
            c->unit ? ": " : "", c->unit ? c->unit : "");
    session_print_diags(&r.s);
    failed = 1;
  } else {
    failed = check_case(out, &r, n, tf->path) > 0;
    if (!failed) fprintf(out, "ok   %d %s\n", n, c->name);
  }
  free(text);
  session_free(&r.s);
  return failed;
}

int cmd_test(const Options *o) {
  int rc = cmd_need_args(o, 1, "tieuchi test SCRIPT");
  if (rc) return rc;
  Arena a = { 0 };
  DiagList dl = { 0 };
  TestFile tf;
  const char *path = testfile_path_for(&a, o->args[0]);
  rc = path ? testfile_load(path, &tf, &dl) : EXIT_USAGE;
  diag_print(&dl, stderr);
  int passed = 0, failed = 0;
  for (int n = 1; rc == EXIT_OK && n <= tf.ncases; n++) {
    int f = run_case(stdout, o, &tf, n, &a);
    if (f < 0) rc = EXIT_SCRIPT;
    else if (f) failed++;
    else passed++;
  }
  if (rc == EXIT_OK) {
    printf(_("%d passed, %d failed\n"), passed, failed);
    if (tf.ncases == 0) fprintf(stderr, _("tieuchi: %s has no case\n"), path);
    rc = failed ? EXIT_DATA : EXIT_OK;
  }
  if (path) testfile_free(&tf);
  diag_free(&dl);
  arena_free(&a);
  return rc;
}
