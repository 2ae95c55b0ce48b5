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
  DataOptions opt = { decimal_comma };
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
#endif
