/*
** list_cond.c — conditions over a list's columns (see list_cond.h).
*/
#include "list_cond.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cell.h"
#include "compile.h"
#include "i18n.h"

/* Node.type of a condition's nodes. */
enum { LT_NUM = 1, LT_BOOL, LT_CHOICE, LT_TEXT, LT_CODE };

typedef struct Typer {
  Model *m;
  const ListDecl *l;
  ListAgg *a;
  DiagList *dl;
  bool failed;
} Typer;

static int column_of(const ListDecl *l, const char *name) {
  for (int c = 0; c < l->ncols; c++)
    if (l->cols[c].name && strcmp(l->cols[c].name, name) == 0) return c;
  return -1;
}

static void wrong(Typer *t, const Node *n, const char *msg, const char *hint) {
  int line, col;
  formula_locate(&t->a->cond.score, n->pos, &line, &col);
  Diag *d = diag_add(t->dl, SEV_ERROR, t->a->cond.file, line, col, "list %s, input %s: %s",
                     t->l->name, t->a->input_name, msg);
  if (hint) diag_hint(t->dl, d, "%s", hint);
  t->failed = true;
}

static int type_node(Typer *t, Node *n);

static int type_name(Typer *t, Node *n) {
  int c = column_of(t->l, n->str);
  if (c < 0) {
    char msg[256];
    snprintf(msg, sizeof msg, _("the list has no column '%s'"), n->str);
    wrong(t, n, msg, _("a condition reads the list's own columns, by the names in columns = { … }"));
    return 0;
  }
  n->ref = c;
  n->refkind = REF_INPUT;
  switch (t->l->cols[c].type) {
    case IN_YESNO: return LT_BOOL;
    case IN_CHOICE: n->choice = c; return LT_CHOICE;
    case IN_TEXT: return LT_TEXT;
    default: return LT_NUM;
  }
}

/* has(column): the cell is not blank. */
static int type_call(Typer *t, Node *n) {
  if (strcmp(n->str, "has") != 0) {
    char msg[256];
    snprintf(msg, sizeof msg, _("%s() is not available in a list's condition"), n->str);
    wrong(t, n, msg, _("a condition reads columns, compares them and joins with and, or, not; has(column) holds when the cell is not blank"));
    return 0;
  }
  if (n->nkids != 1 || n->kids[0]->tag != N_NAME) {
    wrong(t, n, _("has() takes one column"), "has(hop_thu)");
    return 0;
  }
  type_name(t, n->kids[0]);
  return LT_BOOL;
}

/* A code in quotes compared with a choice column: its option index. */
static bool code_of(Typer *t, Node *code, const Node *choice) {
  const Input *in = &t->l->cols[choice->ref];
  for (int o = 0; o < in->noptions; o++)
    if (strcmp(in->options[o].code, code->str) == 0) {
      code->num = o;
      return true;
    }
  char msg[256];
  snprintf(msg, sizeof msg, _("'%s' is not an option of column %s"), code->str, in->name);
  wrong(t, code, msg, NULL);
  return false;
}

static int type_bin(Typer *t, Node *n) {
  int a = type_node(t, n->kids[0]), b = type_node(t, n->kids[1]);
  if (a == 0 || b == 0) return 0;
  switch (n->op) {
    case OP_AND: case OP_OR:
      if (a == LT_BOOL && b == LT_BOOL) return LT_BOOL;
      break;
    case OP_ADD: case OP_SUB: case OP_MUL: case OP_DIV:
      if (a == LT_NUM && b == LT_NUM) return LT_NUM;
      break;
    case OP_EQ: case OP_NE:
      if (a == LT_CHOICE && b == LT_CODE) return code_of(t, n->kids[1], n->kids[0]) ? LT_BOOL : 0;
      if (a == LT_CODE && b == LT_CHOICE) return code_of(t, n->kids[0], n->kids[1]) ? LT_BOOL : 0;
      if (a == b && (a == LT_NUM || a == LT_BOOL)) return LT_BOOL;
      break;
    default:                                   /* < <= > >= */
      if (a == LT_NUM && b == LT_NUM) return LT_BOOL;
      break;
  }
  wrong(t, n, _("these two sides cannot be combined (a yes/no column is a condition, numbers "
                "compare, a choice compares with its codes in quotes, text only with has())"), NULL);
  return 0;
}

static int type_node(Typer *t, Node *n) {
  int ty = 0;
  switch (n->tag) {
    case N_NUM: ty = LT_NUM; break;
    case N_STR: ty = LT_CODE; break;
    case N_NAME: ty = type_name(t, n); break;
    case N_BIN: ty = type_bin(t, n); break;
    case N_UN:
      ty = type_node(t, n->kids[0]);
      if (ty != 0 && ty != (n->op == OP_NOT ? LT_BOOL : LT_NUM)) {
        wrong(t, n, n->op == OP_NOT ? _("not applies to a condition") : _("only a number can be negated"), NULL);
        ty = 0;
      }
      break;
    case N_CALL: ty = type_call(t, n); break;
    default:
      wrong(t, n, _("if and case are not available in a list's condition"),
            _("a condition says which rows count: co_dttm and co_pm_attt, nam_sinh <= 2006"));
      break;
  }
  n->type = ty;
  return ty;
}

int list_cond_compile(Model *m, const ListDecl *l, ListAgg *a, DiagList *dl) {
  Typer t = { m, l, a, dl, false };
  Formula *f = &a->cond.score;
  if (f->nsteps > 0) {
    wrong(&t, f->result, _("a list's condition has no named steps"), "count_where \"co_dttm and co_pm_attt\"");
    return -1;
  }
  int ty = type_node(&t, f->result);
  if (ty != 0 && ty != LT_BOOL)
    wrong(&t, f->result, _("the condition must be yes or no for each row"), "count_where \"co_may_tinh\"");
  return t.failed ? -1 : 0;
}

bool list_cond_reads(const Node *cond, int column) {
  if (cond == NULL) return false;
  if (cond->tag == N_NAME) return cond->refkind == REF_INPUT && cond->ref == column;
  for (int i = 0; i < cond->nkids; i++)
    if (list_cond_reads(cond->kids[i], column)) return true;
  return false;
}

/* ------------------------------------------------------------ evaluation */

typedef struct LVal { double n; bool known; } LVal;

static bool cell_known(const ListRow *r, int c) {
  uint8_t st = r->state[(size_t)c * r->nrows + r->row];
  return st == CELL_OK || st == CELL_SUSPECT;
}

static LVal eval(const Node *n, const ListRow *r);

static LVal logic(const Node *n, const ListRow *r) {
  LVal a = eval(n->kids[0], r);
  bool is_and = n->op == OP_AND;
  if (a.known && (a.n != 0) != is_and) return (LVal){ is_and ? 0 : 1, true };   /* decided */
  LVal b = eval(n->kids[1], r);
  if (b.known && (b.n != 0) != is_and) return (LVal){ is_and ? 0 : 1, true };
  if (!a.known || !b.known) return (LVal){ 0, false };
  return (LVal){ is_and ? 1 : 0, true };
}

static LVal arith(const Node *n, const ListRow *r) {
  LVal a = eval(n->kids[0], r), b = eval(n->kids[1], r);
  if (!a.known || !b.known) return (LVal){ 0, false };
  double v;
  switch (n->op) {
    case OP_ADD: v = a.n + b.n; break;
    case OP_SUB: v = a.n - b.n; break;
    case OP_MUL: v = a.n * b.n; break;
    case OP_DIV: if (b.n == 0) return (LVal){ 0, false }; v = a.n / b.n; break;
    case OP_EQ: v = a.n == b.n; break;
    case OP_NE: v = a.n != b.n; break;
    case OP_LT: v = a.n < b.n; break;
    case OP_LE: v = a.n <= b.n; break;
    case OP_GT: v = a.n > b.n; break;
    default: v = a.n >= b.n; break;
  }
  return isfinite(v) ? (LVal){ v, true } : (LVal){ 0, false };
}

static LVal eval(const Node *n, const ListRow *r) {
  switch (n->tag) {
    case N_NUM: case N_STR: return (LVal){ n->num, true };
    case N_NAME:
      if (!cell_known(r, n->ref)) return (LVal){ 0, false };
      return (LVal){ r->values[(size_t)n->ref * r->nrows + r->row], true };
    case N_CALL: return (LVal){ cell_known(r, n->kids[0]->ref), true };
    case N_UN: {
      LVal a = eval(n->kids[0], r);
      if (!a.known) return a;
      return (LVal){ n->op == OP_NOT ? (a.n == 0) : -a.n, true };
    }
    case N_BIN:
      if (n->op == OP_AND || n->op == OP_OR) return logic(n, r);
      return arith(n, r);
    default: return (LVal){ 0, false };
  }
}

CondResult list_cond_eval(const Node *cond, const ListRow *row) {
  LVal v = eval(cond, row);
  return !v.known ? COND_UNKNOWN : v.n != 0 ? COND_TRUE : COND_FALSE;
}

/* ------------------------------------------------------------ why a row does not count */

typedef struct Why {
  const ListDecl *l;
  const ListRow *row;
  CellText cell;
  void *ctx;
  const char *blank;
  char *buf;
  size_t size, len;
  uint64_t seen;              /* columns already named (the first 64) */
} Why;

static void name_column(Why *w, int c) {
  if (c < 64 && (w->seen >> c & 1)) return;
  if (c < 64) w->seen |= (uint64_t)1 << c;
  const Input *in = &w->l->cols[c];
  const char *text = w->cell(w->ctx, c);
  int k = snprintf(w->buf + w->len, w->size - w->len, "%s%s: %s", w->len ? "; " : "",
                   in->label ? in->label : in->name, text[0] ? text : w->blank);
  if (k > 0) w->len = w->len + (size_t)k < w->size ? w->len + (size_t)k : w->size - 1;
}

static void columns_in(Why *w, const Node *n) {
  if (n->tag == N_NAME) { name_column(w, n->ref); return; }
  for (int k = 0; k < n->nkids; k++) columns_in(w, n->kids[k]);
}

/* The parts of n that are not true: for and, the sides that fail; else every column. */
static void not_true(Why *w, const Node *n) {
  if (n->tag == N_BIN && n->op == OP_AND) {
    for (int k = 0; k < 2; k++)
      if (list_cond_eval(n->kids[k], w->row) != COND_TRUE) not_true(w, n->kids[k]);
    return;
  }
  columns_in(w, n);
}

const char *list_cond_why(const ListDecl *l, const Node *cond, const ListRow *row, CellText cell,
                          void *ctx, const char *blank, char *buf, size_t size) {
  Why w = { l, row, cell, ctx, blank, buf, size, 0, 0 };
  buf[0] = '\0';
  if (size > 1) not_true(&w, cond);
  return buf;
}
