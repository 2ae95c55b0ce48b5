/*
** form_doc.c — building a format-neutral document (see form_doc.h).
*/
#include "form_doc.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "fmt.h"

void form_doc_init(FormDoc *d, const char *title, Lang lang) {
  memset(d, 0, sizeof *d);
  d->lang = lang;
  d->title = arena_strdup(&d->arena, title ? title : "");
  if (d->title == NULL) d->oom = true;
}

void form_doc_free(FormDoc *d) {
  arena_free(&d->arena);
  memset(d, 0, sizeof *d);
}

/* Room for one more item in an arena array: a full array is copied into one twice as
** big (the old one stays in the arena until form_doc_free; documents are small). */
static bool grow(FormDoc *d, void **items, int *cap, int n, size_t size) {
  if (n < *cap) return true;
  int ncap = *cap ? *cap * 2 : 8;
  void *p = arena_alloc(&d->arena, (size_t)ncap * size);
  if (p == NULL) { d->oom = true; return false; }
  if (*items) memcpy(p, *items, (size_t)n * size);
  *items = p;
  *cap = ncap;
  return true;
}

static const char *copy(FormDoc *d, const char *s) {
  const char *c = arena_strdup(&d->arena, s ? s : "");
  if (c == NULL) { d->oom = true; return ""; }
  return c;
}

const char *form_str(FormDoc *d, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  const char *s = arena_vprintf(&d->arena, fmt, ap);
  va_end(ap);
  if (s == NULL) { d->oom = true; return ""; }
  return s;
}

FormPage *form_page(FormDoc *d, const char *name) {
  void *items = d->pages;
  if (d->oom || !grow(d, &items, &d->cap, d->npages, sizeof *d->pages)) return NULL;
  d->pages = items;
  FormPage *p = &d->pages[d->npages++];
  memset(p, 0, sizeof *p);
  p->name = copy(d, name);
  return p;
}

/* Pages and rows live in growing arrays: a FormPage or FormRow pointer is valid until the
** next page or row is added (tables and cells do not move). */
static FormBlock *new_block(FormDoc *d, FormPage *p, FormBlockKind kind) {
  if (d->oom || p == NULL) return NULL;
  void *items = p->blocks;
  if (!grow(d, &items, &p->cap, p->nblocks, sizeof *p->blocks)) return NULL;
  p->blocks = items;
  FormBlock *b = &p->blocks[p->nblocks++];
  memset(b, 0, sizeof *b);
  b->kind = (uint8_t)kind;
  return b;
}

void form_add(FormDoc *d, FormPage *p, FormBlockKind kind, const char *text) {
  FormBlock *b = new_block(d, p, kind);
  if (b) b->text = copy(d, text);
}

void form_addf(FormDoc *d, FormPage *p, FormBlockKind kind, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  const char *s = arena_vprintf(&d->arena, fmt, ap);
  va_end(ap);
  if (s == NULL) { d->oom = true; return; }
  FormBlock *b = new_block(d, p, kind);
  if (b) b->text = s;
}

FormTable *form_table(FormDoc *d, FormPage *p, int ncols) {
  FormBlock *b = new_block(d, p, FB_TABLE);
  FormTable *t = b ? arena_alloc(&d->arena, sizeof *t) : NULL;
  if (t) {
    t->ncols = ncols;
    t->head = arena_alloc(&d->arena, (size_t)ncols * sizeof *t->head);
    t->band = arena_alloc(&d->arena, (size_t)ncols * sizeof *t->band);
    t->width = arena_alloc(&d->arena, (size_t)ncols * sizeof *t->width);
  }
  if (t == NULL || !t->head || !t->band || !t->width) { d->oom = true; return NULL; }
  for (int c = 0; c < ncols; c++) { t->head[c] = ""; t->width[c] = 12; }
  b->table = t;
  return t;
}

void form_column(FormDoc *d, FormTable *t, int c, const char *band, const char *head, int width) {
  if (t == NULL || c < 0 || c >= t->ncols) return;
  t->band[c] = band ? copy(d, band) : NULL;
  t->head[c] = copy(d, head);
  t->width[c] = width;
}

FormRow *form_row(FormDoc *d, FormTable *t, bool group) {
  void *items = t ? t->rows : NULL;
  if (d->oom || t == NULL || !grow(d, &items, &t->cap, t->nrows, sizeof *t->rows)) return NULL;
  t->rows = items;
  FormRow *r = &t->rows[t->nrows];
  r->group = group;
  r->cells = arena_alloc(&d->arena, (size_t)t->ncols * sizeof *r->cells);
  if (r->cells == NULL) { d->oom = true; return NULL; }
  for (int c = 0; c < t->ncols; c++) r->cells[c].text = "";
  t->nrows++;
  return r;
}

void cell_text(FormDoc *d, FormCell *c, const char *text) {
  c->kind = FC_TEXT;
  c->text = copy(d, text);
}

void cell_number(FormDoc *d, FormCell *c, double n, int decimals) {
  if (!isfinite(n)) { cell_text(d, c, ""); return; }
  char buf[64];
  fmt_fixed(buf, sizeof buf, n, decimals);
  c->kind = FC_NUMBER;
  c->n = n;
  c->decimals = decimals;
  c->text = copy(d, buf);
}

/* "80.00 %": the space before % as in the results ("tỷ lệ 97.14 %"). */
void cell_percent(FormDoc *d, FormCell *c, double fraction, int decimals) {
  if (!isfinite(fraction)) { cell_text(d, c, ""); return; }
  char buf[64];
  fmt_fixed(buf, sizeof buf, fraction * 100, decimals);
  c->kind = FC_PERCENT;
  c->n = fraction;
  c->decimals = decimals;
  c->text = form_str(d, "%s %%", buf);
}

const char *form_met_word(FormMet met, Lang lang) {
  switch (met) {
    case FM_MET: return label(lang, L_MET);
    case FM_NOT_MET: return label(lang, L_NOT_MET);
    case FM_NOT_ASSIGNED: return label(lang, L_F_NOT_ASSIGNED);
    default: return label(lang, L_UNKNOWN);
  }
}

void cell_met(FormDoc *d, FormCell *c, FormMet met) {
  c->kind = FC_MET;
  c->met = (uint8_t)met;
  c->text = form_met_word(met, d->lang);
}
