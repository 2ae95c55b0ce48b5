/*
** forms.c — the official forms, filled from an evaluation (see forms.h).
**
** What each column holds, and how the seeds' forms were read, is in docs/language.md
** ("Official forms"). In short: "Chỉ tiêu" is the target of the unit's year as the
** decision states it, "Kết quả" the criterion's value, "Đánh giá" whether the target is
** met, "Ghi chú" what the reader must know about the row (missing data, not assigned).
*/
#include "forms.h"

#include "i18n.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "cell.h"
#include "derive.h"
#include "evidence.h"
#include "fmt.h"
#include "outcomes_out.h"

/* ------------------------------------------------------------ which form */

static const char *const form_names[] = {
  [FORM_MAU01] = "mau01", [FORM_MAU02] = "mau02", [FORM_BIEU03] = "bieu03" };

FormKind forms_by_name(const char *name) {
  for (int k = FORM_MAU01; name && k <= FORM_BIEU03; k++)
    if (strcmp(name, form_names[k]) == 0) return (FormKind)k;
  return FORM_NONE;
}

FormKind forms_default(const Model *m) {
  return m->ctx_kind == CTX_PERIODS ? FORM_MAU01 : m->ctx_kind == CTX_TIERS ? FORM_BIEU03 : FORM_NONE;
}

bool forms_fits(FormKind k, const Model *m, char *why, size_t size) {
  static const char *const kinds[] = { N_("gives points"), N_("has targets per year"),
                                       N_("has maturity levels"), N_("has tiers") };
  const char *forms = _("Mẫu 01 and Mẫu 02 (--form mau01, mau02) for a decision with targets per year "
    "(Thanh Hóa 1829/QĐ-UBND), Biểu 03 (--form bieu03) for a decision with tiers "
    "(Yên Bái 240/QĐ-UBND)");
  if (k != FORM_NONE && k == forms_default(m)) return true;
  if (k == FORM_MAU02 && m->ctx_kind == CTX_PERIODS) return true;
  const char *id = m->dec.id ? m->dec.id : m->script;
  if (forms_default(m) == FORM_NONE)
    snprintf(why, size, _("the decision %s %s, and the seeds have no official form for such a "
             "decision; the forms are %s"), id, _(kinds[m->ctx_kind]), forms);
  else
    snprintf(why, size, _("the decision %s %s: its form is --form %s; the forms are %s"), id,
             _(kinds[m->ctx_kind]), form_names[forms_default(m)], forms);
  return false;
}

/* ------------------------------------------------------------ small texts */

/* Text assembled piece by piece (a list of codes, a note of several remarks). */
typedef struct Str { FILE *f; char *buf; size_t len; } Str;

static void str_open(Str *s) {
  s->buf = NULL;
  s->len = 0;
  s->f = open_memstream(&s->buf, &s->len);
}

/* Appends fmt; with sep first when something was written already. */
static void str_add(Str *s, const char *sep, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void str_add(Str *s, const char *sep, const char *fmt, ...) {
  if (s->f == NULL) return;
  if (sep && ftell(s->f) > 0) fputs(sep, s->f);
  va_list ap;
  va_start(ap, fmt);
  vfprintf(s->f, fmt, ap);
  va_end(ap);
}

static const char *str_close(FormDoc *d, Str *s) {
  if (s->f) fclose(s->f);
  const char *t = form_str(d, "%s", s->buf ? s->buf : "");
  free(s->buf);
  return t;
}

/* Upper case, for the names in the forms' titles (the seeds write them in capitals). */
static const char *upper(FormDoc *d, const char *s) {
  size_t n = strlen(s);
  char *out = malloc(4 * n + 1), *o = out;
  if (out == NULL) return s;
  const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
  for (utf8proc_ssize_t len; n > 0; p += len, n -= (size_t)len) {
    utf8proc_int32_t c;
    len = utf8proc_iterate(p, (utf8proc_ssize_t)n, &c);
    if (len <= 0) { free(out); return s; }            /* not UTF-8: as it is */
    o += utf8proc_encode_char(utf8proc_toupper(c), (utf8proc_uint8_t *)o);
  }
  *o = '\0';
  const char *t = form_str(d, "%s", out);
  free(out);
  return t;
}

/* "Bắt buộc" from "bắt buộc": the first letter in capitals (ASCII letters only). */
static const char *capital(FormDoc *d, const char *s) {
  const char *t = form_str(d, "%s", s);
  if (t[0] >= 'a' && t[0] <= 'z') ((char *)t)[0] = (char)(t[0] - 'a' + 'A');
  return t;
}

const char *forms_decision_line(FormDoc *d, const Model *m) {
  const Decision *dec = &m->dec;
  return form_str(d, "%s: %s %s%s%s%s — %s", label(d->lang, L_LEGAL), label(d->lang, L_DECISION),
                  dec->number ? dec->number : dec->id ? dec->id : "", dec->issued ? " (" : "",
                  dec->issued ? dec->issued : "", dec->issued ? ")" : "", dec->title ? dec->title : "");
}

/* ------------------------------------------------------------ one criterion's cells */

bool forms_is_percent(const Model *m, const Indicator *ind) {
  if (ind->value_bool) return false;
  if (ind->unit && strcmp(ind->unit, "%") == 0) return true;
  for (int c = 0; ind->targets && c < m->nctx; c++)
    if (ind->targets[c].assigned && ind->targets[c].raw && strchr(ind->targets[c].raw, '%')) return true;
  return false;
}

/* Without a declared unit: "Có/Không" for a yes/no, "%" for a share, "Số lượng" for a
** number (docs/language.md, "Official forms"). */
const char *forms_unit(const Model *m, const Indicator *ind, Lang lang) {
  if (ind->unit && ind->unit[0]) return ind->unit;
  if (ind->value_bool) return label(lang, L_F_YESNO_UNIT);
  return forms_is_percent(m, ind) ? "%" : label(lang, L_F_NUMBER_UNIT);
}

/* A number as written in a target: digits and a point, an optional %. */
static bool plain_number(const char *s, size_t n) {
  size_t digits = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] >= '0' && s[i] <= '9') digits++;
    else if (s[i] == '%' && i == n - 1 && digits) return true;
    else if (s[i] != '.') return false;
  }
  return digits > 0;
}

const char *forms_target(FormDoc *d, const Target *t) {
  static const struct { const char *op, *sym; } ops[] = {
    { ">=", "≥" }, { "<=", "≤" }, { "==", "=" }, { "~=", "≠" }, { ">", ">" }, { "<", "<" } };
  if (!t->assigned || t->raw == NULL) return "*";
  const char *s = t->raw + strspn(t->raw, " \t");
  size_t n = strlen(s);
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
  if (n == 3 && strncmp(s, "yes", 3) == 0) return label(d->lang, L_F_YES);
  if (n == 2 && strncmp(s, "no", 2) == 0) return label(d->lang, L_F_NO);
  const char *sym = "≥", *num = s;                  /* a bare number means at least */
  for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
    if (strncmp(s, ops[i].op, strlen(ops[i].op)) == 0) { sym = ops[i].sym; num = s + strlen(ops[i].op); break; }
  num += strspn(num, " \t");
  size_t len = n - (size_t)(num - s);
  if (!plain_number(num, len)) return form_str(d, "%.*s", (int)n, s);   /* a rule: as written */
  bool pct = num[len - 1] == '%';
  return form_str(d, "%s %.*s%s", sym, (int)(len - pct), num, pct ? " %" : "");
}

void forms_value_cell(FormDoc *d, FormCell *c, const Evaluated *e, int u, int k) {
  Value v = eval_value(e->m, e->r, u, k);
  int dec = e->m->dec.decimals;
  if (v.kind == V_BOOL) cell_text(d, c, label(d->lang, v.n != 0 ? L_F_YES : L_F_NO));
  else if (v.kind != V_NUM) cell_text(d, c, "");
  else if (forms_is_percent(e->m, &e->m->inds[k])) cell_percent(d, c, v.n, dec);
  else cell_number(d, c, v.n, v.n == floor(v.n) ? 0 : dec);
}

/* The decimals a number needs to be shown as it was written (at most 6). */
static int decimals_of(double v) {
  char buf[64];
  snprintf(buf, sizeof buf, "%.12g", v);
  if (strchr(buf, 'e')) return 6;
  const char *dot = strchr(buf, '.');
  int n = dot ? (int)strlen(dot + 1) : 0;
  return n > 6 ? 6 : n;
}

void forms_input_cell(FormDoc *d, FormCell *c, const Evaluated *e, int u, int input) {
  InputOrigin o;
  const Input *in = &e->m->inputs[input];
  derive_input(e->ds, e->m, u, input, &o);
  if (o.column == NULL) { cell_text(d, c, form_str(d, "(%s)", label(d->lang, L_NO_COLUMN))); return; }
  if (o.state == CELL_INVALID) { cell_text(d, c, form_str(d, "%s \"%s\"", label(d->lang, L_INVALID), o.cell)); return; }
  if (o.value.kind == V_MISSING) { cell_text(d, c, form_str(d, "(%s)", label(d->lang, L_BLANK))); return; }
  double v = o.value.n;
  if (o.value.kind == V_BOOL) cell_text(d, c, label(d->lang, v != 0 ? L_F_YES : L_F_NO));
  else if (in->type == IN_TEXT) cell_text(d, c, o.cell);
  else if (in->type == IN_CHOICE && v >= 0 && v < in->noptions) cell_text(d, c, in->options[(int)v].code);
  else if (in->type == IN_PERCENT) cell_percent(d, c, v, decimals_of(v * 100));
  else cell_number(d, c, v, decimals_of(v));
}

FormMet forms_met(const Value *v) {
  if (v->kind == V_NONE) return FM_NOT_ASSIGNED;
  if (v->kind != V_BOOL) return FM_UNKNOWN;
  return v->n != 0 ? FM_MET : FM_NOT_MET;
}

/*
** "Ghi chú" of criterion k in context c: why its assessment is unknown (the blank input,
** or the value that cannot be computed), or, when it is not assigned, the criterion's
** note (for 1.11 in Cẩm Tân: "Chỉ tiêu này năm 2024 không thực hiện").
*/
static const char *remark(FormDoc *d, const Evaluated *e, int u, int k, int c) {
  const Indicator *ind = &e->m->inds[k];
  if (c < 0) return label(d->lang, L_F_NO_PERIOD);
  if (!ind->targets[c].assigned) return ind->note ? ind->note : "";
  const Score *s = results_score(e->r, u, k);
  Value v = score_counts(s) ? *results_met(e->r, u, k, c) : s->cause;   /* the value's own cause first */
  if (v.kind == V_MISSING && v.where >= 0 && v.where < e->m->ninputs) {
    const Input *in = &e->m->inputs[v.where];
    const char *what = in->label ? form_str(d, "%s (%s)", in->name, in->label) : in->name;
    return form_str(d, label(d->lang, L_F_MISSING), what);
  }
  if (v.kind == V_UNDEF || v.kind == V_MISSING)
    return v.why == U_DIV0 ? form_str(d, "%s (%s)", label(d->lang, L_F_UNDEFINED), label(d->lang, L_F_DIV0))
                           : label(d->lang, L_F_UNDEFINED);
  return "";
}

/* ------------------------------------------------------------ the criteria tables */

/* A group's heading row: its code and name in bold over the criteria. */
static void group_row(FormDoc *d, FormTable *t, const Group *g) {
  FormRow *row = form_row(d, t, true);
  if (row == NULL) return;
  cell_text(d, &row->cells[0], g->code);
  cell_text(d, &row->cells[1], g->name);
}

/* The columns TT, Tên chỉ tiêu, Đơn vị tính, Chỉ tiêu of Phụ lục 01 and 02. */
static void criterion_cells(FormDoc *d, FormCell *cells, const Model *m, int k, int c) {
  const Indicator *ind = &m->inds[k];
  cell_text(d, &cells[0], ind->code);
  cell_text(d, &cells[1], ind->text);
  cell_text(d, &cells[2], forms_unit(m, ind, d->lang));
  cell_text(d, &cells[3], c >= 0 ? forms_target(d, &ind->targets[c]) : "");
}

/* The evidence column: what the indicator requires; with an evidence register, what unit
   u provided, or that it is missing. */
static void evidence_cell(FormDoc *d, FormCell *cell, const Evaluated *e, int u, int k) {
  const Indicator *ind = &e->m->inds[k];
  if (e->r->evidence == NULL || !evidence_required(e->m, e->r, u, k)) {
    cell_text(d, cell, ind->evidence ? ind->evidence : "");
    return;
  }
  char list[2048], text[2560];
  if (evidence_list(e->r->evidence, u, k, list, sizeof list) > 0) cell_text(d, cell, list);
  else {
    snprintf(text, sizeof text, "%s: %s", label(d->lang, L_EV_MISSING), ind->evidence);
    cell_text(d, cell, text);
  }
}

static FormMet met_in(const Evaluated *e, int u, int k, int c) {
  if (c < 0) return FM_UNKNOWN;
  return forms_met(results_met(e->r, u, k, c));
}

/* Phụ lục 01 (seed 004 lines 896-949): one row per criterion, under its group. */
static void annex1_table(FormDoc *d, FormPage *p, const Evaluated *e, int u, int c) {
  const Model *m = e->m;
  Lang lang = d->lang;
  FormTable *t = form_table(d, p, 8);
  static const int widths[] = { 6, 50, 12, 12, 12, 14, 40, 36 };
  static const LabelId heads[] = { L_F_TT, L_F_CRITERION, L_F_UNIT, L_F_TARGET, L_RESULT,
                                   L_F_ASSESSMENT, L_F_EVIDENCE, L_NOTE };
  for (int i = 0; i < 8; i++) form_column(d, t, i, NULL, label(lang, heads[i]), widths[i]);
  for (int g = 0; t && g < m->ngroups; g++) {
    group_row(d, t, &m->groups[g]);
    for (int k = m->groups[g].first; k < m->groups[g].first + m->groups[g].count; k++) {
      if (!m->inds[k].is_value) continue;
      FormRow *row = form_row(d, t, false);
      if (row == NULL) return;
      criterion_cells(d, row->cells, m, k, c);
      forms_value_cell(d, &row->cells[4], e, u, k);
      cell_met(d, &row->cells[5], met_in(e, u, k, c));
      evidence_cell(d, &row->cells[6], e, u, k);
      cell_text(d, &row->cells[7], remark(d, e, u, k, c));
    }
  }
}

/*
** The counts per group. Mẫu 01 (seed 004 lines 467-469, under each group of "KẾT QUẢ THỰC
** HIỆN CÁC CHỈ TIÊU") asks for "- Chỉ tiêu đạt: - Chỉ tiêu đang triển khai: - Chỉ tiêu
** không hoàn thành:". A criterion is "đạt" when its target is met and "không hoàn thành"
** when it is not; "đang triển khai" (being implemented) is read as a criterion assigned
** this year whose result cannot be established yet: its data is missing or its value
** cannot be computed, so it is neither met nor failed (tieuchi's "unknown"). A criterion
** not assigned this year is in none of the three; it is counted apart ("không giao").
*/
typedef struct Tally { int assigned, met, progress, not_met, na; } Tally;

static void tally(const Evaluated *e, int u, int c, int first, int count, Tally *n, Str *codes,
                  Lang lang) {
  Str lists[4];                                     /* not met, in progress, not assigned */
  for (int i = 0; i < 3; i++) str_open(&lists[i]);
  memset(n, 0, sizeof *n);
  for (int k = first; k < first + count; k++) {
    if (!e->m->inds[k].is_value) continue;
    FormMet met = met_in(e, u, k, c);
    const char *code = e->m->inds[k].code;
    if (met == FM_NOT_ASSIGNED) { n->na++; str_add(&lists[2], ", ", "%s", code); continue; }
    n->assigned++;
    if (met == FM_MET) n->met++;
    else if (met == FM_NOT_MET) { n->not_met++; str_add(&lists[0], ", ", "%s", code); }
    else { n->progress++; str_add(&lists[1], ", ", "%s", code); }
  }
  static const LabelId what[] = { L_F_N_NOT_MET, L_F_N_IN_PROGRESS, L_F_N_NOT_ASSIGNED };
  for (int i = 0; i < 3; i++) {
    if (lists[i].f) fclose(lists[i].f);
    if (lists[i].buf && lists[i].buf[0]) str_add(codes, "; ", "%s: %s", label(lang, what[i]), lists[i].buf);
    free(lists[i].buf);
  }
}

static void tally_row(FormDoc *d, FormTable *t, const char *name, const Tally *n, const char *codes,
                      int decimals, bool bold) {
  FormRow *row = form_row(d, t, bold);
  if (row == NULL) return;
  cell_text(d, &row->cells[0], name);
  const int v[] = { n->assigned, n->met, n->progress, n->not_met, n->na };
  for (int i = 0; i < 5; i++) cell_number(d, &row->cells[1 + i], v[i], 0);
  if (n->assigned) cell_percent(d, &row->cells[6], (double)n->met / n->assigned, decimals);
  cell_text(d, &row->cells[7], codes);
}

/* "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU": per group and in total; returns the total. */
static Tally group_summary(FormDoc *d, FormPage *p, const Evaluated *e, int u, int c) {
  const Model *m = e->m;
  Lang lang = d->lang;
  form_add(d, p, FB_HEADING, label(lang, L_F_RESULTS));
  FormTable *t = form_table(d, p, 8);
  static const LabelId heads[] = { L_GROUP, L_F_ASSIGNED, L_F_N_MET, L_F_N_IN_PROGRESS,
                                   L_F_N_NOT_MET, L_F_N_NOT_ASSIGNED, L_F_RATE, L_NOTE };
  for (int i = 0; i < 8; i++) form_column(d, t, i, NULL, label(lang, heads[i]), i == 0 ? 30 : i == 7 ? 40 : 12);
  Tally total = { 0 }, n;
  for (int g = 0; g < m->ngroups; g++) {
    Str codes;
    str_open(&codes);
    tally(e, u, c, m->groups[g].first, m->groups[g].count, &n, &codes, lang);
    const char *list = str_close(d, &codes);
    tally_row(d, t, form_str(d, "%s. %s", m->groups[g].code, m->groups[g].name), &n, list,
              m->dec.decimals, false);
  }
  Str codes;
  str_open(&codes);
  tally(e, u, c, 0, m->ninds, &total, &codes, lang);
  tally_row(d, t, label(lang, L_F_TOTAL), &total, str_close(d, &codes), m->dec.decimals, true);
  return total;
}

/* "Kết quả: đạt 34/35 chỉ tiêu, tỷ lệ 97.14 %", then each recognition in the year. */
static void outcome_lines(FormDoc *d, FormPage *p, const Evaluated *e, int u, int c) {
  char buf[256];
  if (c >= 0) {
    outcomes_met_text(buf, sizeof buf, e->m, eval_met_counts(e->m, e->r, u, c, TK_ANY), d->lang);
    form_addf(d, p, FB_TEXT, "%s: %s", label(d->lang, L_RESULT), buf);
  }
  for (int i = 0; i < e->m->nrecs; i++) {
    const Recognition *rc = &e->m->recs[i];
    const Value *v = &e->r->recog[(size_t)u * (size_t)e->r->nrecs + (size_t)i];
    form_addf(d, p, FB_TEXT, "%s: %s", rc->text ? rc->text : rc->name, outcomes_met_word(v, d->lang));
  }
}

static const char *year_of(const Model *m, int c) {
  return c >= 0 ? m->ctxs[c].label : "……";
}

void forms_mau01(FormDoc *d, const Evaluated *e, int u) {
  Lang lang = d->lang;
  int c = e->r->period[u];
  FormPage *p = form_page(d, e->ds->unit_ids[u]);
  form_add(d, p, FB_TITLE, label(lang, L_F_ANNEX1));
  form_addf(d, p, FB_TITLE, label(lang, L_F_ANNEX1_TITLE), upper(d, e->ds->names[u]), year_of(e->m, c));
  form_add(d, p, FB_SUBTITLE, label(lang, L_F_ANNEX1_SUB));
  form_add(d, p, FB_TEXT, forms_decision_line(d, e->m));
  form_addf(d, p, FB_TEXT, "%s: %s (%s) · %s: %s:%zu", label(lang, L_F_ASSESSED), e->ds->names[u],
            e->ds->unit_ids[u], label(lang, L_DATA), e->ds->path, e->ds->rows[u]);
  annex1_table(d, p, e, u, c);
  group_summary(d, p, e, u, c);
  outcome_lines(d, p, e, u, c);
}

/* ------------------------------------------------------------ Mẫu 02 */

static bool same_value(Value a, Value b) {
  if (a.kind != b.kind) return false;
  return (a.kind != V_NUM && a.kind != V_BOOL) || a.n == b.n;
}

/* Ghi chú of Phụ lục 02: what the appraisal changed, then the appraised row's remark. */
static const char *remark2(FormDoc *d, const Evaluated *s, const Evaluated *a, int us, int ua,
                           int k, int cs, int ca) {
  Str note;
  str_open(&note);
  FormMet ms = met_in(s, us, k, cs), ma = met_in(a, ua, k, ca);
  if (ms != ma) str_add(&note, "; ", label(d->lang, L_F_SELF_MET), form_met_word(ms, d->lang));
  else if (!same_value(eval_value(s->m, s->r, us, k), eval_value(a->m, a->r, ua, k)))
    str_add(&note, "; ", "%s", label(d->lang, L_F_DIFFERS));
  const char *r = remark(d, a, ua, k, ca);
  if (r[0]) str_add(&note, "; ", "%s", r);
  return str_close(d, &note);
}

/* Phụ lục 02 (seed 004 lines 1006-1062): the commune's result beside the district's. */
static void annex2_table(FormDoc *d, FormPage *p, const Evaluated *s, const Evaluated *a,
                         int us, int ua) {
  const Model *m = a->m;
  Lang lang = d->lang;
  int cs = s->r->period[us], ca = a->r->period[ua];
  FormTable *t = form_table(d, p, 8);
  static const int widths[] = { 6, 50, 12, 12, 16, 16, 14, 40 };
  static const LabelId heads[] = { L_F_TT, L_F_CRITERION, L_F_UNIT, L_F_TARGET, L_F_SELF_RESULT,
                                   L_F_APPRAISED_RESULT, L_F_ASSESSMENT, L_NOTE };
  for (int i = 0; i < 8; i++) form_column(d, t, i, NULL, label(lang, heads[i]), widths[i]);
  for (int g = 0; t && g < m->ngroups; g++) {
    group_row(d, t, &m->groups[g]);
    for (int k = m->groups[g].first; k < m->groups[g].first + m->groups[g].count; k++) {
      if (!m->inds[k].is_value) continue;
      FormRow *row = form_row(d, t, false);
      if (row == NULL) return;
      criterion_cells(d, row->cells, m, k, ca);
      forms_value_cell(d, &row->cells[4], s, us, k);
      forms_value_cell(d, &row->cells[5], a, ua, k);
      cell_met(d, &row->cells[6], met_in(a, ua, k, ca));
      cell_text(d, &row->cells[7], remark2(d, s, a, us, ua, k, cs, ca));
    }
  }
}

/* Mẫu 02, IV. Kết luận (seed 004 lines 986-990): "Căn cứ kết quả thẩm định: xã …, đã
** hoàn thành …/…. Chỉ tiêu chuyển đổi số cấp xã năm …, tỷ lệ đạt …%. Kết quả: ĐẠT/ KHÔNG
** ĐẠT" — the result is each recognition of the decision (1829, Điều 2). */
static void conclusion2(FormDoc *d, FormPage *p, const Evaluated *s, const Evaluated *a, int us,
                        int ua, Tally n) {
  char buf[256], rate[64];
  int ca = a->r->period[ua], cs = s->r->period[us];
  Lang lang = d->lang;
  if (cs >= 0) {
    outcomes_met_text(buf, sizeof buf, s->m, eval_met_counts(s->m, s->r, us, cs, TK_ANY), lang);
    form_addf(d, p, FB_TEXT, "%s: %s", label(lang, L_F_SELF), buf);
  }
  form_add(d, p, FB_HEADING, label(lang, L_OUTCOME));
  if (ca >= 0 && n.assigned > 0) {
    fmt_fixed(rate, sizeof rate, 100.0 * n.met / n.assigned, a->m->dec.decimals);
    form_addf(d, p, FB_TEXT, label(lang, L_F_MAU02_CONCLUSION), s->ds->names[us], n.met,
              n.assigned, year_of(a->m, ca), rate);
  }
  for (int i = 0; i < a->m->nrecs; i++) {
    const Recognition *rc = &a->m->recs[i];
    const Value *v = &a->r->recog[(size_t)ua * (size_t)a->r->nrecs + (size_t)i];
    form_addf(d, p, FB_TEXT, "%s: %s — %s", label(lang, L_RESULT), upper(d, outcomes_met_word(v, lang)),
              rc->text ? rc->text : rc->name);
  }
}

void forms_mau02(FormDoc *d, const Evaluated *self, const Evaluated *appr, int us, int ua) {
  Lang lang = d->lang;
  int ca = appr->r->period[ua];
  FormPage *p = form_page(d, self->ds->unit_ids[us]);
  form_add(d, p, FB_TITLE, label(lang, L_F_ANNEX2));
  form_addf(d, p, FB_TITLE, label(lang, L_F_ANNEX2_TITLE), upper(d, self->ds->names[us]),
            year_of(appr->m, ca));
  form_add(d, p, FB_SUBTITLE, label(lang, L_F_ANNEX2_SUB));
  form_add(d, p, FB_TEXT, forms_decision_line(d, appr->m));
  form_addf(d, p, FB_TEXT, "%s: %s:%zu · %s: %s:%zu", label(lang, L_F_SELF), self->ds->path,
            self->ds->rows[us], label(lang, L_F_APPRAISED), appr->ds->path, appr->ds->rows[ua]);
  annex2_table(d, p, self, appr, us, ua);
  Tally n = group_summary(d, p, appr, ua, ca);
  conclusion2(d, p, self, appr, us, ua, n);
}

/* ------------------------------------------------------------ Biểu 03 */

/* "các xã, phường, thị trấn": who the decision assesses, as seed 003 names them (line 9). */
static const char *assessed(const Model *m, Lang lang) {
  const char *lv = m->dec.level ? m->dec.level : "";
  if (strcmp(lv, "xa") == 0 || strcmp(lv, "xã") == 0) return label(lang, L_F_UNITS_XA);
  if (strcmp(lv, "huyen") == 0 || strcmp(lv, "huyện") == 0) return label(lang, L_F_UNITS_HUYEN);
  if (strcmp(lv, "so") == 0 || strcmp(lv, "sở") == 0) return label(lang, L_F_UNITS_SO);
  return label(lang, L_F_UNITS_ANY);
}

/* "chuyển đổi số/chuyển đổi số nâng cao": the tiers' names joined as the seed writes them. */
static const char *tier_names(FormDoc *d, const Model *m) {
  Str s;
  str_open(&s);
  for (int c = 0; c < m->nctx; c++) {
    const char *l = m->ctxs[c].label;
    char first = l[0] >= 'A' && l[0] <= 'Z' ? (char)(l[0] - 'A' + 'a') : l[0];
    str_add(&s, "/", "%c%s", first, l[0] ? l + 1 : "");
  }
  return str_close(d, &s);
}

static const Value *recog_of(const Evaluated *e, int u, int i) {
  return &e->r->recog[(size_t)u * (size_t)e->r->nrecs + (size_t)i];
}

/* The columns of one tier: criteria and met per kind, the extended share, its
** recognitions. Returns the next column. */
static int tier_columns(FormDoc *d, FormTable *t, const Model *m, int c, int col) {
  static const LabelId heads[] = { L_F_N_MANDATORY, L_F_MANDATORY_MET, L_F_N_EXTENDED,
                                   L_F_EXTENDED_MET, L_F_EXTENDED_RATE };
  const char *band = m->ctxs[c].label;
  for (int i = 0; i < 5; i++) form_column(d, t, col++, band, label(d->lang, heads[i]), 11);
  int nrec = 0;
  for (int i = 0; i < m->nrecs; i++) nrec += m->recs[i].ctx == c;
  for (int i = 0; i < m->nrecs; i++)
    if (m->recs[i].ctx == c)
      form_column(d, t, col++, band, nrec == 1 ? label(d->lang, L_RESULT) : m->recs[i].name, 13);
  return col;
}

static int tier_cells(FormDoc *d, FormCell *cells, const Evaluated *e, int u, int c, int col) {
  MetCounts a = eval_met_counts(e->m, e->r, u, c, TK_MANDATORY);
  MetCounts b = eval_met_counts(e->m, e->r, u, c, TK_EXTENDED);
  cell_number(d, &cells[col++], a.assigned, 0);
  cell_number(d, &cells[col++], a.met, 0);
  cell_number(d, &cells[col++], b.assigned, 0);
  cell_number(d, &cells[col++], b.met, 0);
  if (b.assigned) cell_percent(d, &cells[col], (double)b.met / b.assigned, e->m->dec.decimals);
  col++;
  for (int i = 0; i < e->m->nrecs; i++)
    if (e->m->recs[i].ctx == c) cell_met(d, &cells[col++], forms_met(recog_of(e, u, i)));
  return col;
}

/* The criteria whose outcome is unknown in some tier: "Thiếu số liệu: III.7". */
static const char *unknown_criteria(FormDoc *d, const Evaluated *e, int u) {
  Str s;
  str_open(&s);
  for (int k = 0; k < e->m->ninds; k++)
    for (int c = 0; e->m->inds[k].targets && c < e->m->nctx; c++)
      if (forms_met(results_met(e->r, u, k, c)) == FM_UNKNOWN) { str_add(&s, ", ", "%s", e->m->inds[k].code); break; }
  const char *codes = str_close(d, &s);
  return codes[0] ? form_str(d, "%s: %s", label(d->lang, L_UNKNOWN), codes) : "";
}

static void summary3(FormDoc *d, FormPage *p, const Evaluated *e, int only) {
  const Model *m = e->m;
  int ncols = 4;
  for (int c = 0; c < m->nctx; c++) ncols += 5;
  for (int i = 0; i < m->nrecs; i++) ncols += m->recs[i].ctx >= 0;
  FormTable *t = form_table(d, p, ncols);
  form_column(d, t, 0, NULL, label(d->lang, L_F_STT), 5);
  form_column(d, t, 1, NULL, label(d->lang, L_UNIT), 8);
  form_column(d, t, 2, NULL, label(d->lang, L_C_NAME), 28);
  int col = 3;
  for (int c = 0; c < m->nctx; c++) col = tier_columns(d, t, m, c, col);
  form_column(d, t, col, NULL, label(d->lang, L_NOTE), 30);
  for (int u = 0, stt = 1; t && u < e->r->nunits; u++) {
    if (only >= 0 && u != only) continue;
    FormRow *row = form_row(d, t, false);
    if (row == NULL) return;
    cell_number(d, &row->cells[0], stt++, 0);
    cell_text(d, &row->cells[1], e->ds->unit_ids[u]);
    cell_text(d, &row->cells[2], e->ds->names[u]);
    int k = 3;
    for (int c = 0; c < m->nctx; c++) k = tier_cells(d, row->cells, e, u, c, k);
    cell_text(d, &row->cells[k], unknown_criteria(d, e, u));
  }
}

/* "Kết luận: (tên cơ quan đề nghị) đạt chuyển đổi số/chuyển đổi số nâng cao." (seed 003,
** Biểu 03, mục 3): the recognitions a unit obtained, those that are unknown, else "chưa đạt". */
static void conclusions3(FormDoc *d, FormPage *p, const Evaluated *e, int only) {
  form_add(d, p, FB_HEADING, label(d->lang, L_OUTCOME));
  for (int u = 0; u < e->r->nunits; u++) {
    if (only >= 0 && u != only) continue;
    Str yes, unknown;
    str_open(&yes);
    str_open(&unknown);
    for (int i = 0; i < e->m->nrecs; i++) {
      FormMet met = forms_met(recog_of(e, u, i));
      const char *text = e->m->recs[i].text ? e->m->recs[i].text : e->m->recs[i].name;
      if (met == FM_MET) str_add(&yes, "; ", "%s", text);
      else if (met == FM_UNKNOWN) str_add(&unknown, ", ", "%s", text);
    }
    const char *y = str_close(d, &yes), *q = str_close(d, &unknown);
    const char *what = y[0] ? y : q[0] ? "" : label(d->lang, L_F_NOT_RECOGNISED);
    form_addf(d, p, FB_BULLET, "%s (%s): %s%s%s%s%s", e->ds->names[u], e->ds->unit_ids[u], what,
              y[0] && q[0] ? "; " : "", q[0] ? label(d->lang, L_UNKNOWN) : "", q[0] ? ": " : "", q);
  }
}

/* One criterion of unit u in detail: per tier its target, kind and assessment; a tier
** the criterion is not in stays empty, as in Biểu 04. */
static void detail_row(FormDoc *d, FormTable *t, const Evaluated *e, int u, int k) {
  const Model *m = e->m;
  const Indicator *ind = &m->inds[k];
  FormRow *row = form_row(d, t, false);
  if (row == NULL) return;
  cell_text(d, &row->cells[0], ind->code);
  cell_text(d, &row->cells[1], ind->text);
  cell_text(d, &row->cells[2], forms_unit(m, ind, d->lang));
  forms_value_cell(d, &row->cells[3], e, u, k);
  int j = 4, judged = -1;
  for (int c = 0; c < m->nctx; c++, j += 3) {
    const Target *tg = &ind->targets[c];
    if (!tg->assigned) continue;
    if (judged < 0) judged = c;
    LabelId kind = tg->kind == TK_EXTENDED ? L_EXTENDED : L_MANDATORY;
    cell_text(d, &row->cells[j], forms_target(d, tg));
    cell_text(d, &row->cells[j + 1], capital(d, label(d->lang, kind)));
    cell_met(d, &row->cells[j + 2], forms_met(results_met(e->r, u, k, c)));
  }
  evidence_cell(d, &row->cells[j], e, u, k);
  if (judged >= 0) cell_text(d, &row->cells[j + 1], remark(d, e, u, k, judged));
}

/* "Đánh giá chi tiết kết quả đạt được của từng tiêu chí" (Biểu 03, mục 3), with the columns
** of Biểu 04 (STT, Nhóm tiêu chí/Tên tiêu chí, Đơn vị tính, per tier Mục tiêu and Bắt buộc/
** Mở rộng, Tài liệu kiểm chứng) and the unit's result and assessment. */
static void detail3(FormDoc *d, FormPage *p, const Evaluated *e, int u) {
  const Model *m = e->m;
  Lang lang = d->lang;
  form_add(d, p, FB_HEADING, label(lang, L_F_B03_DETAIL));
  int col = 4;
  FormTable *t = form_table(d, p, 6 + 3 * m->nctx);
  form_column(d, t, 0, NULL, label(lang, L_F_STT), 6);
  form_column(d, t, 1, NULL, label(lang, L_F_GROUP_CRITERION), 50);
  form_column(d, t, 2, NULL, label(lang, L_F_UNIT), 12);
  form_column(d, t, 3, NULL, label(lang, L_RESULT), 12);
  for (int c = 0; c < m->nctx; c++) {
    form_column(d, t, col++, m->ctxs[c].label, label(lang, L_F_GOAL), 11);
    form_column(d, t, col++, m->ctxs[c].label, label(lang, L_F_KIND), 11);
    form_column(d, t, col++, m->ctxs[c].label, label(lang, L_C_MET), 12);
  }
  form_column(d, t, col++, NULL, label(lang, L_EVIDENCE), 40);
  form_column(d, t, col, NULL, label(lang, L_NOTE), 30);
  for (int g = 0; t && g < m->ngroups; g++) {
    group_row(d, t, &m->groups[g]);
    for (int k = m->groups[g].first; k < m->groups[g].first + m->groups[g].count; k++)
      if (m->inds[k].is_value) detail_row(d, t, e, u, k);
  }
}

void forms_bieu03(FormDoc *d, const Evaluated *e, int only, const char *year) {
  Lang lang = d->lang;
  FormPage *p = form_page(d, only >= 0 ? e->ds->unit_ids[only] : label(lang, L_F_B03));
  form_add(d, p, FB_TEXT, label(lang, L_F_B03));
  form_add(d, p, FB_TITLE, label(lang, L_F_REPORT));
  form_addf(d, p, FB_SUBTITLE, label(lang, L_F_B03_TITLE),
            only >= 0 ? e->ds->names[only] : assessed(e->m, lang), tier_names(d, e->m),
            year ? year : "……");
  form_add(d, p, FB_TEXT, forms_decision_line(d, e->m));
  form_addf(d, p, FB_TEXT, "%s: %s, %d %s", label(lang, L_DATA), e->ds->path, e->r->nunits,
            label_n(lang, L_UNITS, L_UNIT_ONE, e->r->nunits));
  form_add(d, p, FB_HEADING, label(lang, L_F_B03_SECTION));
  summary3(d, p, e, only);
  if (only >= 0) detail3(d, p, e, only);
  conclusions3(d, p, e, only);
}
