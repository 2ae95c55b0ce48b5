/*
** test_peers.c — values across units (peer_min, peer_max, min_max), substitutions,
** and the decision's stated counts.
*/
#include <math.h>
#include "testutil.h"
#include "checks.h"

#define HEAD "decision 'd' { title = 't', rank = true }\n"

static const Score *sc(const Fix *f, int u, const char *code) {
  int k = model_find_indicator(&f->m, code);
  assert_true(k >= 0);
  return results_score(&f->r, u, k);
}

static void expect_score(const Fix *f, int u, const char *code, double v) {
  const Score *s = sc(f, u, code);
  assert_true(score_counts(s));
  assert_true(fabs(s->value - v) < 1e-9);
}

/* Script findings of src (it must load), as the CLI prints them. */
static char *script_findings(const char *src) {
  Model m;
  DiagList dl = { 0 };
  tu_model(src, &m, &dl);
  char *t = tu_diags(&dl);
  model_free(&m);
  diag_free(&dl);
  return t;
}

/* min_max: the best unit gets max, the weakest 0, the others in proportion. */
static void min_max_scores(void **state) {
  (void)state;
  Fix f;
  tu_fix_load(&f, HEAD "group '1' { 'g', max = 20 }\n"
              "indicator '1.1' { 'x', max = 20, a = count 'a', b = count 'b',\n"
              "  score = min_max { 'a / b' } }\n",
              "unit,name,1.1.a,1.1.b\nA,An,5,10\nB,Bình,9,10\nC,Cường,1,10\n");
  expect_score(&f, 0, "1.1", 10);
  expect_score(&f, 1, "1.1", 20);
  expect_score(&f, 2, "1.1", 0);
  const PeerValue *hi = results_peer(&f.r, 0, 0), *lo = results_peer(&f.r, 0, 1);
  assert_true(fabs(hi->v.n - 0.9) < 1e-12);
  assert_int_equal(hi->unit, 1);
  assert_int_equal(hi->count, 3);
  assert_true(fabs(lo->v.n - 0.1) < 1e-12);
  assert_int_equal(lo->unit, 2);
  assert_int_equal(f.r.rank[1], 1);
  tu_fix_free(&f);
}

/* When every unit has the same value, each holds the best one: all get max. */
static void min_max_all_equal(void **state) {
  (void)state;
  Fix f;
  tu_fix_load(&f, HEAD "group '1' { 'g', max = 20 }\n"
              "indicator '1.1' { 'x', max = 20, c = amount 'c', score = min_max { 'c' } }\n",
              "unit,name,1.1.c\nA,An,7\nB,Bình,7\n");
  expect_score(&f, 0, "1.1", 20);
  expect_score(&f, 1, "1.1", 20);
  tu_fix_free(&f);
}

/* A unit whose value is missing is not a peer, and its own score is missing. */
static void missing_is_not_a_peer(void **state) {
  (void)state;
  Fix f;
  tu_fix_load(&f, HEAD "group '1' { 'g', max = 10 }\n"
              "indicator '1.1' { 'x', max = 10, c = amount 'c', score = 'c / peer_max(c) * max' }\n",
              "unit,name,1.1.c\nA,An,50\nB,Bình,\nC,Cường,100\n");
  expect_score(&f, 0, "1.1", 5);
  assert_int_equal(sc(&f, 1, "1.1")->status, S_MISSING);
  expect_score(&f, 2, "1.1", 10);
  assert_int_equal(results_peer(&f.r, 0, 0)->count, 2);
  assert_int_equal(results_peer(&f.r, 0, 0)->unit, 2);
  tu_fix_free(&f);
}

/* No unit has a value to compare: the peer call is undefined, reported per unit. */
static void no_peers_is_undefined(void **state) {
  (void)state;
  Fix f;
  tu_fix_load(&f, HEAD "group '1' { 'g', max = 10 }\n"
              "indicator '1.1' { 'x', max = 10, c = amount 'c', d = amount 'd',\n"
              "  score = 'if present(d) then d else peer_max(c) end' }\n",
              "unit,name,1.1.c,1.1.d\nA,An,,1\nB,Bình,,\n");
  expect_score(&f, 0, "1.1", 1);
  assert_int_equal(sc(&f, 1, "1.1")->status, S_UNDEF);
  assert_int_equal(sc(&f, 1, "1.1")->cause.why, U_NOPEERS);
  char *t = tu_diags(&f.dd);
  assert_non_null(strstr(t, "indicator 1.1 is undefined: no unit has a value to compare "
                            "(formula at test.lua:4:38)"));
  free(t);
  tu_fix_free(&f);
}

/* peer_max over another indicator's score: that indicator is computed first for all. */
static void peers_of_scores(void **state) {
  (void)state;
  Fix f;
  tu_fix_load(&f, HEAD "group '1' { 'g', max = 20 }\n"
              "indicator '1.2' { 'y', max = 10, score = [[score('1.1') / peer_max(score('1.1')) * max]] }\n"
              "indicator '1.1' { 'x', max = 10, n = count 'n', score = 'min(n, max)' }\n",
              "unit,name,1.1.n\nA,An,4\nB,Bình,8\n");
  expect_score(&f, 0, "1.2", 5);
  expect_score(&f, 1, "1.2", 10);
  tu_fix_free(&f);
}

/* Identical peer calls in one formula are computed once. */
static void identical_calls_shared(void **state) {
  (void)state;
  Model m;
  DiagList dl = { 0 };
  assert_int_equal(tu_model(HEAD "group '1' { 'g', max = 10 }\n"
                            "indicator '1.1' { 'x', max = 10, a = count 'a',\n"
                            "  score = 'min(max, a / peer_max(a) + a / peer_max(a) + peer_min(a))' }\n",
                            &m, &dl), 0);
  assert_int_equal(m.inds[0].npeers, 2);
  model_free(&m);
  diag_free(&dl);
}

/* A step inside a peer call, and a peer call inside another: errors that say why. */
static void peer_errors(void **state) {
  (void)state;
  char *t = script_findings(HEAD "group '1' { 'g', max = 10 }\n"
                            "indicator '1.1' { 'x', max = 10, a = count 'a',\n"
                            "  score = [[r = a * 2\npeer_max(r)]] }\n");
  assert_string_equal(t, "test.lua:5:10: error: indicator 1.1: unknown name 'r'\n"
                         "  hint: peer_min and peer_max compute their argument for every unit "
                         "before the formula runs: write the step's formula instead of 'r'\n");
  free(t);
  t = script_findings(HEAD "group '1' { 'g', max = 10 }\n"
                      "indicator '1.1' { 'x', max = 10, a = count 'a',\n"
                      "  score = 'peer_max(a + peer_min(a))' }\n");
  assert_string_equal(t, "test.lua:4:25: error: indicator 1.1: peer_min cannot be used inside "
                         "another peer_min or peer_max\n");
  free(t);
}

#define SUBST HEAD "inputs { so = count 'Số DVCTT' }\n" \
  "group '1' { 'g', max = 40 }\n" \
  "indicator '1.1' { 'a', max = 10, x = yesno 'x', score = yes_no 'x' }\n" \
  "indicator '1.2' { 'b', max = 10, n = count 'n', score = 'min(n, max)' }\n" \
  "indicator '1.3' { 'c', max = 20, d = count 'd', score = 'd / so * max' }\n" \
  "substitute 'dvctt' { 'Không có DVCTT', when = 'so == 0', indicators = { '1.3' } }\n"

/* Where the rule holds: (points of the others / their max) × max; else the formula. */
static void substitution_applies(void **state) {
  (void)state;
  Fix f;
  tu_fix_load(&f, SUBST, "unit,name,so,1.1.x,1.2.n,1.3.d\nA,An,0,có,5,\nB,Bình,4,không,2,2\n");
  const Score *s = sc(&f, 0, "1.3");
  assert_true(s->substituted);
  expect_score(&f, 0, "1.3", 15.0);            /* (10 + 5) / 20 × 20 */
  double points, of;
  eval_substitution_share(&f.m, &f.r, 0, 2, &points, &of);
  assert_true(points == 15 && of == 20);
  assert_false(sc(&f, 1, "1.3")->substituted);
  expect_score(&f, 1, "1.3", 10);
  assert_int_equal(f.dd.n, 0);                 /* a substitution is not a data problem */
  tu_fix_free(&f);
}

/* The rule's input missing, or another indicator of the group missing: missing too. */
static void substitution_missing(void **state) {
  (void)state;
  Fix f;
  tu_fix_load(&f, SUBST, "unit,name,so,1.1.x,1.2.n,1.3.d\nA,An,,có,5,1\nB,Bình,0,có,,\n");
  assert_int_equal(sc(&f, 0, "1.3")->status, S_MISSING);
  assert_int_equal(sc(&f, 1, "1.3")->status, S_MISSING);
  assert_string_equal(f.m.inputs[sc(&f, 1, "1.3")->cause.where].name, "1.2.n");
  tu_fix_free(&f);
}

/* Substituting every indicator of a group leaves nothing to take a share from. */
static void substitution_whole_group(void **state) {
  (void)state;
  char *t = script_findings(HEAD "group '1' { 'g', max = 10 }\n"
                            "indicator '1.1' { 'a', max = 10, n = count 'n', score = 'n' }\n"
                            "substitute 's' { 'x', when = 'n == 0', indicators = { '1.1', '1.9' } }\n");
  assert_string_equal(t,
    "test.lua:4: error: substitute \"s\": there is no indicator \"1.9\"\n"
    "test.lua:4:31: error: substitute \"s\": unknown name 'n'\n"
    "  hint: names known here: max\n"
    "test.lua:4: error: substitute \"s\": every indicator of group 1 is substituted, so there "
    "is no share to take\n"
    "  hint: list only the indicators the rule replaces\n");
  free(t);
}

/* stated counts and totals that differ, and a group with an inferred max. */
static void stated_warnings(void **state) {
  (void)state;
  Model m;
  DiagList dl = { 0 };
  assert_int_equal(tu_model("decision 'd' { title = 't', stated = {\n"
                            "  { groups = 1, indicators = 2, total = 30, where = 'Điều 1' },\n"
                            "  { groups = 2, indicators = 3, total = 40, where = 'Phụ lục' } } }\n"
                            "group '1' { 'g', max = 30 }\n"
                            "indicator '1.1' { 'a', max = 10, score = '1' }\n"
                            "indicator '1.2' { 'b', max = 20, max_stated = false, score = '1' }\n",
                            &m, &dl), 0);
  checks_run(&m, &dl);
  char *t = tu_diags(&dl);
  assert_string_equal(t,
    "test.lua:1: warning: Phụ lục states 2 groups; the script encodes 1\n"
    "test.lua:1: warning: Phụ lục states 3 indicators; the script encodes 2\n"
    "test.lua:1: warning: Phụ lục states 40 points; the groups of the script add up to 30\n"
    "test.lua:4: warning: group 1: the decision states 30 points, but the maxima it states for "
    "its indicators add up to 10; no max stated for 1.2 (20 in the script)\n"
    "  hint: a defect of the decision: the script's inferred max is recorded with max_stated = "
    "false; have it confirmed by the issuing body\n");
  free(t);
  model_free(&m);
  diag_free(&dl);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(min_max_scores),
    cmocka_unit_test(min_max_all_equal),
    cmocka_unit_test(missing_is_not_a_peer),
    cmocka_unit_test(no_peers_is_undefined),
    cmocka_unit_test(peers_of_scores),
    cmocka_unit_test(identical_calls_shared),
    cmocka_unit_test(peer_errors),
    cmocka_unit_test(substitution_applies),
    cmocka_unit_test(substitution_missing),
    cmocka_unit_test(substitution_whole_group),
    cmocka_unit_test(stated_warnings),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
