/*
** test_session.c — the in-memory entry points of src/session.c (session_load_source,
** session_evaluate_source, used by the fuzz harnesses) give what the file ones give,
** children included.
*/
#include "testutil.h"

#include "exitcodes.h"
#include "readfile.h"
#include "session.h"

/* Load and evaluate script + data from their files, or from memory (under the same
** names) when in_memory. */
static int load_run(Session *s, const char *script, const char *data, bool in_memory) {
  memset(s, 0, sizeof *s);
  EvalRequest req = { false, true, 0, NULL, NULL, NULL, NULL, 0, false };
  if (!in_memory) {
    int rc = session_load_script(s, script);
    return rc == EXIT_OK ? session_evaluate(s, data, &req) : rc;
  }
  size_t slen, dlen;
  char *src = read_file(script, &slen), *csv = read_file(data, &dlen);
  assert_non_null(src);
  assert_non_null(csv);
  int rc = session_load_source(s, script, src, slen);
  if (rc == EXIT_OK) rc = session_evaluate_source(s, data, csv, dlen, &req);
  free(src);
  free(csv);
  return rc;
}

/* Both ways give the same exit code, findings, units and totals. */
static void same_both_ways(const char *script, const char *data, int expect_rc) {
  Session a, b;
  assert_int_equal(load_run(&a, script, data, false), expect_rc);
  assert_int_equal(load_run(&b, script, data, true), expect_rc);
  char *da = tu_diags(&a.data_diags), *db = tu_diags(&b.data_diags);
  assert_string_equal(da, db);
  assert_true(a.have_results && b.have_results);
  assert_int_equal(a.results.nunits, b.results.nunits);
  assert_true(a.results.nunits > 0);
  for (int u = 0; u < a.results.nunits; u++) {
    assert_string_equal(a.data.unit_ids[u], b.data.unit_ids[u]);
    assert_true(a.results.total[u] == b.results.total[u]);
    if (a.results.level) assert_int_equal(a.results.level[u], b.results.level[u]);
  }
  free(da);
  free(db);
  session_free(&a);
  session_free(&b);
}

static void scored_decision(void **state) {
  (void)state;
  same_both_ways("tests/cli/fixtures/small.lua", "tests/cli/fixtures/small.csv", EXIT_DATA);
}

/* The children's script is still read from its file, beside the parent's path; the
** children are the rows of their level in the same in-memory dataset. */
static void children_from_the_same_text(void **state) {
  (void)state;
  same_both_ways("criteria/kon-tum/121-2025-huyen.lua", "examples/kon-tum/all-2025.csv", EXIT_DATA);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(scored_decision),
    cmocka_unit_test(children_from_the_same_text),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
