/*
** fuzz_lists.c — libFuzzer harness for list tables (src/lists.c, src/list_cond.c,
** src/lists_out.c): the list files of tests/cli/fixtures/lists/lists.lua, read, checked and
** aggregated into its dataset (tests/cli/fixtures/lists/lists.csv), then every unit
** explained (rows counted and not counted) and the trace written and checked as JSON.
**
** The input is  DAN_SO \0 TO_CHUC : the resident list up to the first NUL byte, then the
** list of organisations (without a NUL: the resident list only). Both are given in memory
** (ListFile.text), as --list would give files. A failed evaluation must come with a finding.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_json.h"
#include "exitcodes.h"
#include "lists.h"
#include "readfile.h"
#include "results_out.h"
#include "session.h"
#include "trace_out.h"

#define FIX "tests/cli/fixtures/lists/"

static FILE *null_out(void) {
  static FILE *f;
  if (f == NULL) f = getenv("FUZZ_VERBOSE") ? stderr : fopen("/dev/null", "w");
  if (f == NULL) abort();
  return f;
}

static void write_trace(FILE *out, void *arg) {
  Session *s = arg;
  trace_json(out, &s->model, &s->data, &s->results);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static char *csv;
  static size_t csv_len;
  if (csv == NULL && (csv = read_file(FIX "lists.csv", &csv_len)) == NULL) abort();
  const char *text = (const char *)data;
  const char *nul = memchr(text, '\0', size);
  size_t first = nul ? (size_t)(nul - text) : size;
  ListFile lists[2] = { { "dan_so", "fuzz.dan_so.csv", text, first },
                        { "to_chuc", "fuzz.to_chuc.csv", nul ? nul + 1 : "", nul ? size - first - 1 : 0 } };
  EvalRequest req = { false, true, 0, NULL, NULL, NULL, lists, 2, false };
  Session s = { 0 };
  if (session_load_script(&s, FIX "lists.lua") != EXIT_OK) abort();
  int rc = session_evaluate_source(&s, "fuzz.csv", csv, csv_len, &req);
  if (rc != EXIT_OK && s.data_diags.n == 0) abort();          /* a problem nobody is told of */
  if (s.have_results) {
    results_csv(null_out(), &s.model, &s.data, &s.results);
    for (int u = 0; u < s.data.nunits; u++)
      explain_unit(null_out(), &s.model, &s.data, &s.results, u, -1, LANG_VI);
    check_json(write_trace, &s);
  }
  diag_print(&s.script_diags, null_out());
  diag_print(&s.data_diags, null_out());
  session_free(&s);
  return 0;
}
