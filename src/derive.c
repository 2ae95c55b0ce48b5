/*
** derive.c — input origins and branch explanations (see derive.h).
*/
#include "derive.h"

#include "i18n.h"

#include <stdio.h>
#include <string.h>

#include "cell.h"
#include "compile.h"
#include "fmt.h"
#include "lists.h"

/* An input a list gave: the list stands for its column, the aggregate for its cell. */
static void from_list(const Dataset *ds, int input, int unit, InputOrigin *o) {
  const ListTable *t;
  o->au = lists_origin(ds->lists, input, unit, &t, &o->agg);
  if (o->au == NULL) return;
  o->list = t;
  o->column = t->origin;
  o->col = 0;
  if (o->state == CELL_OK) snprintf(o->text, sizeof o->text, "%.15g", dataset_value(ds, input, unit));
  o->cell = o->text;
}

void derive_input(const Dataset *ds, const Model *m, int unit, int input, InputOrigin *o) {
  int c = ds->column[input];
  memset(o, 0, sizeof *o);
  o->row = ds->rows[unit];
  o->state = dataset_state(ds, input, unit);
  /* the unit's own record: rows of other levels and blank rows are not units */
  o->cell = c >= 0 ? csv_cell(&ds->csv, ds->record[unit], (size_t)c)->s : "";
  o->column = c >= 0 ? ds->headers[c] : NULL;
  o->col = c + 1;
  if (ds->lists) from_list(ds, input, unit, o);
  if (o->state == CELL_OK || o->state == CELL_SUSPECT) {
    double v = dataset_value(ds, input, unit);
    o->value = (Value){ v, 0, m->inputs[input].type == IN_YESNO ? V_BOOL : V_NUM, U_NONE };
  } else {
    o->value = (Value){ 0, input, V_MISSING, U_NONE };
  }
}

int derive_inputs(const Model *m, int k, InputRef *out) {
  return derive_formula_inputs(m, &m->inds[k], out);
}

int derive_formula_inputs(const Model *m, const Indicator *ind, InputRef *out) {
  int n = 0;
  for (int b = 0; b < ind->nbinds; b++)
    if (ind->binds[b].input >= 0) out[n++] = (InputRef){ ind->binds[b].name, ind->binds[b].input };
  for (int i = 0; i < ind->prog.ncode; i++) {
    const Ins *in = &ind->prog.code[i];
    if (in->op != I_INPUT && in->op != I_PRESENT && in->op != I_DEFAULT) continue;
    bool seen = false;
    for (int j = 0; j < n && !seen; j++) seen = out[j].input == in->a;
    if (!seen) out[n++] = (InputRef){ m->inputs[in->a].name, in->a };
  }
  return n;
}

static const char *op_text(Op op) {
  switch (op) {
    case OP_EQ: return "==";
    case OP_NE: return "~=";
    case OP_LT: return "<";
    case OP_LE: return "<=";
    case OP_GT: return ">";
    case OP_GE: return ">=";
    default: return "?";
  }
}

/* "when >= 20", "when 10 .. 19", "when \"pho\"". */
static void arm_test(Model *m, const Formula *f, const Node *arm, char *buf, size_t size) {
  if (arm->op == ARM_RANGE)
    snprintf(buf, size, "when %s .. %s", formula_node_text(m, f, arm->kids[0]),
             formula_node_text(m, f, arm->kids[1]));
  else if (arm->op == ARM_CMP)
    snprintf(buf, size, "when %s %s", op_text(arm->cmp), formula_node_text(m, f, arm->kids[0]));
  else
    snprintf(buf, size, "when %s", formula_node_text(m, f, arm->kids[0]));
}

/* English for machines (the trace's JSON), the user's language for people. */
static const char *tr(bool machine, const char *msgid) { return machine ? msgid : _(msgid); }

static const char *arm_text(Model *m, const Formula *f, const Node *branch, Value taken,
                            char *buf, size_t size, bool machine) {
  int i = (int)taken.n;
  if (taken.kind != V_NUM) { snprintf(buf, size, "%s", tr(machine, N_("not reached"))); return buf; }
  if (branch->tag == N_IF) {
    int nconds = (branch->nkids - 1) / 2;
    if (i >= nconds) snprintf(buf, size, "else");
    else snprintf(buf, size, "%s %s", i == 0 ? "if" : "elseif",
                  formula_node_text(m, f, branch->kids[2 * i]));
    return buf;
  }
  int narms = branch->nkids - 1 - (branch->has_else ? 1 : 0);
  if (i < 0) snprintf(buf, size, "%s", tr(machine, N_("no arm covers the value")));
  else if (i >= narms) snprintf(buf, size, "else");
  else arm_test(m, f, branch->kids[i + 1], buf, size);
  return buf;
}

const char *derive_arm(Model *m, const Formula *f, const Node *branch, Value taken,
                       char *buf, size_t size) {
  return arm_text(m, f, branch, taken, buf, size, true);
}

/* The words around the formula's own text (if, when, else stay: they are its syntax). */
static const char *branch_text(Model *m, const Formula *f, const Node *branch, Value taken,
                               Value subject, char *buf, size_t size, bool machine) {
  char arm[256], val[128];
  size_t n = 0;
  if (taken.kind != V_NUM) {
    snprintf(buf, size, "%s", tr(machine, N_("not reached")));
    return buf;
  }
  arm_text(m, f, branch, taken, arm, sizeof arm, machine);
  if (branch->tag == N_CASE) {
    if (machine && subject.kind == V_BOOL) snprintf(val, sizeof val, "%s", subject.n != 0 ? "yes" : "no");
    else if (machine && subject.kind != V_NUM) fmt_cause_machine(m, subject, val, sizeof val);
    else fmt_value(val, sizeof val, m, subject, branch->kids[0]->choice);
    snprintf(buf, size, "%s = %s → %s", formula_node_text(m, f, branch->kids[0]), val, arm);
    return buf;
  }
  int i = (int)taken.n, nconds = (branch->nkids - 1) / 2;
  buf[0] = '\0';
  for (int k = 0; k < i && k < nconds && n < size; k++)
    n += (size_t)snprintf(buf + n, size - n, tr(machine, N_("%s is false; ")),
                          formula_node_text(m, f, branch->kids[2 * k]));
  if (i < nconds && n < size)
    snprintf(buf + n, size - n, tr(machine, N_("%s is true → then")), formula_node_text(m, f, branch->kids[2 * i]));
  else if (n >= 2 && n < size)
    snprintf(buf + n - 2, size - n + 2, " → else");     /* replaces the last "; " */
  else if (n < size)
    snprintf(buf + n, size - n, "→ else");
  return buf;
}

const char *derive_branch(Model *m, const Formula *f, const Node *branch, Value taken,
                          Value subject, char *buf, size_t size) {
  return branch_text(m, f, branch, taken, subject, buf, size, false);
}

const char *derive_branch_machine(Model *m, const Formula *f, const Node *branch, Value taken,
                                  Value subject, char *buf, size_t size) {
  return branch_text(m, f, branch, taken, subject, buf, size, true);
}
