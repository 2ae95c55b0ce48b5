/*
** template.c — the columns of a decision's data-collection form and their descriptions
** (see template.h). Everything lives in the template's arena.
*/
#include "template.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "comment_rows.h"
#include "csv.h"
#include "diag.h"
#include "i18n.h"
#include "xlsx_read.h"

static const char *L(const Template *t, LabelId id) { return label(t->lang, id); }

/* A decision's level as the level column says it. */
static const char *level_of(const Model *m) { return m->dec.level ? m->dec.level : "?"; }

/* ------------------------------------------------------------------ the columns */

static TplColumn *add_column(Template *t, TplKind kind, const char *name) {
  TplColumn *c = &t->cols[t->ncols++];
  c->kind = kind;
  c->name = name;
  return c;
}

static int find_column(const Template *t, const char *name) {
  for (int c = 0; c < t->ncols; c++)
    if (strcmp(t->cols[c].name, name) == 0) return c;
  return -1;
}

/* Declaration order: the script line, then the name (inputs declared on one line). */
static int by_line(const void *a, const void *b) {
  const Input *x = *(const Input *const *)a, *y = *(const Input *const *)b;
  if (x->line != y->line) return x->line < y->line ? -1 : 1;
  return strcmp(x->name, y->name);
}

/* The inputs of m owned by indicator `owner` (-1: the shared ones), in declaration
** order: the model keeps them sorted by name. */
static int inputs_in_order(const Model *m, int owner, const Input **out) {
  int n = 0;
  for (int i = 0; i < m->ninputs; i++)
    if (m->inputs[i].owner == owner) out[n++] = &m->inputs[i];
  qsort(out, (size_t)n, sizeof *out, by_line);
  return n;
}

/* One input's column. A column name both levels of a combined form declare is one
** column: filled on every row, each row read by its own level's decision. */
static void add_input(Template *t, const Model *m, const Input *in) {
  bool reg = m->level_rule.present && m->level_rule.input >= 0 && in == &m->inputs[m->level_rule.input];
  int c = find_column(t, in->name);
  TplColumn *col = c >= 0 ? &t->cols[c] : add_column(t, TPL_INPUT, in->name);
  if (c < 0) {
    col->level = t->nlevels > 1 ? level_of(m) : NULL;
    col->registered = reg;
  } else {
    if (col->model[col->nuses - 1] == m || col->nuses == TPL_MAX_LEVELS) return;
    col->level = NULL;
    col->registered = col->registered && reg;
  }
  col->model[col->nuses] = m;
  col->input[col->nuses++] = in;
}

/* Model m's columns: the registered level first (it says which level the unit aims at),
** then the shared inputs, then each indicator's own inputs. */
static void add_inputs(Template *t, const Model *m, const Input **buf) {
  if (m->level_rule.present && m->level_rule.input >= 0) add_input(t, m, &m->inputs[m->level_rule.input]);
  int n = inputs_in_order(m, -1, buf);
  for (int i = 0; i < n; i++) add_input(t, m, buf[i]);
  for (int k = 0; k < m->ninds; k++) {
    n = inputs_in_order(m, k, buf);
    for (int i = 0; i < n; i++) add_input(t, m, buf[i]);
  }
}

/* unit, name, the special columns, then the inputs of each level. */
static int add_columns(Template *t) {
  int cap = 5, most = 1;
  for (int l = 0; l < t->nlevels; l++) {
    cap += t->levels[l]->ninputs;
    if (t->levels[l]->ninputs > most) most = t->levels[l]->ninputs;
  }
  t->cols = arena_alloc(&t->arena, (size_t)cap * sizeof *t->cols);
  const Input **buf = malloc((size_t)most * sizeof *buf);
  if (t->cols == NULL || buf == NULL) { free(buf); return -1; }
  add_column(t, TPL_UNIT, "unit");
  add_column(t, TPL_NAME, "name");
  if (t->nlevels > 1) {
    add_column(t, TPL_LEVEL, "level");
    add_column(t, TPL_PARENT, "parent");
  }
  if (t->m->ctx_kind == CTX_PERIODS) add_column(t, TPL_PERIOD, "period");
  for (int l = 0; l < t->nlevels; l++) add_inputs(t, t->levels[l], buf);
  free(buf);
  return 0;
}

/* ------------------------------------------------------------------ the targets shown */

/* The contexts whose targets the form shows: the year of --period or of the decision
** when it has one, else every context. */
static int choose_targets(Template *t) {
  const Model *m = t->m;
  int year = t->period ? t->period : m->dec.period, only = -1;
  if (m->ctx_kind == CTX_NONE) return 0;
  for (int c = 0; c < m->nctx && m->ctx_kind == CTX_PERIODS; c++)
    if (m->ctxs[c].year == year) only = c;
  int n = only >= 0 ? 1 : m->nctx;
  t->target_titles = arena_alloc(&t->arena, ((size_t)n + 1) * sizeof *t->target_titles);
  t->target_ctx = arena_alloc(&t->arena, ((size_t)n + 1) * sizeof *t->target_ctx);
  if (t->target_titles == NULL || t->target_ctx == NULL) return -1;
  for (int i = 0; i < n; i++) {
    int c = only >= 0 ? only : i;
    const Context *x = &m->ctxs[c];
    t->target_ctx[i] = c;
    if (m->ctx_kind == CTX_PERIODS)
      t->target_titles[i] = arena_printf(&t->arena, L(t, L_TPL_TARGET_YEAR), x->year);
    else if (m->ctx_kind == CTX_LEVELS)
      t->target_titles[i] = arena_printf(&t->arena, L(t, L_TPL_TARGET_LEVEL), c + 1, x->label);
    else
      t->target_titles[i] = arena_printf(&t->arena, L(t, L_TPL_TARGET_TIER), x->label);
  }
  t->ntargets = n;
  return 0;
}

/* A bare number or percentage ("80%", "3"): the decision's "at least". */
static bool bare_number(const char *s) {
  size_t i = 0, digits = 0;
  while (s[i] >= '0' && s[i] <= '9') { i++; digits++; }
  if (s[i] == '.') for (i++; s[i] >= '0' && s[i] <= '9'; i++) digits++;
  if (s[i] == '%') i++;
  return digits > 0 && s[i] == '\0';
}

/* A target as the decision states it: "≥ 80%", "có", or the rule as written. */
static const char *target_words(Template *t, const char *raw) {
  static const struct { const char *op, *sign; } ops[] = {
    { ">=", "≥" }, { "<=", "≤" }, { "==", "=" }, { "~=", "≠" } };
  while (*raw == ' ') raw++;
  if (bare_number(raw)) return arena_printf(&t->arena, "≥ %s", raw);
  if (strcmp(raw, "yes") == 0) return L(t, L_YES);
  if (strcmp(raw, "no") == 0) return L(t, L_NO);
  for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
    size_t n = strlen(ops[i].op);
    if (strncmp(raw, ops[i].op, n) == 0) {
      const char *rest = raw + n;
      while (*rest == ' ') rest++;
      return arena_printf(&t->arena, "%s %s", ops[i].sign, rest);
    }
  }
  return raw;
}

/* Criterion ind of m in context ctx of m (-1: m has no such context). */
static const char *target_text(Template *t, const Model *m, const Indicator *ind, int ctx) {
  if (!ind->is_value || ind->targets == NULL || ctx < 0) return "";
  const Target *tg = &ind->targets[ctx];
  if (!tg->assigned)
    return L(t, m->ctx_kind == CTX_LEVELS ? L_TPL_NA_LEVEL
                : m->ctx_kind == CTX_TIERS && tg->raw == NULL ? L_TPL_NOT_IN_TIER : L_NOT_ASSIGNED);
  const char *words = target_words(t, tg->raw ? tg->raw : "");
  if (m->ctx_kind != CTX_TIERS || tg->kind == TK_ANY) return words;
  return arena_printf(&t->arena, "%s: %s", L(t, tg->kind == TK_MANDATORY ? L_MANDATORY : L_EXTENDED),
                      words);
}

/* Use i of column c in the context of target row r: a child's context by its code. */
static const char *use_target(Template *t, const TplColumn *c, int i, int r) {
  const Model *m = c->model[i];
  const Input *in = c->input[i];
  if (in->owner < 0) return "";
  const Context *x = &t->m->ctxs[t->target_ctx[r]];
  int ctx = m == t->m ? t->target_ctx[r]
          : m->ctx_kind == t->m->ctx_kind ? model_find_context(m, x->code) : -1;
  return target_text(t, m, &m->inds[in->owner], ctx);
}

/* ------------------------------------------------------------------ the descriptions */

/* One text per use of a column: the text itself when every use says the same, else
** each prefixed with its level ("huyen: …; xa: …"), leaving out the empty ones. */
static const char *merge(Template *t, const TplColumn *c, const char *const *texts) {
  bool same = true;
  for (int i = 1; i < c->nuses; i++) same = same && strcmp(texts[i], texts[0]) == 0;
  if (same) return texts[0];
  const char *s = "";
  for (int i = 0; i < c->nuses; i++) {
    if (texts[i][0] == '\0') continue;
    const char *one = arena_printf(&t->arena, "%s: %s", level_of(c->model[i]), texts[i]);
    s = s[0] ? arena_printf(&t->arena, "%s | %s", s, one) : one;
  }
  return s;
}

/* Column c's target in each context shown. */
static void describe_targets(Template *t, TplColumn *c) {
  c->targets = arena_alloc(&t->arena, ((size_t)t->ntargets + 1) * sizeof *c->targets);
  for (int r = 0; r < t->ntargets && c->targets; r++) {
    const char *per[TPL_MAX_LEVELS];
    for (int i = 0; i < c->nuses; i++) per[i] = use_target(t, c, i, r);
    c->targets[r] = c->kind == TPL_INPUT ? merge(t, c, per) : "";
  }
}

/* A number as the script writes it: 20, 2.5. */
static const char *number_text(Template *t, double v) {
  return arena_printf(&t->arena, "%.15g", v);
}

/* The indicators whose formulas bind shared input `name` ("3.1, 4.3, 6.5"). */
static const char *users_of(Template *t, const Model *m, const char *name) {
  const char *list = NULL;
  for (int k = 0; k < m->ninds; k++) {
    const Indicator *ind = &m->inds[k];
    bool uses = false;
    for (int b = 0; b < ind->nbinds && !uses; b++)
      uses = ind->binds[b].shared && ind->binds[b].input >= 0 &&
             strcmp(m->inputs[ind->binds[b].input].name, name) == 0;
    if (uses) list = list ? arena_printf(&t->arena, "%s, %s", list, ind->code) : ind->code;
  }
  return list;
}

/* Where input `in` of m belongs: its indicator and group, or shared. */
static const char *where_text(Template *t, const Model *m, const Input *in) {
  if (in->owner < 0) {
    const char *users = users_of(t, m, in->name);
    return users ? arena_printf(&t->arena, "%s (%s)", L(t, L_TPL_SHARED),
                                arena_printf(&t->arena, L(t, L_TPL_USED_BY), users))
                 : L(t, L_TPL_SHARED);
  }
  const Indicator *ind = &m->inds[in->owner];
  const Group *g = ind->group >= 0 && ind->group < m->ngroups ? &m->groups[ind->group] : NULL;
  const char *s = arena_printf(&t->arena, "%s — %s", ind->code, ind->text ? ind->text : "");
  if (g) s = arena_printf(&t->arena, "%s · %s %s %s", s, L(t, L_GROUP), g->code, g->name ? g->name : "");
  if (!ind->is_value)
    s = arena_printf(&t->arena, "%s · %s", s, arena_printf(&t->arena, L(t, L_TPL_MAX), number_text(t, ind->max)));
  else if (ind->score.text && !strchr(ind->score.text, '\n'))
    s = arena_printf(&t->arena, "%s · %s", s, arena_printf(&t->arena, L(t, L_TPL_VALUE), ind->score.text));
  return s;
}

/* A choice's options: "chu_tich (Bí thư/Chủ tịch), pho (Phó)". */
static const char *options_text(Template *t, const Input *in) {
  const char *s = "";
  for (int i = 0; i < in->noptions; i++) {
    const ChoiceOption *o = &in->options[i];
    const char *one = o->label && strcmp(o->label, o->code) != 0
                    ? arena_printf(&t->arena, "%s (%s)", o->code, o->label) : o->code;
    s = i ? arena_printf(&t->arena, "%s, %s", s, one) : one;
  }
  return arena_printf(&t->arena, L(t, L_TPL_CHOICE), s);
}

/* Input in's type, unit and allowed values in words (reg: it is the registered level,
** of a decision with `levels` levels). */
static const char *type_text(Template *t, const Input *in, bool reg, int levels) {
  const char *s;
  switch (in->type) {
    case IN_COUNT: s = L(t, L_TPL_COUNT); break;
    case IN_AMOUNT: s = L(t, L_TPL_AMOUNT); break;
    case IN_PERCENT: s = L(t, L_TPL_PERCENT); break;
    case IN_YESNO: s = L(t, L_TPL_YESNO); break;
    case IN_CHOICE: s = options_text(t, in); break;
    default: s = L(t, L_TPL_TEXT); break;
  }
  if (reg) s = arena_printf(&t->arena, L(t, L_TPL_REGISTERED), levels);
  if (in->type == IN_YESNO && in->blank_is_no) s = arena_printf(&t->arena, "%s; %s", s, L(t, L_TPL_BLANK_NO));
  if (in->unit && in->unit[0])
    s = arena_printf(&t->arena, "%s; %s", s, arena_printf(&t->arena, L(t, L_TPL_UNIT_OF), in->unit));
  return s;
}

const char *template_type_text(Template *t, const Input *in) { return type_text(t, in, false, 0); }

/* The years of a periods decision: "2022, 2023, 2024, 2025". */
static const char *years_text(Template *t) {
  const char *s = "";
  for (int c = 0; c < t->m->nctx; c++)
    s = c ? arena_printf(&t->arena, "%s, %s", s, t->m->ctxs[c].code) : t->m->ctxs[c].code;
  return s;
}

/* The special columns: unit, name, level, parent, period. */
static void describe_special(Template *t, TplColumn *c) {
  const Model *m = t->m;
  const char *top = level_of(m), *child = t->nlevels > 1 ? level_of(t->levels[1]) : "";
  const char **x = c->text;
  switch (c->kind) {
    case TPL_UNIT: x[0] = L(t, L_TPL_UNIT); x[2] = L(t, L_TPL_UNIT_TYPE); break;
    case TPL_NAME: x[0] = L(t, L_NAME); x[2] = L(t, L_TPL_TEXT); break;
    case TPL_LEVEL:
      x[0] = L(t, L_TPL_LEVEL);
      x[2] = arena_printf(&t->arena, L(t, L_TPL_LEVEL_TYPE), top, child);
      break;
    case TPL_PARENT:
      x[0] = L(t, L_TPL_PARENT);
      x[2] = arena_printf(&t->arena, L(t, L_TPL_PARENT_TYPE), top, child);
      break;
    case TPL_PERIOD:
      x[0] = L(t, L_TPL_PERIOD);
      x[2] = arena_printf(&t->arena, L(t, L_TPL_PERIOD_TYPE), years_text(t));
      if (m->dec.period)
        x[2] = arena_printf(&t->arena, "%s; %s", x[2], arena_printf(&t->arena, L(t, L_TPL_PERIOD_DEFAULT), m->dec.period));
      break;
    default: break;
  }
}

/* An input column: each text merged over its uses (see merge). */
static void describe_input(Template *t, TplColumn *c) {
  const char *lab[TPL_MAX_LEVELS], *where[TPL_MAX_LEVELS], *type[TPL_MAX_LEVELS];
  for (int i = 0; i < c->nuses; i++) {
    const Input *in = c->input[i];
    lab[i] = in->label ? in->label : in->name;
    where[i] = where_text(t, c->model[i], in);
    type[i] = type_text(t, in, c->registered, c->model[i]->nctx);
  }
  c->text[TPL_ROW_LABEL] = merge(t, c, lab);
  c->text[TPL_ROW_WHERE] = c->nuses > 1 ? "" : where[0];
  if (c->nuses > 1)                            /* every use: their levels tell them apart */
    for (int i = 0; i < c->nuses; i++) {
      const char *one = arena_printf(&t->arena, "%s: %s", level_of(c->model[i]), where[i]);
      c->text[TPL_ROW_WHERE] = i ? arena_printf(&t->arena, "%s | %s", c->text[TPL_ROW_WHERE], one) : one;
    }
  else if (c->level)
    c->text[TPL_ROW_WHERE] = arena_printf(&t->arena, "%s · %s", where[0],
                                          arena_printf(&t->arena, L(t, L_TPL_ROWS_OF), c->level));
  c->text[TPL_ROW_TYPE] = merge(t, c, type);
}

static void describe(Template *t, TplColumn *c) {
  c->text[TPL_ROW_LABEL] = c->text[TPL_ROW_WHERE] = c->text[TPL_ROW_TYPE] = "";
  if (c->kind == TPL_INPUT) describe_input(t, c);
  else describe_special(t, c);
  describe_targets(t, c);
}

int template_column_type(const TplColumn *c) {
  if (c->kind != TPL_INPUT) return -1;
  for (int i = 1; i < c->nuses; i++)
    if (c->input[i]->type != c->input[0]->type) return -1;
  return (int)c->input[0]->type;
}

/* ------------------------------------------------------------------ the template */

int template_build(Template *t, const Model *m, int period, Lang lang) {
  memset(t, 0, sizeof *t);
  t->m = m;
  t->period = period;
  t->lang = lang;
  if (period) snprintf(t->period_text, sizeof t->period_text, "%d", period);
  for (const Model *l = m; l && t->nlevels < 4; l = l->child) t->levels[t->nlevels++] = l;
  if (add_columns(t) != 0 || choose_targets(t) != 0) return -1;
  for (int c = 0; c < t->ncols; c++) describe(t, &t->cols[c]);
  for (int c = 0; c < t->ncols; c++)
    for (int r = 0; r < TPL_FIXED_ROWS; r++)
      if (t->cols[c].text[r] == NULL || t->cols[c].targets == NULL) return -1;   /* out of memory */
  return 0;
}

/* ------------------------------------------------------------------ pre-filled rows */

/* The header cell of t named `name` (spaces around it ignored), or -1. */
static int header_index(const CsvTable *csv, const char *name) {
  size_t n = strlen(name);
  for (size_t c = 0; c < csv->ncols; c++) {
    const char *s = csv->header[c].s;
    size_t len = csv->header[c].len;
    while (len > 0 && *s == ' ') { s++; len--; }
    while (len > 0 && s[len - 1] == ' ') len--;
    if (len == n && memcmp(s, name, n) == 0) return (int)c;
  }
  return -1;
}

/* Cell (r, c) of csv in the template's arena, or NULL without the column or when
** it is blank. */
static const char *units_cell(Template *t, const CsvTable *csv, size_t r, int c) {
  if (c < 0) return NULL;
  const CsvCell *cell = csv_cell(csv, r, (size_t)c);
  return cell->len ? arena_strndup(&t->arena, cell->s, cell->len) : NULL;
}

/* The rows of csv that have a unit id. */
static int units_from(Template *t, const CsvTable *csv, const char *path) {
  int cu = header_index(csv, "unit"), cn = header_index(csv, "name");
  int cp = header_index(csv, "parent"), cl = header_index(csv, "level");
  if (cu < 0) {
    fprintf(stderr, _("tieuchi: %s has no unit column (--units reads unit, name, parent and level)\n"), path);
    return -1;
  }
  t->units = arena_alloc(&t->arena, (csv->nrecords + 1) * sizeof *t->units);
  if (t->units == NULL) return -1;
  for (size_t r = 0; r < csv->nrecords; r++) {
    const char *id = units_cell(t, csv, r, cu);
    if (id == NULL) continue;
    TplUnit *u = &t->units[t->nunits++];
    *u = (TplUnit){ id, units_cell(t, csv, r, cn), units_cell(t, csv, r, cp), units_cell(t, csv, r, cl) };
  }
  return 0;
}

/* The units file as a CSV table: a CSV file, or a workbook's sheet (xlsx_read.h). 0, or
** -1 with a message. */
static int units_table(const char *path, CsvTable *csv) {
  if (!xlsx_read_is_workbook(path)) {
    if (csv_read_file(path, csv) == 0) return 0;
    if (csv->nproblems > 0)
      fprintf(stderr, _("tieuchi: %s:%zu: %s\n"), path, csv->problems[csv->nproblems - 1].line,
              csv->problems[csv->nproblems - 1].what);
    else
      fprintf(stderr, _("tieuchi: cannot read %s: %s\n"), path, i18n_strerror(errno));
    return -1;
  }
  DiagList dl = { 0 };
  XlsxSheet sheet;
  int rc = xlsx_read_sheet(path, NULL, &sheet, &dl);
  diag_print(&dl, stderr);
  diag_free(&dl);
  if (rc == 0) rc = csv_parse(sheet.csv, sheet.len, csv);
  else memset(csv, 0, sizeof *csv);
  xlsx_sheet_free(&sheet);
  return rc;
}

int template_read_units(Template *t, const char *path) {
  CsvTable csv;
  int rc = units_table(path, &csv);
  if (rc == 0) {
    comment_rows_drop(&csv);
    for (size_t i = 0; i < csv.nproblems; i++)     /* a bad cell would be copied into the form */
      if (csv.problems[i].kind == CSV_BAD_UTF8 || csv.problems[i].kind == CSV_NUL_BYTE) {
        fprintf(stderr, _("tieuchi: %s:%zu: %s\n"), path, csv.problems[i].line, csv.problems[i].what);
        rc = -1;
      }
  }
  if (rc == 0) rc = units_from(t, &csv, path);
  csv_free(&csv);
  return rc;
}

void template_free(Template *t) {
  arena_free(&t->arena);
  memset(t, 0, sizeof *t);
}

int template_nrows(const Template *t) { return TPL_FIXED_ROWS + t->ntargets; }

const char *template_row_title(const Template *t, int row) {
  static const LabelId titles[TPL_FIXED_ROWS] = { L_TPL_LABEL_ROW, L_TPL_WHERE_ROW, L_TPL_TYPE_ROW };
  if (t->list && row == TPL_ROW_WHERE) return L(t, L_TPL_LIST_WHERE_ROW);
  return row < TPL_FIXED_ROWS ? L(t, titles[row]) : t->target_titles[row - TPL_FIXED_ROWS];
}

const char *template_cell(const Template *t, int row, int c) {
  const TplColumn *col = &t->cols[c];
  return row < TPL_FIXED_ROWS ? col->text[row] : col->targets[row - TPL_FIXED_ROWS];
}

const char *template_prefill(const Template *t, int u, int c) {
  const TplUnit *x = &t->units[u];
  switch (t->cols[c].kind) {
    case TPL_UNIT: return x->unit;
    case TPL_NAME: return x->name ? x->name : "";
    case TPL_PARENT: return x->parent ? x->parent : "";
    case TPL_LEVEL: return x->level ? x->level : "";
    case TPL_PERIOD: return t->period_text;
    default: return "";
  }
}
