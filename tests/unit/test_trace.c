/*
** test_trace.c
** Unit tests of the derivation trace and its readers: the trace slots recorded by
** the evaluator (src/eval.c), derive_* (src/derive.c), the formatting of numbers and
** values (src/fmt.c), the JSON trace and the explain tree (src/trace_out.c).
*/
#include "testutil.h"

#include <math.h>

#include "cell.h"
#include "derive.h"
#include "fmt.h"
#include "labels.h"
#include "trace_out.h"

/*
** One group, five indicators: a named step and an if (1.1), a numeric case with an
** else (1.2), a case over a choice (1.3), if/elseif over yes/no inputs (1.4), and a
** case with a gap and no else (1.5). Line numbers matter: the expectations quote them.
*/
static const char SCRIPT[] =
  "decision 'hb/1-2023-xa' { title = 'Bộ chỉ số \"CĐS\"', number = '1153/QĐ-UBND' }\n"  /* 1 */
  "group '1' { 'Nhận thức số', max = 100 }\n"                                           /* 2 */
  "indicator '1.1' { 'Tỷ lệ hồ sơ', max = 20, a = count 'Số hồ sơ đạt',\n"              /* 3 */
  "  b = count 'Tổng số hồ sơ', evidence = 'Báo cáo', score = [[\n"                     /* 4 */
  "  ty_le = a / b\n"                                                                   /* 5 */
  "  if ty_le >= 85% then max else ty_le / 85% * max end\n"                             /* 6 */
  "]] }\n"                                                                              /* 7 */
  "indicator '1.2' { 'Số cuộc họp', max = 20, n = count 'Số cuộc họp', score = [[\n"    /* 8 */
  "  case n\n"                                                                          /* 9 */
  "    when >= 20 then max\n"                                                           /* 10 */
  "    when 10 .. 19 then max / 2\n"                                                    /* 11 */
  "    when 5 .. 9 then max / 4\n"                                                      /* 12 */
  "    else 0\n"                                                                        /* 13 */
  "  end\n"                                                                             /* 14 */
  "]] }\n"                                                                              /* 15 */
  "indicator '1.3' { 'Người chủ trì', max = 10,\n"                                      /* 16 */
  "  r = choice { 'Người chủ trì', options = { chu_tich = 'Chủ tịch', pho = 'Phó Chủ tịch' } },\n"  /* 17 */
  "  score = [[case r when \"chu_tich\" then max when \"pho\" then max / 2 end]] }\n"   /* 18 */
  "indicator '1.4' { 'Có hay không', max = 10, p = yesno 'P', q = yesno 'Q',\n"         /* 19 */
  "  score = 'if p then max elseif q then max / 2 else 0 end' }\n"                      /* 20 */
  "indicator '1.5' { 'Tỷ lệ phần trăm', max = 10, t = percent 'T',\n"                   /* 21 */
  "  score = 'case t when > 70% then max when 50% .. 69% then max / 2 end' }\n";        /* 22 */

/* Unit B's name spans two physical lines, so unit C's record starts on line 5. */
static const char DATA[] =
  "unit,name,1.1.a,1.1.b,1.2.n,1.3.r,1.4.p,1.4.q,1.5.t\n"
  "A,An,3,5,15,pho,không,có,69.5\n"
  "B,\"Bình\nHai dòng\",,5,3,chu_tich,có,,80\n"
  "C,Cường,9,10,25,Chủ tịch,0,0,x\n"
  "D,Dũng,17,20,20,chu_tich,x,,55\n";

enum { UA, UB, UC, UD };

static void load_data(Fix *f, const char *script, const char *csv) { tu_fix_load(f, script, csv); }

static void load(Fix *f) { load_data(f, SCRIPT, DATA); }

static void unload(Fix *f) { tu_fix_free(f); }

static int ind(const Fix *f, const char *code) {
  int k = model_find_indicator(&f->m, code);
  assert_true(k >= 0);
  return k;
}

static int input(const Fix *f, const char *name) {
  int i = model_find_input(&f->m, name);
  assert_true(i >= 0);
  return i;
}

/* Trace slot s of indicator code for unit u. */
static Value slot(const Fix *f, int u, const char *code, int s) {
  int k = ind(f, code);
  assert_true(s >= 0 && s < f->m.inds[k].prog.nslots);
  return results_slots(&f->r, u, k)[s];
}

/* The first slot of indicator code of this kind. */
static int slot_of(const Fix *f, const char *code, SlotKind kind) {
  const Indicator *in = &f->m.inds[ind(f, code)];
  for (int s = 0; s < in->prog.nslots; s++)
    if (in->slots[s].kind == kind) return s;
  fail_msg("no slot of kind %d in %s", kind, code);
  return -1;
}

static void expect_num(Value v, double want) {
  if (v.kind != V_NUM || v.n != want) print_error("kind %d value %.17g\n", v.kind, v.n);
  assert_int_equal(v.kind, V_NUM);
  assert_true(v.n == want);
}

/* The branch node (if or case) of indicator code. */
static const Node *branch_node(const Fix *f, const char *code) {
  const Indicator *in = &f->m.inds[ind(f, code)];
  return in->score.nodes[in->slots[slot_of(f, code, SLOT_BRANCH)].node];
}

/* derive_branch for unit u's taken branch of indicator code. */
static const char *branch_text(Fix *f, int u, const char *code, char *buf, size_t size) {
  int b = slot_of(f, code, SLOT_BRANCH);
  const Node *n = branch_node(f, code);
  Value subject = n->tag == N_CASE ? slot(f, u, code, b + 1) : (Value){ 0, 0, V_NONE, 0 };
  return derive_branch(&f->m, &f->m.inds[ind(f, code)].score, n, slot(f, u, code, b), subject,
                       buf, size);
}

static const char *arm_text(Fix *f, int u, const char *code, char *buf, size_t size) {
  return derive_arm(&f->m, &f->m.inds[ind(f, code)].score, branch_node(f, code),
                    slot(f, u, code, slot_of(f, code, SLOT_BRANCH)), buf, size);
}

/* Whatever fn writes to a FILE, as a malloc'd string. */
#define CAPTURE(var, call)                           \
  do {                                               \
    size_t len_;                                     \
    FILE *out = open_memstream(&(var), &len_);       \
    assert_non_null(out);                            \
    call;                                            \
    fclose(out);                                     \
  } while (0)

/* ---------------------------------------------------------------- a JSON checker */

typedef struct Json { const char *p; int depth; } Json;

static bool j_value(Json *j);

static void j_ws(Json *j) { while (*j->p == ' ' || *j->p == '\n' || *j->p == '\t' || *j->p == '\r') j->p++; }

static bool j_string(Json *j) {
  if (*j->p != '"') return false;
  for (j->p++; *j->p != '"'; j->p++) {
    unsigned char c = (unsigned char)*j->p;
    if (c == '\0' || c < 0x20) return false;
    if (c == '\\') {
      j->p++;
      if (*j->p == 'u') {
        for (int i = 1; i <= 4; i++)
          if (!strchr("0123456789abcdefABCDEF", j->p[i]) || j->p[i] == '\0') return false;
        j->p += 4;
      } else if (!strchr("\"\\/bfnrt", *j->p) || *j->p == '\0') {
        return false;
      }
    }
  }
  j->p++;
  return true;
}

static bool j_number(Json *j) {
  const char *s = j->p;
  if (*j->p == '-') j->p++;
  if (*j->p == '0') j->p++;
  else if (*j->p >= '1' && *j->p <= '9') while (*j->p >= '0' && *j->p <= '9') j->p++;
  else return false;
  if (*j->p == '.') {
    j->p++;
    if (!(*j->p >= '0' && *j->p <= '9')) return false;
    while (*j->p >= '0' && *j->p <= '9') j->p++;
  }
  if (*j->p == 'e' || *j->p == 'E') {
    j->p++;
    if (*j->p == '+' || *j->p == '-') j->p++;
    if (!(*j->p >= '0' && *j->p <= '9')) return false;
    while (*j->p >= '0' && *j->p <= '9') j->p++;
  }
  return j->p > s;
}

static bool j_seq(Json *j, char close, bool object) {
  j->p++;
  j_ws(j);
  if (*j->p == close) { j->p++; return true; }
  for (;;) {
    j_ws(j);
    if (object) {
      if (!j_string(j)) return false;
      j_ws(j);
      if (*j->p++ != ':') return false;
    }
    if (!j_value(j)) return false;
    j_ws(j);
    if (*j->p == close) { j->p++; return true; }
    if (*j->p++ != ',') return false;
  }
}

static bool j_value(Json *j) {
  bool ok;
  j_ws(j);
  if (++j->depth > 64) return false;
  switch (*j->p) {
    case '{': ok = j_seq(j, '}', true); break;
    case '[': ok = j_seq(j, ']', false); break;
    case '"': ok = j_string(j); break;
    case 't': ok = strncmp(j->p, "true", 4) == 0; j->p += ok ? 4 : 0; break;
    case 'f': ok = strncmp(j->p, "false", 5) == 0; j->p += ok ? 5 : 0; break;
    case 'n': ok = strncmp(j->p, "null", 4) == 0; j->p += ok ? 4 : 0; break;
    default: ok = j_number(j);
  }
  j->depth--;
  return ok;
}

/* s is exactly one JSON value (with surrounding white space). */
static bool json_valid(const char *s) {
  Json j = { s, 0 };
  if (!j_value(&j)) return false;
  j_ws(&j);
  return *j.p == '\0';
}

/* The JSON checker itself accepts and refuses what it should. */
static void json_checker_sanity(void **state) {
  (void)state;
  assert_true(json_valid("{\"a\":[1,-2.5e+3,true,false,null,\"x\\n\\u00e9\"],\"b\":{}}\n"));
  assert_false(json_valid("{\"a\":[1,]}"));
  assert_false(json_valid("{\"a\":nan}"));
  assert_false(json_valid("[\"a\nb\"]"));
  assert_false(json_valid("[1] [2]"));
}

/* ---------------------------------------------------------------- trace slots */

/* The slot of a named step holds the step's value for each unit, or why it has none. */
static void step_slots(void **state) {
  (void)state;
  Fix f;
  load(&f);
  const Indicator *in = &f.m.inds[ind(&f, "1.1")];
  assert_int_equal(in->prog.nslots, 2);
  assert_int_equal(in->slots[0].kind, SLOT_STEP);
  assert_string_equal(in->slots[0].name, "ty_le");
  assert_int_equal(in->slots[1].kind, SLOT_BRANCH);
  expect_num(slot(&f, UA, "1.1", 0), 0.6);
  expect_num(slot(&f, UC, "1.1", 0), 0.9);
  expect_num(slot(&f, UD, "1.1", 0), 0.85);
  Value v = slot(&f, UB, "1.1", 0);
  assert_int_equal(v.kind, V_MISSING);
  assert_int_equal(v.where, input(&f, "1.1.a"));
  assert_int_equal(f.r.trace_off[0], 0);
  assert_int_equal(f.r.trace_off[1], 2);
  assert_int_equal(f.r.trace_width, 2 + 2 + 2 + 1 + 2);
  unload(&f);
}

/* An if's branch slot holds the index of the condition that held, nconds for else,
** and nothing (V_NONE) when the condition could not be decided. */
static void if_branch_slots(void **state) {
  (void)state;
  Fix f;
  load(&f);
  expect_num(slot(&f, UA, "1.1", 1), 1);          /* 0.6 >= 85% is false: else */
  expect_num(slot(&f, UC, "1.1", 1), 0);
  expect_num(slot(&f, UD, "1.1", 1), 0);          /* 0.85 >= 85%: ends included */
  assert_int_equal(slot(&f, UB, "1.1", 1).kind, V_NONE);
  expect_num(slot(&f, UA, "1.4", 0), 1);          /* p no, q yes: elseif */
  expect_num(slot(&f, UB, "1.4", 0), 0);          /* p yes: q (blank) not needed */
  expect_num(slot(&f, UC, "1.4", 0), 2);          /* else */
  assert_int_equal(results_score(&f.r, UB, ind(&f, "1.4"))->status, S_OK);
  unload(&f);
}

/* A case's branch slot holds the arm index (narms for else, -1 when no arm covers
** the subject) and the next slot holds the subject's value. */
static void case_branch_and_subject_slots(void **state) {
  (void)state;
  Fix f;
  load(&f);
  const Indicator *in = &f.m.inds[ind(&f, "1.2")];
  assert_int_equal(in->slots[0].kind, SLOT_BRANCH);
  assert_int_equal(in->slots[1].kind, SLOT_SUBJECT);
  expect_num(slot(&f, UA, "1.2", 0), 1);
  expect_num(slot(&f, UA, "1.2", 1), 15);
  expect_num(slot(&f, UB, "1.2", 0), 3);          /* n = 3: else (3 arms) */
  expect_num(slot(&f, UB, "1.2", 1), 3);
  expect_num(slot(&f, UC, "1.2", 0), 0);
  expect_num(slot(&f, UD, "1.2", 0), 0);
  expect_num(slot(&f, UD, "1.2", 1), 20);
  expect_num(slot(&f, UA, "1.5", 0), -1);         /* 69.5 % is in no arm */
  expect_num(slot(&f, UA, "1.5", 1), 0.695);
  expect_num(slot(&f, UB, "1.5", 0), 0);
  assert_int_equal(slot(&f, UC, "1.5", 0).kind, V_NONE);
  assert_int_equal(slot(&f, UC, "1.5", 1).kind, V_MISSING);
  expect_num(slot(&f, UA, "1.3", 0), 1);          /* "pho" */
  expect_num(slot(&f, UA, "1.3", 1), 1);          /* option index of pho */
  expect_num(slot(&f, UC, "1.3", 1), 0);          /* read by its text, Chủ tịch */
  unload(&f);
}

/* ---------------------------------------------------------------- derive */

/* derive_branch says which arm was taken and why, in words. */
static void derive_branch_texts(void **state) {
  (void)state;
  Fix f;
  char buf[256];
  load(&f);
  assert_string_equal(branch_text(&f, UA, "1.1", buf, sizeof buf), "ty_le >= 85% is false → else");
  assert_string_equal(branch_text(&f, UC, "1.1", buf, sizeof buf), "ty_le >= 85% is true → then");
  assert_string_equal(branch_text(&f, UB, "1.1", buf, sizeof buf), "not reached");
  assert_string_equal(branch_text(&f, UA, "1.2", buf, sizeof buf), "n = 15 → when 10 .. 19");
  assert_string_equal(branch_text(&f, UB, "1.2", buf, sizeof buf), "n = 3 → else");
  assert_string_equal(branch_text(&f, UD, "1.2", buf, sizeof buf), "n = 20 → when >= 20");
  assert_string_equal(branch_text(&f, UA, "1.3", buf, sizeof buf), "r = \"pho\" → when \"pho\"");
  assert_string_equal(branch_text(&f, UC, "1.3", buf, sizeof buf),
                      "r = \"chu_tich\" → when \"chu_tich\"");
  assert_string_equal(branch_text(&f, UA, "1.4", buf, sizeof buf), "p is false; q is true → then");
  assert_string_equal(branch_text(&f, UB, "1.4", buf, sizeof buf), "p is true → then");
  assert_string_equal(branch_text(&f, UC, "1.4", buf, sizeof buf), "p is false; q is false → else");
  assert_string_equal(branch_text(&f, UA, "1.5", buf, sizeof buf),
                      "t = 69.5% → no arm covers the value");
  assert_string_equal(branch_text(&f, UD, "1.5", buf, sizeof buf), "t = 55% → when 50% .. 69%");
  unload(&f);
}

/* derive_arm names the taken arm alone. */
static void derive_arm_texts(void **state) {
  (void)state;
  Fix f;
  char buf[256];
  load(&f);
  assert_string_equal(arm_text(&f, UA, "1.1", buf, sizeof buf), "else");
  assert_string_equal(arm_text(&f, UC, "1.1", buf, sizeof buf), "if ty_le >= 85%");
  assert_string_equal(arm_text(&f, UB, "1.1", buf, sizeof buf), "not reached");
  assert_string_equal(arm_text(&f, UA, "1.2", buf, sizeof buf), "when 10 .. 19");
  assert_string_equal(arm_text(&f, UB, "1.2", buf, sizeof buf), "else");
  assert_string_equal(arm_text(&f, UC, "1.2", buf, sizeof buf), "when >= 20");
  assert_string_equal(arm_text(&f, UA, "1.3", buf, sizeof buf), "when \"pho\"");
  assert_string_equal(arm_text(&f, UA, "1.4", buf, sizeof buf), "elseif q");
  assert_string_equal(arm_text(&f, UB, "1.4", buf, sizeof buf), "if p");
  assert_string_equal(arm_text(&f, UC, "1.4", buf, sizeof buf), "else");
  assert_string_equal(arm_text(&f, UA, "1.5", buf, sizeof buf), "no arm covers the value");
  assert_string_equal(arm_text(&f, UB, "1.5", buf, sizeof buf), "when > 70%");
  unload(&f);
}

/* A long derivation is cut to the buffer, never written past it. */
static void derive_branch_truncates(void **state) {
  (void)state;
  Fix f;
  char buf[24];
  memset(buf, 'Z', sizeof buf);
  load(&f);
  branch_text(&f, UC, "1.4", buf, 16);
  assert_int_equal(strlen(buf), 15);
  assert_memory_equal(buf, "p is false; q i", 15);
  for (size_t i = 16; i < sizeof buf; i++) assert_int_equal(buf[i], 'Z');
  unload(&f);
}

/* derive_input: the value as formulas see it, and where it came from: physical row,
** 1-based column, header, cell text and state. */
static void derive_input_origins(void **state) {
  (void)state;
  Fix f;
  InputOrigin o;
  load(&f);
  derive_input(&f.ds, &f.m, UA, input(&f, "1.1.b"), &o);
  expect_num(o.value, 5);
  assert_string_equal(o.cell, "5");
  assert_string_equal(o.column, "1.1.b");
  assert_int_equal(o.col, 4);
  assert_int_equal(o.row, 2);
  assert_int_equal(o.state, CELL_OK);
  /* unit B's record starts on line 3 and ends on line 4: C is on line 5 */
  derive_input(&f.ds, &f.m, UC, input(&f, "1.3.r"), &o);
  expect_num(o.value, 0);
  assert_string_equal(o.cell, "Chủ tịch");
  assert_int_equal(o.row, 5);
  assert_int_equal(o.col, 6);
  /* blank */
  derive_input(&f.ds, &f.m, UB, input(&f, "1.1.a"), &o);
  assert_int_equal(o.value.kind, V_MISSING);
  assert_int_equal(o.value.where, input(&f, "1.1.a"));
  assert_string_equal(o.cell, "");
  assert_int_equal(o.state, CELL_BLANK);
  assert_int_equal(o.row, 3);
  /* invalid */
  derive_input(&f.ds, &f.m, UC, input(&f, "1.5.t"), &o);
  assert_int_equal(o.value.kind, V_MISSING);
  assert_string_equal(o.cell, "x");
  assert_int_equal(o.state, CELL_INVALID);
  assert_int_equal(o.col, 9);
  assert_string_equal(o.column, "1.5.t");
  /* yes/no */
  derive_input(&f.ds, &f.m, UA, input(&f, "1.4.q"), &o);
  assert_int_equal(o.value.kind, V_BOOL);
  assert_true(o.value.n == 1);
  assert_string_equal(o.cell, "có");
  /* a percent: stored as a fraction of 1 */
  derive_input(&f.ds, &f.m, UA, input(&f, "1.5.t"), &o);
  expect_num(o.value, 0.695);
  assert_string_equal(o.cell, "69.5");
  unload(&f);
}

/* derive_input for a column the file lacks: no header, column 0, empty cell, blank. */
static void derive_input_missing_column(void **state) {
  (void)state;
  Fix f;
  InputOrigin o;
  load_data(&f, SCRIPT, "unit,name,1.1.a\nA,An,3\n");
  derive_input(&f.ds, &f.m, 0, input(&f, "1.1.b"), &o);
  assert_int_equal(o.value.kind, V_MISSING);
  assert_int_equal(o.value.where, input(&f, "1.1.b"));
  assert_null(o.column);
  assert_int_equal(o.col, 0);
  assert_string_equal(o.cell, "");
  assert_int_equal(o.row, 2);
  assert_int_equal(o.state, CELL_BLANK);
  unload(&f);
}

/* eval_explain re-runs one indicator recording every node: the operands of a
** comparison and the slots are those of the run. */
static void explain_records_node_values(void **state) {
  (void)state;
  Fix f;
  load(&f);
  int k = ind(&f, "1.1");
  const Indicator *in = &f.m.inds[k];
  Value *nv = calloc((size_t)in->score.nnodes, sizeof *nv);
  Value *sl = calloc((size_t)in->prog.nslots, sizeof *sl);
  assert_non_null(nv);
  assert_non_null(sl);
  eval_explain(&f.m, &f.ds, &f.r, UA, k, nv, sl);
  const Node *cmp = NULL, *div = NULL;
  for (int i = 0; i < in->score.nnodes; i++) {
    const Node *n = in->score.nodes[i];
    if (n->tag == N_BIN && n->op == OP_GE && cmp == NULL) cmp = n;
    if (n->tag == N_BIN && n->op == OP_DIV && div == NULL) div = n;
  }
  assert_non_null(cmp);
  assert_non_null(div);
  expect_num(nv[cmp->kids[0]->id], 0.6);
  expect_num(nv[cmp->kids[1]->id], 0.85);
  assert_int_equal(nv[cmp->id].kind, V_BOOL);
  assert_true(nv[cmp->id].n == 0);
  expect_num(nv[div->id], 0.6);                    /* the step a / b */
  expect_num(nv[div->kids[0]->id], 3);
  expect_num(nv[div->kids[1]->id], 5);
  expect_num(sl[0], 0.6);
  expect_num(sl[1], 1);
  /* the then branch was not run: its node (max) has no value */
  const Node *ifn = in->score.nodes[in->slots[1].node];
  assert_int_equal(nv[ifn->kids[1]->id].kind, V_NONE);
  free(nv);
  free(sl);
  unload(&f);
}

/* ---------------------------------------------------------------- fmt */

/* fmt_fixed: fixed decimals, never "-0.00", non-finite as "undefined". */
static void fmt_fixed_values(void **state) {
  (void)state;
  char b[64];
  fmt_fixed(b, sizeof b, 14.117647058823529, 2);
  assert_string_equal(b, "14.12");
  fmt_fixed(b, sizeof b, 2.6666, 2);
  assert_string_equal(b, "2.67");
  fmt_fixed(b, sizeof b, 2.664, 2);
  assert_string_equal(b, "2.66");
  fmt_fixed(b, sizeof b, 10, 2);
  assert_string_equal(b, "10.00");
  fmt_fixed(b, sizeof b, 1000000, 0);
  assert_string_equal(b, "1000000");
  fmt_fixed(b, sizeof b, -0.0, 2);
  assert_string_equal(b, "0.00");
  fmt_fixed(b, sizeof b, -0.001, 2);
  assert_string_equal(b, "0.00");
  fmt_fixed(b, sizeof b, -0.4, 0);
  assert_string_equal(b, "0");
  fmt_fixed(b, sizeof b, -1.5, 2);
  assert_string_equal(b, "-1.50");
  fmt_fixed(b, sizeof b, -0.006, 2);
  assert_string_equal(b, "-0.01");
  fmt_fixed(b, sizeof b, 0.3333, 6);
  assert_string_equal(b, "0.333300");
  /* halves on the decimal value (15 significant digits), not on the binary one */
  fmt_fixed(b, sizeof b, 1.005, 2);            /* 1.00499999999999989… */
  assert_string_equal(b, "1.01");
  fmt_fixed(b, sizeof b, 0.285, 2);            /* 0.28499999999999998… */
  assert_string_equal(b, "0.29");
  fmt_fixed(b, sizeof b, 2.675, 2);
  assert_string_equal(b, "2.68");
  fmt_fixed(b, sizeof b, -1.005, 2);
  assert_string_equal(b, "-1.01");
  fmt_fixed(b, sizeof b, 0.125, 2);
  assert_string_equal(b, "0.13");
  fmt_fixed(b, sizeof b, 99.995, 2);           /* a carry through every digit */
  assert_string_equal(b, "100.00");
  fmt_fixed(b, sizeof b, 0.5, 0);
  assert_string_equal(b, "1");
  fmt_fixed(b, sizeof b, 0.004, 2);
  assert_string_equal(b, "0.00");
  fmt_fixed(b, sizeof b, 0.005, 2);
  assert_string_equal(b, "0.01");
  fmt_fixed(b, sizeof b, 0.0005, 2);
  assert_string_equal(b, "0.00");
  fmt_fixed(b, sizeof b, 1e-300, 2);
  assert_string_equal(b, "0.00");
  fmt_fixed(b, sizeof b, 123456789012.345, 2);
  assert_string_equal(b, "123456789012.35");
  fmt_fixed(b, sizeof b, 1e20, 2);
  assert_string_equal(b, "100000000000000000000.00");
  fmt_fixed(b, sizeof b, 0.1 + 0.2, 2);
  assert_string_equal(b, "0.30");
  fmt_fixed(b, sizeof b, NAN, 2);
  assert_string_equal(b, "undefined");
  fmt_fixed(b, sizeof b, -INFINITY, 2);
  assert_string_equal(b, "undefined");
}

/* fmt_exact: the shortest text that reads back as the same double; no "-0". */
static void fmt_exact_values(void **state) {
  (void)state;
  char b[64];
  static const struct { double v; const char *s; } cases[] = {
    { 0.6, "0.6" }, { 20, "20" }, { 1e-7, "1e-07" }, { -0.0, "0" }, { 0, "0" },
    { 0.1 + 0.2, "0.30000000000000004" }, { 1.0 / 3, "0.3333333333333333" },
    { 2.0 / 3, "0.6666666666666666" }, { 1e21, "1e+21" }, { 123456789012.0, "123456789012" },
    { -2.5, "-2.5" }, { 0.695, "0.695" }, { 14.11764705882353, "14.11764705882353" },
    { 1.7976931348623157e308, "1.7976931348623157e+308" },
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    fmt_exact(b, sizeof b, cases[i].v);
    assert_string_equal(b, cases[i].s);
    assert_true(strtod(b, NULL) == cases[i].v);
  }
  fmt_exact(b, sizeof b, NAN);
  assert_string_equal(b, "null");
  fmt_exact(b, sizeof b, INFINITY);
  assert_string_equal(b, "null");
}

/* json_string escapes quotes, backslashes and control characters and leaves
** Vietnamese text (and other UTF-8) untouched. */
static void json_string_escaping(void **state) {
  (void)state;
  char *s = NULL;
  CAPTURE(s, json_string(out, "a\"b\\c\nd\re\tf\x01g\x1fh\x7f Xã Thịnh Minh — đạt"));
  assert_string_equal(s, "\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u001fh\x7f Xã Thịnh Minh — đạt\"");
  assert_true(json_valid(s));
  free(s);
  CAPTURE(s, json_string(out, NULL));
  assert_string_equal(s, "\"\"");
  free(s);
  CAPTURE(s, json_string(out, "/"));
  assert_string_equal(s, "\"/\"");
  free(s);
}

/* json_number and json_value: numbers round-trip, non-finite is null, yes/no are
** booleans, a choice is its option code, missing and undefined are null. */
static void json_numbers_and_values(void **state) {
  (void)state;
  Fix f;
  char *s = NULL;
  load(&f);
  int r = input(&f, "1.3.r");
  CAPTURE(s, (json_number(out, 0.6), fputc(' ', out), json_number(out, NAN), fputc(' ', out),
              json_number(out, -INFINITY), fputc(' ', out), json_number(out, -0.0)));
  assert_string_equal(s, "0.6 null null 0");
  free(s);
  CAPTURE(s, (json_value(out, &f.m, (Value){ 1, 0, V_BOOL, 0 }, -1), fputc(' ', out),
              json_value(out, &f.m, (Value){ 0, 0, V_BOOL, 0 }, -1), fputc(' ', out),
              json_value(out, &f.m, (Value){ 1, 0, V_NUM, 0 }, r), fputc(' ', out),
              json_value(out, &f.m, (Value){ 7, 0, V_NUM, 0 }, r), fputc(' ', out),
              json_value(out, &f.m, (Value){ 2.5, 0, V_NUM, 0 }, -1), fputc(' ', out),
              json_value(out, &f.m, (Value){ 0, r, V_MISSING, 0 }, -1), fputc(' ', out),
              json_value(out, &f.m, (Value){ 0, 0, V_UNDEF, U_DIV0 }, -1), fputc(' ', out),
              json_value(out, &f.m, (Value){ 0, 0, V_NONE, 0 }, -1)));
  assert_string_equal(s, "true false \"pho\" 7 2.5 null null null");
  free(s);
  unload(&f);
}

/* fmt_value and fmt_cause: values and the reasons for having none, for a person. */
static void fmt_value_and_cause(void **state) {
  (void)state;
  Fix f;
  char b[128];
  load(&f);
  int r = input(&f, "1.3.r"), a = input(&f, "1.1.a");
  fmt_value(b, sizeof b, &f.m, (Value){ 0.6, 0, V_NUM, 0 }, -1);
  assert_string_equal(b, "0.6");
  fmt_value(b, sizeof b, &f.m, (Value){ 0, 0, V_NUM, 0 }, r);
  assert_string_equal(b, "\"chu_tich\"");
  fmt_value(b, sizeof b, &f.m, (Value){ 1, 0, V_BOOL, 0 }, -1);
  assert_string_equal(b, "yes");
  fmt_value(b, sizeof b, &f.m, (Value){ 0, 0, V_BOOL, 0 }, -1);
  assert_string_equal(b, "no");
  fmt_value(b, sizeof b, &f.m, (Value){ 0, 0, V_NONE, 0 }, -1);
  assert_string_equal(b, "not computed");
  fmt_value(b, sizeof b, &f.m, (Value){ 0, a, V_MISSING, 0 }, -1);
  assert_string_equal(b, "missing: \"1.1.a\" has no value");
  static const struct { Undef why; int where; const char *s; } undef[] = {
    { U_DIV0, 0, "undefined: division by zero" },
    { U_NOARM, 0, "undefined: no tier covers the value" },
    { U_RANGE, -1, "undefined: score outside [0, max], rejected" },
    { U_DEP, 0, "undefined: uses indicator 1.1, which is undefined" },
    { U_NONFINITE, 0, "undefined: number too large" },
    { U_NONE, 0, "undefined" },
  };
  for (size_t i = 0; i < sizeof undef / sizeof undef[0]; i++) {
    Value v = { 0, undef[i].where, V_UNDEF, (uint8_t)undef[i].why };
    assert_string_equal(fmt_cause(&f.m, v, b, sizeof b), undef[i].s);
  }
  unload(&f);
}

/* ---------------------------------------------------------------- trace_json */

static char *trace_of(Fix *f) {
  char *s = NULL;
  CAPTURE(s, trace_json(out, &f->m, &f->ds, &f->r));
  return s;
}

static void expect_in(const char *hay, const char *needle) {
  if (strstr(hay, needle) == NULL) print_error("not found: %s\n", needle);
  assert_non_null(strstr(hay, needle));
}

/* The JSON trace is valid JSON, and starts with the decision and the dataset. */
static void trace_json_valid(void **state) {
  (void)state;
  Fix f;
  load(&f);
  char *s = trace_of(&f);
  assert_true(json_valid(s));
  expect_in(s, "{\"tieuchi_trace\":1,\"decision\":{\"id\":\"hb/1-2023-xa\",\"title\":\"Bộ chỉ số "
               "\\\"CĐS\\\"\",\"number\":\"1153/QĐ-UBND\",\"issued\":null,\"province\":null,"
               "\"script\":\"test.lua\"},"
               "\"dataset\":\"test.csv\",\"units\":[\n{\"unit\":\"A\",\"name\":\"An\",\"row\":2,");
  expect_in(s, "{\"unit\":\"B\",\"name\":\"Bình\\nHai dòng\",\"row\":3,");
  expect_in(s, "{\"unit\":\"C\",\"name\":\"Cường\",\"row\":5,");
  free(s);
  unload(&f);
}

/* One indicator of one unit, in full: score, formula, inputs with their origin,
** steps and branches. */
static void trace_json_indicator(void **state) {
  (void)state;
  Fix f;
  load(&f);
  char *s = trace_of(&f);
  expect_in(s, "{\"code\":\"1.1\",\"group\":\"1\",\"max\":20,\"status\":\"ok\",\"score\":"
               "14.11764705882353,\"formula\":{\"text\":\"  ty_le = a / b\\n  if ty_le >= 85% "
               "then max else ty_le / 85% * max end\\n\",\"file\":\"test.lua\",\"line\":5,"
               "\"col\":1},\"inputs\":[{\"name\":\"a\",\"input\":\"1.1.a\",\"value\":3,\"cell\":"
               "\"3\",\"state\":\"ok\",\"file\":\"test.csv\",\"row\":2,\"col\":3,\"column\":"
               "\"1.1.a\"},{\"name\":\"b\",\"input\":\"1.1.b\",\"value\":5,\"cell\":\"5\","
               "\"state\":\"ok\",\"file\":\"test.csv\",\"row\":2,\"col\":4,\"column\":\"1.1.b\"}],"
               "\"steps\":[{\"name\":\"ty_le\",\"value\":0.6}],\"branches\":[{\"kind\":\"if\","
               "\"line\":6,\"col\":3,\"taken\":\"else\",\"why\":\"ty_le >= 85% is false → else\"}]}");
  free(s);
  unload(&f);
}

/* Missing data: status missing, score null, the reason; the step has no value and
** the branch was not reached. */
static void trace_json_missing(void **state) {
  (void)state;
  Fix f;
  load(&f);
  char *s = trace_of(&f);
  expect_in(s, "\"status\":\"missing\",\"score\":null,\"why\":\"missing: \\\"1.1.a\\\" has no value\"");
  expect_in(s, "{\"name\":\"a\",\"input\":\"1.1.a\",\"value\":null,\"cell\":\"\",\"state\":\"blank\","
               "\"file\":\"test.csv\",\"row\":3,\"col\":3,\"column\":\"1.1.a\"}");
  expect_in(s, "\"steps\":[{\"name\":\"ty_le\",\"value\":null,\"why\":\"missing: \\\"1.1.a\\\" has "
               "no value\"}],\"branches\":[{\"kind\":\"if\",\"line\":6,\"col\":3,\"taken\":\"not "
               "reached\",\"why\":\"not reached\"}]");
  expect_in(s, "{\"name\":\"t\",\"input\":\"1.5.t\",\"value\":null,\"cell\":\"x\",\"state\":\"invalid\","
               "\"file\":\"test.csv\",\"row\":5,\"col\":9,\"column\":\"1.5.t\"}");
  free(s);
  unload(&f);
}

/* Case branches carry the subject and its value; a choice subject is its code. */
static void trace_json_case(void **state) {
  (void)state;
  Fix f;
  load(&f);
  char *s = trace_of(&f);
  expect_in(s, "\"branches\":[{\"kind\":\"case\",\"line\":9,\"col\":3,\"taken\":\"when 10 .. 19\","
               "\"subject\":\"n\",\"subject_value\":15,\"why\":\"n = 15 → when 10 .. 19\"}]");
  expect_in(s, "\"branches\":[{\"kind\":\"case\",\"line\":18,\"col\":13,\"taken\":\"when \\\"pho\\\"\","
               "\"subject\":\"r\",\"subject_value\":\"pho\",\"why\":\"r = \\\"pho\\\" → when "
               "\\\"pho\\\"\"}]");
  expect_in(s, "{\"code\":\"1.5\",\"group\":\"1\",\"max\":10,\"status\":\"undefined\",\"score\":null,"
               "\"why\":\"undefined: no tier covers the value\"");
  expect_in(s, "\"taken\":\"no arm covers the value\",\"subject\":\"t\",\"subject_value\":0.695,"
               "\"why\":\"t = 69.5% → no arm covers the value\"}]");
  free(s);
  unload(&f);
}

/* Per unit: group scores, total, unscored count, rank (null when not ranked) and
** status. */
static void trace_json_totals(void **state) {
  (void)state;
  Fix f;
  load(&f);
  char *s = trace_of(&f);
  expect_in(s, "\"groups\":[{\"code\":\"1\",\"name\":\"Nhận thức số\",\"score\":34.11764705882353,"
               "\"max\":100,\"unscored\":1}],\"total\":34.11764705882353,\"unscored\":1,"
               "\"rank\":null,\"status\":\"incomplete\"}");
  expect_in(s, "\"groups\":[{\"code\":\"1\",\"name\":\"Nhận thức số\",\"score\":65,\"max\":100,"
               "\"unscored\":0}],\"total\":65,\"unscored\":0,\"rank\":null,\"status\":\"ok\"}\n]}\n");
  free(s);
  unload(&f);
}

/* A column the file lacks: state "no column", col 0, column null. */
static void trace_json_missing_column(void **state) {
  (void)state;
  Fix f;
  load_data(&f, SCRIPT, "unit,name,1.1.a\nA,An,3\n");
  char *s = trace_of(&f);
  assert_true(json_valid(s));
  expect_in(s, "{\"name\":\"b\",\"input\":\"1.1.b\",\"value\":null,\"cell\":\"\",\"state\":\"no "
               "column\",\"file\":\"test.csv\",\"row\":2,\"col\":0,\"column\":null}");
  free(s);
  unload(&f);
}

/* A clamped score shows the raw value; with ranking on, ranks are numbers. */
static void trace_json_clamped_and_ranked(void **state) {
  (void)state;
  Fix f;
  load_data(&f, "decision 'd' { title = 't', rank = true }\n"
                "group '1' { 'g', max = 10 }\n"
                "indicator '1.1' { 'x', max = 10, a = count 'A', b = count 'B', score = 'a / b * max' }\n",
            "unit,name,1.1.a,1.1.b\nA,An,6,5\nB,Bình,1,4\n");
  char *s = trace_of(&f);
  assert_true(json_valid(s));
  expect_in(s, "\"status\":\"clamped\",\"score\":10,\"raw\":12,\"formula\"");
  expect_in(s, "\"total\":10,\"unscored\":0,\"rank\":1,\"status\":\"ok\"}");
  expect_in(s, "\"total\":2.5,\"unscored\":0,\"rank\":2,\"status\":\"ok\"}");
  free(s);
  unload(&f);
}

/* ---------------------------------------------------------------- explain */

/* The explain tree for one indicator of one unit, in English, exactly. */
static void explain_one_indicator_en(void **state) {
  (void)state;
  Fix f;
  load(&f);
  char *s = NULL;
  CAPTURE(s, explain_unit(out, &f.m, &f.ds, &f.r, UA, ind(&f, "1.1"), LANG_EN));
  assert_string_equal(s,
      "An (A) · test.csv:2\n"
      "\n"
      "Indicator 1.1 — Tỷ lệ hồ sơ\n"
      "  Group 1 Nhận thức số · max points 20\n"
      "  Formula (test.lua:5:1):\n"
      "    ty_le = a / b\n"
      "    if ty_le >= 85% then max else ty_le / 85% * max end\n"
      "  Inputs:\n"
      "    a = 3   ← test.csv:2, column 3 \"1.1.a\"  (count: Số hồ sơ đạt)\n"
      "    b = 5   ← test.csv:2, column 4 \"1.1.b\"  (count: Tổng số hồ sơ)\n"
      "  Steps:\n"
      "    ty_le = a / b = 0.6\n"
      "  Branches taken:\n"
      "    6:3  ty_le >= 85% is false → else  [60% >= 85%]\n"
      "  Score: 14.12 / 20  (= 14.11764705882353)\n"
      "  Evidence: Báo cáo\n");
  free(s);
  unload(&f);
}

/* Explain for missing data, an invalid cell and a case: the cells are named. */
static void explain_missing_and_case_en(void **state) {
  (void)state;
  Fix f;
  load(&f);
  char *s = NULL;
  CAPTURE(s, explain_unit(out, &f.m, &f.ds, &f.r, UC, ind(&f, "1.5"), LANG_EN));
  assert_string_equal(s,
      "Cường (C) · test.csv:5\n"
      "\n"
      "Indicator 1.5 — Tỷ lệ phần trăm\n"
      "  Group 1 Nhận thức số · max points 10\n"
      "  Formula (test.lua:22:12):\n"
      "    case t when > 70% then max when 50% .. 69% then max / 2 end\n"
      "  Inputs:\n"
      "    t = invalid cell \"x\"   ← test.csv:5, column 9 \"1.5.t\"  (percent: T)\n"
      "  Score: missing: \"1.5.t\" has no value\n");
  free(s);
  CAPTURE(s, explain_unit(out, &f.m, &f.ds, &f.r, UA, ind(&f, "1.2"), LANG_EN));
  expect_in(s, "  Branches taken:\n    9:3  n = 15 → when 10 .. 19\n  Score: 10.00 / 20");
  free(s);
  CAPTURE(s, explain_unit(out, &f.m, &f.ds, &f.r, UB, ind(&f, "1.1"), LANG_EN));
  expect_in(s, "    a = blank cell (missing data)   ← test.csv:3, column 3 \"1.1.a\"  (count: Số hồ sơ đạt)\n");
  expect_in(s, "    ty_le = a / b = missing: \"1.1.a\" has no value\n");
  assert_null(strstr(s, "Branches taken"));
  free(s);
  unload(&f);
}

/* Explain for a whole unit ends with the group sums and the total. */
static void explain_whole_unit_totals(void **state) {
  (void)state;
  Fix f;
  load(&f);
  char *s = NULL;
  CAPTURE(s, explain_unit(out, &f.m, &f.ds, &f.r, UA, -1, LANG_EN));
  size_t n = strlen(s);
  const char *tail = "\nGroup 1 Nhận thức số: 34.12 / 100\nTotal: 34.12 · 1 indicator unscored\n";
  assert_true(n > strlen(tail));
  assert_string_equal(s + n - strlen(tail), tail);
  for (int k = 0; k < f.m.ninds; k++) {
    char head[64];
    snprintf(head, sizeof head, "Indicator %s — ", f.m.inds[k].code);
    expect_in(s, head);
  }
  free(s);
  unload(&f);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(json_checker_sanity),
    cmocka_unit_test(step_slots),
    cmocka_unit_test(if_branch_slots),
    cmocka_unit_test(case_branch_and_subject_slots),
    cmocka_unit_test(derive_branch_texts),
    cmocka_unit_test(derive_arm_texts),
    cmocka_unit_test(derive_branch_truncates),
    cmocka_unit_test(derive_input_origins),
    cmocka_unit_test(derive_input_missing_column),
    cmocka_unit_test(explain_records_node_values),
    cmocka_unit_test(fmt_fixed_values),
    cmocka_unit_test(fmt_exact_values),
    cmocka_unit_test(json_string_escaping),
    cmocka_unit_test(json_numbers_and_values),
    cmocka_unit_test(fmt_value_and_cause),
    cmocka_unit_test(trace_json_valid),
    cmocka_unit_test(trace_json_indicator),
    cmocka_unit_test(trace_json_missing),
    cmocka_unit_test(trace_json_case),
    cmocka_unit_test(trace_json_totals),
    cmocka_unit_test(trace_json_missing_column),
    cmocka_unit_test(trace_json_clamped_and_ranked),
    cmocka_unit_test(explain_one_indicator_en),
    cmocka_unit_test(explain_missing_and_case_en),
    cmocka_unit_test(explain_whole_unit_totals),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
