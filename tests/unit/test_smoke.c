/* test_smoke.c — the helpers in testutil.h work: a one-indicator model evaluates. */
#include "testutil.h"

static void one_indicator_evaluates(void **state) {
  (void)state;
  Model m;
  DiagList dl = { 0 };
  Dataset ds;
  Results r;
  assert_int_equal(tu_model("decision 'd' { title = 't' }\n"
                            "group '1' { 'g', max = 10 }\n"
                            "indicator '1.1' { 'x', max = 10, a = count 'a', b = count 'b',\n"
                            "  score = 'a / b * max' }\n", &m, &dl), 0);
  assert_int_equal(tu_data("unit,name,1.1.a,1.1.b\nA,An,1,4\n", &m, false, &ds, &dl), 0);
  assert_int_equal(eval_run(&m, &ds, true, &r, &dl), 0);
  assert_int_equal(results_score(&r, 0, 0)->status, S_OK);
  assert_true(results_score(&r, 0, 0)->value == 2.5);
  results_free(&r);
  dataset_free(&ds);
  model_free(&m);
  diag_free(&dl);
}

int main(void) {
  const struct CMUnitTest tests[] = { cmocka_unit_test(one_indicator_evaluates) };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
