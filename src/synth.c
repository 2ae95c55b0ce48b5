/*
** synth.c — a synthetic national dataset for a decision (see synth.h).
**
** One pass per row over the form's columns. The numerators and denominators come from
** the decision's own formulas: every division a / b whose two sides are inputs (or
** steps that name an input) makes a pair, and a numerator is drawn as a share of its
** denominator, so the data exercises the scores rather than the "numerator larger
** than its denominator" findings. Numbers are kept in tenths (int64) so that no
** floating point decides a byte of the output.
*/
#include "synth.h"

#include <inttypes.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"

enum {
  BLANK_PERMILLE = 10,        /* blank cells: missing data */
  ZERO_DEN_PERMILLE = 3,      /* zero denominators */
  PASSES = 4                  /* numerator of a denominator of …: chains this deep settle */
};

/* num ≤ den / parts: a numerator that is one of `parts` terms added up over den's sum. */
typedef struct Pair { int num, den, parts; } Pair;

typedef struct Synth {
  const Template *t;
  uint64_t rng;
  int level;                  /* the level of the row being written (index in t->levels) */
  const Input **use;          /* [level * ncols + c]: the input column c holds at that level */
  int64_t *scale;             /* ncols: a count's or amount's typical size, in tenths */
  int *p_yes;                 /* ncols: per mille */
  bool *is_den;               /* ncols */
  Pair *pairs;                /* per level: pairs[level * maxpairs + i] */
  int *npairs, maxpairs;
  int64_t *val;               /* ncols: the row's numbers, in tenths */
  bool *blank;                /* ncols */
  int *share;                 /* maxpairs: per mille, the row's numerator share */
} Synth;

/* ------------------------------------------------------------------ the generator */

/* splitmix64: small, fast, and the same sequence everywhere. */
uint64_t synth_next(uint64_t *s) {
  uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

static int64_t below(Synth *g, int64_t n) { return (int64_t)(synth_next(&g->rng) % (uint64_t)n); }

/* A value in [0, n) leaning towards n: most shares are high, a few are low. */
static int64_t high(Synth *g, int64_t n) { return n - 1 - below(g, n) * below(g, n) / n; }

/* ------------------------------------------------------------------ the hierarchy */

/* Split `items` into `groups` groups of at least one, of random sizes (half to one and a
** half of the mean): first[g] is group g's first item, first[groups] == items. 0, or -1
** when out of memory. */
static int split(Synth *g, long items, int groups, long *first) {
  int64_t *w = malloc((size_t)groups * sizeof *w), total = 0, cum = 0;
  if (w == NULL) return -1;
  long spare = items - groups;
  for (int i = 0; i < groups; i++) total += w[i] = 50 + below(g, 101);
  first[0] = 0;
  for (int i = 0; i < groups; i++) {
    int64_t before = (int64_t)spare * cum / total;
    cum += w[i];
    first[i + 1] = first[i] + 1 + (long)((int64_t)spare * cum / total - before);
  }
  free(w);
  return 0;
}

/* Which group holds item i. */
static int group_of(const long *first, int groups, long i) {
  int lo = 0, hi = groups - 1;
  while (lo < hi) {
    int mid = (lo + hi + 1) / 2;
    if (first[mid] <= i) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/* ------------------------------------------------------------------ ratios */

/* The input a formula node names (directly or through a step that only names one), or -1. */
static int node_input(const Formula *f, const Node *n, int depth) {
  if (n == NULL || n->tag != N_NAME || depth > 8) return -1;
  if (n->refkind == REF_INPUT) return n->ref;
  if (n->refkind != REF_STEP) return -1;
  for (int s = 0; s < f->nsteps; s++)
    if (f->steps[s].slot == n->ref) return node_input(f, f->steps[s].expr, depth + 1);
  return -1;
}

static int column_of(const Synth *g, int level, const Input *in) {
  for (int c = 0; c < g->t->ncols; c++)
    if (g->use[level * g->t->ncols + c] == in) return c;
  return -1;
}

/* Whether n is a number written out ("2", "1 / 2"). */
static bool constant(const Node *n) {
  if (n == NULL) return false;
  if (n->tag == N_NUM) return true;
  return n->tag == N_BIN && n->nkids == 2 && constant(n->kids[0]) && constant(n->kids[1]);
}

/* The inputs a sum of inputs adds up ("a + b + c", one input, or either times a number:
   "1 / 2 * b"), into out (room for max); how many, or -1 when it is anything else. */
static int terms(const Formula *f, const Node *n, int *out, int max) {
  if (n != NULL && n->tag == N_BIN && n->op == OP_MUL && n->nkids == 2) {
    if (constant(n->kids[0])) return terms(f, n->kids[1], out, max);
    if (constant(n->kids[1])) return terms(f, n->kids[0], out, max);
    return -1;
  }
  if (n != NULL && n->tag == N_BIN && n->op == OP_ADD && n->nkids == 2) {
    int k = terms(f, n->kids[0], out, max);
    int j = k < 0 ? -1 : terms(f, n->kids[1], out + k, max - k);
    return j < 0 ? -1 : k + j;
  }
  int in = node_input(f, n, 0);
  if (in < 0 || max < 1) return -1;
  out[0] = in;
  return 1;
}

#define MAX_TERMS 8

/* The numerators one formula divides by the same denominator are shares of it
** ("a / c * max + 1/2 * b / c * max": a + b ≤ c): each gets its part of it. */
static void share_denominators(Pair *p, int from, int n) {
  for (int i = from; i < n; i++) {
    int distinct = 0;
    for (int j = from; j < n; j++) {
      if (p[j].den != p[i].den) continue;
      bool seen = false;
      for (int q = from; q < j && !seen; q++) seen = p[q].den == p[i].den && p[q].num == p[j].num;
      distinct += !seen;
    }
    if (distinct > p[i].parts) p[i].parts = distinct;
  }
}

/* Every division of inputs, or of sums of inputs ("(a + b + c + d) / (e + f)"), in the
** formulas of level l's decision: each numerator term is kept under the first denominator
** term divided by the number of numerator terms, so that the sums keep their order too. */
static void find_pairs(Synth *g, int l) {
  const Model *m = g->t->levels[l];
  Pair *p = &g->pairs[l * g->maxpairs];
  int n = 0;
  for (int k = 0; k < m->ninds; k++) {
    const Formula *f = &m->inds[k].score;
    int from = n;
    for (int i = 0; i < f->nnodes; i++) {
      const Node *d = f->nodes[i];
      if (d == NULL || d->tag != N_BIN || d->op != OP_DIV || d->nkids != 2) continue;
      int num[MAX_TERMS], den[MAX_TERMS];
      int nn = terms(f, d->kids[0], num, MAX_TERMS), nd = terms(f, d->kids[1], den, MAX_TERMS);
      if (nn < 1 || nd < 1) continue;
      int nb = column_of(g, l, &m->inputs[den[0]]);
      for (int t = 0; t < nn && nb >= 0 && n < g->maxpairs; t++) {
        int na = column_of(g, l, &m->inputs[num[t]]);
        if (na < 0 || na == nb) continue;
        p[n++] = (Pair){ na, nb, nn };
        g->is_den[nb] = true;
      }
    }
    share_denominators(p, from, n);
  }
  g->npairs[l] = n;
}

/* ------------------------------------------------------------------ one row */

static bool numeric(const Input *in) {
  return in->type == IN_COUNT || in->type == IN_AMOUNT || in->type == IN_PERCENT;
}

/* Draw the numbers of level g->level's inputs for a unit of the given size (per mille). */
static void draw_numbers(Synth *g, int64_t size) {
  const Template *t = g->t;
  for (int c = 0; c < t->ncols; c++) {
    const Input *in = g->use[g->level * t->ncols + c];
    g->blank[c] = in != NULL && below(g, 1000) < BLANK_PERMILLE;
    if (in == NULL || !numeric(in)) continue;
    int nlevels = g->t->levels[g->level]->nctx;
    if (t->cols[c].registered && nlevels > 0) g->val[c] = (1 + below(g, nlevels)) * 10;
    else if (in->type == IN_PERCENT) g->val[c] = high(g, 1001);
    else g->val[c] = g->scale[c] * size / 1000 * (700 + below(g, 601)) / 1000;
    if (in->type == IN_COUNT) g->val[c] = g->val[c] / 10 * 10;
    if (g->is_den[c] && !t->cols[c].registered && below(g, 1000) < ZERO_DEN_PERMILLE) g->val[c] = 0;
  }
}

/* Each numerator a share of its denominators; a chain settles in PASSES passes, and a
** last pass makes sure of numerator ≤ denominator whatever the chain. */
static void settle_ratios(Synth *g) {
  const Pair *p = &g->pairs[g->level * g->maxpairs];
  int n = g->npairs[g->level];
  for (int i = 0; i < n; i++) g->share[i] = (int)high(g, 1001);
  for (int pass = 0; pass < PASSES; pass++)
    for (int i = 0; i < n; i++) {
      int64_t v = g->val[p[i].den] / p[i].parts * g->share[i] / 1000;
      const Input *in = g->use[g->level * g->t->ncols + p[i].num];
      if (in->type == IN_COUNT) v = v / 10 * 10;
      bool first = true;
      for (int j = 0; j < i; j++) first = first && p[j].num != p[i].num;
      if (first || v < g->val[p[i].num]) g->val[p[i].num] = v;
    }
  for (int pass = 0; pass < n + 1; pass++)
    for (int i = 0; i < n; i++)
      if (g->val[p[i].num] > g->val[p[i].den] / p[i].parts)
        g->val[p[i].num] = g->val[p[i].den] / p[i].parts;
}

static void put_number(FILE *out, const Input *in, int64_t v) {
  if (in->type == IN_COUNT) fprintf(out, "%" PRId64, v / 10);
  else if (v % 10 == 0) fprintf(out, "%" PRId64, v / 10);
  else fprintf(out, "%" PRId64 ".%" PRId64, v / 10, v % 10);
}

static void put_input(Synth *g, FILE *out, int c, const Input *in) {
  if (in == NULL || g->blank[c]) return;
  switch (in->type) {
    case IN_COUNT: case IN_AMOUNT: case IN_PERCENT: put_number(out, in, g->val[c]); break;
    case IN_YESNO: fputs(below(g, 1000) < g->p_yes[c] ? "có" : "không", out); break;
    case IN_CHOICE: if (in->noptions > 0) fputs(in->options[below(g, in->noptions)].code, out); break;
    case IN_TEXT: fputs("ghi chú", out); break;
  }
}

/* ------------------------------------------------------------------ names */

static const char *const first_names[] = {
  "Tân", "Hòa", "Thịnh", "Yên", "Phú", "Đông", "Tây", "Nam", "Bắc", "Thanh", "Quang", "Minh",
  "Hưng", "Xuân", "Trung", "Vĩnh", "Bình", "An", "Long", "Sơn" };
static const char *const second_names[] = {
  "Lập", "Bình", "Minh", "Phong", "Thành", "Hà", "Lợi", "Tiến", "Mông", "Hưng", "Phúc", "Lộc",
  "Sơn", "Thủy", "Lâm", "Hải", "Thái", "Hòa", "Khánh", "Cường" };
#define NNAMES(a) ((int64_t)(sizeof a / sizeof a[0]))

static void put_name(Synth *g, FILE *out, const char *kind, long i) {
  fprintf(out, "%s %s %s %ld", kind, first_names[below(g, NNAMES(first_names))],
          second_names[below(g, NNAMES(second_names))], i + 1);
}

/* ------------------------------------------------------------------ the file */

typedef struct Hierarchy {
  long communes;
  int districts, provinces;
  long departments;           /* a province's departments (sở, ban, ngành), all provinces */
  long *district_first;       /* districts + 1: each district's first commune */
  long *province_first;       /* provinces + 1: each province's first district */
} Hierarchy;

/* The levels of units, counted from the bottom; a province's departments stand beside its
   districts, under the province. */
enum { COMMUNES, DISTRICTS, PROVINCES, DEPARTMENTS };

/* Unit i of level from_bottom: its id. */
static void unit_id(char *buf, size_t size, int from_bottom, long i) {
  if (from_bottom == COMMUNES) snprintf(buf, size, "X%05ld", i + 1);
  else if (from_bottom == DISTRICTS) snprintf(buf, size, "H%03ld", i + 1);
  else if (from_bottom == DEPARTMENTS) snprintf(buf, size, "S%04ld", i + 1);
  else snprintf(buf, size, "T%02ld", i + 1);
}

/* The level of the decision's own units (the form's first level). A form of two levels is
   a district's with its communes; a form of one level is of the level the decision names:
   "xa" communes, "huyen" districts, "so" a province's departments, "tinh" provinces. */
static int own_level(const Template *t) {
  if (t->nlevels > 1) return t->nlevels - 1;
  const char *l = t->m->dec.level ? t->m->dec.level : "xa";
  return strcmp(l, "huyen") == 0 ? DISTRICTS : strcmp(l, "so") == 0 ? DEPARTMENTS
       : strcmp(l, "tinh") == 0 ? PROVINCES : COMMUNES;
}

/* The name column is followed by the unit's place: a commune's district and province, a
   district's or a department's province. */
static void put_header(FILE *out, const Template *t) {
  bool communes = own_level(t) == COMMUNES;
  for (int c = 0; c < t->ncols; c++) {
    fprintf(out, "%s%s", c ? "," : "", t->cols[c].name);
    if (t->cols[c].kind == TPL_NAME) fputs(communes ? ",district,province" : ",province", out);
  }
  fputc('\n', out);
}

static int period_of(const Model *m) {
  if (m->dec.period) return m->dec.period;
  return m->ctx_kind == CTX_PERIODS && m->nctx > 0 ? m->ctxs[m->nctx - 1].year : 0;
}

/* The province of unit i of level from_bottom. */
static long province_of(const Hierarchy *h, int from_bottom, long i) {
  if (from_bottom == PROVINCES) return i;
  if (from_bottom == DEPARTMENTS) return i * h->provinces / h->departments;
  long d = from_bottom == COMMUNES ? group_of(h->district_first, h->districts, i) : i;
  return group_of(h->province_first, h->provinces, d);
}

/* Row i of level g->level (from_bottom: COMMUNES …). */
static void put_row(Synth *g, FILE *out, const Hierarchy *h, int from_bottom, long i) {
  static const char *const kinds[] = { "Xã", "Huyện", "Tỉnh", "Sở" };
  const Template *t = g->t;
  char id[32], parent[32] = "", province[32];
  long d = from_bottom == COMMUNES ? group_of(h->district_first, h->districts, i) : i;
  long p = province_of(h, from_bottom, i);
  unit_id(id, sizeof id, from_bottom, i);
  unit_id(province, sizeof province, PROVINCES, p);
  if (from_bottom == COMMUNES) unit_id(parent, sizeof parent, DISTRICTS, d);
  else if (from_bottom != PROVINCES) unit_id(parent, sizeof parent, PROVINCES, p);
  draw_numbers(g, 400 + below(g, 1000) * below(g, 1000) * 2600 / 1000000);
  settle_ratios(g);
  for (int c = 0; c < t->ncols; c++) {
    const TplColumn *col = &t->cols[c];
    if (c) fputc(',', out);
    switch (col->kind) {
      case TPL_UNIT: fputs(id, out); break;
      case TPL_NAME:
        put_name(g, out, kinds[from_bottom], i);
        if (own_level(t) == COMMUNES) fprintf(out, ",%s", parent);       /* its district */
        fprintf(out, ",%s", from_bottom == PROVINCES ? "" : province);
        break;
      case TPL_LEVEL: fputs(t->levels[g->level]->dec.level ? t->levels[g->level]->dec.level : "", out); break;
      case TPL_PARENT: fputs(parent, out); break;
      case TPL_PERIOD: if (period_of(t->m)) fprintf(out, "%d", period_of(t->m)); break;
      case TPL_INPUT: put_input(g, out, c, g->use[g->level * t->ncols + c]); break;
    }
  }
  fputc('\n', out);
}

/* Per column: which input it holds at each level, its size and how often it says yes. */
static int prepare(Synth *g) {
  const Template *t = g->t;
  size_t nc = (size_t)t->ncols, nl = (size_t)t->nlevels;
  for (int l = 0; l < t->nlevels; l++)
    for (int k = 0; k < t->levels[l]->ninds; k++) g->maxpairs += t->levels[l]->inds[k].score.nnodes;
  g->use = calloc(nl * nc, sizeof *g->use);
  g->scale = calloc(nc, sizeof *g->scale);
  g->p_yes = calloc(nc, sizeof *g->p_yes);
  g->is_den = calloc(nc, sizeof *g->is_den);
  g->val = calloc(nc, sizeof *g->val);
  g->blank = calloc(nc, sizeof *g->blank);
  g->pairs = calloc(nl * (size_t)g->maxpairs + 1, sizeof *g->pairs);
  g->npairs = calloc(nl, sizeof *g->npairs);
  g->share = calloc((size_t)g->maxpairs + 1, sizeof *g->share);
  if (!g->use || !g->scale || !g->p_yes || !g->is_den || !g->val || !g->blank || !g->pairs ||
      !g->npairs || !g->share)
    return -1;
  for (int c = 0; c < t->ncols; c++) {
    const TplColumn *col = &t->cols[c];
    for (int j = 0; j < col->nuses; j++)
      for (int l = 0; l < t->nlevels; l++)
        if (col->model[j] == t->levels[l]) g->use[l * t->ncols + c] = col->input[j];
  }
  for (int l = 0; l < t->nlevels; l++) find_pairs(g, l);
  /* tenths; a denominator (a population, a staff) is among the larger figures */
  static const int64_t sizes[] = { 50, 200, 1000, 5000, 20000, 80000 };
  for (int c = 0; c < t->ncols; c++) {
    g->scale[c] = g->is_den[c] ? sizes[3 + below(g, 3)] : sizes[below(g, 6)];
    g->p_yes[c] = 500 + (int)below(g, 451);
  }
  return 0;
}

static void release(Synth *g) {
  free(g->use); free(g->scale); free(g->p_yes); free(g->is_den); free(g->val);
  free(g->blank); free(g->pairs); free(g->npairs); free(g->share);
}

/* The national proportions scaled to `units` communes (10,035 → 713 districts, 63
   provinces and 63 × 20 departments). */
static void level_sizes(Hierarchy *h, long units) {
  h->communes = units;
  h->provinces = (int)((units * SYNTH_PROVINCES + SYNTH_COMMUNES / 2) / SYNTH_COMMUNES);
  h->districts = (int)((units * SYNTH_DISTRICTS + SYNTH_COMMUNES / 2) / SYNTH_COMMUNES);
  if (h->provinces < 1) h->provinces = 1;
  if (h->districts < h->provinces) h->districts = h->provinces;
  if (h->districts > units) h->districts = (int)units;
  if (h->provinces > h->districts) h->provinces = h->districts;
  h->departments = (long)h->provinces * SYNTH_DEPARTMENTS_PER_PROVINCE;
}

static long level_units(const Hierarchy *h, int from_bottom) {
  return from_bottom == COMMUNES ? h->communes : from_bottom == DISTRICTS ? h->districts
       : from_bottom == DEPARTMENTS ? h->departments : h->provinces;
}

long synth_decision_units(const Template *t, long units) {
  Hierarchy h;
  level_sizes(&h, units);
  return level_units(&h, own_level(t));
}

void synth_decision_unit_id(const Template *t, char *buf, size_t size, long i) {
  unit_id(buf, size, own_level(t), i);
}

static int init_hierarchy(Synth *g, Hierarchy *h, long units) {
  level_sizes(h, units);
  h->district_first = malloc(((size_t)h->districts + 1) * sizeof *h->district_first);
  h->province_first = malloc(((size_t)h->provinces + 1) * sizeof *h->province_first);
  if (!h->district_first || !h->province_first) return -1;
  return split(g, units, h->districts, h->district_first) == 0 &&
         split(g, h->districts, h->provinces, h->province_first) == 0 ? 0 : -1;
}

int synth_write(FILE *out, const Template *t, long units, uint64_t seed) {
  Synth g = { .t = t, .rng = seed };
  Hierarchy h = { 0 };
  int rc = prepare(&g) == 0 && init_hierarchy(&g, &h, units) == 0 ? 0 : -1;
  if (rc == 0) {
    put_header(out, t);
    /* level 0 is the decision's own; a form of two levels ends with the communes */
    for (int l = 0; l < t->nlevels; l++) {
      int from_bottom = own_level(t) - l;
      long n = level_units(&h, from_bottom);
      g.level = l;
      for (long i = 0; i < n; i++) put_row(&g, out, &h, from_bottom, i);
    }
  }
  free(h.district_first);
  free(h.province_first);
  release(&g);
  return rc != 0 || ferror(out) ? -1 : 0;
}
