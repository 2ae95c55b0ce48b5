/*
** trace_out.c — JSON trace and explain trees (see trace_out.h).
*/
#include "trace_out.h"

#include <stdlib.h>
#include <string.h>

#include "cell.h"
#include "compile.h"
#include "derive.h"
#include "evidence.h"
#include "fmt.h"
#include "lists_out.h"
#include "outcomes_out.h"
#include "text.h"

static const Value *slots_of(const Results *r, int u, int k) {
  return results_slots(r, u, k);
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
    if (o.list) lists_json(out, &o, u);
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
      json_string(out, fmt_cause_machine(m, slots[s], buf, sizeof buf));
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
    json_string(out, derive_branch_machine(m, f, n, slots[s], subject, buf, sizeof buf));
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

/* With an evidence register: what the indicator requires and each document the unit
   provided, with its line in the register ([] when none: the evidence is missing). */
static void evidence_json(FILE *out, const Model *m, const Results *r, int u, int k) {
  const Evidence *ev = r->evidence;
  if (ev == NULL || !evidence_required(m, r, u, k)) return;
  fputs(",\"evidence\":{\"required\":", out);
  json_string(out, m->inds[k].evidence);
  fputs(",\"provided\":[", out);
  int n = 0;
  for (int i = ev->first[(size_t)u * (size_t)ev->ninds + (size_t)k]; i >= 0; i = ev->items[i].next) {
    fputs(n++ ? ",{\"document\":" : "{\"document\":", out);
    json_string(out, ev->items[i].text);
    fprintf(out, ",\"line\":%zu}", ev->items[i].line);
  }
  fputs("]}", out);
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
  if (!score_counts(s)) { fputs(",\"why\":", out); json_string(out, fmt_cause_machine(m, s->cause, buf, sizeof buf)); }
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
  evidence_json(out, m, r, u, k);
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
  if (r->evidence) { fputs(",\"evidence_register\":", out); json_string(out, r->evidence->path); }
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

/*
** Every line below goes through an Emit (emit.h): as text it is `tieuchi explain`, as
** HTML it is the derivation in `tieuchi report`. Indents are two spaces per level.
*/

/* "Label:", a section's heading line. */
static void heading(Emit *e, const char *indent, const char *name) {
  emit_begin(e, indent);
  emit_span(e, "h", "%s:", name);
  emit_end(e);
}

/* "Đạt", "Không đạt" or "chưa xác định", coloured in HTML. */
static void met_word(Emit *e, const Value *v, Lang lang) {
  const char *cls = v->kind != V_BOOL ? "unknown" : v->n != 0 ? "met" : "notmet";
  emit_span(e, cls, "%s", outcomes_met_word(v, lang));
}

static void explain_formula_inputs(Emit *e, const Model *m, const Dataset *ds, int u,
                                   const Indicator *ind, const char *indent, Lang lang);

static void explain_inputs(Emit *e, const Model *m, const Dataset *ds, int u, int k,
                           Lang lang) {
  explain_formula_inputs(e, m, ds, u, &m->inds[k], "  ", lang);
}

/* The inputs a formula reads, with their cell in the dataset. */
static void explain_formula_inputs(Emit *e, const Model *m, const Dataset *ds, int u,
                                   const Indicator *ind, const char *indent, Lang lang) {
  char val[256], sub[32], sub2[40];
  int n;
  InputRef *refs = formula_inputs(m, ind, &n);
  snprintf(sub, sizeof sub, "%s  ", indent);
  snprintf(sub2, sizeof sub2, "%s    ", indent);
  if (n > 0) heading(e, indent, label(lang, L_INPUTS));
  for (int i = 0; i < n; i++) {
    InputOrigin o;
    const Input *in = &m->inputs[refs[i].input];
    derive_input(ds, m, u, refs[i].input, &o);
    if (o.state == CELL_OK || o.state == CELL_SUSPECT) fmt_value(val, sizeof val, m, o.value, refs[i].input);
    else snprintf(val, sizeof val, "%s", label(lang, o.state == CELL_BLANK ? L_BLANK : L_INVALID));
    emit_begin(e, sub);
    emit_printf(e, "%s = %s", refs[i].name, val);
    if (o.state == CELL_INVALID) {             /* a 1 MB or binary cell: escaped, cut short */
      char cell[80];
      text_excerpt(cell, sizeof cell, o.cell, strlen(o.cell));
      emit_printf(e, " \"%s\"", cell);
    }
    emit_text(e, "   ");
    if (o.list) {
      emit_span(e, "muted", "(%s%s%s)", input_type_name(in->type), in->label ? ": " : "", in->label ? in->label : "");
      emit_end(e);
      lists_explain(e, &o, u, sub2);
      continue;
    }
    if (o.column)
      emit_span(e, "src", "← %s:%zu, %s %d \"%s\"", ds->path, o.row, label(lang, L_COLUMN), o.col, o.column);
    else
      emit_span(e, "src", "← %s \"%s\"", label(lang, L_NO_COLUMN), in->name);
    emit_span(e, "muted", "  (%s%s%s)", input_type_name(in->type), in->label ? ": " : "", in->label ? in->label : "");
    emit_end(e);
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
static void operands(Emit *e, Model *m, const Node *c, const Value *nv) {
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
  emit_text(e, "  ");
  emit_span(e, "ops", "[%s %s %s]", a, ops[c->op], b);
}

static void explain_slots(Emit *e, Model *m, const Indicator *ind, const Value *slots,
                          const Value *nv, Lang lang) {
  char buf[512];
  const Formula *f = &ind->score;
  bool any = false;
  for (int s = 0; s < ind->prog.nslots; s++) {
    if (ind->slots[s].kind != SLOT_STEP) continue;
    if (!any) heading(e, "  ", label(lang, L_STEPS));
    any = true;
    int node = ind->slots[s].node;
    fmt_value(buf, sizeof buf, m, slots[s], node >= 0 ? f->nodes[node]->choice : -1);
    emit_line(e, "    ", "%s = %s = %s", ind->slots[s].name,
              node >= 0 ? formula_node_text(m, f, f->nodes[node]) : "", buf);
  }
  any = false;
  for (int s = 0; s < ind->prog.nslots; s++) {
    if (ind->slots[s].kind != SLOT_BRANCH || slots[s].kind != V_NUM) continue;
    if (!any) heading(e, "  ", label(lang, L_BRANCHES));
    any = true;
    const Node *n = f->nodes[ind->slots[s].node];
    int line, col;
    formula_locate(f, n->pos, &line, &col);
    Value subject = n->tag == N_CASE ? slots[s + 1] : (Value){ 0, 0, V_NONE, 0 };
    emit_begin(e, "    ");
    if (col > 0) emit_span(e, "src", "%d:%d", line, col);
    else emit_span(e, "src", "%d", line);
    emit_printf(e, "  %s", derive_branch(m, f, n, slots[s], subject, buf, sizeof buf));
    if (n->tag == N_IF) {
      int i = (int)slots[s].n, nconds = (n->nkids - 1) / 2;
      for (int c = 0; c <= i && c < nconds; c++) operands(e, m, n->kids[2 * c], nv);
    }
    emit_end(e);
  }
}

static void explain_peers(Emit *e, Model *m, const Dataset *ds, const Results *r, int k,
                          Lang lang) {
  const Indicator *ind = &m->inds[k];
  char val[128];
  if (ind->npeers > 0) heading(e, "  ", label(lang, L_PEERS));
  for (int i = 0; i < ind->npeers; i++) {
    const PeerValue *pv = results_peer(r, k, i);
    emit_begin(e, "    ");
    emit_printf(e, "%s = ", formula_node_text(m, &ind->score, ind->score.nodes[ind->peers[i].node]));
    if (pv->count == 0) {
      emit_printf(e, "%s", fmt_cause(m, (Value){ 0, 0, V_UNDEF, U_NOPEERS }, val, sizeof val));
      emit_end(e);
      continue;
    }
    fmt_value(val, sizeof val, m, pv->v, -1);
    emit_printf(e, "%s, %s %s (%s), ", val, label(lang, L_HELD_BY), ds->unit_ids[pv->unit], ds->names[pv->unit]);
    emit_printf(e, label(lang, L_AMONG), pv->count);
    emit_end(e);
  }
}

/* "Điểm: 7.06 / 10  (= 7.058823529411765)": the points, and the exact value when the
** shown decimals hide it. */
/* The evidence the indicator requires, and with a register, what unit u provided. */
static void explain_evidence(Emit *e, const Model *m, const Results *r, int u, int k, Lang lang) {
  const Indicator *ind = &m->inds[k];
  if (ind->evidence) emit_field(e, "  ", label(lang, L_EVIDENCE), ind->evidence);
  if (r->evidence == NULL || !evidence_required(m, r, u, k)) return;
  char buf[2048];
  bool some = evidence_list(r->evidence, u, k, buf, sizeof buf) > 0;
  emit_field(e, "  ", label(lang, L_EV_PROVIDED), some ? buf : label(lang, L_EV_NONE));
}

static void explain_score(Emit *e, const Model *m, const Indicator *ind, const Score *s,
                          Lang lang) {
  char buf[512], raw[64];
  emit_begin(e, "  ");
  emit_printf(e, "%s: ", label(lang, L_SCORE));
  if (score_counts(s)) {
    fmt_fixed(buf, sizeof buf, s->value, m->dec.decimals);
    fmt_exact(raw, sizeof raw, s->raw);
    emit_span(e, "score", "%s / %g", buf, ind->max);
    if (s->status == S_CLAMPED) emit_printf(e, "  (%s %s: %s)", raw, label(lang, L_CLAMPED), buf);
    else if (strtod(buf, NULL) != s->raw) emit_printf(e, "  (= %s)", raw);   /* rounding hid it */
  } else {
    emit_span(e, "unknown", "%s", fmt_cause(m, s->cause, buf, sizeof buf));
  }
  emit_end(e);
}

/*
** The substitution of indicator k for unit u: its rule and whether it held. Returns
** true when the score came from it (the formula was then not used).
*/
static bool explain_substitution(Emit *e, Model *m, const Dataset *ds, const Results *r, int u,
                                 int k, Lang lang) {
  const Indicator *ind = &m->inds[k];
  const Substitution *sb = &m->substs[ind->subst];
  const Score *s = results_score(r, u, k);
  char val[256], a[64], b[64], v[64];
  Value w = eval_rule(m, ds, r, u, ind->subst);
  fmt_value(val, sizeof val, m, w, -1);
  emit_line(e, "  ", "%s \"%s\" (%s:%d): %s", label(lang, L_SUBSTITUTION), sb->name, m->script,
            sb->line, sb->text ? sb->text : "");
  if (s->substituted) emit_line(e, "    ", "%s → %s", sb->rule.score.text, val);
  else emit_line(e, "    ", "%s → %s (%s)", sb->rule.score.text, val, label(lang, L_NOT_APPLIED));
  if (!s->substituted) return false;
  if (!score_counts(s)) {                      /* another indicator of the group is unscored */
    explain_score(e, m, ind, s, lang);
    return true;
  }
  double points, of;
  eval_substitution_share(m, r, u, k, &points, &of);
  fmt_exact(a, sizeof a, points);
  fmt_exact(b, sizeof b, of);
  fmt_fixed(v, sizeof v, s->value, m->dec.decimals);
  emit_begin(e, "    ");
  emit_printf(e, "%s (", label(lang, L_OTHER_INDICATORS));
  const Group *g = &m->groups[ind->group];
  for (int j = g->first, first = 1; j < g->first + g->count; j++)
    if (m->inds[j].subst != ind->subst) { emit_printf(e, "%s%s", first ? "" : ", ", m->inds[j].code); first = 0; }
  emit_printf(e, "): %s / %s × %g = %s", a, b, ind->max, v);
  emit_end(e);
  emit_begin(e, "  ");
  emit_printf(e, "%s: ", label(lang, L_SCORE));
  emit_span(e, "score", "%s / %g", v, ind->max);
  emit_end(e);
  return true;
}

/* ------------------------------------------------------------ criteria met or not */


/* Whether program p reads the children's outcomes. */
static bool uses_children(const Program *p) {
  for (int i = 0; p && i < p->ncode; i++)
    if (p->code[i].op == I_CHILD) return true;
  return false;
}

/* The children of parent unit u, with their level and recognitions. */
static void explain_children(Emit *e, const Results *r, int u, Lang lang) {
  const ChildOutcomes *ko = r->kids;
  if (ko == NULL || u >= ko->nparents) return;
  emit_line(e, "  ", "%s (%d, %s):", label(lang, L_CHILDREN), ko->count[u], ko->data->path);
  for (int c = ko->first[u]; c >= 0; c = ko->next[c]) {
    emit_begin(e, "    ");
    emit_printf(e, "%s %s:", ko->data->unit_ids[c], ko->data->names[c]);
    if (ko->model->level_rule.present) {
      int lv = ko->results->level[c];
      if (lv < 0) emit_printf(e, " %s %s", label(lang, L_LEVEL), label(lang, L_UNKNOWN));
      else emit_printf(e, " %s %d", label(lang, L_LEVEL), lv);
    }
    for (int i = 0; i < ko->nrecs; i++) {
      emit_printf(e, " %s ", ko->model->recs[i].name);
      met_word(e, &ko->results->recog[(size_t)c * (size_t)ko->nrecs + (size_t)i], lang);
    }
    emit_end(e);
  }
}

/* Where a recognition clause is judged: the unit and the context of its counts. */
typedef struct ClauseAt { const Results *r; int u, c; Lang lang; } ClauseAt;

static void list_failing(Emit *e, const Model *m, const Results *r, int u, int c, int kind,
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
static void explain_clause(Emit *e, Model *m, const Indicator *rule, const Node *n,
                           const Value *nv, const ClauseAt *at) {
  char val[256];
  fmt_value(val, sizeof val, m, nv[n->id], -1);
  emit_printf(e, "%s → %s", formula_node_text(m, &rule->score, n), val);
  operands(e, m, n, nv);
  const Node *agg = at && at->c >= 0 ? aggregate_in(n) : NULL;
  if (agg) {
    const char *k = agg->nkids == 1 ? agg->kids[0]->str : NULL;
    int kind = !k ? TK_ANY : strcmp(k, "mandatory") == 0 ? TK_MANDATORY : TK_EXTENDED;
    MetCounts cnt = eval_met_counts(m, at->r, at->u, at->c, kind);
    emit_printf(e, "  (%s %d/%d", label(at->lang, L_MET), cnt.met, cnt.assigned);
    if (cnt.not_met) { emit_printf(e, "; %s: ", label(at->lang, L_NOT_MET)); list_failing(e, m, at->r, at->u, at->c, kind, false); }
    if (cnt.unknown) { emit_printf(e, "; %s: ", label(at->lang, L_UNKNOWN)); list_failing(e, m, at->r, at->u, at->c, kind, true); }
    emit_text(e, ")");
  }
}

/* The top-level clauses of an and/or chain, each with its value, one per line. */
static void explain_clauses(Emit *e, Model *m, const Indicator *rule, const Node *n,
                            const Value *nv, Op op, const char *indent, const ClauseAt *at) {
  if (n->tag == N_BIN && n->op == op) {
    explain_clauses(e, m, rule, n->kids[0], nv, op, indent, at);
    if (nv[n->kids[1]->id].kind == V_NONE) return;  /* not evaluated: the left side decided */
    explain_clauses(e, m, rule, n->kids[1], nv, op, indent, at);
    return;
  }
  emit_begin(e, indent);
  explain_clause(e, m, rule, n, nv, at);
  emit_end(e);
}

/* Criterion k's target in context c, met or not, for unit u: one line, then the clauses
** of a compound target. */
static void explain_target(Emit *e, Model *m, const Dataset *ds, const Results *r, int u,
                           int k, int c, Lang lang) {
  const Target *t = &m->inds[k].targets[c];
  bool judged_here = m->ctx_kind == CTX_PERIODS && r->period[u] == c;
  emit_begin(e, "  ");
  emit_printf(e, "%s %s", judged_here ? "→" : " ", m->ctxs[c].label);
  if (t->kind != TK_ANY) emit_printf(e, " (%s)", label(lang, t->kind == TK_MANDATORY ? L_MANDATORY : L_EXTENDED));
  if (!t->assigned) {
    emit_printf(e, ": %s", label(lang, m->ctx_kind == CTX_TIERS ? L_NONE : L_NOT_ASSIGNED));
    emit_end(e);
    return;
  }
  Value *nv = calloc((size_t)t->rule->score.nnodes + 1, sizeof *nv);
  if (nv == NULL) { emit_end(e); return; }
  Value v = eval_rule_at(m, ds, r, r->kids, t->rule, u, c, nv);
  emit_printf(e, ": \"%s\" → ", t->raw ? t->raw : "");
  met_word(e, &v, lang);
  const Node *root = t->rule->score.result;
  bool compound = root && root->tag == N_BIN && (root->op == OP_AND || root->op == OP_OR);
  if (root && !compound) operands(e, m, root, nv);
  if (v.kind != V_BOOL) {
    char why[256];
    emit_printf(e, " (%s)", fmt_cause(m, v, why, sizeof why));
  }
  emit_end(e);
  if (compound) explain_clauses(e, m, t->rule, root, nv, root->op, "        ", NULL);
  free(nv);
}

/* Criterion k's target in every context, met or not, for unit u. */
static void explain_targets(Emit *e, Model *m, const Dataset *ds, const Results *r, int u,
                            int k, Lang lang) {
  heading(e, "  ", label(lang, L_TARGET));
  for (int c = 0; c < m->nctx; c++) explain_target(e, m, ds, r, u, k, c, lang);
}

/* What a criterion's record says besides its value: agency, legal basis, responsible. */
static void explain_criterion_notes(Emit *e, const Indicator *ind, Lang lang) {
  if (ind->agency) emit_field(e, "  ", label(lang, L_AGENCY), ind->agency);
  if (ind->legal) emit_field(e, "  ", label(lang, L_LEGAL), ind->legal);
  if (ind->responsible) emit_field(e, "  ", label(lang, L_RESPONSIBLE), ind->responsible);
  if (ind->note) emit_field(e, "  ", label(lang, L_NOTE), ind->note);
}

/* A criterion: its value's formula, inputs and steps, the value, then its targets. */
static void explain_criterion(Emit *e, Model *m, const Dataset *ds, const Results *r, int u,
                              int k, const Value *nv, const Value *slots, Lang lang) {
  const Indicator *ind = &m->inds[k];
  const Score *s = results_score(r, u, k);
  const Group *g = &m->groups[ind->group];
  char buf[512];
  emit_begin(e, "  ");
  emit_printf(e, "%s %s %s", label(lang, L_GROUP), g->code, g->name);
  if (ind->unit) emit_printf(e, " · %s", ind->unit);
  emit_end(e);
  emit_begin(e, "  ");
  emit_span(e, "h", "%s", label(lang, L_VALUE));
  emit_printf(e, " (%s:%d", ind->score.file, ind->score.line);
  if (ind->score.exact) emit_printf(e, ":%d", ind->score.col);
  emit_text(e, "):");
  emit_end(e);
  emit_code(e, "    ", ind->score.text);
  explain_inputs(e, m, ds, u, k, lang);
  if (uses_children(&ind->prog)) explain_children(e, r, u, lang);
  explain_slots(e, m, ind, slots, nv, lang);
  emit_begin(e, "  ");
  emit_printf(e, "%s: ", label(lang, L_VALUE));
  if (score_counts(s)) fmt_value(buf, sizeof buf, m, eval_value(m, r, u, k), -1);
  else fmt_cause(m, s->cause, buf, sizeof buf);
  emit_span(e, score_counts(s) ? "score" : "unknown", "%s", buf);
  emit_end(e);
  explain_targets(e, m, ds, r, u, k, lang);
  explain_criterion_notes(e, ind, lang);
  explain_evidence(e, m, r, u, k, lang);
}

/* The criteria of context c not met (or unknown) by unit u: "1.6, 3.2". */
static void list_failing(Emit *e, const Model *m, const Results *r, int u, int c, int kind,
                         bool unknown) {
  bool first = true;
  for (int k = 0; k < m->ninds; k++) {
    const Target *t = m->inds[k].targets ? &m->inds[k].targets[c] : NULL;
    if (t == NULL || !t->assigned || (kind != TK_ANY && t->kind != kind)) continue;
    const Value *v = results_met(r, u, k, c);
    if (unknown ? v->kind == V_BOOL : !(v->kind == V_BOOL && v->n == 0)) continue;
    emit_printf(e, "%s%s", first ? "" : ", ", m->inds[k].code);
    first = false;
  }
}

static void explain_counts(Emit *e, const Model *m, const Results *r, int u, int c, int kind,
                           const char *what, Lang lang) {
  MetCounts n = eval_met_counts(m, r, u, c, kind);
  char buf[256];
  outcomes_met_text(buf, sizeof buf, m, n, lang);
  emit_line(e, "  ", "%s: %s", what, buf);
  for (int unknown = 0; unknown < 2; unknown++) {
    if (!(unknown ? n.unknown : n.not_met)) continue;
    emit_begin(e, "    ");
    emit_span(e, unknown ? "unknown" : "notmet", "%s", label(lang, unknown ? L_UNKNOWN : L_NOT_MET));
    emit_text(e, ": ");
    list_failing(e, m, r, u, c, kind, unknown);
    emit_end(e);
  }
}

/* The counts of criteria met in each context the unit is judged in. */
static void explain_context_counts(Emit *e, Model *m, const Results *r, int u, Lang lang) {
  char buf[256];
  for (int c = 0; c < m->nctx; c++) {
    if (m->ctx_kind == CTX_PERIODS && c != r->period[u]) continue;
    if (m->ctx_kind == CTX_TIERS) {
      snprintf(buf, sizeof buf, "%s, %s", m->ctxs[c].label, label(lang, L_MANDATORY));
      explain_counts(e, m, r, u, c, TK_MANDATORY, buf, lang);
      snprintf(buf, sizeof buf, "%s, %s", m->ctxs[c].label, label(lang, L_EXTENDED));
      explain_counts(e, m, r, u, c, TK_EXTENDED, buf, lang);
    } else {
      snprintf(buf, sizeof buf, "%s %s", m->ctx_kind == CTX_LEVELS ? label(lang, L_LEVEL)
               : label(lang, L_PERIOD), m->ctx_kind == CTX_LEVELS ? m->ctxs[c].code : m->ctxs[c].label);
      if (m->ctx_kind == CTX_LEVELS) snprintf(buf + strlen(buf), sizeof buf - strlen(buf), " %s", m->ctxs[c].label);
      explain_counts(e, m, r, u, c, TK_ANY, buf, lang);
    }
  }
  if (m->ctx_kind == CTX_PERIODS && r->period[u] < 0)
    emit_line(e, "  ", "%s: %s", label(lang, L_PERIOD), label(lang, L_UNKNOWN));
}

/* The level reached by the level rule, and the registered level. */
static void explain_level(Emit *e, Model *m, const Dataset *ds, const Results *r, int u,
                          Lang lang) {
  int lv = r->level[u], reg = eval_registered(m, ds, u);
  emit_begin(e, "  ");
  emit_printf(e, "%s (%s: %s): ", label(lang, L_LEVEL_REACHED), label(lang, L_LEVEL_RULE),
              m->level_rule.source ? m->level_rule.source : "cumulative");
  if (lv < 0) emit_span(e, "unknown", "%s", label(lang, L_UNKNOWN));
  else if (lv == 0) emit_span(e, "score", "0 (%s)", label(lang, L_NO_LEVEL));
  else emit_span(e, "score", "%d — %s", lv, m->ctxs[lv - 1].label);
  emit_end(e);
  if (reg < 0) return;
  emit_begin(e, "  ");
  emit_printf(e, "%s: %d → ", label(lang, L_REGISTERED), reg);
  if (lv < 0) emit_span(e, "unknown", "%s", label(lang, L_UNKNOWN));
  else emit_span(e, lv >= reg ? "met" : "notmet", "%s", label(lang, lv >= reg ? L_REGISTERED_REACHED : L_NOT_MET));
  emit_end(e);
}

/* Recognition i for unit u, clause by clause with the inputs it reads. */
static void explain_recognition(Emit *e, Model *m, const Dataset *ds, const Results *r, int u,
                                int i, Lang lang) {
  const Recognition *rc = &m->recs[i];
  char buf[256];
  int c = rc->ctx >= 0 ? rc->ctx : r->period[u];
  Value *nv = calloc((size_t)rc->rule.score.nnodes + 1, sizeof *nv);
  if (nv == NULL) return;
  Value v = eval_rule_at(m, ds, r, r->kids, &rc->rule, u, c, nv);
  emit_begin(e, "  ");
  emit_span(e, "h", "%s \"%s\"", label(lang, L_RECOGNITION), rc->name);
  emit_printf(e, " — %s", rc->text ? rc->text : "");
  if (rc->ctx >= 0) emit_printf(e, " (%s)", m->ctxs[rc->ctx].label);
  emit_end(e);
  emit_line(e, "    ", "%s: %s", label(lang, L_RULE), rc->rule.score.text);
  if (rc->source) emit_field(e, "    ", label(lang, L_SOURCE), rc->source);
  if (rc->note) emit_field(e, "    ", label(lang, L_NOTE), rc->note);
  explain_formula_inputs(e, m, ds, u, &rc->rule, "    ", lang);
  const Node *root = rc->rule.score.result;
  ClauseAt at = { r, u, c, lang };
  if (root) explain_clauses(e, m, &rc->rule, root, nv, root->tag == N_BIN && root->op == OP_OR ? OP_OR : OP_AND, "      ", &at);
  emit_begin(e, "    ");
  emit_text(e, "→ ");
  met_word(e, &v, lang);
  if (v.kind != V_BOOL) emit_printf(e, " (%s)", fmt_cause(m, v, buf, sizeof buf));
  emit_end(e);
  free(nv);
}

/* The unit's outcome: counts per context, the level reached, each recognition clause by
** clause. */
static void explain_outcomes(Emit *e, Model *m, const Dataset *ds, const Results *r, int u,
                             Lang lang) {
  emit_begin(e, "");
  emit_span(e, "h", "%s", label(lang, L_OUTCOME));
  emit_end(e);
  explain_context_counts(e, m, r, u, lang);
  if (m->level_rule.present) explain_level(e, m, ds, r, u, lang);
  for (int i = 0; i < m->nrecs; i++) explain_recognition(e, m, ds, r, u, i, lang);
}

/* A scored indicator: pattern, formula, substitution or inputs, peers, steps, branches,
** score. */
static void explain_scored(Emit *e, Model *m, const Dataset *ds, const Results *r, int u,
                           int k, const Value *nv, const Value *slots, Lang lang) {
  const Indicator *ind = &m->inds[k];
  const Group *g = &m->groups[ind->group];
  emit_line(e, "  ", "%s %s %s · %s %g", label(lang, L_GROUP), g->code, g->name,
            label(lang, L_MAX_POINTS), ind->max);
  if (ind->score.pattern) emit_line(e, "  ", "%s: %s", label(lang, L_PATTERN), ind->score.shown);
  emit_begin(e, "  ");
  emit_span(e, "h", "%s", label(lang, L_FORMULA));
  if (ind->score.exact) emit_printf(e, " (%s:%d:%d):", m->script, ind->score.line, ind->score.col);
  else emit_printf(e, " (%s %s:%d):", label(lang, L_FROM_PATTERN), m->script, ind->score.line);
  emit_end(e);
  emit_code(e, "    ", ind->score.text);
  if (ind->subst >= 0 && explain_substitution(e, m, ds, r, u, k, lang)) return;
  explain_inputs(e, m, ds, u, k, lang);
  explain_peers(e, m, ds, r, k, lang);
  explain_slots(e, m, ind, slots, nv, lang);
  explain_score(e, m, ind, results_score(r, u, k), lang);
  explain_evidence(e, m, r, u, k, lang);
}

void explain_derivation(Emit *e, Model *m, const Dataset *ds, const Results *r, int u, int k,
                        Lang lang) {
  const Indicator *ind = &m->inds[k];
  /* Every node's value, recorded again: the operands of comparisons are not in the trace. */
  Value *nv = calloc((size_t)ind->score.nnodes + 1, sizeof *nv);
  Value *slots = calloc((size_t)ind->prog.nslots + 1, sizeof *slots);
  if (nv && slots) {
    eval_explain(m, ds, r, u, k, nv, slots);
    if (ind->is_value) explain_criterion(e, m, ds, r, u, k, nv, slots, lang);
    else explain_scored(e, m, ds, r, u, k, nv, slots, lang);
  }
  free(nv);
  free(slots);
}

void explain_totals(Emit *e, Model *m, const Dataset *ds, const Results *r, int u, Lang lang) {
  char buf[64];
  if (m->ctx_kind != CTX_NONE) { explain_outcomes(e, m, ds, r, u, lang); return; }
  for (int g = 0; g < m->ngroups; g++) {
    fmt_fixed(buf, sizeof buf, r->group_sum[(size_t)u * (size_t)m->ngroups + (size_t)g], m->dec.decimals);
    emit_line(e, "", "%s %s %s: %s / %g", label(lang, L_GROUP), m->groups[g].code, m->groups[g].name,
              buf, m->groups[g].max);
  }
  fmt_fixed(buf, sizeof buf, r->total[u], m->dec.decimals);
  emit_begin(e, "");
  emit_printf(e, "%s: ", label(lang, L_TOTAL));
  emit_span(e, "score", "%s", buf);
  if (m->dec.has_total) emit_printf(e, " / %g", m->dec.total);
  if (r->rank[u]) emit_printf(e, " · %s %d", label(lang, L_RANK), r->rank[u]);
  else if (m->dec.rank) emit_printf(e, " · %s", label(lang, L_NOT_RANKED));
  if (r->unscored[u]) {
    emit_text(e, " · ");
    emit_printf(e, label_n(lang, L_UNSCORED, L_UNSCORED_ONE, r->unscored[u]), r->unscored[u]);
  }
  emit_end(e);
}

/* "Chỉ số 3.4 — text" or "Tiêu chí I.1 — text". */
static void explain_title(Emit *e, const Model *m, int k, Lang lang) {
  const Indicator *ind = &m->inds[k];
  emit_line(e, "", "%s %s — %s", label(lang, ind->is_value ? L_CRITERION : L_INDICATOR),
            ind->code, ind->text);
}

void explain_unit(FILE *out, Model *m, const Dataset *ds, const Results *r, int u, int k,
                  Lang lang) {
  Emit e = { out, false };
  fprintf(out, "%s (%s) · %s:%zu\n\n", ds->names[u], ds->unit_ids[u], ds->path, ds->rows[u]);
  for (int i = k >= 0 ? k : 0; i < (k >= 0 ? k + 1 : m->ninds); i++) {
    explain_title(&e, m, i, lang);
    explain_derivation(&e, m, ds, r, u, i, lang);
    if (k < 0) fputc('\n', out);
  }
  if (k < 0) explain_totals(&e, m, ds, r, u, lang);
}
