/*
** fuzz_eval.c — libFuzzer harness for a whole run: a criteria script and a dataset,
** checked as `tieuchi check` does (src/checks.c), evaluated end to end through
** src/session.c as `tieuchi run` does, then every output written to a null stream: the
** results (table, CSV, JSON), the trace, the explanation of the first unit, and the
** findings. The JSON outputs are checked (check_json.h); an error must come with a
** finding.
**
** The input is  SCRIPT \0 OPTIONS CSV : the script up to the first NUL byte, then one
** byte of options (bit 0: --decimal-comma; bits 1-2: --period none, 2023, 2024, 2025;
** bit 3: --lang en), then the dataset. Without a NUL the dataset is empty. The script is
** named fuzz.lua in the current folder, so that `extends` and `children` paths are
** relative to it: the seeds name tests/cli/fixtures/… and run from the repository's root.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_json.h"
#include "checks.h"
#include "diag.h"
#include "exitcodes.h"
#include "results_out.h"
#include "session.h"
#include "trace_out.h"

/* Where outputs go: nowhere, or stderr with FUZZ_VERBOSE=1 (to look at one input). */
static FILE *null_out(void) {
  static FILE *f;
  if (f == NULL) f = getenv("FUZZ_VERBOSE") ? stderr : fopen("/dev/null", "w");
  if (f == NULL) abort();
  return f;
}

/* Findings of the session and of its children's sessions. */
static void print_diags(const Session *s) {
  if (s->child) print_diags(s->child);
  diag_print(&s->script_diags, null_out());
  diag_print(&s->data_diags, null_out());
}

/* How many findings the session and its children's sessions hold. */
static size_t count_diags(const Session *s) {
  return (s->child ? count_diags(s->child) : 0) + s->script_diags.n + s->data_diags.n;
}

static void write_json(FILE *out, void *arg) {
  Session *s = arg;
  results_json(out, &s->model, &s->data, &s->results);
  trace_json(out, &s->model, &s->data, &s->results);
}

/* What cmd_run and cmd_explain write once the session has results. */
static void write_outputs(Session *s, Lang lang) {
  FILE *out = null_out();
  results_table(out, &s->model, &s->data, &s->results, lang);
  results_csv(out, &s->model, &s->data, &s->results);
  check_json(write_json, s);
  if (s->data.nunits > 0) explain_unit(out, &s->model, &s->data, &s->results, 0, -1, lang);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *text = (const char *)data;
  const char *nul = memchr(text, '\0', size);
  size_t slen = nul ? (size_t)(nul - text) : size;
  uint8_t opts = nul && slen + 1 < size ? data[slen + 1] : 0;
  const char *csv = nul && slen + 1 < size ? text + slen + 2 : "";
  size_t clen = nul && slen + 1 < size ? size - slen - 2 : 0;
  static const int periods[] = { 0, 2023, 2024, 2025 };
  EvalRequest req = { opts & 1, true, periods[(opts >> 1) & 3], NULL, NULL, NULL, NULL, 0, false };

  Session s = { 0 };
  int rc = session_load_source(&s, "fuzz.lua", text, slen);
  if (rc != EXIT_OK && s.script_diags.nerrors == 0) abort();   /* an error nobody is told of */
  if (rc == EXIT_OK) {
    checks_run(&s.model, &s.script_diags);
    rc = session_evaluate_source(&s, "fuzz.csv", csv, clen, &req);
    if (rc != EXIT_OK && count_diags(&s) == 0) abort();      /* data problems unreported */
    if (s.have_results) write_outputs(&s, opts & 8 ? LANG_EN : LANG_VI);
  }
  print_diags(&s);
  session_free(&s);
  return 0;
}
