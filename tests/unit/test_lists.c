/*
** test_lists.c — list tables as inputs (src/lists.c, src/list_cond.c): the aggregates of
** tests/cli/fixtures/lists, where each unit's figure comes from, which rows count and why
** the others do not, and the three-valued conditions.
*/
#include "testutil.h"

#include "cell.h"
#include "exitcodes.h"
#include "lists.h"
#include "session.h"

#define F "tests/cli/fixtures/lists/"

static void load(Session *s, const char *data, const ListFile *given, int ngiven) {
  memset(s, 0, sizeof *s);
  EvalRequest req = { false, true, 0, NULL, NULL, NULL, given, ngiven, false };
  assert_int_equal(session_load_script(s, F "lists.lua"), EXIT_OK);
  session_evaluate(s, data, &req);
  assert_true(s->have_results);
}

static const AggUnit *origin(const Session *s, const char *input, const char *unit) {
  int i = model_find_input(&s->model, input), u = dataset_find_unit(&s->data, unit);
  assert_true(i >= 0 && u >= 0);
  return lists_origin(&s->lists, i, u, NULL, NULL);
}

static double value(const Session *s, const char *input, const char *unit) {
  int i = model_find_input(&s->model, input), u = dataset_find_unit(&s->data, unit);
  return dataset_value(&s->data, i, u);
}

/* X01's rows: 7, one repeating a CCCD (left out), one born 2010, one unreadable year. */
static void aggregates_per_unit(void **state) {
  (void)state;
  Session s;
  load(&s, F "lists.csv", NULL, 0);
  const AggUnit *a = origin(&s, "dan_so", "X01");
  assert_non_null(a);
  assert_int_equal(a->source, AGG_FROM_LIST);
  assert_int_equal(a->rows, 6);
  assert_int_equal(a->counted, 4);                 /* nam_sinh <= 2006, known */
  assert_true(value(&s, "dan_so", "X01") == 4);    /* the list's, not the dataset's 6 */
  assert_true(value(&s, "so_dttm", "X01") == 2);
  assert_true(value(&s, "ty_le_cks", "X01") == 4.0 / 6.0);
  assert_true(value(&s, "so_may", "X01") == 3);    /* sum over the rows headed by a woman */
  assert_true(value(&s, "so_may", "X02") == 7);
  /* X03 has no rows: its dataset figures; X04 neither rows nor figures: 0 rows */
  assert_null(origin(&s, "dan_so", "X03"));
  assert_true(value(&s, "dan_so", "X03") == 4);
  a = origin(&s, "dan_so", "X04");
  assert_non_null(a);
  assert_int_equal(a->source, AGG_NO_ROWS);
  assert_true(value(&s, "dan_so", "X04") == 0);
  int share = model_find_input(&s.model, "ty_le_cks"), u4 = dataset_find_unit(&s.data, "X04");
  assert_int_equal(dataset_state(&s.data, share, u4), CELL_BLANK);   /* 0 of 0: missing */
  session_free(&s);
}

typedef struct Seen { int counted, not_counted; char why[8][160]; } Seen;

static bool see(void *ctx, uint32_t row, bool counted, const char *why) {
  Seen *s = ctx;
  (void)row;
  if (counted) s->counted++;
  else if (s->not_counted < 8) snprintf(s->why[s->not_counted++], sizeof s->why[0], "%s", why);
  return true;
}

/* Why each of X01's rows does not count for "co_dttm and nam_sinh <= 2006". */
static void rows_not_counted_and_why(void **state) {
  (void)state;
  Session s;
  load(&s, F "lists.csv", NULL, 0);
  const ListTable *t;
  const ListAgg *agg;
  int i = model_find_input(&s.model, "so_dttm"), u = dataset_find_unit(&s.data, "X01");
  assert_non_null(lists_origin(&s.lists, i, u, &t, &agg));
  Seen seen = { 0 };
  lists_rows(t, agg, u, true, see, &seen);
  assert_int_equal(seen.counted, 2);
  assert_int_equal(seen.not_counted, 5);
  assert_string_equal(seen.why[0], "Có điện thoại thông minh: không");
  assert_string_equal(seen.why[1], "Năm sinh: 2010");
  assert_string_equal(seen.why[2], "the same Số CCCD as row 3");
  assert_string_equal(seen.why[3], "Có điện thoại thông minh: (blank)");
  assert_string_equal(seen.why[4], "Năm sinh: 19x0");
  session_free(&s);
}

/* --list NAME=FILE: a list without a unit column belongs to the dataset's only unit. */
static void given_list_of_one_unit(void **state) {
  (void)state;
  Session s;
  ListFile given[] = { { "dan_so", F "one-list.csv", NULL, 0 }, { "to_chuc", F "no-unit.csv", NULL, 0 } };
  load(&s, F "one.csv", given, 2);
  assert_true(value(&s, "dan_so", "X01") == 2);
  assert_true(value(&s, "ty_le_cks", "X01") == 1);
  assert_true(value(&s, "so_may", "X01") == 3);
  assert_int_equal(s.data_diags.n, 0);
  session_free(&s);
}

/* Findings: one per kind, counting the rows. */
static void one_finding_per_kind(void **state) {
  (void)state;
  Session s;
  load(&s, F "lists.csv", NULL, 0);
  char *all = tu_diags(&s.data_diags);
  assert_non_null(strstr(all, "1 row has a blank unit (row 12)"));
  assert_non_null(strstr(all, "1 row names a unit the dataset does not have (row 11 \"X09\")"));
  assert_non_null(strstr(all, "1 row repeats a Số CCCD already listed (row 5"));
  assert_non_null(strstr(all, "the dataset says 6, list dan_so gives 4"));
  free(all);
  session_free(&s);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(aggregates_per_unit),
    cmocka_unit_test(rows_not_counted_and_why),
    cmocka_unit_test(given_list_of_one_unit),
    cmocka_unit_test(one_finding_per_kind),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
