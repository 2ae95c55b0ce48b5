/*
** test_fuzz.c — regression tests for what fuzzing found (tests/fuzz/, docs/testing.md).
** Each test says which input of tests/fuzz/regressions/ it stands for; the inputs
** themselves are run by tests/fuzz/run.sh when clang is installed.
*/
#include "testutil.h"

#include "exitcodes.h"
#include "fmt.h"
#include "text.h"
#include "trace_out.h"

#define HEAD "decision 'd' { title = 't', total = 10 }\n" \
             "group '1' { 'g', max = 10 }\n"

/* Load and compile src as the CLI does: loading returns host_rc, compiling fails, and
** the findings hold every one of want (NULL-terminated). */
static void check_findings(const char *src, int host_rc, const char *const *want) {
  Model m;
  DiagList dl = { 0 };
  memset(&m, 0, sizeof m);
  assert_int_equal(host_load_source("test.lua", src, strlen(src), NULL, &m, &dl), host_rc);
  assert_int_equal(compile_model(&m, &dl), -1);
  char *diags = tu_diags(&dl);
  for (const char *const *w = want; *w; w++) {
    if (strstr(diags, *w) == NULL) print_error("missing \"%s\" in:\n%s", *w, diags);
    assert_non_null(strstr(diags, *w));
  }
  free(diags);
  model_free(&m);
  diag_free(&dl);
}

/* regressions/formula/invalid-utf8-function, regressions/eval/invalid-utf8-function: a
** function name that is not UTF-8 became NULL and the compiler passed it to strcmp. */
static void function_name_not_utf8(void **state) {
  (void)state;
  static const char *const want[] = {
    "test.lua: error: 'fn' is not valid UTF-8 text\n  hint: save the script as UTF-8\n",
    "test.lua:3:58: error: indicator 1.1: unknown function 'pe\xec" "er_max'\n", NULL };
  check_findings(HEAD "indicator '1.1' { 'x', max = 10, a = count 'a', score = 'pe\xec" "er_max(a)' }\n",
                 EXIT_SCRIPT, want);
}

/* The same for a name, and for the name of an input (a column). */
static void names_not_utf8(void **state) {
  (void)state;
  static const char *const want_name[] = {
    "test.lua: error: 'name' is not valid UTF-8 text\n",
    "test.lua:3:58: error: indicator 1.1: unknown name 'a\xec'\n", NULL };
  check_findings(HEAD "indicator '1.1' { 'x', max = 10, a = count 'a', score = 'a\xec + 1' }\n",
                 EXIT_SCRIPT, want_name);
  static const char *const want_input[] = {
    "test.lua: error: 'name' is not valid UTF-8 text\n", NULL };
  check_findings(HEAD "inputs { ['x\xec'] = count 'x' }\n"
                 "indicator '1.1' { 'x', max = 10, score = 'x\xec' }\n", EXIT_SCRIPT,
                 want_input);
}

/* regressions/eval/met-in-a-score: met() and value() outside a target or a recognition
** rule gave error_at a format with three %s for two strings; the third read past them. */
static void met_outside_a_rule(void **state) {
  (void)state;
  static const char *const want_met[] = {
    "test.lua:3:58: error: indicator 1.1: met() can only be used in a recognition rule\n", NULL };
  check_findings(HEAD "indicator '1.1' { 'x', max = 10, a = count 'a', score = 'met(a)' }\n",
                 EXIT_OK, want_met);
  static const char *const want_value[] = {
    "test.lua:3:58: error: indicator 1.1: value() can only be used in a target or a "
    "recognition rule\n", NULL };
  check_findings(HEAD "indicator '1.1' { 'x', max = 10, a = count 'a', score = 'value(\"1.1\")' }\n",
                 EXIT_OK, want_value);
}

/* What write(out) writes, in a malloc'd string. */
static char *capture_trace(Fix *f) {
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);
  assert_non_null(out);
  trace_json(out, &f->m, &f->ds, &f->r);
  fclose(out);
  return buf;
}

/* regressions/eval/not-utf8-cell-in-json, regressions/formula/not-utf8-comment-in-json:
** a dataset cell or a formula comment in another encoding went into the JSON trace as it
** was, and the trace was not UTF-8 (RFC 8259): such bytes are written as U+FFFD. */
static void json_is_utf8(void **state) {
  (void)state;
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);
  json_string(out, "X\xa7\xa7\xc3\xa3 \xe1\xbb\x87\xff\"");
  fclose(out);
  assert_string_equal(buf, "\"X\\ufffd\\ufffd\xc3\xa3 \xe1\xbb\x87\\ufffd\\\"\"");
  free(buf);
  Fix f;
  tu_fix_load(&f, "decision 'd' { title = 't' }\n"
                  "group '1' { 'g', max = 10 }\n"
                  "indicator '1.1' { 'x', max = 10, co = yesno 'co', score = [[ -- \xff\n"
                  "  if co then max else 0 end ]] }\n",
              "unit,name,1.1.co\nA,An,c\xf3\n");
  char *trace = capture_trace(&f);
  assert_true(text_valid_utf8(trace, strlen(trace)));
  assert_non_null(strstr(trace, "\"cell\":\"c\\ufffd\""));
  assert_non_null(strstr(trace, "\"text\":\" -- \\ufffd\\n"));
  free(trace);
  tu_fix_free(&f);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(function_name_not_utf8),
    cmocka_unit_test(names_not_utf8),
    cmocka_unit_test(met_outside_a_rule),
    cmocka_unit_test(json_is_utf8),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
