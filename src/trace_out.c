/*
** trace_out.c — JSON trace and explain trees (see trace_out.h).
*/
#include "trace_out.h"

#include <stdlib.h>
#include <string.h>

#include "cell.h"
#include "compile.h"
#include "derive.h"
#include "fmt.h"
#include "outcomes_out.h"
#include "text.h"

static const Value *slots_of(const Results *r, int u, int k) {
  return &r->trace[(size_t)u * (size_t)r->trace_width + (size_t)r->trace_off[k]];
}

static const char *status_name(int s) {
  static const char *const names[] = { "ok", "clamped", "missing", "undefined" };
  return names[s];
}

static const char *cell_state_name(int st) {
  static const char *const names[] = { "ok", "blank", "invalid", "suspect" };
  return names[st];
}

/* ------------------------------------------------------------ JSON */

/* The inputs indicator k reads (malloc'd; *n gets the count), or NULL. */
static InputRef *formula_inputs(const Model *m, const Indicator *ind, int *n) {
  InputRef *refs = malloc(((size_t)ind->nbinds + (size_t)ind->prog.ncode + 1) * sizeof *refs);
  *n = refs ? derive_formula_inputs(m, ind, refs) : 0;
  return refs;
}

static InputRef *inputs_of(const Model *m, int k, int *n) {
  return formula_inputs(m, &m->inds[k], n);
}

static void inputs_json(FILE *out, const Model *m, const Dataset *ds, int u, int k) {
  int n;
  InputRef *refs = inputs_of(m, k, &n);
  fputs("\"inputs\":[", out);
  for (int i = 0; i < n; i++) {
    InputOrigin o;
    derive_input(ds, m, u, refs[i].input, &o);
    fputs(i ? ",{" : "{", out);
    fputs("\"name\":", out); json_string(out, refs[i].name);
    fputs(",\"input\":", out); json_string(out, m->inputs[refs[i].input].name);
    fputs(",\"value\":", out); json_value(out, m, o.value, refs[i].input);
    fputs(",\"cell\":", out); json_string(out, o.cell);
    fprintf(out, ",\"state\":\"%s\",\"file\":", o.column ? cell_state_name(o.state) : "no column");
    json_string(out, ds->path);
    fprintf(out, ",\"row\":%zu,\"col\":%d,\"column\":", o.row, o.col);
    if (o.column) json_string(out, o.column); else fputs("null", out);
    fputs("}", out);
  }
  fputs("]", out);
  free(refs);
}

static void slots_json(FILE *out, Model *m, const Indicator *ind, const Value *slots) {
  char buf[512];
  const Formula *f = &ind->score;
  fputs(",\"steps\":[", out);
  for (int s = 0, first = 1; s < ind->prog.nslots; s++) {
    if (ind->slots[s].kind != SLOT_STEP) continue;
    fputs(first ? "{" : ",{", out);
    first = 0;
    fputs("\"name\":", out); json_string(out, ind->slots[s].name);
    fputs(",\"value\":", out);
    int node = ind->slots[s].node;
    json_value(out, m, slots[s], node >= 0 ? f->nodes[node]->choice : -1);
    if (slots[s].kind == V_MISSING || slots[s].kind == V_UNDEF) {
      fputs(",\"why\":", out);
      json_string(out, fmt_cause(m, slots[s], buf, sizeof buf));
    }
    fputs("}", out);
  }
  fputs("],\"branches\":[", out);
  for (int s = 0, first = 1; s < ind->prog.nslots; s++) {
    if (ind->slots[s].kind != SLOT_BRANCH) continue;
    const Node *n = f->nodes[ind->slots[s].node];
    int line, col;
    formula_locate(f, n->pos, &line, &col);
    fputs(first ? "{" : ",{", out);
    first = 0;
    fprintf(out, "\"kind\":\"%s\",\"line\":%d,\"col\":%d,\"taken\":", n->tag == N_IF ? "if" : "case",
            line, col);
    json_string(out, derive_arm(m, f, n, slots[s], buf, sizeof buf));
    Value subject = n->tag == N_CASE ? slots[s + 1] : (Value){ 0, 0, V_NONE, 0 };
    if (n->tag == N_CASE) {
      fputs(",\"subject\":", out);
      json_string(out, formula_node_text(m, f, n->kids[0]));
      fputs(",\"subject_value\":", out);
      json_value(out, m, subject, n->kids[0]->choice);
    }
    fputs(",\"why\":", out);
    json_string(out, derive_branch(m, f, n, slots[s], subject, buf, sizeof buf));
    fputs("}", out);
  }
  fputs("]", out);
}

/* Each peer call's aggregate and the unit holding it. */
static void peers_json(FILE *out, Model *m, const Dataset *ds, const Results *r, int k) {
  const Indicator *ind = &m->inds[k];
  if (ind->npeers == 0) return;
  fputs(",\"peers\":[", out);
  for (int i = 0; i < ind->npeers; i++) {
    const PeerValue *pv = results_peer(r, k, i);
    fputs(i ? ",{\"call\":" : "{\"call\":", out);
    json_string(out, formula_node_text(m, &ind->score, ind->score.nodes[ind->peers[i].node]));
    fputs(",\"value\":", out);
    json_value(out, m, pv->count ? pv->v : (Value){ 0, 0, V_NONE, 0 }, -1);
    fputs(",\"unit\":", out);
    if (pv->unit >= 0) json_string(out, ds->unit_ids[pv->unit]); else fputs("null", out);
    fprintf(out, ",\"units\":%d}", pv->count);
  }
  fputs("]", out);
}

/* Whether the indicator's substitution rule held for the unit, and what it gave. */
static void substitution_json(FILE *out, Model *m, const Dataset *ds, const Results *r, int u,
                              int k) {
  const Indicator *ind = &m->inds[k];
  const Substitution *sb = &m->substs[ind->subst];
  const Score *s = results_score(r, u, k);
  Value w = eval_rule(m, ds, r, u, ind->subst);
  fputs(",\"substitution\":{\"rule\":", out);
  json_string(out, sb->name);
  fputs(",\"when\":", out);
  json_string(out, sb->rule.score.text);
  fputs(",\"holds\":", out);
  json_value(out, m, w, -1);
  fprintf(out, ",\"applied\":%s", s->substituted ? "true" : "false");
  if (s->substituted && score_counts(s)) {
    double points, of;
    eval_substitution_share(m, r, u, k, &points, &of);
    fputs(",\"points\":", out); json_number(out, points);
    fputs(",\"of\":", out); json_number(out, of);
  }
  fputs("}", out);
}

/* A criterion's target in every context: what it says and whether it is met. */
static void targets_json(FILE *out, const Model *m, const Results *r, int u, int k) {
  const Indicator *ind = &m->inds[k];
  fputs(",\"targets\":[", out);
  for (int c = 0; c < m->nctx; c++) {
    const Target *t = &ind->targets[c];
    fputs(c ? ",{\"context\":" : "{\"context\":", out);
    json_string(out, m->ctxs[c].code);
    fputs(",\"target\":", out);
    if (t->assigned && t->raw) json_string(out, t->raw); else fputs("null", out);
    if (t->kind != TK_ANY) fprintf(out, ",\"kind\":\"%s\"", t->kind == TK_MANDATORY ? "mandatory" : "extended");
    fputs(",\"met\":", out);
    json_value(out, m, *results_met(r, u, k, c), -1);
    fputc('}', out);
  }
  fputc(']', out);
}

static void indicator_json(FILE *out, Model *m, const Dataset *ds, const Results *r, int u, int k) {
  const Indicator *ind = &m->inds[k];
  const Score *s = results_score(r, u, k);
  char buf[512];
  fputs("{\"code\":", out); json_string(out, ind->code);
  fputs(",\"group\":", out); json_string(out, m->groups[ind->group].code);
  if (ind->is_value) {
    fprintf(out, ",\"status\":\"%s\",\"value\":", status_name(s->status));
    json_value(out, m, eval_value(m, r, u, k), -1);
  } else {
    fputs(",\"max\":", out); json_number(out, ind->max);
    fprintf(out, ",\"status\":\"%s\",\"score\":", status_name(s->status));
    if (score_counts(s)) json_number(out, s->value); else fputs("null", out);
  }
  if (s->status == S_CLAMPED) { fputs(",\"raw\":", out); json_number(out, s->raw); }
  if (!score_counts(s)) { fputs(",\"why\":", out); json_string(out, fmt_cause(m, s->cause, buf, sizeof buf)); }
  fputs(",\"formula\":{\"text\":", out); json_string(out, ind->score.text);
  fprintf(out, ",\"file\":");
  json_string(out, ind->score.file ? ind->score.file : m->script);
  fprintf(out, ",\"line\":%d,\"col\":%d", ind->score.line, ind->score.col);
  if (ind->score.pattern) {
    fputs(",\"pattern\":", out); json_string(out, ind->score.pattern);
    fputs(",\"shown\":", out); json_string(out, ind->score.shown);
  }
  fputs("},", out);
  inputs_json(out, m, ds, u, k);
  slots_json(out, m, ind, slots_of(r, u, k));
  peers_json(out, m, ds, r, k);
  if (ind->subst >= 0) substitution_json(out, m, ds, r, u, k);
  if (ind->is_value && ind->targets) targets_json(out, m, r, u, k);
  fputs("}", out);
}

/* The unit's outcome (criteria met or not): level reached, recognitions. */
static void outcome_json(FILE *out, const Model *m, const Dataset *ds, const Results *r, int u) {
  fputs(",\"outcome\":{", out);
  if (m->ctx_kind == CTX_PERIODS) {
    fputs("\"period\":", out);
    if (r->period[u] >= 0) json_string(out, m->ctxs[r->period[u]].code); else fputs("null", out);
    fputc(',', out);
  }
  if (m->level_rule.present) {
    int reg = eval_registered(m, ds, u);
    if (r->level[u] >= 0) fprintf(out, "\"level\":%d,", r->level[u]); else fputs("\"level\":null,", out);
    if (reg >= 0) fprintf(out, "\"registered\":%d,", reg); else fputs("\"registered\":null,", out);
  }
  outcomes_json_recognitions(out, m, r, u);
  fputc('}', out);
}

void trace_json(FILE *out, Model *m, const Dataset *ds, const Results *r) {
  fputs("{\"tieuchi_trace\":1,\"decision\":", out);
  json_decision(out, m);
  fputs(",\"dataset\":", out); json_string(out, ds->path);
  fputs(",\"units\":[", out);
  for (int u = 0; u < r->nunits; u++) {
    fputs(u ? ",\n{\"unit\":" : "\n{\"unit\":", out);
    json_string(out, ds->unit_ids[u]);
    fputs(",\"name\":", out); json_string(out, ds->names[u]);
    fprintf(out, ",\"row\":%zu,\"indicators\":[", ds->rows[u]);
    for (int k = 0; k < m->ninds; k++) {
      fputs(k ? ",\n " : "\n ", out);
      indicator_json(out, m, ds, r, u, k);
    }
    fputs("],\"groups\":[", out);
    for (int g = 0; g < m->ngroups; g++) {
      fputs(g ? ",{\"code\":" : "{\"code\":", out);
      json_string(out, m->groups[g].code);
      fputs(",\"name\":", out); json_string(out, m->groups[g].name);
      fputs(",\"score\":", out); json_number(out, r->group_sum[(size_t)u * (size_t)m->ngroups + (size_t)g]);
      fputs(",\"max\":", out); json_number(out, m->groups[g].max);
      fprintf(out, ",\"unscored\":%d}", r->group_unscored[(size_t)u * (size_t)m->ngroups + (size_t)g]);
    }
    fputs("],\"total\":", out);
    json_number(out, r->total[u]);
    fprintf(out, ",\"unscored\":%d,\"rank\":", r->unscored[u]);
    if (r->rank[u]) fprintf(out, "%d", r->rank[u]); else fputs("null", out);
    if (m->ctx_kind != CTX_NONE) outcome_json(out, m, ds, r, u);
    fprintf(out, ",\"status\":\"%s\"}", (m->ctx_kind != CTX_NONE ? outcomes_incomplete(m, r, u)
            : r->unscored[u] != 0) ? "incomplete" : "ok");
  }
  fputs("\n]}\n", out);
}

/* ------------------------------------------------------------ explain */

/* Print text under indent, without blank lines and without the indentation its
** lines have in common (a formula written inside [[ ]] in the script). */
static void print_indented(FILE *out, const char *text, const char *indent) {
  size_t common = (size_t)-1;
  for (const char *p = text; *p;) {
    size_t len = strcspn(p, "\n"), lead = strspn(p, " \t");
    if (lead < len && lead < common) common = lead;
    p += len + (p[len] == '\n');
  }
  for (const char *p = text; *p;) {
    size_t len = strcspn(p, "\n"), lead = strspn(p, " \t");
    if (lead < len) fprintf(out, "%s%.*s\n", indent, (int)(len - common), p + common);
    p += len + (p[len] == '\n');
  }
}

static void explain_formula_inputs(FILE *out, const Model *m, const Dataset *ds, int u,
                                   const Indicator *ind, const char *indent, Lang lang);

static void explain_inputs(FILE *out, const Model *m, const Dataset *ds, int u, int k,
                           Lang lang) {
  explain_formula_inputs(out, m, ds, u, &m->inds[k], "  ", lang);
}

/* The inputs a formula reads, with their cell in the dataset. */
static void explain_formula_inputs(FILE *out, const Model *m, const Dataset *ds, int u,
                                   const Indicator *ind, const char *indent, Lang lang) {
  char val[256];
  int n;
  InputRef *refs = formula_inputs(m, ind, &n);
  if (n > 0) fprintf(out, "%s%s:\n", indent, label(lang, L_INPUTS));
  for (int i = 0; i < n; i++) {
    InputOrigin o;
    const Input *in = &m->inputs[refs[i].input];
    derive_input(ds, m, u, refs[i].input, &o);
    if (o.state == CELL_OK || o.state == CELL_SUSPECT) fmt_value(val, sizeof val, m, o.value, refs[i].input);
    else snprintf(val, sizeof val, "%s", label(lang, o.state == CELL_BLANK ? L_BLANK : L_INVALID));
    fprintf(out, "%s  %s = %s", indent, refs[i].name, val);
    if (o.state == CELL_INVALID) {             /* a 1 MB or binary cell: escaped, cut short */
      char cell[80];
      text_excerpt(cell, sizeof cell, o.cell, strlen(o.cell));
      fprintf(out, " \"%s\"", cell);
    }
    if (o.column)
      fprintf(out, "   ← %s:%zu, %s %d \"%s\"", ds->path, o.row, label(lang, L_COLUMN), o.col, o.column);
    else
      fprintf(out, "   ← %s \"%s\"", label(lang, L_NO_COLUMN), in->name);
    fprintf(out, "  (%s%s%s)\n", input_type_name(in->type), in->label ? ": " : "", in->label ? in->label : "");
  }
  free(refs);
}

/* One operand's value; a literal such as 85% as it is written. */
static void operand(char *buf, size_t size, Model *m, const Node *n, const Value *nv) {
  if (n->tag == N_NUM && n->pct) {
    snprintf(buf, size, "%.12g%%", n->num * 100);        /* as written: 55%, not 55.00000000000001% */
  } else {
    fmt_value(buf, size, m, nv[n->id], n->choice);
  }
}

/* "[0.6 >= 0.85]": the operands of a comparison, from the recorded node values. */
static void operands(FILE *out, Model *m, const Node *c, const Value *nv) {
  char a[128], b[128];
  if (c->tag != N_BIN || c->op < OP_EQ || c->op > OP_GE) return;
  for (int side = 0; side < 2; side++)           /* the clause's value already says why */
    if (nv[c->kids[side]->id].kind == V_MISSING || nv[c->kids[side]->id].kind == V_UNDEF) return;
  static const char *const ops[] = { [OP_EQ] = "==", [OP_NE] = "~=", [OP_LT] = "<",
                                     [OP_LE] = "<=", [OP_GT] = ">", [OP_GE] = ">=" };
  operand(a, sizeof a, m, c->kids[0], nv);
  operand(b, sizeof b, m, c->kids[1], nv);
  /* Compared with a percentage, a ratio reads as one: [80% >= 70%], not [0.8 >= 70%]. */
  for (int side = 0; side < 2; side++) {
    const Node *x = c->kids[side], *y = c->kids[1 - side];
    Value v = nv[x->id];
    if (y->tag == N_NUM && y->pct && !(x->tag == N_NUM) && v.kind == V_NUM)
      snprintf(side ? b : a, sizeof a, "%.12g%%", v.n * 100);
  }
  fprintf(out, "  [%s %s %s]", a, ops[c->op], b);
}

static void explain_slots(FILE *out, Model *m, const Indicator *ind, const Value *slots,
                          const Value *nv, Lang lang) {
  char buf[512];
  const Formula *f = &ind->score;
  bool any = false;
  for (int s = 0; s < ind->prog.nslots; s++) {
    if (ind->slots[s].kind != SLOT_STEP) continue;
    if (!any) fprintf(out, "  %s:\n", label(lang, L_STEPS));
    any = true;
    int node = ind->slots[s].node;
    fmt_value(buf, sizeof buf, m, slots[s], node >= 0 ? f->nodes[node]->choice : -1);
    fprintf(out, "    %s = %s = %s\n", ind->slots[s].name,
            node >= 0 ? formula_node_text(m, f, f->nodes[node]) : "", buf);
  }
  any = false;
  for (int s = 0; s < ind->prog.nslots; s++) {
    if (ind->slots[s].kind != SLOT_BRANCH || slots[s].kind != V_NUM) continue;
    if (!any) fprintf(out, "  %s:\n", label(lang, L_BRANCHES));
    any = true;
    const Node *n = f->nodes[ind->slots[s].node];
    int line, col;
    formula_locate(f, n->pos, &line, &col);
    Value subject = n->tag == N_CASE ? slots[s + 1] : (Value){ 0, 0, V_NONE, 0 };
    if (col > 0) fprintf(out, "    %d:%d  ", line, col);
    else fprintf(out, "    %d  ", line);
    fputs(derive_branch(m, f, n, slots[s], subject, buf, sizeof buf), out);
    if (n->tag == N_IF) {
      int i = (int)slots[s].n, nconds = (n->nkids - 1) / 2;
      for (int c = 0; c <= i && c < nconds; c++) operands(out, m, n->kids[2 * c], nv);
    }
    fputc('\n', out);
  }
}

static void explain_peers(FILE *out, Model *m, const Dataset *ds, const Results *r, int k,
                          Lang lang) {
  const Indicator *ind = &m->inds[k];
  char val[128];
  if (ind->npeers > 0) fprintf(out, "  %s:\n", label(lang, L_PEERS));
  for (int i = 0; i < ind->npeers; i++) {
    const PeerValue *pv = results_peer(r, k, i);
    fprintf(out, "    %s = ", formula_node_text(m, &ind->score, ind->score.nodes[ind->peers[i].node]));
    if (pv->count == 0) { fprintf(out, "%s\n", fmt_cause(m, (Value){ 0, 0, V_UNDEF, U_NOPEERS }, val, sizeof val)); continue; }
    fmt_value(val, sizeof val, m, pv->v, -1);
    fprintf(out, "%s, %s %s (%s), ", val, label(lang, L_HELD_BY), ds->unit_ids[pv->unit], ds->names[pv->unit]);
    fprintf(out, label(lang, L_AMONG), pv->count);
    fputc('\n', out);
  }
}

/*
** The substitution of indicator k for unit u: its rule and whether it held. Returns
** true when the score came from it (the formula was then not used).
*/
static bool explain_substitution(FILE *out, Model *m, const Dataset *ds, const Results *r, int u,
                                 int k, Lang lang) {
  const Indicator *ind = &m->inds[k];
  const Substitution *sb = &m->substs[ind->subst];
  const Score *s = results_score(r, u, k);
  char val[256], a[64], b[64], v[64];
  Value w = eval_rule(m, ds, r, u, ind->subst);
  fmt_value(val, sizeof val, m, w, -1);
  fprintf(out, "  %s \"%s\" (%s:%d): %s\n", label(lang, L_SUBSTITUTION), sb->name, m->script,
          sb->line, sb->text ? sb->text : "");
  fprintf(out, "    %s → %s%s\n", sb->rule.score.text, val,
          s->substituted ? "" : lang == LANG_EN ? " (not applied)" : " (không áp dụng)");
  if (!s->substituted) return false;
  if (!score_counts(s)) {                      /* another indicator of the group is unscored */
    fprintf(out, "  %s: %s\n", label(lang, L_SCORE), fmt_cause(m, s->cause, val, sizeof val));
    return true;
  }
  double points, of;
  eval_substitution_share(m, r, u, k, &points, &of);
  fmt_exact(a, sizeof a, points);
  fmt_exact(b, sizeof b, of);
  fmt_fixed(v, sizeof v, s->value, m->dec.decimals);
  fprintf(out, "    %s (", label(lang, L_OTHER_INDICATORS));
  const Group *g = &m->groups[ind->group];
  for (int j = g->first, first = 1; j < g->first + g->count; j++)
    if (m->inds[j].subst != ind->subst) { fprintf(out, "%s%s", first ? "" : ", ", m->inds[j].code); first = 0; }
  fprintf(out, "): %s / %s × %g = %s\n", a, b, ind->max, v);
  fprintf(out, "  %s: %s / %g\n", label(lang, L_SCORE), v, ind->max);
  return true;
}

/* "  Label: text", a text of several lines indented under its first. */
static void print_field(FILE *out, const char *indent, const char *name, const char *text) {
  fprintf(out, "%s%s: ", indent, name);
  for (const char *p = text; *p; p++) {
    fputc(*p, out);
    if (*p == '\n' && p[1]) fprintf(out, "%s    ", indent);
  }
  if (text[0] == '\0' || text[strlen(text) - 1] != '\n') fputc('\n', out);
}

/* ------------------------------------------------------------ criteria met or not */


/* Whether program p reads the children's outcomes. */
static bool uses_children(const Program *p) {
  for (int i = 0; p && i < p->ncode; i++)
    if (p->code[i].op == I_CHILD) return true;
  return false;
}

/* The children of parent unit u, with their level and recognitions. */
static void explain_children(FILE *out, const Results *r, int u, Lang lang) {
  const ChildOutcomes *ko = r->kids;
  if (ko == NULL || u >= ko->nparents) return;
  fprintf(out, "  %s (%d, %s):\n", label(lang, L_CHILDREN), ko->count[u], ko->data->path);
  for (int c = ko->first[u]; c >= 0; c = ko->next[c]) {
    fprintf(out, "    %s %s:", ko->data->unit_ids[c], ko->data->names[c]);
    if (ko->model->level_rule.present) {
      int lv = ko->results->level[c];
      if (lv < 0) fprintf(out, " %s %s", label(lang, L_LEVEL), label(lang, L_UNKNOWN));
      else fprintf(out, " %s %d", label(lang, L_LEVEL), lv);
    }
    for (int i = 0; i < ko->nrecs; i++)
      fprintf(out, " %s %s", ko->model->recs[i].name,
              outcomes_met_word(&ko->results->recog[(size_t)c * (size_t)ko->nrecs + (size_t)i], lang));
    fputc('\n', out);
  }
}

/* Where a recognition clause is judged: the unit and the context of its counts. */
typedef struct ClauseAt { const Results *r; int u, c; Lang lang; } ClauseAt;

static void list_failing(FILE *out, const Model *m, const Results *r, int u, int c, int kind,
                         bool unknown);

/* The aggregate call (met_share('mandatory'), all_met(), …) a clause is about, or NULL. */
static const Node *aggregate_in(const Node *n) {
  static const char *const fns[] = { "met_count", "assigned_count", "met_share", "all_met" };
  for (int depth = 0; n && depth < 2; depth++) {
    for (size_t i = 0; n->tag == N_CALL && i < sizeof fns / sizeof fns[0]; i++)
      if (strcmp(n->str, fns[i]) == 0) return n;
    n = n->tag == N_BIN ? n->kids[0] : NULL;
  }
  return NULL;
}

/* A rule's value with the operands of its comparison: "có  [80% >= 70%]"; for a clause
** over the counts, the counts and the criteria not met. */
static void explain_clause(FILE *out, Model *m, const Indicator *rule, const Node *n,
                           const Value *nv, const ClauseAt *at) {
  char val[256];
  fmt_value(val, sizeof val, m, nv[n->id], -1);
  fprintf(out, "%s → %s", formula_node_text(m, &rule->score, n), val);
  operands(out, m, n, nv);
  const Node *agg = at && at->c >= 0 ? aggregate_in(n) : NULL;
  if (agg) {
    const char *k = agg->nkids == 1 ? agg->kids[0]->str : NULL;
    int kind = !k ? TK_ANY : strcmp(k, "mandatory") == 0 ? TK_MANDATORY : TK_EXTENDED;
    MetCounts cnt = eval_met_counts(m, at->r, at->u, at->c, kind);
    fprintf(out, "  (%s %d/%d", label(at->lang, L_MET), cnt.met, cnt.assigned);
    if (cnt.not_met) { fprintf(out, "; %s: ", label(at->lang, L_NOT_MET)); list_failing(out, m, at->r, at->u, at->c, kind, false); }
    if (cnt.unknown) { fprintf(out, "; %s: ", label(at->lang, L_UNKNOWN)); list_failing(out, m, at->r, at->u, at->c, kind, true); }
    fputc(')', out);
  }
  fputc('\n', out);
}

/* The top-level clauses of an and/or chain, each with its value. */
static void explain_clauses(FILE *out, Model *m, const Indicator *rule, const Node *n,
                            const Value *nv, Op op, const char *indent, const ClauseAt *at) {
  if (n->tag == N_BIN && n->op == op) {
    explain_clauses(out, m, rule, n->kids[0], nv, op, indent, at);
    if (nv[n->kids[1]->id].kind == V_NONE) return;  /* not evaluated: the left side decided */
    explain_clauses(out, m, rule, n->kids[1], nv, op, indent, at);
    return;
  }
  fputs(indent, out);
  explain_clause(out, m, rule, n, nv, at);
}

/* Criterion k's target in every context, met or not, for unit u. */
static void explain_targets(FILE *out, Model *m, const Dataset *ds, const Results *r, int u,
                            int k, Lang lang) {
  const Indicator *ind = &m->inds[k];
  fprintf(out, "  %s:\n", label(lang, L_TARGET));
  for (int c = 0; c < m->nctx; c++) {
    const Target *t = &ind->targets[c];
    bool judged_here = m->ctx_kind == CTX_PERIODS && r->period[u] == c;
    fprintf(out, "  %s %s", judged_here ? "→" : " ", m->ctxs[c].label);
    if (t->kind != TK_ANY) fprintf(out, " (%s)", label(lang, t->kind == TK_MANDATORY ? L_MANDATORY : L_EXTENDED));
    if (!t->assigned) {
      fprintf(out, ": %s\n", label(lang, m->ctx_kind == CTX_TIERS ? L_NONE : L_NOT_ASSIGNED));
      continue;
    }
    Value *nv = calloc((size_t)t->rule->score.nnodes + 1, sizeof *nv);
    if (nv == NULL) return;
    Value v = eval_rule_at(m, ds, r, r->kids, t->rule, u, c, nv);
    fprintf(out, ": \"%s\" → %s", t->raw ? t->raw : "", outcomes_met_word(&v, lang));
    const Node *root = t->rule->score.result;
    bool compound = root && root->tag == N_BIN && (root->op == OP_AND || root->op == OP_OR);
    if (root && !compound) operands(out, m, root, nv);
    if (v.kind != V_BOOL) {
      char why[256];
      fprintf(out, " (%s)", fmt_cause(m, v, why, sizeof why));
    }
    fputc('\n', out);
    if (compound) explain_clauses(out, m, t->rule, root, nv, root->op, "        ", NULL);
    free(nv);
  }
}

/* What a criterion's record says besides its value: agency, legal basis, responsible. */
static void explain_criterion_notes(FILE *out, const Indicator *ind, Lang lang) {
  if (ind->agency) print_field(out, "  ", label(lang, L_AGENCY), ind->agency);
  if (ind->legal) print_field(out, "  ", label(lang, L_LEGAL), ind->legal);
  if (ind->responsible) print_field(out, "  ", label(lang, L_RESPONSIBLE), ind->responsible);
  if (ind->note) print_field(out, "  ", label(lang, L_NOTE), ind->note);
}

static void explain_criterion(FILE *out, Model *m, const Dataset *ds, const Results *r, int u,
                              int k, Lang lang) {
  const Indicator *ind = &m->inds[k];
  const Score *s = results_score(r, u, k);
  const Group *g = &m->groups[ind->group];
  char buf[512];
  Value *nv = calloc((size_t)ind->score.nnodes + 1, sizeof *nv);
  Value *slots = calloc((size_t)ind->prog.nslots + 1, sizeof *slots);
  if (!nv || !slots) { free(nv); free(slots); return; }
  eval_explain(m, ds, r, u, k, nv, slots);
  fprintf(out, "%s %s — %s\n", label(lang, L_CRITERION), ind->code, ind->text);
  fprintf(out, "  %s %s %s", label(lang, L_GROUP), g->code, g->name);
  if (ind->unit) fprintf(out, " · %s", ind->unit);
  fputc('\n', out);
  fprintf(out, "  %s (%s:%d%s", label(lang, L_VALUE), ind->score.file, ind->score.line,
          ind->score.exact ? "" : ")");
  if (ind->score.exact) fprintf(out, ":%d)", ind->score.col);
  fputs(":\n", out);
  print_indented(out, ind->score.text, "    ");
  explain_inputs(out, m, ds, u, k, lang);
  if (uses_children(&ind->prog)) explain_children(out, r, u, lang);
  explain_slots(out, m, ind, slots, nv, lang);
  fprintf(out, "  %s: ", label(lang, L_VALUE));
  if (score_counts(s)) {
    fmt_value(buf, sizeof buf, m, eval_value(m, r, u, k), -1);
    fprintf(out, "%s\n", buf);
  } else {
    fprintf(out, "%s\n", fmt_cause(m, s->cause, buf, sizeof buf));
  }
  explain_targets(out, m, ds, r, u, k, lang);
  explain_criterion_notes(out, ind, lang);
  if (ind->evidence) print_field(out, "  ", label(lang, L_EVIDENCE), ind->evidence);
  free(nv);
  free(slots);
}

/* The criteria of context c not met (or unknown) by unit u: "1.6, 3.2". */
static void list_failing(FILE *out, const Model *m, const Results *r, int u, int c, int kind,
                         bool unknown) {
  bool first = true;
  for (int k = 0; k < m->ninds; k++) {
    const Target *t = m->inds[k].targets ? &m->inds[k].targets[c] : NULL;
    if (t == NULL || !t->assigned || (kind != TK_ANY && t->kind != kind)) continue;
    const Value *v = results_met(r, u, k, c);
    if (unknown ? v->kind == V_BOOL : !(v->kind == V_BOOL && v->n == 0)) continue;
    fprintf(out, "%s%s", first ? "" : ", ", m->inds[k].code);
    first = false;
  }
}

static void explain_counts(FILE *out, const Model *m, const Results *r, int u, int c, int kind,
                           const char *what, Lang lang) {
  MetCounts n = eval_met_counts(m, r, u, c, kind);
  char buf[256];
  outcomes_met_text(buf, sizeof buf, m, n, lang);
  fprintf(out, "  %s: %s\n", what, buf);
  if (n.not_met) { fprintf(out, "    %s: ", label(lang, L_NOT_MET)); list_failing(out, m, r, u, c, kind, false); fputc('\n', out); }
  if (n.unknown) { fprintf(out, "    %s: ", label(lang, L_UNKNOWN)); list_failing(out, m, r, u, c, kind, true); fputc('\n', out); }
}

/* The unit's outcome: counts per context, the level reached, each recognition clause by
** clause. */
static void explain_outcomes(FILE *out, Model *m, const Dataset *ds, const Results *r, int u,
                             Lang lang) {
  char buf[256];
  fprintf(out, "%s\n", label(lang, L_OUTCOME));
  for (int c = 0; c < m->nctx; c++) {
    if (m->ctx_kind == CTX_PERIODS && c != r->period[u]) continue;
    if (m->ctx_kind == CTX_TIERS) {
      snprintf(buf, sizeof buf, "%s, %s", m->ctxs[c].label, label(lang, L_MANDATORY));
      explain_counts(out, m, r, u, c, TK_MANDATORY, buf, lang);
      snprintf(buf, sizeof buf, "%s, %s", m->ctxs[c].label, label(lang, L_EXTENDED));
      explain_counts(out, m, r, u, c, TK_EXTENDED, buf, lang);
    } else {
      snprintf(buf, sizeof buf, "%s %s", m->ctx_kind == CTX_LEVELS ? label(lang, L_LEVEL)
               : label(lang, L_PERIOD), m->ctx_kind == CTX_LEVELS ? m->ctxs[c].code : m->ctxs[c].label);
      if (m->ctx_kind == CTX_LEVELS) snprintf(buf + strlen(buf), sizeof buf - strlen(buf), " %s", m->ctxs[c].label);
      explain_counts(out, m, r, u, c, TK_ANY, buf, lang);
    }
  }
  if (m->ctx_kind == CTX_PERIODS && r->period[u] < 0)
    fprintf(out, "  %s: %s\n", label(lang, L_PERIOD), label(lang, L_UNKNOWN));
  if (m->level_rule.present) {
    int lv = r->level[u], reg = eval_registered(m, ds, u);
    fprintf(out, "  %s (%s: %s): ", label(lang, L_LEVEL_REACHED), label(lang, L_LEVEL_RULE),
            m->level_rule.source ? m->level_rule.source : "cumulative");
    if (lv < 0) fprintf(out, "%s\n", label(lang, L_UNKNOWN));
    else if (lv == 0) fprintf(out, "0 (%s)\n", label(lang, L_NO_LEVEL));
    else fprintf(out, "%d — %s\n", lv, m->ctxs[lv - 1].label);
    if (reg >= 0)
      fprintf(out, "  %s: %d → %s\n", label(lang, L_REGISTERED), reg, lv < 0 ? label(lang, L_UNKNOWN)
              : lv >= reg ? label(lang, L_REGISTERED_REACHED) : label(lang, L_NOT_MET));
  }
  for (int i = 0; i < m->nrecs; i++) {
    const Recognition *rc = &m->recs[i];
    int c = rc->ctx >= 0 ? rc->ctx : r->period[u];
    Value *nv = calloc((size_t)rc->rule.score.nnodes + 1, sizeof *nv);
    if (nv == NULL) return;
    Value v = eval_rule_at(m, ds, r, r->kids, &rc->rule, u, c, nv);
    fprintf(out, "  %s \"%s\" — %s", label(lang, L_RECOGNITION), rc->name, rc->text ? rc->text : "");
    if (rc->ctx >= 0) fprintf(out, " (%s)", m->ctxs[rc->ctx].label);
    fprintf(out, "\n    %s: %s\n", label(lang, L_RULE), rc->rule.score.text);
    if (rc->source) print_field(out, "    ", label(lang, L_SOURCE), rc->source);
    if (rc->note) print_field(out, "    ", label(lang, L_NOTE), rc->note);
    explain_formula_inputs(out, m, ds, u, &rc->rule, "    ", lang);
    const Node *root = rc->rule.score.result;
    ClauseAt at = { r, u, c, lang };
    if (root) explain_clauses(out, m, &rc->rule, root, nv, root->tag == N_BIN && root->op == OP_OR ? OP_OR : OP_AND, "      ", &at);
    fprintf(out, "    → %s", outcomes_met_word(&v, lang));
    if (v.kind != V_BOOL) fprintf(out, " (%s)", fmt_cause(m, v, buf, sizeof buf));
    fputc('\n', out);
    free(nv);
  }
}

static void explain_indicator(FILE *out, Model *m, const Dataset *ds, const Results *r, int u,
                              int k, Lang lang) {
  if (m->inds[k].is_value) { explain_criterion(out, m, ds, r, u, k, lang); return; }
  const Indicator *ind = &m->inds[k];
  const Score *s = results_score(r, u, k);
  const Group *g = &m->groups[ind->group];
  char buf[512], raw[64];
  Value *nv = calloc((size_t)ind->score.nnodes + 1, sizeof *nv);
  Value *slots = calloc((size_t)ind->prog.nslots + 1, sizeof *slots);
  if (!nv || !slots) { free(nv); free(slots); return; }
  eval_explain(m, ds, r, u, k, nv, slots);
  fprintf(out, "%s %s — %s\n", label(lang, L_INDICATOR), ind->code, ind->text);
  fprintf(out, "  %s %s %s · %s %g\n", label(lang, L_GROUP), g->code, g->name,
          label(lang, L_MAX_POINTS), ind->max);
  if (ind->score.pattern) fprintf(out, "  %s: %s\n", label(lang, L_PATTERN), ind->score.shown);
  if (ind->score.exact)
    fprintf(out, "  %s (%s:%d:%d):\n", label(lang, L_FORMULA), m->script, ind->score.line,
            ind->score.col);
  else
    fprintf(out, "  %s (%s %s:%d):\n", label(lang, L_FORMULA), label(lang, L_FROM_PATTERN),
            m->script, ind->score.line);
  print_indented(out, ind->score.text, "    ");
  if (ind->subst >= 0 && explain_substitution(out, m, ds, r, u, k, lang)) {
    free(nv);
    free(slots);
    return;
  }
  explain_inputs(out, m, ds, u, k, lang);
  explain_peers(out, m, ds, r, k, lang);
  explain_slots(out, m, ind, slots, nv, lang);
  fprintf(out, "  %s: ", label(lang, L_SCORE));
  if (score_counts(s)) {
    fmt_fixed(buf, sizeof buf, s->value, m->dec.decimals);
    fmt_exact(raw, sizeof raw, s->raw);
    fprintf(out, "%s / %g", buf, ind->max);
    if (s->status == S_CLAMPED) fprintf(out, "  (%s %s: %s)", raw, label(lang, L_CLAMPED), buf);
    else if (strtod(buf, NULL) != s->raw) fprintf(out, "  (= %s)", raw);   /* rounding hid it */
    fputc('\n', out);
  } else {
    fprintf(out, "%s\n", fmt_cause(m, s->cause, buf, sizeof buf));
  }
  if (ind->evidence) print_field(out, "  ", label(lang, L_EVIDENCE), ind->evidence);
  free(nv);
  free(slots);
}

void explain_unit(FILE *out, Model *m, const Dataset *ds, const Results *r, int u, int k,
                  Lang lang) {
  char buf[64];
  fprintf(out, "%s (%s) · %s:%zu\n\n", ds->names[u], ds->unit_ids[u], ds->path, ds->rows[u]);
  if (k >= 0) { explain_indicator(out, m, ds, r, u, k, lang); return; }
  for (int i = 0; i < m->ninds; i++) {
    explain_indicator(out, m, ds, r, u, i, lang);
    fputc('\n', out);
  }
  if (m->ctx_kind != CTX_NONE) { explain_outcomes(out, m, ds, r, u, lang); return; }
  for (int g = 0; g < m->ngroups; g++) {
    fmt_fixed(buf, sizeof buf, r->group_sum[(size_t)u * (size_t)m->ngroups + (size_t)g], m->dec.decimals);
    fprintf(out, "%s %s %s: %s / %g\n", label(lang, L_GROUP), m->groups[g].code, m->groups[g].name,
            buf, m->groups[g].max);
  }
  fmt_fixed(buf, sizeof buf, r->total[u], m->dec.decimals);
  fprintf(out, "%s: %s", label(lang, L_TOTAL), buf);
  if (m->dec.has_total) fprintf(out, " / %g", m->dec.total);
  if (r->rank[u]) fprintf(out, " · %s %d", label(lang, L_RANK), r->rank[u]);
  else if (m->dec.rank) fprintf(out, " · %s", label(lang, L_NOT_RANKED));
  if (r->unscored[u]) {
    fprintf(out, " · ");
    fprintf(out, label(lang, L_UNSCORED), r->unscored[u]);
  }
  fputc('\n', out);
}
