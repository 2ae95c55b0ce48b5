/*
** test_gap.c — tieuchi gap's search (src/gap.c): goals read from text, the smallest
** change per failing criterion (increases first, decreases when only they help, a
** blank denominator filled no lower than its numerator), every change needed, and the
** dataset left as it was.
*/
#include "testutil.h"

#include "exitcodes.h"
#include "gap.h"
#include "session.h"

static const char *const script =
  "decision \"test/gap\" { title = \"Gap\", level = \"xã\" }\n"
  "contexts { levels = { \"Khởi động\", \"Kết nối\", \"Cơ bản\" } }\n"
  "inputs { muc_do_dang_ky = count \"Mức đăng ký\" }\n"
  "group \"I\" { \"Chung\" }\n"
  "indicator \"I.1\" { \"Tỷ lệ\", unit = \"%\", a = count \"a\", b = count \"b\", value = \"a / b\",\n"
  "  levels = { \"50%\", \"70%\", \"90%\" } }\n"
  "indicator \"I.2\" { \"Có\", co = yesno \"co\", value = \"co\", levels = { na, \"yes\", \"yes\" } }\n"
  "indicator \"I.3\" { \"Sự cố\", n = count \"n\", value = \"n\", levels = { \"<= 5\", \"<= 3\", \"<= 1\" } }\n"
  "level_rule { \"cumulative\", registered = \"muc_do_dang_ky\" }\n";

static const char *const data =
  "unit,name,muc_do_dang_ky,I.1.a,I.1.b,I.2.co,I.3.n\n"
  "L1,Xã A,3,95,100,có,0\n"
  "L2,Xã B,2,75,100,không,4\n"
  "L3,Xã C,1,80,,có,1\n";

static Session *load(void) {
  Session *s = calloc(1, sizeof *s);
  assert_non_null(s);
  EvalRequest req = { false, false, 0, NULL, NULL, NULL, NULL, 0, false };
  assert_int_equal(session_load_source(s, "gap.lua", script, strlen(script)), EXIT_OK);
  assert_int_equal(session_evaluate_source(s, "gap.csv", data, strlen(data), &req), EXIT_DATA);
  return s;
}

static void unload(Session *s) {
  session_free(s);
  free(s);
}

static void goals_are_read(void **state) {
  (void)state;
  Session *s = load();
  Goal g;
  char why[256];
  assert_int_equal(gap_parse_goal(&s->model, "level=2", &g, why, sizeof why), 0);
  assert_int_equal(g.kind, GOAL_LEVEL);
  assert_int_equal(g.level, 2);
  assert_int_equal(gap_parse_goal(&s->model, "Cơ bản", &g, why, sizeof why), 0);
  assert_int_equal(g.level, 3);
  assert_int_equal(gap_parse_goal(&s->model, "1", &g, why, sizeof why), 0);
  assert_int_equal(g.level, 1);
  assert_int_equal(gap_parse_goal(&s->model, "score>=12.5", &g, why, sizeof why), 0);
  assert_int_equal(g.kind, GOAL_SCORE);
  assert_true(g.score == 12.5);
  assert_int_equal(gap_parse_goal(&s->model, "total >= 7", &g, why, sizeof why), 0);
  assert_true(g.score == 7);
  assert_int_equal(gap_parse_goal(&s->model, "level=4", &g, why, sizeof why), -1);
  assert_non_null(strstr(why, "level=1 … level=3"));
  assert_int_equal(gap_parse_goal(&s->model, "score>=", &g, why, sizeof why), -1);
  unload(s);
}

static int unit_of(const Session *s, const char *id) {
  for (int u = 0; u < s->data.nunits; u++)
    if (strcmp(s->data.unit_ids[u], id) == 0) return u;
  fail();
  return -1;
}

/* The plan for unit id and goal text, with the dataset checked unchanged after it. */
static void plan(Session *s, const char *id, const char *goal, GapPlan *p) {
  Goal g;
  char why[256];
  assert_int_equal(gap_parse_goal(&s->model, goal, &g, why, sizeof why), 0);
  size_t n = (size_t)s->data.ninputs * (size_t)s->data.nunits;
  double *values = malloc(n * sizeof *values);
  uint8_t *states = malloc(n);
  assert_true(values && states);
  memcpy(values, s->data.values, n * sizeof *values);
  memcpy(states, s->data.state, n);
  EvalOptions eo = { false, 0, NULL, NULL, NULL };
  assert_int_equal(gap_plan(s, &eo, unit_of(s, id), &g, p), 0);
  assert_memory_equal(values, s->data.values, n * sizeof *values);
  assert_memory_equal(states, s->data.state, n);
  free(values);
  free(states);
}

static const GapChange *change_of(const Session *s, const GapPlan *p, const char *input) {
  for (int j = 0; j < p->nchanges; j++)
    if (strcmp(s->model.inputs[p->changes[j].input].name, input) == 0) return &p->changes[j];
  return NULL;
}

static void smallest_changes_reach_the_goal(void **state) {
  (void)state;
  Session *s = load();
  GapPlan p;
  plan(s, "L2", "3", &p);               /* 75 % of 100, no, 4 incidents: level 1 */
  assert_int_equal(p.outcome, GAP_PLAN);
  assert_int_equal(p.nchanges, 3);
  const GapChange *a = change_of(s, &p, "I.1.a"), *co = change_of(s, &p, "I.2.co"),
                  *n = change_of(s, &p, "I.3.n");
  assert_true(a && co && n);
  assert_true(a->from == 75 && a->to == 90);   /* 90 % exactly: not 91 */
  assert_true(co->from == 0 && co->to == 1);
  assert_true(n->from == 4 && n->to == 1);     /* fewer incidents: a decrease */
  assert_null(change_of(s, &p, "I.1.b"));      /* not a smaller total */
  assert_true(p.have_after);
  assert_int_equal(p.after.level[unit_of(s, "L2")], 3);
  gap_plan_free(&p);
  plan(s, "L2", "level=2", &p);         /* 75 % is enough for level 2 */
  assert_int_equal(p.outcome, GAP_PLAN);
  assert_int_equal(p.nchanges, 2);
  assert_null(change_of(s, &p, "I.1.a"));
  gap_plan_free(&p);
  unload(s);
}

static void blank_denominator_is_filled_plausibly(void **state) {
  (void)state;
  Session *s = load();
  GapPlan p;
  plan(s, "L3", "3", &p);               /* a = 80, b blank: unknown */
  assert_int_equal(p.outcome, GAP_PLAN);
  assert_int_equal(p.nchanges, 1);
  assert_false(p.changes[0].had);
  assert_true(p.changes[0].to == 80);   /* not 1: 8000 % is not a rate */
  gap_plan_free(&p);
  unload(s);
}

static void met_already(void **state) {
  (void)state;
  Session *s = load();
  GapPlan p;
  plan(s, "L1", "Cơ bản", &p);
  assert_int_equal(p.outcome, GAP_MET);
  assert_int_equal(p.nchanges, 0);
  gap_plan_free(&p);
  unload(s);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(goals_are_read),
    cmocka_unit_test(smallest_changes_reach_the_goal),
    cmocka_unit_test(blank_denominator_is_filled_plausibly),
    cmocka_unit_test(met_already),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
