/*
** testutil.h — what every cmocka unit test includes, and helpers to build a model
** from script text and a dataset from CSV text without touching files.
*/
#ifndef TC_TESTUTIL_H
#define TC_TESTUTIL_H
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "compile.h"
#include "dataset.h"
#include "diag.h"
#include "eval.h"
#include "host.h"
#include "model.h"

/* Run script text (named "test.lua" in messages) and compile it, as the CLI does:
** compiled even when the declarations have errors, so that all are reported.
** Returns 0 when it loaded and compiled without errors. */
static inline int tu_model(const char *src, Model *m, DiagList *dl) {
  memset(m, 0, sizeof *m);
  int rc = host_load_source("test.lua", src, strlen(src), NULL, m, dl);
  int compiled = compile_model(m, dl);
  return rc != 0 || compiled != 0 ? -1 : 0;
}

/* Read CSV text (named "test.csv") for model m. */
static inline int tu_data(const char *csv, const Model *m, bool decimal_comma, Dataset *ds,
                          DiagList *dl) {
  DataOptions opt = { decimal_comma, NULL };
  return dataset_parse("test.csv", csv, strlen(csv), m, &opt, ds, dl);
}

/* The findings as diag_print writes them, in a malloc'd string. */
static inline char *tu_diags(const DiagList *dl) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  if (f == NULL) return NULL;
  diag_print(dl, f);
  fclose(f);
  return buf;
}
/* A model, its data and the results of evaluating it, with their findings. */
typedef struct Fix {
  Model m;
  Dataset ds;
  Results r;
  DiagList sd, dd;      /* script findings, data findings */
} Fix;

/* Build the model, read the data and evaluate with the trace on (judging the year period,
** for targets per year, or 0); a script that does not compile fails the test, showing its
** findings. */
static inline void tu_fix_load_period(Fix *f, const char *script, const char *csv, int period) {
  memset(f, 0, sizeof *f);
  if (tu_model(script, &f->m, &f->sd) != 0) {
    char *t = tu_diags(&f->sd);
    print_error("script failed:\n%s", t ? t : "");
    free(t);
    fail();
  }
  assert_int_equal(tu_data(csv, &f->m, false, &f->ds, &f->dd), 0);
  EvalOptions opt = { true, period, NULL, NULL, NULL };
  assert_int_equal(eval_run_opts(&f->m, &f->ds, &opt, &f->r, &f->dd), 0);
}

static inline void tu_fix_load(Fix *f, const char *script, const char *csv) {
  tu_fix_load_period(f, script, csv, 0);
}

static inline void tu_fix_free(Fix *f) {
  results_free(&f->r);
  dataset_free(&f->ds);
  model_free(&f->m);
  diag_free(&f->sd);
  diag_free(&f->dd);
}
#endif
