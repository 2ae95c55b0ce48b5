/*
** test_compile.c
** Unit tests of name resolution, type checks, dependency order and cycles
** (src/compile.c), and of the declaration problems the prelude collects
** (lang/prelude.lua): each finding with its exact text, hint and file:line:col,
** and every finding of a script reported in one run.
*/
#include "testutil.h"

#include "exitcodes.h"

/*
** The standard header: shared inputs dan_so (count), co_wifi (yes/no), ten (text),
** cap (choice xa/phuong), and group 1. Indicators follow from line 5.
*/
#define HEAD "decision 'd' { title = 't' }\n"                                           \
             "inputs { dan_so = count 'Dân số', co_wifi = yesno 'wifi', ten = text 'Tên',\n" \
             "  cap = choice { 'Cấp', options = { xa = 'Xã', phuong = 'Phường' } } }\n"  \
             "group '1' { 'g', max = 100 }\n"
/* Indicator 1.1 on line 5 with locals a, b (count), ok (yes/no), r (choice); its
** formula starts on line 7, column 15. */
#define IND "indicator '1.1' { 'x', max = 10, a = count 'a', b = count 'b', ok = yesno 'ok',\n" \
            "  r = choice { 'r', options = { chu_tich = 'CT', pho = 'P' } },\n"              \
            "  score = [==["
#define END "]==] }\n"

/*
** Load src as the CLI does (the prelude's problems do not stop the compiler) and
** compile it. Returns the findings (malloc'd); *host_rc gets host_load_source's
** result and *compile_rc compile_model's (or 99 when it did not run).
*/
static char *load_and_compile(const char *src, int *host_rc, int *compile_rc, Model *m,
                              DiagList *dl) {
  memset(m, 0, sizeof *m);
  *host_rc = host_load_source("test.lua", src, strlen(src), NULL, m, dl);
  *compile_rc = 99;
  if (*host_rc != EXIT_USAGE) *compile_rc = compile_model(m, dl);
  return tu_diags(dl);
}

/* src loads (exit 0, or 3 when the declarations themselves have errors), fails to
** compile (-1), and the findings are exactly `expect`. */
static void check_compile_error(const char *src, const char *expect) {
  Model m;
  DiagList dl = { 0 };
  int hrc, crc;
  char *diags = load_and_compile(src, &hrc, &crc, &m, &dl);
  assert_string_equal(diags, expect);
  assert_int_not_equal(hrc, EXIT_USAGE);
  assert_int_equal(crc, -1);
  assert_false(m.compiled);
  free(diags);
  model_free(&m);
  diag_free(&dl);
}

/* The same for formula in indicator 1.1 of the standard script. */
static void check_formula_error(const char *formula, const char *expect) {
  size_t len = strlen(HEAD IND END) + strlen(formula) + 1;
  char *src = malloc(len);
  assert_non_null(src);
  snprintf(src, len, "%s%s%s", HEAD IND, formula, END);
  check_compile_error(src, expect);
  free(src);
}

/* ------------------------------------------------------------------ names */

/* An unknown name: its position, and a hint with the names known there. */
static void unknown_name(void **state) {
  (void)state;
  check_formula_error("ty_lee * max",
                      "test.lua:7:15: error: indicator 1.1: unknown name 'ty_lee'\n"
                      "  hint: names known here: a, b, ok, r, max, cap, co_wifi, dan_so\n");
}

/* The hint also lists the steps defined before the unknown name. */
static void unknown_name_lists_earlier_steps(void **state) {
  (void)state;
  check_formula_error("ty_le = a / b\ndiem = ty_le * max\nty_lee",
                      "test.lua:9:1: error: indicator 1.1: unknown name 'ty_lee'\n"
                      "  hint: names known here: a, b, ok, r, ty_le, diem, max, cap, co_wifi, "
                      "dan_so\n");
}

/* A step sees only the steps above it: using one defined below is an unknown name. */
static void step_used_before_defined(void **state) {
  (void)state;
  check_formula_error("v = w * 2\nw = a / b\nw * max",
                      "test.lua:7:19: error: indicator 1.1: unknown name 'w'\n"
                      "  hint: 'w' is a step defined on a later line: a step can only use the "
                      "steps above it\n");
}

/* The same step name twice: reported at the second definition. */
static void step_defined_twice(void **state) {
  (void)state;
  check_formula_error("t = a\nu = b\nt = a + b\nt",
                      "test.lua:9:1: error: indicator 1.1: the step 't' is defined twice\n");
}

/* A step cannot take the name of one of the indicator's inputs (reported at the input). */
static void step_named_like_input(void **state) {
  (void)state;
  check_formula_error("a = a * 2\na",
                      "test.lua:5: error: indicator 1.1: the step 'a' has the name of an input\n"
                      "  hint: rename the step\n");
}

/* ------------------------------------------------------------------ types */

/* A yes/no input (local or shared) used as a number, with the if … then hint. */
static void yesno_used_as_number(void **state) {
  (void)state;
  check_formula_error("ok * max",
                      "test.lua:7:15: error: indicator 1.1: each side of an arithmetic operator "
                      "must be a number\n"
                      "  hint: 'ok' is yes/no: write 'if ok then … else … end'\n");
  check_formula_error("a + co_wifi",
                      "test.lua:7:19: error: indicator 1.1: each side of an arithmetic operator "
                      "must be a number\n"
                      "  hint: 'co_wifi' is yes/no: write 'if co_wifi then … else … end'\n");
  check_formula_error("if ok > 0 then max else 0 end",
                      "test.lua:7:18: error: indicator 1.1: each side of a comparison must be a "
                      "number\n"
                      "  hint: 'ok' is yes/no: write 'if ok then … else … end'\n");
}

/* A choice compared with a number, or with another choice. */
static void choice_compared_with_number(void **state) {
  (void)state;
  check_formula_error("if r == 1 then max else 0 end",
                      "test.lua:7:18: error: indicator 1.1: cannot compare a choice with a number\n"
                      "  hint: compare a choice with one of its option codes in quotes, e.g. "
                      "r == \"chu_tich\"\n");
  check_formula_error("if r ~= cap then max else 0 end",
                      "test.lua:7:18: error: indicator 1.1: cannot compare a choice with a choice\n"
                      "  hint: compare a choice with one of its option codes in quotes, e.g. "
                      "r == \"chu_tich\"\n");
  check_formula_error("r + 1",
                      "test.lua:7:15: error: indicator 1.1: each side of an arithmetic operator "
                      "must be a number\n"
                      "  hint: 'r' is a choice\n");
}

/* A code that is not one of the choice's options: the hint lists them (local and shared). */
static void choice_unknown_option(void **state) {
  (void)state;
  check_formula_error("if r == \"chu_tch\" then max else 0 end",
                      "test.lua:7:23: error: indicator 1.1: \"chu_tch\" is not an option of "
                      "'r'\n"
                      "  hint: the options are \"chu_tich\", \"pho\"\n");
  check_formula_error("case cap when 'xa' then 1 when 'huyen' then 2 else 0 end",
                      "test.lua:7:46: error: indicator 1.1: \"huyen\" is not an option of 'cap'\n"
                      "  hint: the options are \"phuong\", \"xa\"\n");
}

/* A case on a choice tests option codes only; an option code alone is not a value. */
static void choice_arms_and_bare_codes(void **state) {
  (void)state;
  check_formula_error("case r when 1 then max else 0 end",
                      "test.lua:7:22: error: indicator 1.1: a choice can only be tested for one "
                      "of its options\n"
                      "  hint: write: when \"option_code\" then …\n");
  check_formula_error("\"pho\"",
                      "test.lua:7:15: error: indicator 1.1: \"pho\" is an option code: it can "
                      "only be compared with a choice input\n"
                      "  hint: e.g. r == \"pho\", or when \"pho\" then … in a case\n");
  check_formula_error("if a == 'pho' then 1 else 0 end",
                      "test.lua:7:23: error: indicator 1.1: \"pho\" can only be compared with a "
                      "choice input\n");
}

/* A text input (shared or local) cannot be used in a formula. */
static void text_input_in_formula(void **state) {
  (void)state;
  check_formula_error("ten",
                      "test.lua:7:15: error: indicator 1.1: 'ten' is a text input: it cannot be "
                      "used in a formula\n");
  check_compile_error(HEAD "indicator '1.1' { 'x', max = 10, link = text 'Link',\n"
                           "  score = 'if present(a) then max else link end' }\n",
                      "test.lua:6:15: error: indicator 1.1: present needs the name of an input "
                      "as its first argument\n"
                      "test.lua:6:40: error: indicator 1.1: 'link' is a text input: it cannot be "
                      "used in a formula\n");
}

/* Conditions must be yes/no, branches must agree, not applies to yes/no only. */
static void condition_and_branch_types(void **state) {
  (void)state;
  check_formula_error("if a then max else 0 end",
                      "test.lua:7:18: error: indicator 1.1: an if condition must be a yes/no value\n"
                      "  hint: 'a' is a number\n");
  check_formula_error("if ok then max else ok end",
                      "test.lua:7:35: error: indicator 1.1: the branches give different kinds of "
                      "value (a number and a yes/no value)\n");
  check_formula_error("if not a then max else 0 end",
                      "test.lua:7:22: error: indicator 1.1: what 'not' negates must be a yes/no "
                      "value\n"
                      "  hint: 'a' is a number\n");
}

/* A formula that gives a yes/no instead of points. */
static void formula_gives_yesno(void **state) {
  (void)state;
  check_formula_error("co_wifi",
                      "test.lua:7:15: error: indicator 1.1: the formula must give points "
                      "(a number), not a yes/no value\n"
                      "  hint: for a yes/no value x write: if x then max else 0 end\n");
  check_formula_error("t = a / b\nt >= 85%",
                      "test.lua:8:1: error: indicator 1.1: the formula must give points "
                      "(a number), not a yes/no value\n"
                      "  hint: for a yes/no value x write: if x then max else 0 end\n");
}

/* ------------------------------------------------------------------ functions */

/* An unknown function, with the list of functions. */
static void unknown_function(void **state) {
  (void)state;
  check_formula_error("a / b * sqrt(max)",
                      "test.lua:7:23: error: indicator 1.1: unknown function 'sqrt'\n"
                      "  hint: functions: min, max, clamp, round, abs, present, default, score, "
                      "group, peer_min, peer_max; for criteria: value, met, met_count, "
                      "assigned_count, met_share, all_met, children_count, children_at_level, "
                      "children_recognised\n");
}

/* clamp takes exactly 3 arguments; round 1 or 2; min/max at least one; default two. */
static void wrong_argument_counts(void **state) {
  (void)state;
  check_formula_error("clamp(a, 1) + clamp(a, 1, 2, 3)",
                      "test.lua:7:15: error: indicator 1.1: clamp takes exactly 3 arguments: clamp(x, low, high)\n"
                      "test.lua:7:29: error: indicator 1.1: clamp takes exactly 3 arguments: clamp(x, low, high)\n");
  check_formula_error("round(a, 1, 2) + round()",
                      "test.lua:7:15: error: indicator 1.1: round takes 1 or 2 arguments: "
                      "round(x) or round(x, decimals)\n"
                      "test.lua:7:32: error: indicator 1.1: round takes 1 or 2 arguments: "
                      "round(x) or round(x, decimals)\n");
  check_formula_error("min() + max()",
                      "test.lua:7:15: error: indicator 1.1: min takes 1 to 32 arguments\n"
                      "test.lua:7:23: error: indicator 1.1: max takes 1 to 32 arguments\n");
  check_formula_error("default(a)",
                      "test.lua:7:15: error: indicator 1.1: default takes two arguments: "
                      "default(x, value)\n");
}

/* present and default need an input's name; arguments of min must be numbers. */
static void function_argument_kinds(void **state) {
  (void)state;
  check_formula_error("if present(3) then max else 0 end",
                      "test.lua:7:18: error: indicator 1.1: present needs the name of an input "
                      "as its first argument\n");
  check_formula_error("min(a, ok)",
                      "test.lua:7:22: error: indicator 1.1: each argument must be a number\n"
                      "  hint: 'ok' is yes/no: write 'if ok then … else … end'\n");
}

/* score("x") of an unknown indicator, group("9") of an unknown group, score(a). */
static void unknown_score_and_group(void **state) {
  (void)state;
  check_formula_error("score(\"9.9\") + group(\"9\")",
                      "test.lua:7:15: error: indicator 1.1: there is no indicator \"9.9\"\n"
                      "test.lua:7:30: error: indicator 1.1: there is no group \"9\"\n");
  check_formula_error("score(a)",
                      "test.lua:7:15: error: indicator 1.1: score needs a code in quotes\n"
                      "  hint: score(\"1.2\")\n");
}

/* ------------------------------------------------------------------ cycles and order */

#define CYCLE_HINT "  hint: an indicator cannot use its own score, directly or through others " \
                   "(group(\"g\") uses every indicator of group g)\n"

/* A cycle of three, named from the first indicator declared, and reported at the
** reference that closes it (1.3's score("1.1"), line 7). */
static void cycle_of_three(void **state) {
  (void)state;
  check_compile_error(HEAD "indicator '1.1' { 'x', max = 10, score = 'score(\"1.2\")' }\n"
                           "indicator '1.2' { 'x', max = 10, score = 'score(\"1.3\")' }\n"
                           "indicator '1.3' { 'x', max = 10, score = '1 + score(\"1.1\") / 2' }\n",
                      "test.lua:7:47: error: indicators depend on each other in a cycle: "
                      "1.1 → 1.2 → 1.3 → 1.1\n" CYCLE_HINT);
}

/* The same cycle the other way round: the path follows the references from 1.1. */
static void cycle_of_three_reversed(void **state) {
  (void)state;
  check_compile_error(HEAD "indicator '1.1' { 'x', max = 10, score = 'score(\"1.3\")' }\n"
                           "indicator '1.2' { 'x', max = 10, score = 'score(\"1.1\")' }\n"
                           "indicator '1.3' { 'x', max = 10, score = 'score(\"1.2\") / 2' }\n",
                      "test.lua:6:43: error: indicators depend on each other in a cycle: "
                      "1.1 → 1.3 → 1.2 → 1.1\n" CYCLE_HINT);
}

/* An indicator that uses its own group's total, or its own score. */
static void self_reference(void **state) {
  (void)state;
  check_compile_error(HEAD "indicator '1.1' { 'x', max = 10, score = '5' }\n"
                           "indicator '1.2' { 'x', max = 10, score = 'group(\"1\") / 2' }\n",
                      "test.lua:6:43: error: indicators depend on each other in a cycle: "
                      "1.2 → 1.2\n" CYCLE_HINT);
  check_compile_error(HEAD "indicator '1.1' { 'x', max = 10, score = 'max - score(\"1.1\")' }\n",
                      "test.lua:5:49: error: indicators depend on each other in a cycle: "
                      "1.1 → 1.1\n" CYCLE_HINT);
}

/* The evaluation order puts what an indicator references before it, even when it is
** declared later: through score() and through group(). */
static void dependency_order(void **state) {
  (void)state;
  Model m;
  DiagList dl = { 0 };
  assert_int_equal(tu_model(HEAD
                            "indicator '1.1' { 'x', max = 10, score = 'score(\"1.3\") + score(\"1.2\")' }\n"
                            "indicator '1.2' { 'x', max = 10, score = 'score(\"1.3\")' }\n"
                            "indicator '1.3' { 'x', max = 10, score = '3' }\n"
                            "group '2' { 'g2', max = 10 }\n"
                            "indicator '2.1' { 'x', max = 10, score = 'group(\"3\") / 2' }\n"
                            "indicator '2.2' { 'x', max = 10, score = '1' }\n"
                            "group '3' { 'g3', max = 10 }\n"
                            "indicator '3.1' { 'x', max = 10, score = 'score(\"3.2\")' }\n"
                            "indicator '3.2' { 'x', max = 10, score = '2' }\n",
                            &m, &dl), 0);
  assert_int_equal(dl.n, 0);
  assert_true(m.compiled);
  assert_int_equal(m.ninds, 7);
  static const char *const want[] = { "1.3", "1.2", "1.1", "3.2", "3.1", "2.1", "2.2" };
  for (int i = 0; i < 7; i++) assert_string_equal(m.inds[m.order[i]].code, want[i]);
  /* 1.1 depends on 1.3 and 1.2 (in the order of the formula); 2.1 on all of group 3 */
  assert_int_equal(m.inds[0].ndeps, 2);
  assert_int_equal(m.inds[0].deps[0], 2);
  assert_int_equal(m.inds[0].deps[1], 1);
  assert_int_equal(m.inds[3].ndeps, 2);
  assert_int_equal(m.inds[3].deps[0], 5);
  assert_int_equal(m.inds[3].deps[1], 6);
  model_free(&m);
  diag_free(&dl);
}

/* score() of an indicator declared later gives its points at evaluation. */
static void dependency_evaluates(void **state) {
  (void)state;
  Model m;
  DiagList dl = { 0 };
  Dataset ds;
  Results r;
  assert_int_equal(tu_model(HEAD
                            "indicator '1.1' { 'x', max = 10, score = 'score(\"1.2\") / 2' }\n"
                            "indicator '1.2' { 'x', max = 10, a = count 'a', score = 'min(a, max)' }\n",
                            &m, &dl), 0);
  assert_int_equal(tu_data("unit,name,dan_so,co_wifi,ten,cap,1.2.a\nX,Xã X,1,có,t,xa,7\n",
                           &m, false, &ds, &dl), 0);
  assert_int_equal(eval_run(&m, &ds, false, &r, &dl), 0);
  assert_int_equal(dl.n, 0);
  assert_int_equal(results_score(&r, 0, 1)->status, S_OK);
  assert_true(results_score(&r, 0, 1)->value == 7);
  assert_int_equal(results_score(&r, 0, 0)->status, S_OK);
  assert_true(results_score(&r, 0, 0)->value == 3.5);
  results_free(&r);
  dataset_free(&ds);
  model_free(&m);
  diag_free(&dl);
}

/* ------------------------------------------------------------------ shared inputs */

/*
** A shared input is usable by its own name, and through a binding b = shared "dan_so":
** both read the one dataset column dan_so.
*/
static void shared_inputs(void **state) {
  (void)state;
  Model m;
  DiagList dl = { 0 };
  Dataset ds;
  Results r;
  assert_int_equal(tu_model(HEAD
                            "indicator '1.1' { 'x', max = 10, a = count 'a',\n"
                            "  score = 'a / dan_so * max' }\n"
                            "indicator '1.2' { 'x', max = 10, a = count 'a', b = shared 'dan_so',\n"
                            "  score = 'a / b * max' }\n",
                            &m, &dl), 0);
  assert_int_equal(dl.n, 0);
  int dan_so = model_find_input(&m, "dan_so");
  assert_int_equal(dan_so, 2);          /* shared inputs are kept in name order */
  assert_int_equal(m.inds[1].nbinds, 2);
  assert_string_equal(m.inds[1].binds[1].name, "b");
  assert_true(m.inds[1].binds[1].shared);
  assert_int_equal(m.inds[1].binds[1].input, dan_so);
  assert_int_equal(m.inds[1].binds[1].line, 7);
  assert_int_equal(m.inputs[dan_so].owner, -1);
  assert_int_equal(tu_data("unit,name,dan_so,co_wifi,ten,cap,1.1.a,1.2.a\n"
                           "X,Xã X,200,có,t,xa,50,100\n", &m, false, &ds, &dl), 0);
  assert_int_equal(eval_run(&m, &ds, false, &r, &dl), 0);
  assert_int_equal(dl.n, 0);
  assert_true(results_score(&r, 0, 0)->value == 2.5);
  assert_true(results_score(&r, 0, 1)->value == 5);
  results_free(&r);
  dataset_free(&ds);
  model_free(&m);
  diag_free(&dl);
}

/* A local input shadows a shared input of the same name. */
static void local_shadows_shared(void **state) {
  (void)state;
  Model m;
  DiagList dl = { 0 };
  assert_int_equal(tu_model(HEAD
                            "indicator '1.1' { 'x', max = 10, dan_so = count 'own',\n"
                            "  score = 'dan_so' }\n",
                            &m, &dl), 0);
  assert_int_equal(dl.n, 0);
  const Node *n = m.inds[0].score.result;
  assert_int_equal(n->tag, N_NAME);
  assert_int_equal(n->ref, model_find_input(&m, "1.1.dan_so"));
  assert_true(n->ref != model_find_input(&m, "dan_so"));
  model_free(&m);
  diag_free(&dl);
}

/* Binding to a name that is not a shared input is reported at the binding's line. */
static void binding_to_unknown_shared(void **state) {
  (void)state;
  check_compile_error(HEAD "indicator '1.1' { 'x', max = 10,\n"
                           "  b = shared 'dan_sô',\n"
                           "  score = 'max' }\n",
                      "test.lua:6: error: indicator 1.1: 'b' is bound to 'dan_sô', which is not "
                      "a shared input\n"
                      "  hint: declare it in inputs { … }\n");
}

/* ------------------------------------------------------------------ declarations */

/*
** The prelude's problems are collected, each at its line, and the formulas are still
** compiled: unknown fields (decision, group, indicator), no title, an indicator before
** any group, a duplicate code, no max, a mistyped field, no score, and an unknown name.
*/
static void structural_problems_in_one_run(void **state) {
  (void)state;
  check_compile_error(
    "decision 'd' { number = '1/QĐ', titel = 'x' }\n"                 /* 1 */
    "indicator '0.1' { 'before', max = 5, score = 'max' }\n"          /* 2 */
    "group '1' { 'g', max = 30, mx = 3 }\n"                           /* 3 */
    "indicator '1.1' { 'x', max = 10, evidense = 'ev', score = 'max' }\n"
    "indicator '1.1' { 'y', max = 10, score = 'max' }\n"              /* 5 */
    "indicator '1.2' { 'z',\n"                                        /* 6 */
    "  score = 'max / 2' }\n"
    "indicator '1.3' { 'w', max = '10', score = 'max' }\n"            /* 8 */
    "indicator '1.4' { 'v', max = 10 }\n"                             /* 9 */
    "indicator '1.5' { 'u', max = 10, score = 'zz' }\n",              /* 10 */
    "test.lua:1: error: decision: unknown field 'titel'\n"
    "  hint: known fields: decimals, issued, issuer, level, note, number, out_of_range, "
    "period, province, rank, source, stated, title, total\n"
    "test.lua:1: error: the decision has no title\n"
    "  hint: title = \"…\"\n"
    "test.lua:2: error: indicator 0.1 comes before any group\n"
    "  hint: declare group \"1\" { \"…\", max = … } first\n"
    "test.lua:3: error: group 1: unknown field 'mx'\n"
    "  hint: known fields: max, note, source\n"
    "test.lua:4: error: indicator 1.1: unknown field 'evidense'\n"
    "  hint: known fields: agency, evidence, legal, max, max_stated, note, responsible, source, "
    "unit, score (or value and its targets), or an input: "
    "evidense = count \"label\"\n"
    "test.lua:5: error: indicator 1.1 is declared twice\n"
    "test.lua:6: error: indicator 1.2 has no max\n"
    "  hint: max = 20\n"
    "test.lua:8: error: indicator 1.3: field 'max' must be a number, not a string\n"
    "test.lua:9: error: indicator 1.4 has no score\n"
    "  hint: score = \"a / b * max\"  or a pattern such as ratio { \"a\", \"b\" }\n"
    "test.lua:10:43: error: indicator 1.5: unknown name 'zz'\n"
    "  hint: names known here: max\n");
}

/* A script without decision and without indicators. */
static void empty_script(void **state) {
  (void)state;
  check_compile_error("-- nothing yet\n",
                      "test.lua:1: error: the script declares no decision\n"
                      "  hint: start with decision \"province/number-year-level\" "
                      "{ title = \"…\", … }\n"
                      "test.lua:1: error: the script declares no indicator\n");
}

/* Several formula errors, in one formula and in several indicators, are all reported,
** in declaration order. */
static void several_errors_all_reported(void **state) {
  (void)state;
  check_compile_error(HEAD
                      "indicator '1.1' { 'x', max = 10, a = count 'a', ok = yesno 'ok',\n"
                      "  score = 'aa + ok * foo(a)' }\n"
                      "indicator '1.2' { 'x', max = 10, score = 'score(\"7\")' }\n"
                      "indicator '1.3' { 'x', max = 10, score = 'ten' }\n",
                      "test.lua:6:12: error: indicator 1.1: unknown name 'aa'\n"
                      "  hint: names known here: a, ok, max, cap, co_wifi, dan_so\n"
                      "test.lua:6:17: error: indicator 1.1: each side of an arithmetic operator "
                      "must be a number\n"
                      "  hint: 'ok' is yes/no: write 'if ok then … else … end'\n"
                      "test.lua:6:22: error: indicator 1.1: unknown function 'foo'\n"
                      "  hint: functions: min, max, clamp, round, abs, present, default, score, "
                      "group, peer_min, peer_max; for criteria: value, met, met_count, "
                      "assigned_count, met_share, all_met, children_count, children_at_level, "
                      "children_recognised\n"
                      "test.lua:7:43: error: indicator 1.2: there is no indicator \"7\"\n"
                      "test.lua:8:43: error: indicator 1.3: 'ten' is a text input: it cannot be "
                      "used in a formula\n");
}

/* A script that compiles: every indicator has a program ending in I_END, and the model
** is marked compiled. */
static void compiles_clean(void **state) {
  (void)state;
  Model m;
  DiagList dl = { 0 };
  assert_int_equal(tu_model(HEAD IND
                            "t = a / b\n"
                            "if r == 'pho' and not ok then t * max elseif co_wifi then max else 0 end"
                            END, &m, &dl), 0);
  assert_int_equal(dl.n, 0);
  assert_true(m.compiled);
  const Program *p = &m.inds[0].prog;
  assert_true(p->ncode > 0);
  assert_int_equal(p->code[p->ncode - 1].op, I_END);
  assert_int_equal(m.inds[0].score.nsteps, 1);
  assert_int_equal(m.inds[0].prog.nslots, 2);      /* the step t and the if's branch */
  assert_int_equal(m.inds[0].slots[0].kind, SLOT_STEP);
  assert_string_equal(m.inds[0].slots[0].name, "t");
  assert_int_equal(m.inds[0].slots[1].kind, SLOT_BRANCH);
  model_free(&m);
  diag_free(&dl);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(unknown_name),
    cmocka_unit_test(unknown_name_lists_earlier_steps),
    cmocka_unit_test(step_used_before_defined),
    cmocka_unit_test(step_defined_twice),
    cmocka_unit_test(step_named_like_input),
    cmocka_unit_test(yesno_used_as_number),
    cmocka_unit_test(choice_compared_with_number),
    cmocka_unit_test(choice_unknown_option),
    cmocka_unit_test(choice_arms_and_bare_codes),
    cmocka_unit_test(text_input_in_formula),
    cmocka_unit_test(condition_and_branch_types),
    cmocka_unit_test(formula_gives_yesno),
    cmocka_unit_test(unknown_function),
    cmocka_unit_test(wrong_argument_counts),
    cmocka_unit_test(function_argument_kinds),
    cmocka_unit_test(unknown_score_and_group),
    cmocka_unit_test(cycle_of_three),
    cmocka_unit_test(cycle_of_three_reversed),
    cmocka_unit_test(self_reference),
    cmocka_unit_test(dependency_order),
    cmocka_unit_test(dependency_evaluates),
    cmocka_unit_test(shared_inputs),
    cmocka_unit_test(local_shadows_shared),
    cmocka_unit_test(binding_to_unknown_shared),
    cmocka_unit_test(structural_problems_in_one_run),
    cmocka_unit_test(empty_script),
    cmocka_unit_test(several_errors_all_reported),
    cmocka_unit_test(compiles_clean),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
