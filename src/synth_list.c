/*
** synth_list.c — a synthetic list file for a decision's list (see synth.h): a province's
** resident list of millions of rows, for benchmarks and trials of list tables.
**
** Each row is built in a buffer and written at once: the file may hold tens of millions
** of rows, and printf per cell would cost more than reading them back. As in synth.c,
** everything comes from one seeded generator in integer arithmetic.
*/
#include "synth.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

enum {
  ROW_MAX = 4096,             /* a row's bytes at most (cells are short: names, numbers) */
  SEED_SALT = 0x6C697374      /* "list": the lists' stream, apart from the dataset's */
};

typedef struct Gen {
  uint64_t rng;
  const ListDecl *l;
  int *rate;                  /* ncols: per mille of yes, or of filled text cells */
  char row[ROW_MAX];
  size_t len;
} Gen;

static long below(Gen *g, long n) { return (long)(synth_next(&g->rng) % (uint64_t)n); }

/* ------------------------------------------------------------------ cells */

static void put(Gen *g, const char *s, size_t n) {
  if (g->len + n >= ROW_MAX) n = ROW_MAX - 1 - g->len;       /* cannot happen: cells are short */
  memcpy(g->row + g->len, s, n);
  g->len += n;
}

static void puts_(Gen *g, const char *s) { put(g, s, strlen(s)); }

static void put_long(Gen *g, long v) {
  char buf[24];
  int n = 0;
  do { buf[sizeof buf - 1 - n++] = (char)('0' + v % 10); v /= 10; } while (v > 0);
  put(g, buf + sizeof buf - n, (size_t)n);
}

/* Text as a CSV cell: quoted when it holds a separator, a quote or a line end. */
static void put_text(Gen *g, const char *s) {
  if (strpbrk(s, ",\"\r\n") == NULL) { puts_(g, s); return; }
  put(g, "\"", 1);
  for (; *s; s++) {
    if (*s == '"') put(g, "\"", 1);                      /* a quote is doubled */
    put(g, s, 1);
  }
  put(g, "\"", 1);
}

static const char *const family[] = {
  "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
  "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Mai", "Đinh", "Lương" };
static const char *const middle[] = {
  "Văn", "Thị", "Minh", "Xuân", "Đức", "Ngọc", "Thanh", "Hữu", "Quang", "Thu" };
static const char *const given[] = {
  "An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Hương", "Lan", "Linh",
  "Long", "Mai", "Nam", "Phương", "Quân", "Sơn", "Thảo", "Tùng", "Tuấn", "Vân", "Yến", "Thịnh" };
#define NWORDS(a) ((long)(sizeof a / sizeof a[0]))

static void put_person(Gen *g) {
  puts_(g, family[below(g, NWORDS(family))]);
  put(g, " ", 1);
  puts_(g, middle[below(g, NWORDS(middle))]);
  put(g, " ", 1);
  puts_(g, given[below(g, NWORDS(given))]);
}

/* 0912***345: a telephone number as the forms print it, its middle hidden. */
static void put_phone(Gen *g) {
  static const char *const prefix[] = { "091", "098", "097", "086", "083", "037", "035", "094" };
  char buf[16];
  memcpy(buf, prefix[below(g, NWORDS(prefix))], 3);
  buf[3] = (char)('0' + below(g, 10));
  memcpy(buf + 4, "***", 3);
  long tail = below(g, 1000);
  buf[7] = (char)('0' + tail / 100);
  buf[8] = (char)('0' + tail / 10 % 10);
  buf[9] = (char)('0' + tail % 10);
  put(g, buf, 10);
}

/* Column c of row number `row` (1-based in the whole list). */
static void put_cell(Gen *g, int c, long row) {
  const Input *in = &g->l->cols[c];
  if (c == g->l->key_col) { put_long(g, row); return; }
  switch (in->type) {
    case IN_YESNO: puts_(g, below(g, 1000) < g->rate[c] ? "Có" : "Không"); break;
    case IN_TEXT:
      if (c == g->l->name_col) put_person(g);
      else if (below(g, 1000) < g->rate[c]) put_phone(g);
      break;
    case IN_COUNT: put_long(g, below(g, 10)); break;
    case IN_PERCENT: put_long(g, below(g, 101)); break;
    case IN_AMOUNT: {
      long tenths = below(g, 100000);
      put_long(g, tenths / 10);
      if (tenths % 10) { put(g, ".", 1); put_long(g, tenths % 10); }
      break;
    }
    case IN_CHOICE: if (in->noptions > 0) put_text(g, in->options[below(g, in->noptions)].code); break;
  }
}

/* ------------------------------------------------------------------ the file */

static void put_header(Gen *g, FILE *out) {
  g->len = 0;
  puts_(g, "unit");
  for (int c = 0; c < g->l->ncols; c++) {
    put(g, ",", 1);
    put_text(g, g->l->cols[c].label ? g->l->cols[c].label : g->l->cols[c].name);
  }
  put(g, "\n", 1);
  fwrite(g->row, 1, g->len, out);
}

/* How many rows each of n units gets: the mean, times a half to one and a half. */
static long *unit_rows(Gen *g, long n, long rows) {
  long *per = malloc(((size_t)n + 1) * sizeof *per);
  int64_t *w = malloc(((size_t)n + 1) * sizeof *w), total = 0, cum = 0;
  if (per == NULL || w == NULL) { free(per); free(w); return NULL; }
  long with = rows < n ? rows : n, spare = rows - with;     /* units with a row; rows beyond one each */
  for (long u = 0; u < n; u++) total += w[u] = u < with ? 50 + below(g, 101) : 0;
  for (long u = 0; u < n; u++) {
    int64_t before = total ? (int64_t)spare * cum / total : 0;
    cum += w[u];
    per[u] = (u < with) + (long)(total ? (int64_t)spare * cum / total - before : 0);
  }
  free(w);
  return per;
}

int synth_list_write(FILE *out, const Template *t, const ListDecl *l, long units, long rows,
                     uint64_t seed) {
  Gen g = { .rng = seed ^ SEED_SALT, .l = l };
  long n = synth_decision_units(t, units);
  for (const char *s = l->name; *s; s++) g.rng = g.rng * 31 + (unsigned char)*s;  /* a stream per list */
  g.rate = malloc(((size_t)l->ncols + 1) * sizeof *g.rate);
  long *per = g.rate ? unit_rows(&g, n, rows) : NULL;
  if (per == NULL) { free(g.rate); return -1; }
  for (int c = 0; c < l->ncols; c++) g.rate[c] = 300 + (int)below(&g, 651);
  put_header(&g, out);
  long row = 0;
  for (long u = 0; u < n && !ferror(out); u++) {
    char id[32];
    synth_decision_unit_id(t, id, sizeof id, u);
    for (long k = 0; k < per[u]; k++) {
      g.len = 0;
      puts_(&g, id);
      row++;
      for (int c = 0; c < l->ncols; c++) {
        put(&g, ",", 1);
        put_cell(&g, c, row);
      }
      put(&g, "\n", 1);
      fwrite(g.row, 1, g.len, out);
    }
  }
  free(per);
  free(g.rate);
  return ferror(out) ? -1 : 0;
}
