/*
** test_eval.c
** Unit tests of the evaluator (src/eval.c) through whole scripts and datasets:
** missing data, undefined results, the range rule, logic, functions, references
** between indicators, group sums, totals, ranks and the findings they produce.
*/
#include "testutil.h"

#include <math.h>

#include "cell.h"

/* A decision with one group of 100 points; indicators follow. */
#define HEAD "decision 'd' { title = 't' }\ngroup '1' { 'g', max = 100 }\n"
#define HEAD_RANKED "decision 'd' { title = 't', rank = true }\ngroup '1' { 'g', max = 100 }\n"

/* Load and evaluate; these tests' scripts must have no findings at all. */
static void load(Fix *f, const char *script, const char *csv) {
  tu_fix_load(f, script, csv);
  assert_int_equal(f->sd.n, 0);
}

static void unload(Fix *f) { tu_fix_free(f); }

static const Score *sc(const Fix *f, int u, const char *code) {
  int k = model_find_indicator(&f->m, code);
  assert_true(k >= 0);
  return results_score(&f->r, u, k);
}

static int input_of(const Fix *f, const char *name) {
  int i = model_find_input(&f->m, name);
  assert_true(i >= 0);
  return i;
}

static void show(const Score *s, int u, const char *code) {
  print_error("unit %d, indicator %s: status %d value %.17g raw %.17g cause kind %d why %d where %d\n",
              u, code, s->status, s->value, s->raw, s->cause.kind, s->cause.why, s->cause.where);
}

/* Indicator code of unit u scored exactly `want`, in range. */
static void expect_ok(const Fix *f, int u, const char *code, double want) {
  const Score *s = sc(f, u, code);
  if (s->status != S_OK || s->value != want) show(s, u, code);
  assert_int_equal(s->status, S_OK);
  assert_true(s->value == want);
}

/* Indicator code of unit u is missing data because of input `input`. */
static void expect_missing(const Fix *f, int u, const char *code, const char *input) {
  const Score *s = sc(f, u, code);
  if (s->status != S_MISSING) show(s, u, code);
  assert_int_equal(s->status, S_MISSING);
  assert_int_equal(s->cause.kind, V_MISSING);
  assert_int_equal(s->cause.where, input_of(f, input));
}

/* Indicator code of unit u is undefined for reason `why`. */
static void expect_undef(const Fix *f, int u, const char *code, Undef why) {
  const Score *s = sc(f, u, code);
  if (s->status != S_UNDEF) show(s, u, code);
  assert_int_equal(s->status, S_UNDEF);
  assert_int_equal(s->cause.kind, V_UNDEF);
  assert_int_equal(s->cause.why, why);
}

/* Id of the first node of indicator code's formula with this tag (and operator). */
static int node_id(const Fix *f, const char *code, NodeTag tag, Op op) {
  const Formula *fo = &f->m.inds[model_find_indicator(&f->m, code)].score;
  for (int i = 0; i < fo->nnodes; i++)
    if (fo->nodes[i]->tag == tag && (op == OP_NONE || fo->nodes[i]->op == op)) return i;
  fail_msg("no such node in %s", code);
  return -1;
}

/* The value of named step `name` of indicator code for unit u, from the trace. */
static Value step(const Fix *f, int u, const char *code, const char *name) {
  int k = model_find_indicator(&f->m, code);
  const Indicator *ind = &f->m.inds[k];
  for (int s = 0; s < ind->prog.nslots; s++)
    if (ind->slots[s].kind == SLOT_STEP && strcmp(ind->slots[s].name, name) == 0)
      return results_slots(&f->r, u, k)[s];
  fail_msg("no step %s in %s", name, code);
  return (Value){ 0, 0, V_NONE, 0 };
}

static void expect_step(const Fix *f, int u, const char *code, const char *name, double want) {
  Value v = step(f, u, code, name);
  if (v.kind != V_NUM || v.n != want)
    print_error("step %s of %s, unit %d: kind %d value %.17g\n", name, code, u, v.kind, v.n);
  assert_int_equal(v.kind, V_NUM);
  assert_true(v.n == want);
}

/* The data findings, as the CLI prints them, are exactly `want`. */
static void expect_diags(const Fix *f, const char *want) {
  char *t = tu_diags(&f->dd);
  assert_non_null(t);
  assert_string_equal(t, want);
  free(t);
}

/* ---------------------------------------------------------------- missing data */

/* A blank input makes the indicator missing data, naming the input; the unit has
** one unscored indicator, a total of what could be scored, and no rank. */
static void missing_input(void **state) {
  (void)state;
  Fix f;
  load(&f, HEAD_RANKED
       "indicator '1.1' { 'x', max = 10, a = count 'A', b = count 'B', score = 'a / b * max' }\n"
       "indicator '1.2' { 'y', max = 5, c = count 'C', score = 'c' }\n",
       "unit,name,1.1.a,1.1.b,1.2.c\nA,An,1,4,3\nB,Bình,1,,2\n");
  expect_ok(&f, 0, "1.1", 2.5);
  expect_missing(&f, 1, "1.1", "1.1.b");
  expect_ok(&f, 1, "1.2", 2);
  assert_int_equal(f.r.unscored[0], 0);
  assert_int_equal(f.r.unscored[1], 1);
  assert_int_equal(f.r.group_unscored[1], 1);
  assert_true(f.r.total[0] == 5.5);
  assert_true(f.r.total[1] == 2);
  assert_int_equal(f.r.rank[0], 1);
  assert_int_equal(f.r.rank[1], 0);
  assert_int_equal(f.r.nproblems, 1);
  expect_diags(&f, "test.csv:3:4: warning: column \"1.1.b\" (unit B): indicator 1.1 is missing "
               "data: \"1.1.b\" has no value\n"
               "  hint: fill the cell (B); the unit's total counts only the indicators that "
               "could be scored\n");
  unload(&f);
}

/* A branch that is not taken does not need its inputs, in an if and in a case. */
static void untaken_branch_needs_no_input(void **state) {
  (void)state;
  Fix f;
  load(&f, HEAD
       "indicator '1.1' { 'x', max = 10, a = count 'A', b = count 'B',\n"
       "  score = 'if a > 0 then max else b end' }\n"
       "indicator '1.2' { 'y', max = 10, n = count 'N', c = count 'C',\n"
       "  score = 'case n when >= 10 then max else c end' }\n"
       "indicator '1.3' { 'z', max = 10, p = count 'P', q = count 'Q',\n"
       "  score = 'if p > 5 then max elseif q > 5 then 1 else 0 end' }\n",
       "unit,name,1.1.a,1.1.b,1.2.n,1.2.c,1.3.p,1.3.q\n"
       "A,An,1,,12,,6,\n"
       "B,Bình,0,,3,,1,\n"
       "C,Cường,0,3,3,4,1,9\n");
  expect_ok(&f, 0, "1.1", 10);
  expect_ok(&f, 0, "1.2", 10);
  expect_ok(&f, 0, "1.3", 10);
  expect_missing(&f, 1, "1.1", "1.1.b");
  expect_missing(&f, 1, "1.2", "1.2.c");
  expect_missing(&f, 1, "1.3", "1.3.q");
  expect_ok(&f, 2, "1.1", 3);
  expect_ok(&f, 2, "1.2", 4);
  expect_ok(&f, 2, "1.3", 1);
  unload(&f);
}

/* ---------------------------------------------------------------- undefined */

/* Division by zero is undefined at the division node, with a finding that points
** into the formula; `if b == 0 then 0 else … end` and a guarding `and` handle it. */
static void division_by_zero(void **state) {
  (void)state;
  Fix f;
  load(&f, HEAD
       "inputs { a = count 'A', b = count 'B' }\n"
       "indicator '1.1' { 'x', max = 10, a = count 'A', b = count 'B', score = 'a / b * max' }\n"
       "indicator '1.2' { 'y', max = 10, a = shared 'a', b = shared 'b',\n"
       "  score = 'if b == 0 then 0 else a / b * max end' }\n"
       "indicator '1.3' { 'z', max = 10, a = shared 'a', b = shared 'b',\n"
       "  score = 'if b > 0 and a / b >= 50% then max else 0 end' }\n",
       "unit,name,1.1.a,1.1.b,a,b\nA,An,1,0,3,0\nB,Bình,1,2,3,4\n");
  expect_undef(&f, 0, "1.1", U_DIV0);
  assert_int_equal(sc(&f, 0, "1.1")->cause.where, node_id(&f, "1.1", N_BIN, OP_DIV));
  expect_ok(&f, 0, "1.2", 0);
  expect_ok(&f, 0, "1.3", 0);
  expect_ok(&f, 1, "1.1", 5);
  expect_ok(&f, 1, "1.2", 7.5);
  expect_ok(&f, 1, "1.3", 10);
  assert_int_equal(f.r.unscored[0], 1);
  expect_diags(&f, "test.csv:2: error: unit A: indicator 1.1 is undefined: division by zero "
               "(formula at test.lua:4:73)\n"
               "  hint: check the data; if a zero denominator is legitimate, the script must "
               "say what it scores (e.g. if b == 0 then 0 else … end)\n");
  unload(&f);
}

/* A case without else whose arms leave a gap (69.5 % between "50% .. 69%" and
** "> 70%", and 70 % itself) is undefined, never 0. */
static void case_gap_has_no_arm(void **state) {
  (void)state;
  Fix f;
  load(&f, HEAD
       "indicator '1.1' { 'x', max = 10, t = percent 'T',\n"
       "  score = 'case t when > 70% then max when 50% .. 69% then max / 2 when < 50% then 0 end' }\n",
       "unit,name,1.1.t\nA,An,69.5\nB,Bình,69\nC,Cường,50\nD,Dũng,70\nE,Em,71\nF,Phú,49.99\n");
  expect_undef(&f, 0, "1.1", U_NOARM);
  assert_int_equal(sc(&f, 0, "1.1")->cause.where, node_id(&f, "1.1", N_CASE, OP_NONE));
  expect_ok(&f, 1, "1.1", 5);
  expect_ok(&f, 2, "1.1", 5);
  expect_undef(&f, 3, "1.1", U_NOARM);
  expect_ok(&f, 4, "1.1", 10);
  expect_ok(&f, 5, "1.1", 0);
  assert_int_equal(f.r.nproblems, 2);
  expect_diags(&f, "test.csv:2: error: unit A: indicator 1.1 is undefined: no tier of the case "
               "covers the value (formula at test.lua:4:12)\n"
               "  hint: run `tieuchi explain` for this unit and indicator to see the values\n"
               "test.csv:5: error: unit D: indicator 1.1 is undefined: no tier of the case "
               "covers the value (formula at test.lua:4:12)\n"
               "  hint: run `tieuchi explain` for this unit and indicator to see the values\n");
  unload(&f);
}

/* Range arms include both ends; arms are tried in order; else takes the rest. */
static void range_arms_inclusive(void **state) {
  (void)state;
  Fix f;
  load(&f, HEAD
       "indicator '1.1' { 'x', max = 20, n = count 'N',\n"
       "  score = 'case n when >= 20 then max when 10 .. 19 then max / 2 "
       "when 5 .. 9 then max / 4 else 0 end' }\n",
       "unit,name,1.1.n\nA,,4\nB,,5\nC,,9\nD,,10\nE,,19\nF,,20\nG,,21\n");
  static const double want[] = { 0, 5, 5, 10, 10, 20, 20 };
  for (int u = 0; u < 7; u++) expect_ok(&f, u, "1.1", want[u]);
  unload(&f);
}

/* ---------------------------------------------------------------- range rule */

/* Out of range is clamped by default: status clamped, raw kept, value max (or 0),
** reported as a warning; the unit stays complete. */
static void out_of_range_clamped(void **state) {
  (void)state;
  Fix f;
  load(&f, HEAD
       "inputs { a = count 'A', b = count 'B' }\n"
       "indicator '1.1' { 'x', max = 10, a = count 'A', b = count 'B', score = 'a / b * max' }\n"
       "indicator '1.2' { 'y', max = 10, a = shared 'a', b = shared 'b', score = 'a - b' }\n",
       "unit,name,1.1.a,1.1.b,a,b\nA,An,6,5,1,3\n");
  const Score *s = sc(&f, 0, "1.1");
  assert_int_equal(s->status, S_CLAMPED);
  assert_true(s->raw == 12);
  assert_true(s->value == 10);
  s = sc(&f, 0, "1.2");
  assert_int_equal(s->status, S_CLAMPED);
  assert_true(s->raw == -2);
  assert_true(s->value == 0);
  assert_true(score_counts(s));
  assert_int_equal(f.r.unscored[0], 0);
  assert_true(f.r.total[0] == 10);
  expect_diags(&f, "test.csv:2: warning: unit A: indicator 1.1: the formula gives 12, outside "
               "[0, 10]; counted as 10 (from 1.1.a = 6, 1.1.b = 5)\n"
               "  hint: check the data (e.g. a numerator larger than its denominator, a percentage "
               "over 100)\n"
               "test.csv:2: warning: unit A: indicator 1.2: the formula gives -2, outside "
               "[0, 10]; counted as 0 (from a = 1, b = 3)\n"
               "  hint: check the data (e.g. a numerator larger than its denominator, a percentage "
               "over 100)\n");
  unload(&f);
}

/* With out_of_range = "reject", an out-of-range score is undefined (U_RANGE). */
static void out_of_range_rejected(void **state) {
  (void)state;
  Fix f;
  load(&f, "decision 'd' { title = 't', out_of_range = 'reject' }\n"
       "group '1' { 'g', max = 100 }\n"
       "indicator '1.1' { 'x', max = 10, a = count 'A', b = count 'B', score = 'a / b * max' }\n",
       "unit,name,1.1.a,1.1.b\nA,An,6,5\nB,Bình,5,5\n");
  expect_undef(&f, 0, "1.1", U_RANGE);
  expect_ok(&f, 1, "1.1", 10);
  assert_int_equal(f.r.unscored[0], 1);
  expect_diags(&f, "test.csv:2: error: unit A: indicator 1.1 is undefined: the score is outside "
               "[0, max] and the decision rejects such scores (formula at test.lua:3:73)\n"
               "  hint: run `tieuchi explain` for this unit and indicator to see the values\n");
  unload(&f);
}

/* Floating-point noise at max (1/5*12 + 4/5*12 = 12.000000000000002) and below 0
** (0.3 - 0.1 - 0.2) is not a data problem: the score is max (or 0), status ok. */
static void float_noise_not_flagged(void **state) {
  (void)state;
  Fix f;
  load(&f, HEAD
       "indicator '1.1' { 'x', max = 12, a = count 'A', b = count 'B',\n"
       "  score = 'a / 5 * max + b / 5 * max' }\n"
       "indicator '1.2' { 'y', max = 1, a = count 'A', b = count 'B', c = count 'C',\n"
       "  score = 'a / 10 - b / 10 - c / 10' }\n",
       "unit,name,1.1.a,1.1.b,1.2.a,1.2.b,1.2.c\nA,An,1,4,3,1,2\n");
  expect_ok(&f, 0, "1.1", 12);
  assert_true(sc(&f, 0, "1.1")->raw > 12);
  expect_ok(&f, 0, "1.2", 0);
  assert_true(sc(&f, 0, "1.2")->raw < 0);
  assert_int_equal(f.r.nproblems, 0);
  assert_int_equal(f.dd.n, 0);
  unload(&f);
}

/* ---------------------------------------------------------------- logic */

/* and/or decide from the left side when they can: `false and missing` is false,
** `true or missing` is true; a missing left side (or a needed right side) makes the
** result missing; `not missing` is missing. */
static void and_or_short_circuit(void **state) {
  (void)state;
  Fix f;
  load(&f, "decision 'd' { title = 't' }\n"
       "inputs { p = yesno 'P', q = yesno 'Q' }\n"
       "group '1' { 'g', max = 100 }\n"
       "indicator '1.1' { 'w', max = 10, score = 'if p and q then max else 0 end' }\n"
       "indicator '1.2' { 'x', max = 10, score = 'if q and p then max else 0 end' }\n"
       "indicator '1.3' { 'y', max = 10, score = 'if p or q then max else 0 end' }\n"
       "indicator '1.4' { 'z', max = 10, score = 'if q or p then max else 0 end' }\n"
       "indicator '1.5' { 'v', max = 10, score = 'if not q then max else 0 end' }\n",
       "unit,name,p,q\nA,An,không,\nB,Bình,có,\nC,Cường,có,không\n");
  expect_ok(&f, 0, "1.1", 0);
  expect_missing(&f, 0, "1.2", "q");
  expect_missing(&f, 0, "1.3", "q");
  expect_missing(&f, 0, "1.4", "q");
  expect_missing(&f, 0, "1.5", "q");
  expect_missing(&f, 1, "1.1", "q");
  expect_missing(&f, 1, "1.2", "q");
  expect_ok(&f, 1, "1.3", 10);
  expect_missing(&f, 1, "1.4", "q");
  expect_ok(&f, 2, "1.1", 0);
  expect_ok(&f, 2, "1.2", 0);
  expect_ok(&f, 2, "1.3", 10);
  expect_ok(&f, 2, "1.4", 10);
  expect_ok(&f, 2, "1.5", 10);
  unload(&f);
}

/* yes/no inputs are conditions by themselves, negate with not, compare with ==. */
static void yesno_conditions(void **state) {
  (void)state;
  Fix f;
  load(&f, "decision 'd' { title = 't' }\n"
       "inputs { p = yesno 'P', q = yesno 'Q', w = yesno { 'W', blank = 'no' } }\n"
       "group '1' { 'g', max = 100 }\n"
       "indicator '1.1' { 'a', max = 10, score = 'if p then max else 0 end' }\n"
       "indicator '1.2' { 'b', max = 10, score = 'if not p then max else 0 end' }\n"
       "indicator '1.3' { 'c', max = 10, score = 'if p == q then max else 0 end' }\n"
       "indicator '1.4' { 'd', max = 10, score = 'if p ~= q then max else 0 end' }\n"
       "indicator '1.5' { 'e', max = 10, score = 'if w then max else 1 end' }\n",
       "unit,name,p,q,w\nA,An,x,có,\nB,Bình,0,yes,x\n");
  expect_ok(&f, 0, "1.1", 10);
  expect_ok(&f, 0, "1.2", 0);
  expect_ok(&f, 0, "1.3", 10);
  expect_ok(&f, 0, "1.4", 0);
  expect_ok(&f, 0, "1.5", 1);
  expect_ok(&f, 1, "1.1", 0);
  expect_ok(&f, 1, "1.2", 10);
  expect_ok(&f, 1, "1.3", 0);
  expect_ok(&f, 1, "1.4", 10);
  expect_ok(&f, 1, "1.5", 10);
  unload(&f);
}

/* A choice compares with its option codes (==, ~=, case arms), read by code or text. */
static void choice_equality(void **state) {
  (void)state;
  Fix f;
  load(&f, "decision 'd' { title = 't' }\n"
       "inputs { r = choice { 'R', options = { chu_tich = 'Chủ tịch', pho = 'Phó Chủ tịch', "
       "khac = 'Khác' } } }\n"
       "group '1' { 'g', max = 100 }\n"
       "indicator '1.1' { 'a', max = 10,\n"
       "  score = [[if r == \"chu_tich\" then max elseif r == \"pho\" then max / 2 else 0 end]] }\n"
       "indicator '1.2' { 'b', max = 10, score = [[if r ~= \"khac\" then max else 0 end]] }\n"
       "indicator '1.3' { 'c', max = 10,\n"
       "  score = [[case r when \"chu_tich\" then max when \"pho\" then max / 2 end]] }\n",
       "unit,name,r\nA,An,chu_tich\nB,Bình,Phó Chủ tịch\nC,Cường,KHÁC\n");
  expect_ok(&f, 0, "1.1", 10);
  expect_ok(&f, 0, "1.2", 10);
  expect_ok(&f, 0, "1.3", 10);
  expect_ok(&f, 1, "1.1", 5);
  expect_ok(&f, 1, "1.2", 10);
  expect_ok(&f, 1, "1.3", 5);
  expect_ok(&f, 2, "1.1", 0);
  expect_ok(&f, 2, "1.2", 0);
  expect_undef(&f, 2, "1.3", U_NOARM);
  unload(&f);
}

/* ---------------------------------------------------------------- functions */

/* min, max, clamp and abs over several arguments; a missing argument wins. */
static void min_max_clamp_abs(void **state) {
  (void)state;
  Fix f;
  load(&f, HEAD
       "indicator '1.1' { 'x', max = 100, a = count 'A', b = count 'B', score = [[\n"
       "  lo = min(a, b, 3)\n"
       "  hi = max(a, b, 3)\n"
       "  c1 = clamp(a, 2, 5)\n"
       "  c2 = clamp(b, 2, 5)\n"
       "  c3 = clamp(4, 2, 5)\n"
       "  d = abs(b - a)\n"
       "  m1 = min(7)\n"
       "  lo + hi + c1 + c2 + c3 + d + m1\n"
       "]] }\n"
       "indicator '1.2' { 'y', max = 100, a = count 'A', e = count 'E', score = 'min(a, e)' }\n",
       "unit,name,1.1.a,1.1.b,1.2.a,1.2.e\nA,An,7,1,1,\n");
  expect_step(&f, 0, "1.1", "lo", 1);
  expect_step(&f, 0, "1.1", "hi", 7);
  expect_step(&f, 0, "1.1", "c1", 5);
  expect_step(&f, 0, "1.1", "c2", 2);
  expect_step(&f, 0, "1.1", "c3", 4);
  expect_step(&f, 0, "1.1", "d", 6);
  expect_step(&f, 0, "1.1", "m1", 7);
  expect_ok(&f, 0, "1.1", 32);
  expect_missing(&f, 0, "1.2", "1.2.e");
  unload(&f);
}

/* round is half away from zero, also with decimals and for negative numbers. */
static void round_half_away_from_zero(void **state) {
  (void)state;
  Fix f;
  load(&f, HEAD
       "indicator '1.1' { 'x', max = 100, score = [[\n"
       "  r1 = round(2.5)\n"
       "  r2 = round(-2.5)\n"
       "  r3 = round(1.125, 2)\n"
       "  r4 = round(-1.125, 2)\n"
       "  r5 = round(0.5)\n"
       "  r6 = round(1234.5678, 2)\n"
       "  r7 = round(-0.4)\n"
       "  r8 = round(1250, -2)\n"
       "  r9 = round(2.4)\n"
       "  r10 = round(-3.5)\n"
       "  r11 = round(7.25, 1)\n"
       "  r12 = round(3, 2)\n"
       "  0\n"
       "]] }\n",
       "unit,name\nA,An\n");
  expect_step(&f, 0, "1.1", "r1", 3);
  expect_step(&f, 0, "1.1", "r2", -3);
  expect_step(&f, 0, "1.1", "r3", 1.13);
  expect_step(&f, 0, "1.1", "r4", -1.13);
  expect_step(&f, 0, "1.1", "r5", 1);
  expect_step(&f, 0, "1.1", "r6", 1234.57);
  expect_step(&f, 0, "1.1", "r7", 0);
  expect_step(&f, 0, "1.1", "r8", 1300);
  expect_step(&f, 0, "1.1", "r9", 2);
  expect_step(&f, 0, "1.1", "r10", -4);
  expect_step(&f, 0, "1.1", "r11", 7.3);
  expect_step(&f, 0, "1.1", "r12", 3);
  expect_ok(&f, 0, "1.1", 0);
  unload(&f);
}

/* present(x) says whether the cell has a valid value; default(x, v) replaces a
** missing (blank or invalid) value and nothing else. */
static void present_and_default(void **state) {
  (void)state;
  Fix f;
  load(&f, "decision 'd' { title = 't' }\n"
       "inputs { b = count 'B' }\n"
       "group '1' { 'g', max = 100 }\n"
       "indicator '1.1' { 'x', max = 10, score = 'if present(b) then max else 0 end' }\n"
       "indicator '1.2' { 'y', max = 10, score = 'default(b, 3)' }\n"
       "indicator '1.3' { 'z', max = 10, score = 'default(b, 3) * 2' }\n",
       "unit,name,b\nA,An,\nB,Bình,abc\nC,Cường,5\nD,Dũng,0\n");
  expect_ok(&f, 0, "1.1", 0);
  expect_ok(&f, 0, "1.2", 3);
  expect_ok(&f, 0, "1.3", 6);
  expect_ok(&f, 1, "1.1", 0);
  expect_ok(&f, 1, "1.2", 3);
  expect_ok(&f, 2, "1.1", 10);
  expect_ok(&f, 2, "1.2", 5);
  expect_ok(&f, 2, "1.3", 10);
  expect_ok(&f, 3, "1.1", 10);
  expect_ok(&f, 3, "1.2", 0);
  unload(&f);
}

/* ---------------------------------------------------------------- references */

/* score("x") reads an indicator declared earlier or later: it is evaluated first. */
static void score_references(void **state) {
  (void)state;
  Fix f;
  load(&f, HEAD
       "indicator '1.1' { 'x', max = 10, score = [[score(\"1.2\") / 2]] }\n"
       "indicator '1.2' { 'y', max = 10, a = count 'A', score = 'a' }\n"
       "indicator '1.3' { 'z', max = 10, score = [[score(\"1.1\") + score(\"1.2\")]] }\n",
       "unit,name,1.2.a\nA,An,6\n");
  expect_ok(&f, 0, "1.1", 3);
  expect_ok(&f, 0, "1.2", 6);
  expect_ok(&f, 0, "1.3", 9);
  assert_int_equal(f.m.order[0], 1);       /* 1.2 before 1.1 */
  assert_true(f.r.total[0] == 18);
  unload(&f);
}

/* score("x") of an indicator missing data is missing too, naming the same input; of
** an undefined one it is undefined (U_DEP, naming that indicator). A clamped score
** is read as its counted value. */
static void score_of_unscored(void **state) {
  (void)state;
  Fix f;
  load(&f, HEAD
       "indicator '1.1' { 'x', max = 10, a = count 'A', b = count 'B', score = 'a / b' }\n"
       "indicator '1.2' { 'y', max = 20, score = [[score(\"1.1\") + 1]] }\n",
       "unit,name,1.1.a,1.1.b\nA,An,,1\nB,Bình,1,0\nC,Cường,50,1\n");
  expect_missing(&f, 0, "1.1", "1.1.a");
  expect_missing(&f, 0, "1.2", "1.1.a");
  expect_undef(&f, 1, "1.1", U_DIV0);
  expect_undef(&f, 1, "1.2", U_DEP);
  assert_int_equal(sc(&f, 1, "1.2")->cause.where, model_find_indicator(&f.m, "1.1"));
  assert_int_equal(sc(&f, 2, "1.1")->status, S_CLAMPED);
  expect_ok(&f, 2, "1.2", 11);
  assert_int_equal(f.r.unscored[0], 2);
  assert_int_equal(f.r.unscored[1], 2);
  char *t = tu_diags(&f.dd);
  assert_non_null(strstr(t, "test.csv:2:3: warning: column \"1.1.a\" (unit A): indicator 1.2 is "
                            "missing data: \"1.1.a\" has no value\n"));
  assert_non_null(strstr(t, "test.csv:3: error: unit B: indicator 1.2 is undefined: it uses an "
                            "indicator that is undefined (formula at test.lua:4:44)\n"));
  free(t);
  unload(&f);
}

/* group("g") is the sum of group g's scores; missing if one of them is. */
static void group_reference(void **state) {
  (void)state;
  Fix f;
  load(&f, "decision 'd' { title = 't' }\n"
       "group '1' { 'g1', max = 20 }\n"
       "indicator '1.1' { 'x', max = 10, a = count 'A', score = 'a' }\n"
       "indicator '1.2' { 'y', max = 10, b = count 'B', score = 'b' }\n"
       "group '2' { 'g2', max = 10 }\n"
       "indicator '2.1' { 'z', max = 10, score = [[group(\"1\") / 2]] }\n",
       "unit,name,1.1.a,1.2.b\nA,An,3,5\nB,Bình,3,\n");
  expect_ok(&f, 0, "2.1", 4);
  expect_missing(&f, 1, "2.1", "1.2.b");
  unload(&f);
}

/* Group sums and the total count only scored indicators; the unscored ones are
** counted per group and per unit. */
static void group_sums_and_totals(void **state) {
  (void)state;
  Fix f;
  load(&f, "decision 'd' { title = 't' }\n"
       "group '1' { 'g1', max = 20 }\n"
       "indicator '1.1' { 'x', max = 10, a = count 'A', score = 'a' }\n"
       "indicator '1.2' { 'y', max = 10, b = count 'B', score = 'b' }\n"
       "group '2' { 'g2', max = 10 }\n"
       "indicator '2.1' { 'z', max = 10, c = count 'C', d = count 'D', score = 'c / d' }\n",
       "unit,name,1.1.a,1.2.b,2.1.c,2.1.d\nA,An,5,,3,1\nB,Bình,5,2,3,0\n");
  assert_int_equal(f.r.ngroups, 2);
  assert_true(f.r.group_sum[0] == 5);
  assert_int_equal(f.r.group_unscored[0], 1);
  assert_true(f.r.group_sum[1] == 3);
  assert_int_equal(f.r.group_unscored[1], 0);
  assert_true(f.r.total[0] == 8);
  assert_int_equal(f.r.unscored[0], 1);
  assert_true(f.r.group_sum[2] == 7);
  assert_int_equal(f.r.group_unscored[2], 0);
  assert_true(f.r.group_sum[3] == 0);
  assert_int_equal(f.r.group_unscored[3], 1);
  assert_true(f.r.total[1] == 7);
  assert_int_equal(f.r.unscored[1], 1);
  unload(&f);
}

/* ---------------------------------------------------------------- ranks */

#define RANK_CSV "unit,name,1.1.a\nA,An,8\nB,Bình,10\nC,Cường,5\nD,Dũng,8\nE,Em,\nF,Phú,10.5\n"
#define RANK_IND "indicator '1.1' { 'x', max = 20, a = amount 'A', score = 'a' }\n"

/* Competition ranking: ties share a rank and the next rank skips (1, 2, 3, 3, 5);
** a unit with an unscored indicator is not ranked (0) and takes no place. */
static void ranks_with_ties(void **state) {
  (void)state;
  Fix f;
  load(&f, HEAD_RANKED RANK_IND, RANK_CSV);
  static const int want[] = { 3, 2, 5, 3, 0, 1 };
  for (int u = 0; u < 6; u++) assert_int_equal(f.r.rank[u], want[u]);
  unload(&f);
}

/* Four units 10, 8, 8, 5 rank 1, 2, 2, 4. */
static void ranks_one_two_two_four(void **state) {
  (void)state;
  Fix f;
  load(&f, HEAD_RANKED RANK_IND, "unit,name,1.1.a\nW,,5\nX,,8\nY,,10\nZ,,8\n");
  static const int want[] = { 4, 2, 1, 2 };
  for (int u = 0; u < 4; u++) assert_int_equal(f.r.rank[u], want[u]);
  unload(&f);
}

/* Without rank = true in the decision, no unit is ranked. */
static void ranking_off(void **state) {
  (void)state;
  Fix f;
  load(&f, HEAD RANK_IND, RANK_CSV);
  for (int u = 0; u < 6; u++) assert_int_equal(f.r.rank[u], 0);
  assert_true(f.r.total[5] == 10.5);
  unload(&f);
}

/* ---------------------------------------------------------------- findings, data */

/* Each unit gets its own findings: one per indicator that is not scored normally. */
static void findings_per_unit(void **state) {
  (void)state;
  Fix f;
  load(&f, HEAD
       "indicator '1.1' { 'x', max = 10, a = count 'A', b = count 'B', score = 'a / b * max' }\n"
       "indicator '1.2' { 'y', max = 10, c = count 'C', score = 'c' }\n",
       "unit,name,1.1.a,1.1.b,1.2.c\nA,An,1,2,3\nB,Bình,1,0,\nC,Cường,,2,30\n");
  assert_int_equal(f.r.nproblems, 4);
  assert_int_equal(f.dd.n, 4);
  assert_int_equal(f.dd.nerrors, 1);
  assert_int_equal(f.dd.nwarnings, 3);
  expect_diags(&f,
      "test.csv:3: error: unit B: indicator 1.1 is undefined: division by zero "
      "(formula at test.lua:3:73)\n"
      "  hint: check the data; if a zero denominator is legitimate, the script must say what "
      "it scores (e.g. if b == 0 then 0 else … end)\n"
      "test.csv:3:5: warning: column \"1.2.c\" (unit B): indicator 1.2 is missing data: "
      "\"1.2.c\" has no value\n"
      "  hint: fill the cell (C); the unit's total counts only the indicators that could be "
      "scored\n"
      "test.csv:4:3: warning: column \"1.1.a\" (unit C): indicator 1.1 is missing data: "
      "\"1.1.a\" has no value\n"
      "  hint: fill the cell (A); the unit's total counts only the indicators that could be "
      "scored\n"
      "test.csv:4: warning: unit C: indicator 1.2: the formula gives 30, outside [0, 10]; "
      "counted as 10 (from 1.2.c = 30)\n"
      "  hint: check the data (e.g. a numerator larger than its denominator, a percentage "
      "over 100)\n");
  unload(&f);
}

/* An invalid cell is reported with its row and column and read as missing data;
** the other units evaluate normally. */
static void invalid_cell(void **state) {
  (void)state;
  Fix f;
  load(&f, HEAD
       "indicator '1.1' { 'x', max = 10, a = count 'A', b = count 'B', score = 'a / b * max' }\n",
       "unit,name,1.1.a,1.1.b\nA,An,abc,4\nB,Bình,1,4\nC,Cường,2.5,5\n");
  expect_missing(&f, 0, "1.1", "1.1.a");
  expect_ok(&f, 1, "1.1", 2.5);
  expect_missing(&f, 2, "1.1", "1.1.a");
  assert_int_equal(dataset_state(&f.ds, input_of(&f, "1.1.a"), 0), CELL_INVALID);
  assert_int_equal(f.r.nproblems, 2);
  expect_diags(&f,
      "test.csv:2:3: error: column \"1.1.a\" (unit A): \"abc\": not a number; expected a whole number ≥ 0, e.g. 15 or 2500\n"
      "  hint: this cell is treated as missing data; correct it and run again\n"
      "test.csv:4:3: error: column \"1.1.a\" (unit C): \"2.5\": a count is a whole number\n"
      "  hint: this cell is treated as missing data; correct it and run again\n"
      "test.csv:2:3: warning: column \"1.1.a\" (unit A): indicator 1.1 is missing data: "
      "\"1.1.a\" has no valid value\n"
      "  hint: fill the cell (A); the unit's total counts only the indicators that could be "
      "scored\n"
      "test.csv:4:3: warning: column \"1.1.a\" (unit C): indicator 1.1 is missing data: "
      "\"1.1.a\" has no valid value\n"
      "  hint: fill the cell (A); the unit's total counts only the indicators that could be "
      "scored\n");
  unload(&f);
}

/* A percent over 100 is a warning and is used as read. */
static void suspect_percent_is_used(void **state) {
  (void)state;
  Fix f;
  load(&f, HEAD "indicator '1.1' { 'x', max = 10, t = percent 'T', score = 't * 5' }\n",
       "unit,name,1.1.t\nA,An,150\n");
  expect_ok(&f, 0, "1.1", 7.5);
  assert_int_equal(dataset_state(&f.ds, 0, 0), CELL_SUSPECT);
  expect_diags(&f, "test.csv:2:3: warning: column \"1.1.t\" (unit A): \"150\": a percentage "
               "over 100 % (percent cells are in percent points: 75 means 75 %)\n"
               "  hint: the value is used as read; if it is wrong, correct it and run again\n");
  assert_int_equal(f.r.nproblems, 0);
  unload(&f);
}

/* Two rows with the same unit id are both evaluated, and reported. */
static void duplicate_unit_ids(void **state) {
  (void)state;
  Fix f;
  load(&f, HEAD "indicator '1.1' { 'x', max = 10, a = count 'A', score = 'a' }\n",
       "unit,name,1.1.a\nA,An,1\nA,An nữa,2\n");
  assert_int_equal(f.r.nunits, 2);
  expect_ok(&f, 0, "1.1", 1);
  expect_ok(&f, 1, "1.1", 2);
  assert_true(f.r.total[0] == 1);
  assert_true(f.r.total[1] == 2);
  expect_diags(&f, "test.csv:3:1: error: column \"unit\" (unit A): the unit id \"A\" is used "
               "again (first on row 2)\n"
               "  hint: each unit needs its own id; both rows are evaluated\n");
  unload(&f);
}

/* A column the model needs but the file lacks: every unit is missing that input. */
static void missing_column(void **state) {
  (void)state;
  Fix f;
  load(&f, HEAD
       "indicator '1.1' { 'x', max = 10, a = count 'Số A', b = count 'Số B', score = 'a / b * max' }\n",
       "unit,name,1.1.a\nA,An,1\nB,Bình,2\n");
  assert_int_equal(f.ds.column[input_of(&f, "1.1.b")], -1);
  expect_missing(&f, 0, "1.1", "1.1.b");
  expect_missing(&f, 1, "1.1", "1.1.b");
  assert_int_equal(f.r.nproblems, 2);
  expect_diags(&f,
      "test.csv:1: error: the column \"1.1.b\" is missing: indicator 1.1 is missing data for "
      "every unit\n"
      "  hint: add a column \"1.1.b\" (count: Số B)\n"
      "test.csv:2: warning: column \"1.1.b\" (unit A): indicator 1.1 is missing data: "
      "\"1.1.b\" has no value\n"
      "  hint: add the column (Số B)\n"
      "test.csv:3: warning: column \"1.1.b\" (unit B): indicator 1.1 is missing data: "
      "\"1.1.b\" has no value\n"
      "  hint: add the column (Số B)\n");
  unload(&f);
}

/* A column that is not an input is a warning and is ignored. */
static void unknown_column(void **state) {
  (void)state;
  Fix f;
  load(&f, HEAD "indicator '1.1' { 'x', max = 10, a = count 'A', score = 'a' }\n",
       "unit,name,1.1.a,1.1.z\nA,An,1,99\n");
  expect_ok(&f, 0, "1.1", 1);
  assert_int_equal(f.dd.nwarnings, 1);
  assert_int_equal(f.dd.nerrors, 0);
  expect_diags(&f, "test.csv:1:4: warning: column \"1.1.z\": is not an input of this decision; "
               "it is ignored\n"
               "  hint: input columns are named after shared inputs (e.g. dan_so) or "
               "<indicator>.<input> (e.g. 1.2.a); `tieuchi check` lists them\n");
  unload(&f);
}

/* ---------------------------------------------------------------- overflow */

/* Overflow is undefined (U_NONFINITE), never NaN or inf: no score value, raw value,
** group sum or total is non-finite. */
static void overflow_never_nonfinite(void **state) {
  (void)state;
  /* 1e100 and 1e-100 as cells, 1e308 as a formula literal (no exponent notation). */
  char big[128], tiny[128], lit[320], script[2048], csv[512];
  big[0] = '1';
  memset(big + 1, '0', 100);
  big[101] = '\0';
  strcpy(tiny, "0.");
  memset(tiny + 2, '0', 99);
  strcpy(tiny + 101, "1");
  lit[0] = '1';
  memset(lit + 1, '0', 308);
  lit[309] = '\0';
  snprintf(script, sizeof script, HEAD
           "inputs { a = amount 'A', b = amount 'B' }\n"
           "indicator '1.1' { 'x', max = 10, score = 'a * a * a * a' }\n"
           "indicator '1.2' { 'y', max = 10, score = 'a * a * a / b' }\n"
           "indicator '1.3' { 'z', max = 10, score = '%s * 10' }\n"
           "indicator '1.4' { 'v', max = 10, score = 'if a * a * a * a > 5 then max else 0 end' }\n"
           "indicator '1.5' { 'w', max = 10, score = 'round(a, 400)' }\n"
           "indicator '1.6' { 'u', max = 10, score = '0 - a * a * a * a' }\n"
           "indicator '1.7' { 'k', max = 10, score = 'min(a * a * a * a, 1)' }\n"
           "indicator '1.8' { 'l', max = 10, score = 'a * a * a' }\n", lit);
  snprintf(csv, sizeof csv, "unit,name,a,b\nA,An,%s,%s\nB,Bình,1,1\n", big, tiny);
  Fix f;
  load(&f, script, csv);
  static const char *const undefined[] = { "1.1", "1.2", "1.3", "1.4", "1.6", "1.7" };
  for (size_t i = 0; i < sizeof undefined / sizeof undefined[0]; i++)
    expect_undef(&f, 0, undefined[i], U_NONFINITE);
  assert_int_equal(sc(&f, 0, "1.1")->cause.where, node_id(&f, "1.1", N_BIN, OP_MUL));
  assert_int_equal(sc(&f, 0, "1.2")->cause.where, node_id(&f, "1.2", N_BIN, OP_DIV));
  const Score *s = sc(&f, 0, "1.8");
  assert_int_equal(s->status, S_CLAMPED);
  assert_true(s->raw == 1e300);
  assert_true(s->value == 10);
  /* round(x, 400): x is already whole at that precision, so it is x itself (clamped). */
  s = sc(&f, 0, "1.5");
  assert_int_equal(s->status, S_CLAMPED);
  assert_true(s->raw == 1e100);
  for (int u = 0; u < f.r.nunits; u++) {
    for (int k = 0; k < f.r.ninds; k++) {
      assert_true(isfinite(results_score(&f.r, u, k)->value));
      assert_true(isfinite(results_score(&f.r, u, k)->raw));
    }
    assert_true(isfinite(f.r.group_sum[u]));
    assert_true(isfinite(f.r.total[u]));
  }
  assert_int_equal(f.r.unscored[0], 6);
  assert_true(f.r.total[0] == 20);
  expect_ok(&f, 1, "1.1", 1);
  assert_non_null(strstr(f.dd.v[0].msg, "indicator 1.1 is undefined: a number too large"));
  unload(&f);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(missing_input),
    cmocka_unit_test(untaken_branch_needs_no_input),
    cmocka_unit_test(division_by_zero),
    cmocka_unit_test(case_gap_has_no_arm),
    cmocka_unit_test(range_arms_inclusive),
    cmocka_unit_test(out_of_range_clamped),
    cmocka_unit_test(out_of_range_rejected),
    cmocka_unit_test(float_noise_not_flagged),
    cmocka_unit_test(and_or_short_circuit),
    cmocka_unit_test(yesno_conditions),
    cmocka_unit_test(choice_equality),
    cmocka_unit_test(min_max_clamp_abs),
    cmocka_unit_test(round_half_away_from_zero),
    cmocka_unit_test(present_and_default),
    cmocka_unit_test(score_references),
    cmocka_unit_test(score_of_unscored),
    cmocka_unit_test(group_reference),
    cmocka_unit_test(group_sums_and_totals),
    cmocka_unit_test(ranks_with_ties),
    cmocka_unit_test(ranks_one_two_two_four),
    cmocka_unit_test(ranking_off),
    cmocka_unit_test(findings_per_unit),
    cmocka_unit_test(invalid_cell),
    cmocka_unit_test(suspect_percent_is_used),
    cmocka_unit_test(duplicate_unit_ids),
    cmocka_unit_test(missing_column),
    cmocka_unit_test(unknown_column),
    cmocka_unit_test(overflow_never_nonfinite),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
