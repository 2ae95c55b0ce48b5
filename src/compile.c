/*
** compile.c — formula trees into flat programs.
**
** For each indicator: resolve every name (named steps, the indicator's inputs,
** shared inputs, max), check types (a yes/no is not a number, a choice is compared
** with its own option codes), allocate trace slots (steps, case subjects, branch
** decisions) and emit a program for the stack machine of eval.c. Then order the
** indicators so that score("x") and group("g") are computed before they are used,
** rejecting cycles with the cycle named. All problems are collected, not just the
** first.
*/
#include "compile.h"
#include "list_decl.h"

#include "i18n.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

typedef enum ValueType { VT_ERR, VT_NUM, VT_BOOL, VT_CHOICE, VT_STR, VT_TEXT,
                         VT_PENDING /* no branch compiled yet */ } ValueType;

typedef struct Compiler {
  Model *m;
  DiagList *dl;
  int ind;                  /* the indicator being compiled */
  Indicator *ci;
  int nsteps_seen;          /* steps defined so far (a step sees only earlier ones) */
  Ins *code;
  int ncode, capcode;
  double *consts;
  int nconsts, capconsts;
  SlotInfo *slots;
  int nslots, capslots;
  int depth, maxdepth;      /* evaluation stack, tracked while emitting */
  int *deps;
  int ndeps, capdeps;
  PeerCall *peers;          /* the indicator's peer_min/peer_max calls */
  int npeers, cappeers;
  bool in_peer;             /* compiling a peer call's argument */
  bool in_recognition;      /* compiling a recognition rule: met(), met_count(), … */
  bool failed;
} Compiler;

static const char *type_name(int t) {
  static const char *const names[] = { N_("an error"), N_("a number"), N_("a yes/no value"),
    N_("a choice"), N_("an option code in quotes"), N_("text"), N_("nothing") };
  return _(names[t]);
}

/* ------------------------------------------------------------ reporting */

static Diag *error_at(Compiler *c, const Node *n, const char *fmt, const char *a,
                      const char *b) {
  int line, col;
  formula_locate(&c->ci->score, n ? n->pos : 0, &line, &col);
  char msg[512];
  snprintf(msg, sizeof msg, _(fmt), a ? a : "", b ? b : "");   /* fmt: a keyword of xgettext */
  Diag *d = diag_add(c->dl, SEV_ERROR, c->ci->score.file ? c->ci->score.file : c->m->script,
                     line, col, c->ci->is_rule ? "%s: %s" : N_("indicator %s: %s"), c->ci->code, msg);
  d->indicator = c->ci->code;
  c->failed = true;
  return d;
}

/* The source text of node n, trimmed, in the model's arena. */
static const char *node_text(Compiler *c, const Node *n) {
  return formula_node_text(c->m, &c->ci->score, n);
}

/* ------------------------------------------------------------ emitting */

static bool grow(void **v, int *cap, int need, size_t size) {
  if (need <= *cap) return true;
  int ncap = *cap ? *cap * 2 : 32;
  while (ncap < need) ncap *= 2;
  void *p = realloc(*v, (size_t)ncap * size);
  if (p == NULL) return false;
  *v = p;
  *cap = ncap;
  return true;
}

/* Emit one instruction; effect is its net change of the stack depth. */
static int emit(Compiler *c, Opcode op, int a, int b, const Node *n, int effect) {
  if (!grow((void **)&c->code, &c->capcode, c->ncode + 1, sizeof *c->code)) {
    c->failed = true;
    return 0;
  }
  Ins *i = &c->code[c->ncode];
  i->op = (uint8_t)op;
  i->a = a;
  i->b = b;
  i->node = n ? n->id : -1;
  c->depth += effect;
  if (c->depth > c->maxdepth) c->maxdepth = c->depth;
  return c->ncode++;
}

static int add_const(Compiler *c, double v) {
  for (int i = 0; i < c->nconsts; i++)
    if (c->consts[i] == v) return i;
  if (!grow((void **)&c->consts, &c->capconsts, c->nconsts + 1, sizeof *c->consts)) {
    c->failed = true;
    return 0;
  }
  c->consts[c->nconsts] = v;
  return c->nconsts++;
}

static int new_slot(Compiler *c, SlotKind kind, int node, const char *name) {
  if (!grow((void **)&c->slots, &c->capslots, c->nslots + 1, sizeof *c->slots)) {
    c->failed = true;
    return 0;
  }
  c->slots[c->nslots] = (SlotInfo){ kind, node, name };
  return c->nslots++;
}

static void add_dep(Compiler *c, int ind) {
  for (int i = 0; i < c->ndeps; i++)
    if (c->deps[i] == ind) return;
  if (!grow((void **)&c->deps, &c->capdeps, c->ndeps + 1, sizeof *c->deps)) {
    c->failed = true;
    return;
  }
  c->deps[c->ndeps++] = ind;
}

static void patch(Compiler *c, int at, int target) { c->code[at].a = target; }

/* memcpy, but a growable array that never grew is NULL, and memcpy(d, NULL, 0) is UB. */
static void copy_n(void *dst, const void *src, size_t n) {
  if (n > 0) memcpy(dst, src, n);
}

/* ------------------------------------------------------------ names */

/* Resolve a name: steps defined before, the indicator's bindings, shared inputs, max. */
static ValueType resolve(Compiler *c, Node *n) {
  const Formula *f = &c->ci->score;
  for (int s = c->nsteps_seen - 1; s >= 0; s--) {
    if (strcmp(f->steps[s].name, n->str) == 0) {
      n->refkind = REF_STEP;
      n->ref = f->steps[s].slot;
      n->choice = f->steps[s].expr ? f->steps[s].expr->choice : -1;
      ValueType t = (ValueType)(f->steps[s].expr ? f->steps[s].expr->type : VT_ERR);
      if (t == VT_ERR) n->refkind = REF_BROKEN;
      return t;
    }
  }
  int input = -1;
  for (int b = 0; b < c->ci->nbinds; b++) {
    if (strcmp(c->ci->binds[b].name, n->str) != 0) continue;
    input = c->ci->binds[b].input;
    if (input < 0) { n->refkind = REF_BROKEN; return VT_ERR; }   /* bad binding: reported */
  }
  if (input < 0) {
    int k = model_find_input(c->m, n->str);
    if (k >= 0 && c->m->inputs[k].owner < 0) input = k;
  }
  if (input >= 0) {
    const Input *in = &c->m->inputs[input];
    n->refkind = REF_INPUT;
    n->ref = input;
    n->choice = input;
    switch (in->type) {
      case IN_YESNO: return VT_BOOL;
      case IN_CHOICE: return VT_CHOICE;
      case IN_TEXT: return VT_TEXT;
      default: return VT_NUM;
    }
  }
  if (strcmp(n->str, "max") == 0) {
    n->refkind = REF_MAX;
    return VT_NUM;
  }
  if (strcmp(n->str, "value") == 0 && c->ci->owner >= 0) {   /* a target: the criterion's value */
    const Indicator *o = &c->m->inds[c->ci->owner];
    n->refkind = REF_VALUE;
    n->ref = c->ci->owner;
    if (!o->prog.code) { n->refkind = REF_BROKEN; return VT_ERR; }   /* reported there */
    return o->value_bool ? VT_BOOL : VT_NUM;
  }
  return VT_ERR;
}

/* "a, b, ty_le, max, dan_so": what a formula of this indicator may name, for hints. */
static const char *known_names(Compiler *c) {
  char buf[1024] = "";
  size_t len = 0;
  for (int b = 0; b < c->ci->nbinds && len < sizeof buf - 80; b++)
    len += (size_t)snprintf(buf + len, sizeof buf - len, "%s, ", c->ci->binds[b].name);
  for (int s = 0; s < c->nsteps_seen && len < sizeof buf - 80; s++)
    len += (size_t)snprintf(buf + len, sizeof buf - len, "%s, ", c->ci->score.steps[s].name);
  len += (size_t)snprintf(buf + len, sizeof buf - len, "max");
  for (int i = 0; i < c->m->ninputs && len < sizeof buf - 80; i++)
    if (c->m->inputs[i].owner < 0 && c->m->inputs[i].type != IN_TEXT)
      len += (size_t)snprintf(buf + len, sizeof buf - len, ", %s", c->m->inputs[i].name);
  if (len >= sizeof buf - 80) snprintf(buf + len, sizeof buf - len, ", …");
  return arena_strdup(&c->m->arena, buf);
}

/* Whether name is a step of this formula defined after the current one. */
static bool later_step(Compiler *c, const char *name) {
  for (int s = c->nsteps_seen; s < c->ci->score.nsteps; s++)
    if (strcmp(c->ci->score.steps[s].name, name) == 0) return true;
  return false;
}

/* ------------------------------------------------------------ expressions */

static ValueType gen(Compiler *c, Node *n);

static ValueType need(Compiler *c, Node *n, ValueType want, const char *role) {
  ValueType t = gen(c, n);
  if (t != VT_ERR && t != want) {
    Diag *d = error_at(c, n, "%s must be %s", role, type_name(want));
    const char *txt = node_text(c, n);
    if (t == VT_BOOL && want == VT_NUM)
      diag_hint(c->dl, d, "'%s' is yes/no: write 'if %s then … else … end'", txt, txt);
    else
      diag_hint(c->dl, d, "'%s' is %s", txt, type_name(t));
    return VT_ERR;
  }
  return t;
}

/* Option index of a quoted code among choice input k's options, or -1. */
static int option_index(const Model *m, int k, const char *code) {
  const Input *in = &m->inputs[k];
  for (int i = 0; i < in->noptions; i++)
    if (strcmp(in->options[i].code, code) == 0) return i;
  return -1;
}

/* Emit the option code s compared with a value of choice input k, which the formula
** calls `what`. */
static ValueType gen_option(Compiler *c, Node *s, int k, const char *what) {
  int opt = k >= 0 ? option_index(c->m, k, s->str) : -1;
  if (opt < 0) {
    Diag *d = error_at(c, s, "\"%s\" is not an option of '%s'", s->str, what);
    char list[512] = "";
    size_t len = 0;
    for (int i = 0; k >= 0 && i < c->m->inputs[k].noptions && len < sizeof list - 64; i++)
      len += (size_t)snprintf(list + len, sizeof list - len, "%s\"%s\"", i ? ", " : "",
                              c->m->inputs[k].options[i].code);
    diag_hint(c->dl, d, "the options are %s", list);
    return VT_ERR;
  }
  emit(c, I_STR, opt, 0, s, +1);
  return VT_STR;
}

/* == and ~= : numbers, yes/no values, or a choice against one of its option codes. */
static ValueType gen_equality(Compiler *c, Node *n) {
  Node *l = n->kids[0], *r = n->kids[1];
  Opcode op = n->op == OP_EQ ? I_EQ : I_NE;
  if (r->tag == N_STR || l->tag == N_STR) {
    Node *val = r->tag == N_STR ? l : r, *str = r->tag == N_STR ? r : l;
    ValueType t = gen(c, val);
    if (t == VT_ERR) return VT_ERR;
    if (t != VT_CHOICE) {
      error_at(c, str, "\"%s\" can only be compared with a choice input%s", str->str, "");
      return VT_ERR;
    }
    if (gen_option(c, str, val->choice, node_text(c, val)) == VT_ERR) return VT_ERR;
  } else {
    ValueType lt = gen(c, l), rt = gen(c, r);
    if (lt == VT_ERR || rt == VT_ERR) return VT_ERR;
    if (lt != rt || lt == VT_CHOICE || lt == VT_TEXT) {
      Diag *d = error_at(c, n, "cannot compare %s with %s", type_name(lt), type_name(rt));
      diag_hint(c->dl, d, "compare a choice with one of its option codes in quotes, "
                "e.g. r == \"chu_tich\"");
      return VT_ERR;
    }
  }
  emit(c, op, 0, 0, n, -1);
  return VT_BOOL;
}

static ValueType gen_bin(Compiler *c, Node *n) {
  static const Opcode arith[] = { [OP_ADD] = I_ADD, [OP_SUB] = I_SUB, [OP_MUL] = I_MUL,
    [OP_DIV] = I_DIV, [OP_LT] = I_LT, [OP_LE] = I_LE, [OP_GT] = I_GT, [OP_GE] = I_GE };
  if (n->op == OP_EQ || n->op == OP_NE) return gen_equality(c, n);
  if (n->op == OP_AND || n->op == OP_OR) {
    ValueType t = need(c, n->kids[0], VT_BOOL, _("each side of and/or"));
    int j = emit(c, n->op == OP_AND ? I_ANDJ : I_ORJ, 0, 0, n, -1);
    if (need(c, n->kids[1], VT_BOOL, _("each side of and/or")) == VT_ERR) t = VT_ERR;
    patch(c, j, c->ncode);
    return t == VT_ERR ? VT_ERR : VT_BOOL;
  }
  bool cmp = n->op >= OP_LT && n->op <= OP_GE;
  ValueType lt = need(c, n->kids[0], VT_NUM, cmp ? _("each side of a comparison") : _("each side of an arithmetic operator"));
  ValueType rt = need(c, n->kids[1], VT_NUM, cmp ? _("each side of a comparison") : _("each side of an arithmetic operator"));
  emit(c, arith[n->op], 0, 0, n, -1);
  if (lt == VT_ERR || rt == VT_ERR) return VT_ERR;
  return cmp ? VT_BOOL : VT_NUM;
}

/* Both branches of an if (or all arms of a case) must give one type. */
static ValueType unify(Compiler *c, Node *at, ValueType have, ValueType t) {
  if (have == VT_ERR || t == VT_ERR) return VT_ERR;
  if (have == VT_PENDING) return t;
  if (have != t) {
    error_at(c, at, "the branches give different kinds of value (%s and %s)",
             type_name(have), type_name(t));
    return VT_ERR;
  }
  return t;
}

/*
** The jumps of one if/case that go to its end: the I_JMP after each branch, and each
** I_TEST's exit for a missing or undefined condition (its b). Patched at the end.
*/
#define MAX_BRANCHES 64
typedef struct Exits { int jmp[MAX_BRANCHES], test[MAX_BRANCHES]; int n; } Exits;

static void add_exit(Exits *e, int jmp, int test) {
  if (e->n == MAX_BRANCHES) return;            /* reported by too_many_branches */
  e->jmp[e->n] = jmp;
  e->test[e->n] = test;
  e->n++;
}

static void patch_exits(Compiler *c, const Exits *e) {
  for (int i = 0; i < e->n; i++) {
    c->code[e->jmp[i]].a = c->ncode;
    c->code[e->test[i]].b = c->ncode;
  }
}

static bool too_many_branches(Compiler *c, Node *n, int count) {
  if (count < MAX_BRANCHES) return false;
  error_at(c, n, "more than %s branches in one %s: split it into named steps",
           "63", n->tag == N_IF ? "if" : "case");
  return true;
}

static ValueType gen_if(Compiler *c, Node *n) {
  int slot = new_slot(c, SLOT_BRANCH, n->id, NULL);
  int nconds = (n->nkids - 1) / 2, base = c->depth;
  Exits exits = { .n = 0 };
  ValueType t = VT_PENDING;
  n->slot = slot;
  if (too_many_branches(c, n, nconds)) return VT_ERR;
  for (int i = 0; i < nconds; i++) {
    if (need(c, n->kids[2 * i], VT_BOOL, _("an if condition")) == VT_ERR) t = VT_ERR;
    int test = emit(c, I_TEST, 0, 0, n, -1);
    emit(c, I_ARM, slot, i, n, 0);
    t = unify(c, n->kids[2 * i + 1], t, gen(c, n->kids[2 * i + 1]));
    c->depth = base;                           /* each branch leaves one value */
    add_exit(&exits, emit(c, I_JMP, 0, 0, n, 0), test);
    patch(c, test, c->ncode);                  /* false: on to the next condition */
  }
  emit(c, I_ARM, slot, nconds, n, 0);
  t = unify(c, n->kids[n->nkids - 1], t, gen(c, n->kids[n->nkids - 1]));
  patch_exits(c, &exits);
  return t;
}

/* One arm's test against the subject in slot subj; leaves a yes/no. */
static bool gen_arm_test(Compiler *c, Node *arm, int subj, ValueType st, const Node *subject) {
  int choice = subject->choice;
  emit(c, I_SLOT, subj, 0, arm, +1);
  if (arm->op == ARM_RANGE) {
    if (st != VT_NUM) { error_at(c, arm, "a range needs a number to test%s%s", "", ""); return false; }
    bool ok = need(c, arm->kids[0], VT_NUM, _("a range's low end")) != VT_ERR;
    ok = need(c, arm->kids[1], VT_NUM, _("a range's high end")) != VT_ERR && ok;
    emit(c, I_RANGE, 0, 0, arm, -2);
    return ok;
  }
  Node *v = arm->kids[0];
  if (st == VT_CHOICE) {
    if (arm->op != ARM_EQ || v->tag != N_STR) {
      Diag *d = error_at(c, arm, "a choice can only be tested for one of its options%s%s", "", "");
      diag_hint(c->dl, d, "write: when \"option_code\" then …");
      return false;
    }
    if (gen_option(c, v, choice, node_text(c, subject)) == VT_ERR) return false;
    emit(c, I_EQ, 0, 0, arm, -1);
    return true;
  }
  bool ok = need(c, v, VT_NUM, _("the value an arm tests")) != VT_ERR;
  static const Opcode cmp[] = { [OP_EQ] = I_EQ, [OP_NE] = I_NE, [OP_LT] = I_LT,
    [OP_LE] = I_LE, [OP_GT] = I_GT, [OP_GE] = I_GE };
  emit(c, arm->op == ARM_EQ ? I_EQ : cmp[arm->cmp], 0, 0, arm, -1);
  return ok;
}

static ValueType gen_case(Compiler *c, Node *n) {
  int slot = new_slot(c, SLOT_BRANCH, n->id, NULL);
  int subj = new_slot(c, SLOT_SUBJECT, n->kids[0]->id, NULL);
  int narms = n->nkids - 1 - (n->has_else ? 1 : 0);
  Exits exits = { .n = 0 };
  ValueType t = VT_PENDING;
  n->slot = slot;
  if (too_many_branches(c, n, narms)) return VT_ERR;
  ValueType st = gen(c, n->kids[0]);
  if (st != VT_ERR && st != VT_NUM && st != VT_CHOICE) {
    error_at(c, n->kids[0], "case tests a number or a choice, not %s%s", type_name(st), "");
    st = VT_ERR;
  }
  emit(c, I_STORE, subj, 0, n->kids[0], -1);
  int base = c->depth;
  for (int k = 1; k <= narms; k++) {
    Node *arm = n->kids[k];
    if (st == VT_ERR || !gen_arm_test(c, arm, subj, st, n->kids[0])) t = VT_ERR;
    int test = emit(c, I_TEST, 0, 0, arm, -1);
    emit(c, I_ARM, slot, k - 1, arm, 0);
    Node *res = arm->kids[arm->nkids - 1];
    t = unify(c, res, t, gen(c, res));
    c->depth = base;
    add_exit(&exits, emit(c, I_JMP, 0, 0, arm, 0), test);
    patch(c, test, c->ncode);
  }
  if (n->has_else) {
    emit(c, I_ARM, slot, narms, n, 0);
    t = unify(c, n->kids[n->nkids - 1], t, gen(c, n->kids[n->nkids - 1]));
  } else {
    emit(c, I_NOARM, slot, 0, n, +1);          /* a value no arm covers: undefined */
    if (t == VT_PENDING) t = VT_NUM;
  }
  patch_exits(c, &exits);
  return t;
}

/* score("1.2") and group("6"): a quoted code, resolved now. */
static ValueType gen_reference(Compiler *c, Node *n, bool group) {
  if (n->nkids != 1 || n->kids[0]->tag != N_STR) {
    Diag *d = error_at(c, n, "%s needs a code in quotes%s", group ? "group" : "score", "");
    diag_hint(c->dl, d, "%s", group ? "group(\"6\")" : "score(\"1.2\")");
    return VT_ERR;
  }
  const char *code = n->kids[0]->str;
  if (group) {
    int g = model_find_group(c->m, code);
    if (g < 0) { error_at(c, n, "there is no group \"%s\"%s", code, ""); return VT_ERR; }
    const Group *gr = &c->m->groups[g];
    for (int i = gr->first; i >= 0 && i < gr->first + gr->count; i++) add_dep(c, i);
    emit(c, I_GROUP, g, 0, n, +1);
  } else {
    int k = model_find_indicator(c->m, code);
    if (k < 0) { error_at(c, n, "there is no indicator \"%s\"%s", code, ""); return VT_ERR; }
    add_dep(c, k);
    emit(c, I_SCORE, k, 0, n, +1);
  }
  return VT_NUM;
}

static int finish_program(Compiler *c, Program *p);

/* A peer call identical to an earlier one of the indicator: the same aggregate. */
static int same_peer(Compiler *c, const Node *n, bool is_max) {
  const char *text = node_text(c, n);
  for (int i = 0; i < c->npeers; i++) {
    const Node *other = c->ci->score.nodes[c->peers[i].node];
    if (c->peers[i].is_max == is_max && strcmp(node_text(c, other), text) == 0) return i;
  }
  return -1;
}

/*
** peer_min(x), peer_max(x): x gets its own program (run for every unit before this
** indicator); the call itself just pushes the aggregate.
*/
static ValueType gen_peer(Compiler *c, Node *n, bool is_max) {
  if (n->nkids != 1) {
    error_at(c, n, "%s takes one argument: the value compared across units%s", n->str, "");
    return VT_ERR;
  }
  if (c->in_peer) {
    error_at(c, n, "%s cannot be used inside another peer_min or peer_max%s", n->str, "");
    return VT_ERR;
  }
  int idx = same_peer(c, n, is_max);
  if (idx < 0) {
    Compiler sub;
    memset(&sub, 0, sizeof sub);
    sub.m = c->m;
    sub.dl = c->dl;
    sub.ind = c->ind;
    sub.ci = c->ci;
    sub.in_peer = true;
    PeerCall pc = { .is_max = is_max, .node = n->id };
    ValueType t = need(&sub, n->kids[0], VT_NUM, _("what peer_min and peer_max compare"));
    emit(&sub, I_END, 0, 0, n->kids[0], 0);
    if (t == VT_ERR || finish_program(&sub, &pc.prog) != 0) c->failed = true;
    for (int i = 0; i < sub.ndeps; i++) add_dep(c, sub.deps[i]);
    free(sub.code);
    free(sub.consts);
    free(sub.slots);
    free(sub.deps);
    if (!grow((void **)&c->peers, &c->cappeers, c->npeers + 1, sizeof *c->peers)) {
      c->failed = true;
      return VT_ERR;
    }
    idx = c->npeers;
    c->peers[c->npeers++] = pc;
  }
  emit(c, I_PEER, idx, 0, n, +1);
  return VT_NUM;
}

/* present(x) and default(x, v): x must name an input. */
static int input_arg(Compiler *c, Node *n, const char *fn) {
  Node *x = n->nkids >= 1 ? n->kids[0] : NULL;
  if (x == NULL || x->tag != N_NAME || resolve(c, x) == VT_ERR || x->refkind != REF_INPUT) {
    error_at(c, n, "%s needs the name of an input as its first argument%s", fn, "");
    return -1;
  }
  return x->ref;
}

/* The criterion named by value("x") or met("x"), or -1 (reported). */
static int criterion_arg(Compiler *c, Node *n) {
  if (n->nkids != 1 || n->kids[0]->tag != N_STR) {
    Diag *d = error_at(c, n, "%s needs a criterion's code in quotes%s", n->str, "");
    diag_hint(c->dl, d, "%s(\"1.2\")", n->str);
    return -1;
  }
  int k = model_find_indicator(c->m, n->kids[0]->str);
  if (k < 0 || !c->m->inds[k].is_value) {
    error_at(c, n, k < 0 ? "there is no criterion \"%s\"%s" : N_("\"%s\" is scored in points, "
             "it has no value%s"), n->kids[0]->str, "");
    return -1;
  }
  if (!c->m->inds[k].prog.code) { c->failed = true; return -1; }   /* its error is reported */
  return k;
}

/* value("x"), met("x"): in targets and recognition rules, evaluated after every criterion. */
static ValueType gen_criterion(Compiler *c, Node *n, bool met) {
  if (!c->ci->is_rule || (met && !c->in_recognition)) {
    /* error_at formats exactly two strings: a third %s here read past them (found by
    ** fuzzing: `tieuchi check` crashed on met() or value() in a score). */
    Diag *d = error_at(c, n, "%s() can only be used in %s", n->str,
                       met ? _("a recognition rule") : _("a target or a recognition rule"));
    diag_hint(c->dl, d, "a criterion's value formula uses inputs; compare it with others in "
              "its targets or in a recognition rule");
    return VT_ERR;
  }
  int k = criterion_arg(c, n);
  if (k < 0) return VT_ERR;
  if (met && c->m->inds[k].targets == NULL) return VT_ERR;
  emit(c, met ? I_MET : I_VALUE, k, 0, n, +1);
  return met || c->m->inds[k].value_bool ? VT_BOOL : VT_NUM;
}

/* met_count(), assigned_count(), met_share(), all_met(), with an optional kind. */
static ValueType gen_aggregate(Compiler *c, Node *n, int fn) {
  if (!c->in_recognition) {
    Diag *d = error_at(c, n, "%s() can only be used in a recognition rule%s", n->str, "");
    diag_hint(c->dl, d, "recognition \"name\" { \"text\", rule = \"all_met()\" }");
    return VT_ERR;
  }
  if (c->ci->ctx < 0 && c->m->ctx_kind != CTX_PERIODS) {
    Diag *d = error_at(c, n, "%s() counts the criteria of one context: this recognition has "
                       "none%s", n->str, "");
    diag_hint(c->dl, d, c->m->ctx_kind == CTX_TIERS ? "give the recognition its tier = \"…\""
              : N_("met_count() and its kin need contexts of periods or tiers"));
    return VT_ERR;
  }
  int kind = TK_ANY;
  if (n->nkids > 1 || (n->nkids == 1 && n->kids[0]->tag != N_STR)) {
    error_at(c, n, "%s takes %s", n->str, "no argument, or 'mandatory' or 'extended'");
    return VT_ERR;
  }
  if (n->nkids == 1) {
    const char *k = n->kids[0]->str;
    kind = strcmp(k, "mandatory") == 0 ? TK_MANDATORY : strcmp(k, "extended") == 0 ? TK_EXTENDED : -1;
    if (kind < 0 || c->m->ctx_kind != CTX_TIERS) {
      Diag *d = error_at(c, n, "\"%s\" is not a kind of criterion here%s", k, "");
      diag_hint(c->dl, d, "kinds are 'mandatory' and 'extended', in contexts of tiers");
      return VT_ERR;
    }
  }
  emit(c, I_AGG, fn, kind, n, +1);
  return fn == AGG_ALL ? VT_BOOL : VT_NUM;
}

/* children_count(), children_at_level(k), children_recognised("name"). */
static ValueType gen_children(Compiler *c, Node *n, int fn) {
  const Model *child = c->m->child;
  if (c->m->children_script == NULL) {
    Diag *d = error_at(c, n, "%s(): this script declares no children%s", n->str, "");
    diag_hint(c->dl, d, "children { script = \"…-xa.lua\" } names the children's script");
    return VT_ERR;
  }
  int arg = 0;
  if (fn == CHILD_COUNT && n->nkids != 0) { error_at(c, n, "%s takes no argument%s", n->str, ""); return VT_ERR; }
  if (fn == CHILD_AT_LEVEL) {
    if (n->nkids != 1 || n->kids[0]->tag != N_NUM || n->kids[0]->num != (int)n->kids[0]->num) {
      error_at(c, n, "%s needs a level number, like children_at_level(2)%s", n->str, "");
      return VT_ERR;
    }
    arg = (int)n->kids[0]->num;
    if (child && (child->ctx_kind != CTX_LEVELS || arg < 0 || arg > child->nctx)) {
      error_at(c, n, "the children's script has no level %s%s", node_text(c, n->kids[0]), "");
      return VT_ERR;
    }
  }
  if (fn == CHILD_RECOGNISED) {
    if (n->nkids != 1 || n->kids[0]->tag != N_STR) {
      error_at(c, n, "%s needs the name of the children's recognition in quotes%s", n->str, "");
      return VT_ERR;
    }
    arg = child ? model_find_recognition(child, n->kids[0]->str) : 0;
    if (arg < 0) {
      error_at(c, n, "the children's script has no recognition \"%s\"%s", n->kids[0]->str, "");
      return VT_ERR;
    }
  }
  emit(c, I_CHILD, fn, arg, n, +1);
  return VT_NUM;
}

static ValueType gen_call(Compiler *c, Node *n) {
  const char *fn = n->str;
  int na = n->nkids;
  static const struct { const char *name; int fn; bool child; } outcome_fns[] = {
    { "met_count", AGG_MET, false }, { "assigned_count", AGG_ASSIGNED, false },
    { "met_share", AGG_SHARE, false }, { "all_met", AGG_ALL, false },
    { "children_count", CHILD_COUNT, true }, { "children_at_level", CHILD_AT_LEVEL, true },
    { "children_recognised", CHILD_RECOGNISED, true } };
  for (size_t i = 0; i < sizeof outcome_fns / sizeof outcome_fns[0]; i++)
    if (strcmp(fn, outcome_fns[i].name) == 0)
      return outcome_fns[i].child ? gen_children(c, n, outcome_fns[i].fn)
                                  : gen_aggregate(c, n, outcome_fns[i].fn);
  if (strcmp(fn, "value") == 0 || strcmp(fn, "met") == 0) return gen_criterion(c, n, fn[0] == 'm');
  if (strcmp(fn, "score") == 0) return gen_reference(c, n, false);
  if (strcmp(fn, "peer_min") == 0 || strcmp(fn, "peer_max") == 0)
    return gen_peer(c, n, fn[5] == 'm' && fn[6] == 'a');
  if (strcmp(fn, "group") == 0) return gen_reference(c, n, true);
  if (strcmp(fn, "present") == 0) {
    int k = input_arg(c, n, fn);
    if (k < 0 || na != 1) return VT_ERR;
    emit(c, I_PRESENT, k, 0, n, +1);
    return VT_BOOL;
  }
  if (strcmp(fn, "default") == 0) {
    int k = input_arg(c, n, fn);
    if (k < 0 || na != 2) { error_at(c, n, "default takes two arguments: default(x, value)%s%s", "", ""); return VT_ERR; }
    ValueType t = gen(c, n->kids[0]);
    ValueType vt = gen(c, n->kids[1]);
    emit(c, I_DEFAULT, k, 0, n, -1);
    return unify(c, n->kids[1], t, vt);
  }
  static const struct { const char *name; Opcode op; int lo, hi; } fns[] = {
    { "min", I_MIN, 1, 32 }, { "max", I_MAXF, 1, 32 }, { "clamp", I_CLAMP, 3, 3 },
    { "round", I_ROUND, 1, 2 }, { "abs", I_ABS, 1, 1 } };
  for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
    if (strcmp(fn, fns[i].name) != 0) continue;
    if (na < fns[i].lo || na > fns[i].hi) {
      error_at(c, n, "%s takes %s", fn, fns[i].hi == 1 ? _("one argument") :
               fns[i].lo == fns[i].hi ? _("exactly 3 arguments: clamp(x, low, high)") :
               fns[i].hi == 2 ? _("1 or 2 arguments: round(x) or round(x, decimals)") :
               _("1 to 32 arguments"));
      return VT_ERR;
    }
    ValueType t = VT_NUM;
    for (int k = 0; k < na; k++)
      if (need(c, n->kids[k], VT_NUM, _("each argument")) == VT_ERR) t = VT_ERR;
    emit(c, fns[i].op, na, 0, n, 1 - na);
    return t;
  }
  Diag *d = error_at(c, n, "unknown function '%s'%s", fn, "");
  diag_hint(c->dl, d, "functions: min, max, clamp, round, abs, present, default, score, group, "
            "peer_min, peer_max; for criteria: value, met, met_count, assigned_count, "
            "met_share, all_met, children_count, children_at_level, children_recognised");
  return VT_ERR;
}

static ValueType gen(Compiler *c, Node *n) {
  ValueType t = VT_ERR;
  if (n == NULL) return VT_ERR;
  n->choice = -1;
  switch (n->tag) {
    case N_NUM:
      if (!isfinite(n->num)) { error_at(c, n, "number too large%s%s", "", ""); break; }
      emit(c, I_NUM, add_const(c, n->num), 0, n, +1);
      t = VT_NUM;
      break;
    case N_STR: {
      Diag *d = error_at(c, n, "\"%s\" is an option code: it can only be compared with a "
                         "choice input%s", n->str, "");
      diag_hint(c->dl, d, "e.g. r == \"%s\", or when \"%s\" then … in a case", n->str, n->str);
      break;
    }
    case N_NAME:
      n->refkind = REF_NONE;
      t = resolve(c, n);
      if (n->refkind == REF_BROKEN) {
        c->failed = true;                      /* the error is reported where it lies */
      } else if (t == VT_ERR) {
        Diag *d = error_at(c, n, "unknown name '%s'%s", n->str, "");
        diag_hint(c->dl, d, "names known here: %s", known_names(c));
        if (c->in_peer && (later_step(c, n->str)))
          diag_hint(c->dl, d, "peer_min and peer_max compute their argument for every unit "
                    "before the formula runs: write the step's formula instead of '%s'", n->str);
        else if (later_step(c, n->str))
          diag_hint(c->dl, d, "'%s' is a step defined on a later line: a step can only use "
                    "the steps above it", n->str);
      } else if (t == VT_TEXT) {
        error_at(c, n, "'%s' is a text input: it cannot be used in a formula%s", n->str, "");
        t = VT_ERR;
      } else if (n->refkind == REF_STEP) {
        emit(c, I_SLOT, n->ref, 0, n, +1);
      } else if (n->refkind == REF_INPUT) {
        emit(c, I_INPUT, n->ref, 0, n, +1);
      } else if (n->refkind == REF_VALUE) {
        emit(c, I_VALUE, n->ref, 0, n, +1);
      } else {
        emit(c, I_MAX, 0, 0, n, +1);
      }
      break;
    case N_BIN: t = gen_bin(c, n); break;
    case N_UN:
      t = need(c, n->kids[0], n->op == OP_NEG ? VT_NUM : VT_BOOL,
               n->op == OP_NEG ? _("what '-' negates") : _("what 'not' negates"));
      emit(c, n->op == OP_NEG ? I_NEG : I_NOT, 0, 0, n, 0);
      break;
    case N_IF: t = gen_if(c, n); break;
    case N_CASE: t = gen_case(c, n); break;
    case N_CALL: t = gen_call(c, n); break;
    case N_ARM: break;
  }
  n->type = t;
  return t;
}

/* ------------------------------------------------------------ indicators */

/* Copy the emitted program into the model's arena. */
static int finish_program(Compiler *c, Program *p) {
  Arena *a = &c->m->arena;
  p->code = arena_alloc(a, (size_t)c->ncode * sizeof *p->code);
  p->consts = arena_alloc(a, (size_t)(c->nconsts + 1) * sizeof *p->consts);
  if (!p->code || !p->consts) return -1;
  copy_n(p->code, c->code, (size_t)c->ncode * sizeof *p->code);
  copy_n(p->consts, c->consts, (size_t)c->nconsts * sizeof *p->consts);
  p->ncode = c->ncode;
  p->nconsts = c->nconsts;
  p->nslots = c->nslots;
  p->maxstack = c->maxdepth + 1;
  return 0;
}

/*
** Compile ind's formula (its score, or a rule's yes/no formula: want says which)
** into ind->prog, with its trace slots, dependencies and peer calls.
*/
static void compile_formula(Compiler *c, Indicator *ind, int k, ValueType want) {
  Formula *f = &ind->score;
  c->ind = k;
  c->ci = ind;
  c->ncode = c->nconsts = c->nslots = c->ndeps = c->npeers = c->depth = c->maxdepth = 0;
  c->nsteps_seen = 0;
  for (int s = 0; s < f->nsteps; s++) {
    Step *st = &f->steps[s];
    st->slot = new_slot(c, SLOT_STEP, st->expr ? st->expr->id : -1, st->name);
    for (int p = 0; p < s; p++)
      if (strcmp(f->steps[p].name, st->name) == 0) {
        Node at = { .pos = st->pos };
        error_at(c, &at, "the step '%s' is defined twice%s", st->name, "");
      }
    gen(c, st->expr);
    emit(c, I_STORE, st->slot, 0, st->expr, -1);
    c->nsteps_seen = s + 1;
  }
  ValueType t = gen(c, f->result);
  if (want == VT_PENDING) {                    /* a criterion's value: a number or a yes/no */
    if (t != VT_ERR && t != VT_NUM && t != VT_BOOL) {
      Diag *d = error_at(c, f->result, "a criterion's value must be a number or a yes/no, not %s%s",
                         type_name(t), "");
      diag_hint(c->dl, d, "for a choice, compare it with an option: r == \"code\"");
    }
    ind->value_bool = t == VT_BOOL;
  } else if (t != VT_ERR && t != want && want == VT_NUM) {
    Diag *d = error_at(c, f->result, "the formula must give points (a number), not %s", type_name(t), "");
    diag_hint(c->dl, d, t == VT_BOOL ? "for a yes/no value x write: if x then max else 0 end"
              : N_("give points for each option: case r when \"code\" then max … else 0 end"));
  } else if (t != VT_ERR && t != want) {
    error_at(c, f->result, "the condition must be yes or no, not %s%s", type_name(t), "");
  }
  emit(c, I_END, 0, 0, f->result, 0);
  Arena *a = &c->m->arena;
  ind->slots = arena_alloc(a, (size_t)(c->nslots + 1) * sizeof *ind->slots);
  ind->deps = arena_alloc(a, (size_t)(c->ndeps + 1) * sizeof *ind->deps);
  ind->peers = arena_alloc(a, (size_t)(c->npeers + 1) * sizeof *ind->peers);
  if (!ind->slots || !ind->deps || !ind->peers || finish_program(c, &ind->prog) != 0) {
    c->failed = true;
    return;
  }
  copy_n(ind->slots, c->slots, (size_t)c->nslots * sizeof *ind->slots);
  copy_n(ind->deps, c->deps, (size_t)c->ndeps * sizeof *ind->deps);
  copy_n(ind->peers, c->peers, (size_t)c->npeers * sizeof *ind->peers);
  ind->ndeps = c->ndeps;
  ind->npeers = c->npeers;
}

/*
** A substituted indicator takes its share from the other indicators of its group, so
** they (and whatever the rule's formula uses) must be computed first.
*/
static void link_substitution(Compiler *c, const Substitution *sb) {
  Model *m = c->m;
  for (int i = 0; i < sb->ninds; i++) {
    Indicator *ind = &m->inds[sb->inds[i]];
    const Group *g = ind->group >= 0 ? &m->groups[ind->group] : NULL;
    int room = ind->ndeps + sb->rule.ndeps + (g ? g->count : 0);
    int *deps = arena_alloc(&m->arena, (size_t)(room + 1) * sizeof *deps), n = ind->ndeps, others = 0;
    if (deps == NULL) { c->failed = true; return; }
    copy_n(deps, ind->deps, (size_t)ind->ndeps * sizeof *deps);
    for (int k = 0; k < sb->rule.ndeps; k++) deps[n++] = sb->rule.deps[k];
    for (int k = g ? g->first : 0; g && k < g->first + g->count; k++)
      if (m->inds[k].subst != ind->subst) { deps[n++] = k; others++; }
    ind->deps = deps;
    ind->ndeps = n;
    if (g && others == 0) {
      Diag *d = diag_add(c->dl, SEV_ERROR, m->script, sb->line, 0, "substitute \"%s\": every "
                         "indicator of group %s is substituted, so there is no share to take",
                         sb->name, g->code);
      diag_hint(c->dl, d, "list only the indicators the rule replaces");
      c->failed = true;
    }
  }
}

/* ------------------------------------------------------------ order and cycles */

typedef struct Order { Model *m; DiagList *dl; int *mark; int *stack; int nstack; int *out; int nout; bool failed; } Order;

static void report_cycle(Order *o, int from) {
  char path[1024] = "";
  size_t len = 0;
  int start = 0;
  while (start < o->nstack && o->stack[start] != from) start++;
  for (int i = start; i < o->nstack && len < sizeof path - 64; i++)
    len += (size_t)snprintf(path + len, sizeof path - len, "%s → ", o->m->inds[o->stack[i]].code);
  snprintf(path + len, sizeof path - len, "%s", o->m->inds[from].code);
  const Indicator *ind = &o->m->inds[o->stack[o->nstack - 1]];
  int line = ind->score.line, col = ind->score.col;
  for (int i = 0; i < ind->prog.ncode; i++) {
    const Ins *in = &ind->prog.code[i];
    if ((in->op == I_SCORE && in->a == from) ||
        (in->op == I_GROUP && o->m->inds[from].group == in->a)) {
      formula_locate(&ind->score, ind->score.nodes[in->node]->pos, &line, &col);
      break;
    }
  }
  Diag *d = diag_add(o->dl, SEV_ERROR, o->m->script, line, col,
                     "indicators depend on each other in a cycle: %s", path);
  diag_hint(o->dl, d, "an indicator cannot use its own score, directly or through others "
            "(group(\"g\") uses every indicator of group g)");
  o->failed = true;
}

/* Depth-first: mark 1 = on the path, 2 = done. */
static void visit(Order *o, int k) {
  if (o->mark[k] == 2) return;
  if (o->mark[k] == 1) { report_cycle(o, k); return; }
  o->mark[k] = 1;
  o->stack[o->nstack++] = k;
  const Indicator *ind = &o->m->inds[k];
  for (int i = 0; i < ind->ndeps && !o->failed; i++) visit(o, ind->deps[i]);
  o->nstack--;
  o->mark[k] = 2;
  o->out[o->nout++] = k;
}

static int order_indicators(Model *m, DiagList *dl) {
  Order o = { m, dl, calloc((size_t)m->ninds + 1, sizeof(int)),
              calloc((size_t)m->ninds + 1, sizeof(int)), 0,
              arena_alloc(&m->arena, ((size_t)m->ninds + 1) * sizeof(int)), 0, false };
  if (!o.mark || !o.stack || !o.out) {
    free(o.mark);
    free(o.stack);
    diag_add(dl, SEV_ERROR, m->script, 0, 0, "out of memory");
    return -1;
  }
  for (int k = 0; k < m->ninds && !o.failed; k++) visit(&o, k);
  free(o.mark);
  free(o.stack);
  m->order = o.out;
  return o.failed ? -1 : 0;
}

/* ------------------------------------------------------------ model checks */

/* Structural checks that need no formula: groups, inputs, bindings. */
static void check_structure(Model *m, DiagList *dl) {
  for (int g = 0; g < m->ngroups; g++) {
    if (m->groups[g].count == 0) {
      Diag *d = diag_add(dl, SEV_WARNING, m->script, m->groups[g].line, 0,
                         "group %s has no indicators", m->groups[g].code);
      diag_hint(dl, d, "declare its indicators after it, or remove it");
    }
  }
  for (int k = 0; k < m->ninds; k++) {
    const Indicator *ind = &m->inds[k];
    for (int b = 0; b < ind->nbinds; b++) {
      if (ind->binds[b].input < 0) continue;
      for (int s = 0; s < ind->score.nsteps; s++)
        if (strcmp(ind->score.steps[s].name, ind->binds[b].name) == 0) {
          Diag *d = diag_add(dl, SEV_ERROR, m->script, ind->binds[b].line, 0,
                             "indicator %s: the step '%s' has the name of an input",
                             ind->code, ind->binds[b].name);
          diag_hint(dl, d, "rename the step");
        }
    }
  }
}

/* A rule (target or recognition) into rule->prog; a rule whose text did not parse fails. */
static void compile_rule(Compiler *c, Indicator *rule, bool recognition) {
  c->in_recognition = recognition;
  if (rule->has_score) compile_formula(c, rule, -1, VT_BOOL);
  else c->failed = true;
  c->in_recognition = false;
}

/* Targets, recognitions and the level rule, once every criterion's value type is known. */
static void compile_outcomes(Compiler *c) {
  Model *m = c->m;
  for (int k = 0; k < m->ninds; k++) {
    Indicator *ind = &m->inds[k];
    for (int x = 0; ind->targets && x < m->nctx; x++)
      if (ind->targets[x].assigned) compile_rule(c, ind->targets[x].rule, false);
  }
  for (int i = 0; i < m->nrecs; i++) compile_rule(c, &m->recs[i].rule, true);
  LevelRule *lr = &m->level_rule;
  if (lr->present && lr->registered) {
    lr->input = model_find_input(m, lr->registered);
    if (lr->input < 0 || m->inputs[lr->input].owner >= 0 || m->inputs[lr->input].type != IN_COUNT) {
      Diag *d = diag_add(c->dl, SEV_ERROR, m->script, lr->line, 0, "level_rule: registered = "
                         "\"%s\" must name a shared count input", lr->registered);
      diag_hint(c->dl, d, "inputs { %s = count \"Mức độ đăng ký\" }", lr->registered);
      lr->input = -1;
      c->failed = true;
    }
  }
  if (lr->present && m->ctx_kind != CTX_LEVELS) {
    diag_add(c->dl, SEV_ERROR, m->script, lr->line, 0, "level_rule needs contexts of levels");
    c->failed = true;
  }
}

int compile_model(Model *m, DiagList *dl) {
  Compiler c;
  memset(&c, 0, sizeof c);
  c.m = m;
  c.dl = dl;
  check_structure(m, dl);
  for (int k = 0; k < m->ninds; k++)
    if (m->inds[k].has_score && m->inds[k].group >= 0)
      compile_formula(&c, &m->inds[k], k, m->inds[k].is_value ? VT_PENDING : VT_NUM);
    else c.failed = true;
  compile_outcomes(&c);
  for (int s = 0; s < m->nsubsts; s++) {
    if (m->substs[s].rule.has_score) compile_formula(&c, &m->substs[s].rule, -1, VT_BOOL);
    else c.failed = true;
    link_substitution(&c, &m->substs[s]);
  }
  free(c.peers);
  free(c.code);
  free(c.consts);
  free(c.slots);
  free(c.deps);
  if (lists_compile(m, dl) != 0) c.failed = true;
  int ordered = order_indicators(m, dl);     /* cycles are reported with the rest */
  if (c.failed || ordered != 0 || dl->nerrors > 0) return -1;
  m->compiled = true;
  return 0;
}

/* ------------------------------------------------------------ quoting */

const char *formula_node_text(Model *m, const Formula *f, const Node *n) {
  if (n == NULL) return "";
  size_t len = strlen(f->text);
  size_t a = n->pos < len ? n->pos : len, b = n->stop < len ? n->stop : len;
  while (b > a && (f->text[b - 1] == ' ' || f->text[b - 1] == '\n' || f->text[b - 1] == '\t' ||
                   f->text[b - 1] == '\r'))
    b--;
  char *s = arena_strndup(&m->arena, f->text + a, b - a);
  /* One line: newlines and runs of spaces become single spaces. */
  size_t w = 0;
  for (size_t r = 0; s && s[r]; r++) {
    char ch = (s[r] == '\n' || s[r] == '\r' || s[r] == '\t') ? ' ' : s[r];
    if (ch == ' ' && w > 0 && s[w - 1] == ' ') continue;
    s[w++] = ch;
  }
  if (s) s[w] = '\0';
  return s ? s : "";
}
