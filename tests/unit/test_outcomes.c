/*
** test_outcomes.c — criteria met or not (docs/language.md section 3c): targets per year,
** maturity levels, tiers, recognition rules, the level rule, parents and children,
** extends/amend, and the errors a policy writer gets for each.
*/
#include "testutil.h"

#include <unistd.h>

#include "checks.h"
#include "hierarchy.h"

static const char *const PERIODS =
  "decision 'd' { title = 'x', level = 'xã' }\n"
  "contexts { periods = { 2023, 2024 } }\n"
  "inputs { diem = percent 'Tỷ lệ điểm' }\n"
  "group '1' { 'g' }\n"
  "indicator '1.1' { 'vb', co = yesno 'co', value = 'co', target = 'yes' }\n"
  "indicator '1.2' { 'tl', a = count 'a', b = count 'b', value = 'a / b',\n"
  "  target = { [2023] = na, [2024] = '80%' } }\n"
  "indicator '1.3' { 'sl', n = count 'n', value = 'n', target = { [2023] = '>= 2', [2024] = 'value >= 3 or n == 0' } }\n"
  "recognition 'ht' { 'Hoàn thành', rule = 'all_met() and diem >= 70%' }\n";

static int met_of(const Fix *f, int u, const char *code, int c) {
  const Value *v = results_met(&f->r, u, model_find_indicator(&f->m, code), c);
  return v->kind == V_NONE ? -2 : v->kind != V_BOOL ? -1 : v->n != 0;
}

static int recog_of(const Fix *f, int u, int i) {
  const Value *v = &f->r.recog[(size_t)u * (size_t)f->r.nrecs + (size_t)i];
  return v->kind != V_BOOL ? -1 : v->n != 0;
}

/* A bare number means "at least"; na is not assigned; a full formula may name inputs. */
static void targets_per_year(void **state) {
  (void)state;
  Fix f;
  tu_fix_load_period(&f, PERIODS,
              "unit,name,diem,1.1.co,1.2.a,1.2.b,1.3.n\n"
              "A,a,75,có,8,10,3\n"        /* exactly 80 %: met */
              "B,b,75,có,79,100,0\n"      /* 79 %: not met; n == 0 meets 1.3 by the formula */
              "C,c,69,có,9,10,2\n", 2024); /* 1.3: 2 < 3, not met */
  assert_int_equal(met_of(&f, 0, "1.2", 1), 1);
  assert_int_equal(met_of(&f, 1, "1.2", 1), 0);
  assert_int_equal(met_of(&f, 0, "1.2", 0), -2);         /* 2023: na */
  assert_int_equal(met_of(&f, 1, "1.3", 1), 1);
  assert_int_equal(met_of(&f, 2, "1.3", 1), 0);
  assert_int_equal(met_of(&f, 2, "1.3", 0), 1);          /* 2023: >= 2 */
  MetCounts n = eval_met_counts(&f.m, &f.r, 1, 1, TK_ANY);
  assert_int_equal(n.assigned, 3);
  assert_int_equal(n.met, 2);
  assert_int_equal(recog_of(&f, 0, 0), 1);
  assert_int_equal(recog_of(&f, 1, 0), 0);
  assert_int_equal(recog_of(&f, 2, 0), 0);
  assert_int_equal(f.r.period[0], 1);
  tu_fix_free(&f);
}

/* all_met() is false as soon as one known criterion fails, unknown only otherwise. */
static void unknown_criteria(void **state) {
  (void)state;
  Fix f;
  tu_fix_load_period(&f, PERIODS,
              "unit,name,diem,1.1.co,1.2.a,1.2.b,1.3.n\n"
              "A,a,75,,8,10,3\n"          /* 1.1 blank: unknown, the rest met */
              "B,b,75,,1,10,3\n", 2024);  /* 1.1 blank, 1.2 not met: all_met() is no */
  assert_int_equal(met_of(&f, 0, "1.1", 1), -1);
  assert_int_equal(recog_of(&f, 0, 0), -1);
  assert_int_equal(recog_of(&f, 1, 0), 0);
  MetCounts n = eval_met_counts(&f.m, &f.r, 0, 1, TK_ANY);
  assert_int_equal(n.unknown, 1);
  assert_int_equal(n.met, 2);
  tu_fix_free(&f);
}

/* The period column, when --period is not given; a year that is not a period is a finding. */
static void period_column(void **state) {
  (void)state;
  Fix f;
  tu_fix_load_period(&f, PERIODS,
              "unit,name,period,diem,1.1.co,1.2.a,1.2.b,1.3.n\n"
              "A,a,2023,75,có,1,10,2\n"
              "B,b,2024,75,có,1,10,2\n"
              "C,c,2030,75,có,1,10,2\n", 0);
  assert_int_equal(f.r.period[0], 0);
  assert_int_equal(f.r.period[1], 1);
  assert_int_equal(f.r.period[2], -1);
  assert_int_equal(recog_of(&f, 0, 0), 1);               /* 2023: 1.2 not assigned */
  assert_int_equal(recog_of(&f, 1, 0), 0);
  assert_int_equal(recog_of(&f, 2, 0), -1);
  char *t = tu_diags(&f.dd);
  assert_non_null(strstr(t, "test.csv:4:3: error: column \"period\" (unit C): \"2030\" is not a year of the decision (2023 to 2024)"));
  free(t);
  tu_fix_free(&f);
}

static const char *const LEVELS =
  "decision 'd' { title = 'x', level = 'xã' }\n"
  "contexts { levels = { 'Một', 'Hai', 'Ba' } }\n"
  "inputs { dk = count 'Mức đăng ký' }\n"
  "group 'I' { 'g' }\n"
  "indicator 'I.1' { 't', a = count 'a', b = count 'b', value = 'a / b', levels = { '50%', '70%', '90%' } }\n"
  "indicator 'I.2' { 'c', co = yesno 'co', value = 'co', levels = { na, 'yes', 'yes' } }\n"
  "level_rule { 'cumulative', registered = 'dk' }\n";

/* Level k needs levels 1..k met; a failure decides even when another criterion is unknown. */
static void cumulative_levels(void **state) {
  (void)state;
  Fix f;
  tu_fix_load(&f, LEVELS,
              "unit,name,dk,I.1.a,I.1.b,I.2.co\n"
              "A,a,3,9,10,có\n"             /* 3 */
              "B,b,2,95,100,không\n"         /* I.2 fails level 2: 1 */
              "C,c,1,4,10,có\n"              /* I.1 fails level 1: 0 */
              "D,d,1,9,10,\n"               /* I.2 unknown at level 2: unknown */
              "E,e,1,6,10,\n");             /* I.1 fails level 2 before I.2 matters: 1 */
  assert_int_equal(f.r.level[0], 3);
  assert_int_equal(f.r.level[1], 1);
  assert_int_equal(f.r.level[2], 0);
  assert_int_equal(f.r.level[3], -1);
  assert_int_equal(f.r.level[4], 1);
  tu_fix_free(&f);
}

static const char *const TIERS =
  "decision 'd' { title = 'x' }\n"
  "contexts { tiers = { { 'cds', 'CĐS' }, { 'nc', 'Nâng cao' } } }\n"
  "group '1' { 'g' }\n"
  "indicator '1' { 'f', n = count 'n', value = 'n', tiers = { cds = { mandatory, '>= 5000' }, nc = { mandatory, '>= 10000' } } }\n"
  "indicator '2' { 'm', n = count 'n', value = 'n', tiers = { cds = { extended, '3' } } }\n"
  "indicator '3' { 'e', n = count 'n', value = 'n', tiers = { cds = { extended, '1' } } }\n"
  "indicator '4' { 'k', n = count 'n', value = 'n', tiers = { cds = { extended, '1' } } }\n"
  "recognition 'dat' { 'Đạt', tier = 'cds', rule = \"met_share('mandatory') >= 100% and met_share('extended') >= 30%\" }\n";

/* Per tier: mandatory and extended counted apart; 1 of 3 extended is 33 % >= 30 %. */
static void tiers_and_shares(void **state) {
  (void)state;
  Fix f;
  tu_fix_load(&f, TIERS,
              "unit,name,1.n,2.n,3.n,4.n\n"
              "A,a,5000,3,0,0\n"
              "B,b,5000,2,0,0\n"
              "C,c,4999,3,1,1\n");
  MetCounts a = eval_met_counts(&f.m, &f.r, 0, 0, TK_MANDATORY), b = eval_met_counts(&f.m, &f.r, 0, 0, TK_EXTENDED);
  assert_int_equal(a.assigned, 1);
  assert_int_equal(a.met, 1);
  assert_int_equal(b.assigned, 3);
  assert_int_equal(b.met, 1);
  assert_int_equal(eval_met_counts(&f.m, &f.r, 0, 1, TK_ANY).assigned, 1);   /* nc: only 1 */
  assert_int_equal(recog_of(&f, 0, 0), 1);
  assert_int_equal(recog_of(&f, 1, 0), 0);
  assert_int_equal(recog_of(&f, 2, 0), 0);
  tu_fix_free(&f);
}

/* A district's criterion from its communes: removing a commune changes it. */
static void children_levels(void **state) {
  (void)state;
  const char *parent =
    "decision 'p' { title = 'h', level = 'huyện' }\n"
    "contexts { levels = { 'Một', 'Hai', 'Ba' } }\n"
    "children { script = 'child.lua' }\n"
    "group 'I' { 'g' }\n"
    "indicator 'I.1' { 'x', value = 'children_at_level(2) / children_count()',\n"
    "  levels = { 'children_at_level(1) == children_count()', 'value >= 50%', 'value >= 100%' } }\n";
  Fix c, p;
  tu_fix_load(&c, LEVELS,
              "unit,name,parent,dk,I.1.a,I.1.b,I.2.co\n"
              "A,a,H,3,9,10,có\n"
              "B,b,H,2,95,100,không\n"
              "C,c,K,1,9,10,có\n");
  memset(&p, 0, sizeof p);
  assert_int_equal(host_load_source("test.lua", parent, strlen(parent), NULL, &p.m, &p.sd), 0);
  p.m.child = &c.m;
  assert_int_equal(compile_model(&p.m, &p.sd), 0);
  assert_int_equal(tu_data("unit,name\nH,h\nK,k\n", &p.m, false, &p.ds, &p.dd), 0);
  ChildOutcomes kids;
  assert_int_equal(hierarchy_build(&c.m, &c.ds, &c.r, &p.ds, &kids, &p.dd), 0);
  assert_int_equal(kids.count[0], 2);
  assert_int_equal(kids.count[1], 1);
  EvalOptions opt = { true, 0, &kids, NULL, NULL };
  assert_int_equal(eval_run_opts(&p.m, &p.ds, &opt, &p.r, &p.dd), 0);
  assert_true(results_score(&p.r, 0, 0)->value == 0.5);   /* A at 3, B at 1 */
  assert_int_equal(met_of(&p, 0, "I.1", 1), 1);
  assert_int_equal(met_of(&p, 0, "I.1", 2), 0);
  assert_int_equal(met_of(&p, 1, "I.1", 2), 1);                       /* C at 3 */
  hierarchy_free(&kids);
  tu_fix_free(&p);
  tu_fix_free(&c);
}

/* Errors a policy writer can make, each reported with its line. */
static void target_errors(void **state) {
  (void)state;
  Model m;
  DiagList dl = { 0 };
  const char *src =
    "decision 'd' { title = 'x' }\n"
    "contexts { periods = { 2023, 2024 } }\n"
    "group '1' { 'g' }\n"
    "indicator '1.1' { 'a', n = count 'n', value = 'n', target = { [2023] = 'yes', [2024] = '1' } }\n"
    "indicator '1.2' { 'b', n = count 'n', value = 'n', target = { [2023] = '1' } }\n"
    "indicator '1.3' { 'c', n = count 'n', value = 'n', levels = { '1' } }\n"
    "indicator '1.4' { 'd', n = count 'n', value = 'n', max = 5, target = '1' }\n"
    "recognition 'r' { 'x', rule = \"met('9.9')\" }\n";
  assert_int_not_equal(tu_model(src, &m, &dl), 0);
  char *t = tu_diags(&dl);
  assert_non_null(strstr(t, "test.lua:5: error: indicator 1.2: no target for 2024"));
  assert_non_null(strstr(t, "test.lua:6: error: indicator 1.3: 'levels' does not fit contexts of periods"));
  assert_non_null(strstr(t, "test.lua:7: error: indicator 1.4: a criterion with a value has no max"));
  assert_non_null(strstr(t, "error: 1.1 (2023): the condition must be yes or no, not a number"));
  assert_non_null(strstr(t, "error: recognition \"r\": there is no criterion \"9.9\""));
  free(t);
  diag_free(&dl);
  model_free(&m);
}

/* met_count() and its kin belong to recognition rules; children_…() to parents. */
static void functions_out_of_place(void **state) {
  (void)state;
  Model m;
  DiagList dl = { 0 };
  const char *src =
    "decision 'd' { title = 'x' }\n"
    "contexts { periods = { 2024 } }\n"
    "group '1' { 'g' }\n"
    "indicator '1.1' { 'a', n = count 'n', value = 'n + met_count()', target = '1' }\n"
    "indicator '1.2' { 'b', n = count 'n', value = 'children_count()', target = '1' }\n";
  assert_int_not_equal(tu_model(src, &m, &dl), 0);
  char *t = tu_diags(&dl);
  assert_non_null(strstr(t, "indicator 1.1: met_count() can only be used in a recognition rule"));
  assert_non_null(strstr(t, "indicator 1.2: children_count(): this script declares no children"));
  free(t);
  diag_free(&dl);
  model_free(&m);
}

/* extends runs the base; amend changes a target for one year and adds fields. */
static void extends_and_amend(void **state) {
  (void)state;
  char dir[] = "/tmp/tieuchi-test-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char base[128], ext[128];
  snprintf(base, sizeof base, "%s/base.lua", dir);
  snprintf(ext, sizeof ext, "%s/ext.lua", dir);
  FILE *fb = fopen(base, "w");
  assert_non_null(fb);
  fputs(PERIODS, fb);
  fclose(fb);
  const char *src =
    "extends 'base.lua'\n"
    "decision 'e' { title = 'mở rộng', period = 2024 }\n"
    "amend '1.2' { target = { [2024] = na }, responsible = 'Đ/c A' }\n"
    "amend '9.9' { note = 'x' }\n";
  Model m;
  DiagList dl = { 0 };
  memset(&m, 0, sizeof m);
  host_load_source(ext, src, strlen(src), NULL, &m, &dl);
  char *t = tu_diags(&dl);
  assert_non_null(strstr(t, "ext.lua:4: error: amend 9.9: there is no criterion \"9.9\""));
  free(t);
  assert_int_equal(m.ninds, 3);
  assert_int_equal(m.dec.period, 2024);
  assert_string_equal(m.dec.level, "xã");                  /* from the base */
  int k = model_find_indicator(&m, "1.2");
  assert_false(m.inds[k].targets[1].assigned);
  assert_string_equal(m.inds[k].responsible, "Đ/c A");
  assert_string_equal(m.inds[k].file, base);
  model_free(&m);
  diag_free(&dl);
  unlink(base);
  rmdir(dir);
}

/* extends cannot leave the script's folder. */
static void extends_stays_in_folder(void **state) {
  (void)state;
  Model m;
  DiagList dl = { 0 };
  assert_int_not_equal(tu_model("extends '../../etc/passwd.lua'\n", &m, &dl), 0);
  char *t = tu_diags(&dl);
  assert_non_null(strstr(t, "the base script must be a .lua file in the script's folder"));
  free(t);
  diag_free(&dl);
  model_free(&m);
}

/* check: a threshold lower at a higher level is a warning; a criterion in no tier too. */
static void checks_on_targets(void **state) {
  (void)state;
  Model m;
  DiagList dl = { 0 };
  const char *src =
    "decision 'd' { title = 'x' }\n"
    "contexts { levels = { 'Một', 'Hai', 'Ba' } }\n"
    "group '1' { 'g' }\n"
    "indicator '1' { 'a', a = count 'a', b = count 'b', value = 'a / b', levels = { '50%', '40%', na } }\n";
  assert_int_equal(tu_model(src, &m, &dl), 0);
  checks_run(&m, &dl);
  char *t = tu_diags(&dl);
  assert_string_equal(t, "test.lua:4: warning: criterion 1: the target for Hai (40%) is lower "
                      "than for Một (50%)\n  hint: a higher level is reached only through the lower "
                      "ones: check the decision's table\n");
  free(t);
  diag_free(&dl);
  model_free(&m);
  memset(&dl, 0, sizeof dl);
  assert_int_equal(tu_model("decision 'd' { title = 'x' }\n"
                            "contexts { tiers = { { 'a', 'A' } } }\ngroup '1' { 'g' }\n"
                            "indicator '1' { 'a', n = count 'n', value = 'n', tiers = { } }\n", &m, &dl), 0);
  checks_run(&m, &dl);
  t = tu_diags(&dl);
  assert_non_null(strstr(t, "test.lua:4: warning: criterion 1 is in no tier: it never counts"));
  free(t);
  diag_free(&dl);
  model_free(&m);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(targets_per_year),
    cmocka_unit_test(unknown_criteria),
    cmocka_unit_test(period_column),
    cmocka_unit_test(cumulative_levels),
    cmocka_unit_test(tiers_and_shares),
    cmocka_unit_test(children_levels),
    cmocka_unit_test(target_errors),
    cmocka_unit_test(functions_out_of_place),
    cmocka_unit_test(extends_and_amend),
    cmocka_unit_test(extends_stays_in_folder),
    cmocka_unit_test(checks_on_targets),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
