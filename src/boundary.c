/*
** boundary.c — the declaration table (lang/prelude.lua, finish()) into a C model.
**
** Every function here takes the Lua table it reads at a given stack index and
** leaves the stack as it found it ([-0, +0]); each says so. Names are normalised to
** NFC here, once, so that the rest of C compares bytes. Formula text is kept
** byte-exact: its offsets must still point into the script.
*/
#include "boundary.h"

#include "i18n.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <lauxlib.h>

#include "text.h"

#define MAX_DEPTH 200           /* formula nesting: C recursion below stays bounded */

typedef struct Reader {
  lua_State *L;
  Model *m;
  DiagList *dl;
  Formula *f;                   /* the formula being read */
  Node **nodes;                 /* its nodes, by id (malloc'd while reading) */
  int nnodes, capnodes;
  bool failed;
} Reader;

/* ------------------------------------------------------------ small readers */

/*
** t[k] as an NFC string in the model's arena, or NULL when it is not a string: [-0, +0].
** Text that is not valid UTF-8 is reported, then kept byte-exact: the model is compiled
** even when it has errors, and the compiler (like every reader of the model) compares
** names with strcmp, so a string the script gave must never become NULL (found by
** tests/fuzz: a formula or an input name in another encoding crashed `tieuchi check`).
*/
static const char *field_str(Reader *r, int t, const char *k) {
  const char *s = NULL;
  lua_getfield(r->L, t, k);
  if (lua_type(r->L, -1) == LUA_TSTRING) {
    size_t len;
    const char *raw = lua_tolstring(r->L, -1, &len);
    s = text_nfc_n(&r->m->arena, raw, len);
    if (s == NULL) {
      Diag *d = diag_add(r->dl, SEV_ERROR, r->m->script, 0, 0, "'%s' is not valid UTF-8 text", k);
      diag_hint(r->dl, d, "save the script as UTF-8");
      r->failed = true;
      s = arena_strndup(&r->m->arena, raw, len);
      if (s == NULL) luaL_error(r->L, "%s", _("out of memory reading the declarations"));
    }
  }
  lua_pop(r->L, 1);
  return s;
}

/* t[k] byte-exact (no normalisation): [-0, +0]. */
static const char *field_raw(Reader *r, int t, const char *k) {
  const char *s = NULL;
  lua_getfield(r->L, t, k);
  if (lua_type(r->L, -1) == LUA_TSTRING) {
    size_t len;
    const char *raw = lua_tolstring(r->L, -1, &len);
    s = arena_strndup(&r->m->arena, raw, len);
  }
  lua_pop(r->L, 1);
  return s;
}

static double field_num(Reader *r, int t, const char *k, bool *present) {
  lua_getfield(r->L, t, k);
  bool ok = lua_type(r->L, -1) == LUA_TNUMBER;
  double v = ok ? lua_tonumber(r->L, -1) : 0;
  if (present) *present = ok;
  lua_pop(r->L, 1);
  return v;
}

static int field_int(Reader *r, int t, const char *k) {
  lua_getfield(r->L, t, k);
  int v = (int)lua_tointeger(r->L, -1);
  lua_pop(r->L, 1);
  return v;
}

static bool field_bool(Reader *r, int t, const char *k) {
  lua_getfield(r->L, t, k);
  bool v = lua_toboolean(r->L, -1);
  lua_pop(r->L, 1);
  return v;
}

/* Length of the array t[k], pushing t[k]: [-0, +1]. */
static int push_array(Reader *r, int t, const char *k) {
  lua_getfield(r->L, t, k);
  return lua_istable(r->L, -1) ? (int)luaL_len(r->L, -1) : 0;
}

static void *alloc_n(Reader *r, int n, size_t size) {
  void *p = arena_alloc(&r->m->arena, (size_t)(n > 0 ? n : 1) * size);
  if (p == NULL) luaL_error(r->L, "%s", _("out of memory reading the declarations"));
  return p;
}

/* ------------------------------------------------------------ formula trees */

static Node *read_node(Reader *r, int t, int depth);

static Node *new_node(Reader *r, NodeTag tag, int t) {
  Node *n = alloc_n(r, 1, sizeof *n);
  n->tag = tag;
  n->pos = (uint32_t)(field_int(r, t, "pos") - 1);      /* Lua offsets are 1-based */
  n->stop = (uint32_t)(field_int(r, t, "stop") - 1);
  n->slot = -1;
  if (r->nnodes == r->capnodes) {
    int cap = r->capnodes ? r->capnodes * 2 : 32;
    Node **v = realloc(r->nodes, (size_t)cap * sizeof *v);
    if (v == NULL) luaL_error(r->L, "%s", _("out of memory reading the declarations"));
    r->nodes = v;
    r->capnodes = cap;
  }
  n->id = r->nnodes;
  r->nodes[r->nnodes++] = n;
  return n;
}

/* The node at t[k]: [-0, +0]. */
static Node *read_child(Reader *r, int t, const char *k, int depth) {
  lua_getfield(r->L, t, k);
  Node *n = lua_istable(r->L, -1) ? read_node(r, lua_gettop(r->L), depth + 1) : NULL;
  lua_pop(r->L, 1);
  return n;
}

/* The nodes of array t[k] appended to kids: [-0, +0]. */
static int read_children(Reader *r, int t, const char *k, Node **kids, int at, int depth) {
  int n = push_array(r, t, k);
  for (int i = 1; i <= n; i++) {
    lua_rawgeti(r->L, -1, i);
    kids[at++] = read_node(r, lua_gettop(r->L), depth + 1);
    lua_pop(r->L, 1);
  }
  lua_pop(r->L, 1);
  return at;
}

static Op op_of(const char *s) {
  static const struct { const char *s; Op op; } ops[] = {
    {"+", OP_ADD}, {"-", OP_SUB}, {"*", OP_MUL}, {"/", OP_DIV}, {"==", OP_EQ},
    {"~=", OP_NE}, {"<", OP_LT}, {"<=", OP_LE}, {">", OP_GT}, {">=", OP_GE},
    {"and", OP_AND}, {"or", OP_OR}, {"not", OP_NOT} };
  for (size_t i = 0; s && i < sizeof ops / sizeof ops[0]; i++)
    if (strcmp(s, ops[i].s) == 0) return ops[i].op;
  return OP_NONE;
}

static Node *read_arm(Reader *r, int t, int depth) {
  Node *n = new_node(r, N_ARM, t);
  const char *kind = field_raw(r, t, "kind");
  n->kids = alloc_n(r, 3, sizeof *n->kids);
  if (kind && strcmp(kind, "range") == 0) {
    n->op = ARM_RANGE;
    n->kids[0] = read_child(r, t, "lo", depth);
    n->kids[1] = read_child(r, t, "hi", depth);
    n->kids[2] = read_child(r, t, "result", depth);
    n->nkids = 3;
  } else {
    n->op = kind && strcmp(kind, "eq") == 0 ? ARM_EQ : ARM_CMP;
    n->cmp = op_of(field_raw(r, t, "op"));
    n->kids[0] = read_child(r, t, "value", depth);
    n->kids[1] = read_child(r, t, "result", depth);
    n->nkids = 2;
  }
  return n;
}

static Node *read_if(Reader *r, int t, int depth) {
  Node *n = new_node(r, N_IF, t);
  int nc = push_array(r, t, "conds");
  lua_pop(r->L, 1);
  n->kids = alloc_n(r, 2 * nc + 1, sizeof *n->kids);
  lua_getfield(r->L, t, "conds");
  lua_getfield(r->L, t, "thens");              /* conds, thens */
  for (int i = 1; i <= nc; i++) {
    lua_rawgeti(r->L, -2, i);
    n->kids[2 * (i - 1)] = read_node(r, lua_gettop(r->L), depth + 1);
    lua_pop(r->L, 1);
    lua_rawgeti(r->L, -1, i);
    n->kids[2 * (i - 1) + 1] = read_node(r, lua_gettop(r->L), depth + 1);
    lua_pop(r->L, 1);
  }
  lua_pop(r->L, 2);
  n->kids[2 * nc] = read_child(r, t, "els", depth);
  n->nkids = 2 * nc + 1;
  return n;
}

static Node *read_case(Reader *r, int t, int depth) {
  Node *n = new_node(r, N_CASE, t);
  int narms = push_array(r, t, "arms");
  lua_pop(r->L, 1);
  n->kids = alloc_n(r, narms + 2, sizeof *n->kids);
  n->kids[0] = read_child(r, t, "subject", depth);
  push_array(r, t, "arms");                    /* arms */
  for (int i = 1; i <= narms; i++) {
    lua_rawgeti(r->L, -1, i);
    n->kids[i] = read_arm(r, lua_gettop(r->L), depth + 1);
    lua_pop(r->L, 1);
  }
  lua_pop(r->L, 1);
  n->nkids = narms + 1;
  Node *els = read_child(r, t, "els", depth);
  if (els) {
    n->kids[n->nkids++] = els;
    n->has_else = true;
  }
  return n;
}

/* A formula node at stack index t: [-0, +0]. */
static Node *read_node(Reader *r, int t, int depth) {
  if (depth > MAX_DEPTH)
    luaL_error(r->L, _("a formula is nested more than %d levels deep"), MAX_DEPTH);
  const char *tag = field_raw(r, t, "tag");
  Node *n;
  if (tag == NULL) luaL_error(r->L, "internal: formula node without a tag");
  if (strcmp(tag, "num") == 0) {
    n = new_node(r, N_NUM, t);
    n->num = field_num(r, t, "value", NULL);
    n->pct = field_bool(r, t, "pct");
  } else if (strcmp(tag, "str") == 0 || strcmp(tag, "name") == 0) {
    n = new_node(r, tag[0] == 's' ? N_STR : N_NAME, t);
    n->str = field_str(r, t, tag[0] == 's' ? "value" : "name");
  } else if (strcmp(tag, "bin") == 0) {
    n = new_node(r, N_BIN, t);
    n->op = op_of(field_raw(r, t, "op"));
    n->kids = alloc_n(r, 2, sizeof *n->kids);
    n->kids[0] = read_child(r, t, "lhs", depth);
    n->kids[1] = read_child(r, t, "rhs", depth);
    n->nkids = 2;
  } else if (strcmp(tag, "un") == 0) {
    n = new_node(r, N_UN, t);
    n->op = strcmp(field_raw(r, t, "op"), "-") == 0 ? OP_NEG : OP_NOT;
    n->kids = alloc_n(r, 1, sizeof *n->kids);
    n->kids[0] = read_child(r, t, "arg", depth);
    n->nkids = 1;
  } else if (strcmp(tag, "if") == 0) {
    n = read_if(r, t, depth);
  } else if (strcmp(tag, "case") == 0) {
    n = read_case(r, t, depth);
  } else if (strcmp(tag, "call") == 0) {
    n = new_node(r, N_CALL, t);
    n->str = field_str(r, t, "fn");
    int na = push_array(r, t, "args");
    lua_pop(r->L, 1);
    n->kids = alloc_n(r, na, sizeof *n->kids);
    n->nkids = read_children(r, t, "args", n->kids, 0, depth);
  } else {
    luaL_error(r->L, "internal: unknown formula node '%s'", tag);
    return NULL;
  }
  return n;
}

/* Skip spaces, tabs, newlines and "-- comments" from p. */
static const char *skip_space(const char *p) {
  for (;;) {
    while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n') p++;
    if (p[0] != '-' || p[1] != '-') return p;
    while (*p && *p != '\n') p++;
  }
}

/* If p opens a Lua string ("…", '…', [[…]], [==[…]==]), where its text starts. */
static const char *string_body(const char *p) {
  if (*p == '"' || *p == '\'') return p + 1;
  if (*p != '[') return NULL;
  const char *q = p + 1;
  while (*q == '=') q++;
  if (*q != '[') return NULL;
  q++;
  if (*q == '\r') q++;                         /* Lua drops a first newline */
  if (*q == '\n') q++;
  return q;
}

/*
** Find the formula text in the script, so errors point inside it: the first
** "<key> = <string>" (key: score, when), or call "<key> <string>" / "<key>(…, <string>"
** (key: count_where, share_where, sum_of), whose string holds exactly the text, at or
** after the line of its declaration. Lua does not record where a string was written.
*/
static const char *string_at(const char *p, const char *text, size_t len, bool call) {
  if (!call) {
    if (*p != '=') return NULL;
    const char *body = string_body(skip_space(p + 1));
    return body && strncmp(body, text, len) == 0 ? body : NULL;
  }
  if (*p == '(') p = skip_space(p + 1);
  for (int arg = 0; arg < 2; arg++) {          /* sum_of("column", "condition") */
    const char *body = string_body(p);
    if (body == NULL) return NULL;
    if (strncmp(body, text, len) == 0) return body;
    char q = *p;
    if (q != '"' && q != '\'') return NULL;
    const char *end = strchr(body, q);
    if (end == NULL) return NULL;
    p = skip_space(end + 1);
    if (*p != ',') return NULL;
    p = skip_space(p + 1);
  }
  return NULL;
}

static void place_formula(Reader *r, Formula *f, const char *key) {
  const char *src = model_source_of(r->m, f->file);
  const char *p = src + text_line_start(src, f->line);
  size_t len = strlen(f->text);
  bool call = strcmp(key, "count_where") == 0 || strcmp(key, "share_where") == 0 ||
              strcmp(key, "sum_of") == 0;
  f->exact = false;
  f->col = 0;                                  /* unknown: messages give the line only */
  size_t klen = strlen(key);
  while ((p = strstr(p, key)) != NULL) {
    bool word = p == src || !(isalnum((unsigned char)p[-1]) || p[-1] == '_');
    const char *q = skip_space(p + klen);
    p += klen;
    if (!word || isalnum((unsigned char)*p) || *p == '_') continue;
    const char *body = string_at(q, f->text, len, call);
    if (body) {
      text_line_col(src, (size_t)(body - src), &f->line, &f->col);
      f->exact = true;
      return;
    }
  }
}

/* The script a declaration at index t comes from: its `file`, or the script: [-0, +0]. */
static const char *decl_file(Reader *r, int t) {
  const char *f = field_raw(r, t, "file");
  if (f && r->m->base_script && strcmp(f, r->m->base_script) == 0) return r->m->base_script;
  return r->m->script;
}

/* Report a parse error { pos, msg } at index t: [-0, +0]. */
static void formula_error(Reader *r, const Formula *f, int t, const Indicator *ind) {
  int line, col;
  const char *msg = field_raw(r, t, "msg"), *code = ind->code;
  formula_locate(f, (uint32_t)(field_int(r, t, "pos") - 1), &line, &col);
  Diag *d = ind->is_rule
    ? diag_add(r->dl, SEV_ERROR, f->file, line, col, "in the formula of %s: %s", code, msg ? msg : _("syntax error"))
    : diag_add(r->dl, SEV_ERROR, f->file, line, col, "in the formula of indicator %s: %s", code,
               msg ? msg : _("syntax error"));
  if (f->pattern)
    diag_hint(r->dl, d, "the formula comes from the pattern %s; check its arguments", f->shown);
  else
    diag_hint(r->dl, d, "the formula language is described in docs/language.md, section 2");
  d->indicator = code;                         /* the other formulas still compile */
}

/* The score of an indicator (or a rule's formula, written as key = …), at index t:
** [-0, +0]. */
static bool read_formula(Reader *r, int t, Indicator *ind, const char *key) {
  Formula *f = &ind->score;
  f->text = field_raw(r, t, "text");
  f->file = decl_file(r, t);
  f->line = field_int(r, t, "line");
  f->pattern = field_str(r, t, "pattern");
  f->shown = field_raw(r, t, "shown");
  if (f->text == NULL) return false;
  if (!field_bool(r, t, "generated")) place_formula(r, f, key);
  lua_getfield(r->L, t, "error");
  if (lua_istable(r->L, -1)) {
    formula_error(r, f, lua_gettop(r->L), ind);
    lua_pop(r->L, 1);
    return false;
  }
  lua_pop(r->L, 1);
  lua_getfield(r->L, t, "ast");                /* ast */
  int ast = lua_gettop(r->L);
  r->f = f;
  r->nnodes = 0;
  int ns = push_array(r, ast, "steps");        /* ast, steps */
  f->steps = alloc_n(r, ns, sizeof *f->steps);
  for (int i = 1; i <= ns; i++) {
    lua_rawgeti(r->L, -1, i);                  /* ast, steps, step */
    int st = lua_gettop(r->L);
    f->steps[i - 1].name = field_str(r, st, "name");
    f->steps[i - 1].pos = (uint32_t)(field_int(r, st, "pos") - 1);
    f->steps[i - 1].expr = read_child(r, st, "expr", 0);
    f->steps[i - 1].slot = -1;
    lua_pop(r->L, 1);
  }
  lua_pop(r->L, 1);                            /* ast */
  f->nsteps = ns;
  f->result = read_child(r, ast, "result", 0);
  lua_pop(r->L, 1);
  f->nodes = alloc_n(r, r->nnodes, sizeof *f->nodes);
  if (r->nnodes > 0) memcpy(f->nodes, r->nodes, (size_t)r->nnodes * sizeof *f->nodes);
  f->nnodes = r->nnodes;
  return f->result != NULL;
}

/* ------------------------------------------------------------ declarations */

static InputType type_of(const char *s) {
  static const char *const names[] = { "count", "amount", "percent", "yesno", "choice", "text" };
  for (int i = 0; i < 6; i++)
    if (s && strcmp(s, names[i]) == 0) return (InputType)i;
  return IN_TEXT;
}

/* One input (or a list's column) at index t into *in: [-0, +0]. */
static void read_input(Reader *r, int t, Input *in) {
  in->name = field_str(r, t, "name");
  in->label = field_str(r, t, "label");
  in->unit = field_str(r, t, "unit");
  in->type = type_of(field_raw(r, t, "type"));
  in->line = field_int(r, t, "line");
  const char *blank = field_raw(r, t, "blank");
  in->blank_is_no = blank && strcmp(blank, "no") == 0;
  in->part_of = field_str(r, t, "part_of");
  in->owner = -1;
  int no = push_array(r, t, "options");        /* options */
  in->options = alloc_n(r, no, sizeof *in->options);
  for (int k = 1; k <= no; k++) {
    lua_rawgeti(r->L, -1, k);
    in->options[k - 1].code = field_str(r, lua_gettop(r->L), "code");
    in->options[k - 1].label = field_str(r, lua_gettop(r->L), "label");
    lua_pop(r->L, 1);
  }
  in->noptions = no;
  lua_pop(r->L, 1);
}

/* D.inputs at index d: [-0, +0]. */
static void read_inputs(Reader *r, int d) {
  Model *m = r->m;
  int n = push_array(r, d, "inputs");          /* inputs */
  m->inputs = alloc_n(r, n, sizeof *m->inputs);
  for (int i = 1; i <= n; i++) {
    lua_rawgeti(r->L, -1, i);                  /* inputs, input */
    read_input(r, lua_gettop(r->L), &m->inputs[m->ninputs++]);
    lua_pop(r->L, 1);                          /* inputs */
  }
  lua_pop(r->L, 1);
}

/* decision.stated at index t: [-0, +0]. */
static void read_stated(Reader *r, int t, Decision *dec) {
  int n = push_array(r, t, "stated");          /* stated */
  dec->stated = alloc_n(r, n, sizeof *dec->stated);
  for (int i = 1; i <= n; i++) {
    lua_rawgeti(r->L, -1, i);
    int e = lua_gettop(r->L);
    Stated *st = &dec->stated[dec->nstated++];
    bool has;
    double v = field_num(r, e, "groups", &has);
    st->groups = has ? (int)v : -1;
    v = field_num(r, e, "indicators", &has);
    st->indicators = has ? (int)v : -1;
    st->total = field_num(r, e, "total", &st->has_total);
    st->where = field_str(r, e, "where");
    lua_pop(r->L, 1);
  }
  lua_pop(r->L, 1);
}

/* D.decision at index d: [-0, +0]. */
static void read_decision(Reader *r, int d) {
  Decision *dec = &r->m->dec;
  lua_getfield(r->L, d, "decision");
  int t = lua_gettop(r->L);
  dec->decimals = 2;
  if (lua_istable(r->L, t)) {
    dec->id = field_str(r, t, "id");
    dec->title = field_str(r, t, "title");
    dec->number = field_str(r, t, "number");
    dec->issued = field_str(r, t, "issued");
    dec->province = field_str(r, t, "province");
    dec->issuer = field_str(r, t, "issuer");
    dec->level = field_str(r, t, "level");
    dec->source = field_str(r, t, "source");
    dec->note = field_str(r, t, "note");
    dec->total = field_num(r, t, "total", &dec->has_total);
    dec->rank = field_bool(r, t, "rank");
    bool has_dec;
    double decimals = field_num(r, t, "decimals", &has_dec);
    if (has_dec) dec->decimals = decimals < 0 ? 0 : decimals > 6 ? 6 : (int)decimals;
    const char *oor = field_raw(r, t, "out_of_range");
    dec->out_of_range = oor && strcmp(oor, "reject") == 0 ? RANGE_REJECT : RANGE_CLAMP;
    dec->line = field_int(r, t, "line");
    dec->period = (int)field_num(r, t, "period", NULL);
    read_stated(r, t, dec);
  }
  lua_pop(r->L, 1);
}

static void read_groups(Reader *r, int d) {
  Model *m = r->m;
  int n = push_array(r, d, "groups");          /* groups */
  m->groups = alloc_n(r, n, sizeof *m->groups);
  for (int i = 1; i <= n; i++) {
    lua_rawgeti(r->L, -1, i);
    int t = lua_gettop(r->L);
    Group *g = &m->groups[m->ngroups++];
    g->code = field_str(r, t, "code");
    g->name = field_str(r, t, "name");
    g->note = field_str(r, t, "note");
    g->max = field_num(r, t, "max", &g->has_max);
    g->line = field_int(r, t, "line");
    g->first = -1;
    lua_pop(r->L, 1);
  }
  lua_pop(r->L, 1);
}

/* The locals of indicator index k, at index t: [-0, +0]. */
static void read_binds(Reader *r, int t, Indicator *ind, int k) {
  int n = push_array(r, t, "locals");          /* locals */
  ind->binds = alloc_n(r, n, sizeof *ind->binds);
  for (int i = 1; i <= n; i++) {
    lua_rawgeti(r->L, -1, i);
    int b = lua_gettop(r->L);
    Binding *bd = &ind->binds[ind->nbinds++];
    bd->name = field_str(r, b, "name");
    bd->shared = field_bool(r, b, "shared");
    bd->line = field_int(r, b, "line");
    const char *col = field_str(r, b, "input");
    bd->input = col ? model_find_input(r->m, col) : -1;
    if (bd->input >= 0 && !bd->shared) r->m->inputs[bd->input].owner = k;
    lua_pop(r->L, 1);
  }
  lua_pop(r->L, 1);
}

/* A rule's pseudo-indicator (a substitution's `when`, a target, a recognition). */
static void init_rule(Indicator *rule, const char *code, int line, int owner, int ctx) {
  rule->code = code;
  rule->is_rule = true;
  rule->group = -1;
  rule->subst = -1;
  rule->line = line;
  rule->owner = owner;
  rule->ctx = ctx;
}

/* ind.targets (criterion k) at index t, one per context, into *out (key "targets"; or
** "written_targets", the decision's own where the script chose otherwise): [-0, +0]. */
static void read_targets(Reader *r, int t, Indicator *ind, int k, const char *key,
                         Target **out) {
  Model *m = r->m;
  *out = alloc_n(r, m->nctx, sizeof **out);
  Target *targets = *out;
  int n = push_array(r, t, key);               /* targets */
  for (int i = 1; i <= n; i++) {
    lua_rawgeti(r->L, -1, i);                  /* targets, target */
    int e = lua_gettop(r->L), c = field_int(r, e, "ctx") - 1;
    if (c >= 0 && c < m->nctx) {
      Target *tg = &targets[c];
      const char *kind = field_raw(r, e, "kind");
      tg->kind = !kind ? TK_ANY : strcmp(kind, "mandatory") == 0 ? TK_MANDATORY : TK_EXTENDED;
      tg->raw = field_str(r, e, "raw");
      lua_getfield(r->L, e, "rule");           /* targets, target, rule */
      if (lua_istable(r->L, -1)) {
        tg->assigned = true;
        tg->rule = alloc_n(r, 1, sizeof *tg->rule);
        init_rule(tg->rule, arena_printf(&m->arena, "%s (%s)", ind->code, m->ctxs[c].label),
                  ind->line, k, c);
        tg->rule->binds = ind->binds;
        tg->rule->nbinds = ind->nbinds;
        tg->rule->file = ind->file;
        tg->rule->has_score = read_formula(r, lua_gettop(r->L), tg->rule, "target");
      }
      lua_pop(r->L, 1);
    }
    lua_pop(r->L, 1);
  }
  lua_pop(r->L, 1);
}

/* D.contexts at index d: [-0, +0]. */
static void read_contexts(Reader *r, int d) {
  Model *m = r->m;
  lua_getfield(r->L, d, "contexts");           /* contexts */
  int t = lua_gettop(r->L);
  if (lua_istable(r->L, t)) {
    const char *kind = field_raw(r, t, "kind");
    m->ctx_kind = !kind ? CTX_NONE : kind[0] == 'p' ? CTX_PERIODS : kind[0] == 'l' ? CTX_LEVELS
                : CTX_TIERS;
    int n = push_array(r, t, "items");         /* contexts, items */
    m->ctxs = alloc_n(r, n, sizeof *m->ctxs);
    for (int i = 1; i <= n; i++) {
      lua_rawgeti(r->L, -1, i);
      Context *c = &m->ctxs[m->nctx++];
      c->code = field_str(r, lua_gettop(r->L), "code");
      c->label = field_str(r, lua_gettop(r->L), "label");
      c->year = c->code ? atoi(c->code) : 0;
      lua_pop(r->L, 1);
    }
    lua_pop(r->L, 1);
  }
  lua_pop(r->L, 1);
}

/* D.recognitions, D.level_rule and D.children at index d: [-0, +0]. */
static void read_outcomes(Reader *r, int d) {
  Model *m = r->m;
  int n = push_array(r, d, "recognitions");    /* recs */
  m->recs = alloc_n(r, n, sizeof *m->recs);
  for (int i = 1; i <= n; i++) {
    lua_rawgeti(r->L, -1, i);                  /* recs, rec */
    int t = lua_gettop(r->L);
    Recognition *rc = &m->recs[m->nrecs++];
    rc->name = field_str(r, t, "name");
    rc->text = field_str(r, t, "text");
    rc->source = field_str(r, t, "source");
    rc->note = field_str(r, t, "note");
    rc->line = field_int(r, t, "line");
    const char *tier = field_str(r, t, "tier");
    rc->ctx = tier ? model_find_context(m, tier) : -1;
    if (tier && (rc->ctx < 0 || m->ctx_kind != CTX_TIERS)) {
      Diag *dg = diag_add(r->dl, SEV_ERROR, decl_file(r, t), rc->line, 0, "recognition \"%s\": there "
                          "is no tier \"%s\"", rc->name, tier);
      diag_hint(r->dl, dg, "tiers are declared in contexts { tiers = { { code, name }, … } }");
    }
    init_rule(&rc->rule, arena_printf(&m->arena, "recognition \"%s\"", rc->name), rc->line, -1,
              rc->ctx);
    rc->rule.file = decl_file(r, t);
    lua_getfield(r->L, t, "rule");             /* recs, rec, rule */
    if (lua_istable(r->L, -1)) rc->rule.has_score = read_formula(r, lua_gettop(r->L), &rc->rule, "rule");
    lua_pop(r->L, 2);                          /* recs */
  }
  lua_pop(r->L, 1);
  lua_getfield(r->L, d, "level_rule");         /* lr */
  if (lua_istable(r->L, -1)) {
    int t = lua_gettop(r->L);
    m->level_rule.present = true;
    m->level_rule.registered = field_str(r, t, "registered");
    m->level_rule.source = field_str(r, t, "source");
    m->level_rule.note = field_str(r, t, "note");
    m->level_rule.line = field_int(r, t, "line");
  }
  m->level_rule.input = -1;
  lua_pop(r->L, 1);
  lua_getfield(r->L, d, "children");           /* children */
  if (lua_istable(r->L, -1)) {
    m->children_script = field_str(r, lua_gettop(r->L), "script");
    m->children_line = field_int(r, lua_gettop(r->L), "line");
  }
  lua_pop(r->L, 1);
}

/* ind.as_written at index t, as a pseudo-indicator that check reads and nothing runs:
** [-0, +0]. */
static void read_written(Reader *r, int t, Indicator *ind) {
  lua_getfield(r->L, t, "as_written");         /* written */
  if (lua_istable(r->L, -1)) {
    Indicator *w = alloc_n(r, 1, sizeof *w);
    *w = *ind;
    w->written = NULL;
    w->is_rule = false;
    w->prog = (Program){ 0 };
    memset(&w->score, 0, sizeof w->score);
    w->has_score = read_formula(r, lua_gettop(r->L), w, "as_written");
    if (w->has_score) ind->written = w;
  }
  lua_pop(r->L, 1);
}

static void read_indicators(Reader *r, int d) {
  Model *m = r->m;
  int n = push_array(r, d, "indicators");      /* inds */
  m->inds = alloc_n(r, n, sizeof *m->inds);
  for (int i = 1; i <= n; i++) {
    lua_rawgeti(r->L, -1, i);                  /* inds, ind */
    int t = lua_gettop(r->L);
    Indicator *ind = &m->inds[m->ninds];
    ind->code = field_str(r, t, "code");
    ind->text = field_str(r, t, "text");
    ind->unit = field_str(r, t, "unit");
    ind->evidence = field_str(r, t, "evidence");
    ind->agency = field_str(r, t, "agency");
    ind->source = field_str(r, t, "source");
    ind->note = field_str(r, t, "note");
    ind->legal = field_str(r, t, "legal");
    ind->responsible = field_str(r, t, "responsible");
    ind->file = decl_file(r, t);
    ind->amended = field_bool(r, t, "amended");
    ind->owner = -1;
    ind->max = field_num(r, t, "max", NULL);
    ind->max_stated = field_bool(r, t, "max_stated");
    ind->subst = -1;
    ind->group = field_int(r, t, "group") - 1;
    ind->line = field_int(r, t, "line");
    read_binds(r, t, ind, m->ninds);
    lua_getfield(r->L, t, "score");            /* inds, ind, score */
    if (lua_istable(r->L, -1)) ind->has_score = read_formula(r, lua_gettop(r->L), ind, "score");
    lua_pop(r->L, 1);                          /* inds, ind */
    lua_getfield(r->L, t, "value");            /* inds, ind, value */
    if (lua_istable(r->L, -1)) {
      ind->is_value = true;
      ind->has_score = read_formula(r, lua_gettop(r->L), ind, "value");
      read_targets(r, t, ind, m->ninds, "targets", &ind->targets);
      lua_getfield(r->L, t, "written_targets");
      bool written = lua_istable(r->L, -1);
      lua_pop(r->L, 1);
      if (written) read_targets(r, t, ind, m->ninds, "written_targets", &ind->written_targets);
    }
    lua_pop(r->L, 1);                          /* inds, ind */
    read_written(r, t, ind);
    lua_pop(r->L, 1);                          /* inds */
    m->ninds++;
  }
  lua_pop(r->L, 1);
}

/* D.substitutions at index d, after the indicators: [-0, +0]. */
static void read_substitutions(Reader *r, int d) {
  Model *m = r->m;
  int n = push_array(r, d, "substitutions");   /* substs */
  m->substs = alloc_n(r, n, sizeof *m->substs);
  for (int i = 1; i <= n; i++) {
    lua_rawgeti(r->L, -1, i);                  /* substs, sub */
    int t = lua_gettop(r->L);
    Substitution *sb = &m->substs[m->nsubsts];
    sb->name = field_str(r, t, "name");
    sb->text = field_str(r, t, "text");
    sb->source = field_str(r, t, "source");
    sb->line = field_int(r, t, "line");
    init_rule(&sb->rule, arena_printf(&m->arena, "substitute \"%s\"", sb->name ? sb->name : "?"),
              sb->line, -1, -1);
    sb->rule.file = decl_file(r, t);
    lua_getfield(r->L, t, "when");             /* substs, sub, when */
    if (lua_istable(r->L, -1)) sb->rule.has_score = read_formula(r, lua_gettop(r->L), &sb->rule, "when");
    lua_pop(r->L, 1);
    int ni = push_array(r, t, "indicators");   /* substs, sub, list */
    sb->inds = alloc_n(r, ni, sizeof *sb->inds);
    for (int k = 1; k <= ni; k++) {
      lua_rawgeti(r->L, -1, k);
      const char *code = lua_tostring(r->L, -1);
      int ind = code ? model_find_indicator(m, code) : -1;
      if (ind < 0) {
        diag_add(r->dl, SEV_ERROR, m->script, sb->line, 0, "substitute \"%s\": there is no "
                 "indicator \"%s\"", sb->name, code ? code : "?");
      } else if (m->inds[ind].subst >= 0) {
        diag_add(r->dl, SEV_ERROR, m->script, sb->line, 0, "indicator %s is in two "
                 "substitutions", code);
      } else {
        m->inds[ind].subst = m->nsubsts;
        sb->inds[sb->ninds++] = ind;
      }
      lua_pop(r->L, 1);
    }
    lua_pop(r->L, 2);                          /* substs */
    m->nsubsts++;
  }
  lua_pop(r->L, 1);
}

static ListAggKind agg_kind(const char *s) {
  if (s && strcmp(s, "where") == 0) return LIST_WHERE;
  if (s && strcmp(s, "sum") == 0) return LIST_SUM;
  if (s && strcmp(s, "share") == 0) return LIST_SHARE;
  return LIST_ROWS;
}

/* list.aggregates at index t (list l): [-0, +0]. */
static void read_aggregates(Reader *r, int t, ListDecl *l) {
  Model *m = r->m;
  int n = push_array(r, t, "aggregates");      /* aggs */
  l->aggs = alloc_n(r, n, sizeof *l->aggs);
  for (int i = 1; i <= n; i++) {
    lua_rawgeti(r->L, -1, i);                  /* aggs, agg */
    int at = lua_gettop(r->L);
    ListAgg *a = &l->aggs[l->naggs++];
    a->input_name = field_str(r, at, "input");
    a->input = a->col = -1;
    const char *kind = field_raw(r, at, "kind");
    a->kind = agg_kind(kind);
    a->column = field_str(r, at, "column");
    a->line = field_int(r, at, "line");
    init_rule(&a->cond, arena_printf(&m->arena, "list \"%s\", %s", l->name ? l->name : "?",
                                     a->input_name ? a->input_name : "?"), a->line, -1, -1);
    a->cond.file = l->file;
    lua_getfield(r->L, at, "where");           /* aggs, agg, where */
    if (lua_istable(r->L, -1))
      a->cond.has_score = read_formula(r, lua_gettop(r->L), &a->cond,
                                       a->kind == LIST_SUM ? "sum_of" : a->kind == LIST_SHARE
                                       ? "share_where" : "count_where");
    lua_pop(r->L, 2);                          /* aggs */
  }
  lua_pop(r->L, 1);
}

/* D.lists at index d: [-0, +0]. */
static void read_lists(Reader *r, int d) {
  Model *m = r->m;
  int n = push_array(r, d, "lists");           /* lists */
  m->lists = alloc_n(r, n, sizeof *m->lists);
  for (int i = 1; i <= n; i++) {
    lua_rawgeti(r->L, -1, i);                  /* lists, list */
    int t = lua_gettop(r->L);
    ListDecl *l = &m->lists[m->nlists++];
    l->name = field_str(r, t, "name");
    l->title = field_str(r, t, "title");
    l->source = field_str(r, t, "source");
    l->note = field_str(r, t, "note");
    l->key = field_str(r, t, "key");
    l->row_name = field_str(r, t, "row_name");
    l->key_per_unit = field_bool(r, t, "key_per_unit");
    l->file = decl_file(r, t);
    l->line = field_int(r, t, "line");
    l->key_col = l->name_col = -1;
    int nc = push_array(r, t, "columns");      /* lists, list, columns */
    l->cols = alloc_n(r, nc, sizeof *l->cols);
    for (int c = 1; c <= nc; c++) {
      lua_rawgeti(r->L, -1, c);                /* lists, list, columns, column */
      read_input(r, lua_gettop(r->L), &l->cols[l->ncols++]);
      lua_pop(r->L, 1);
    }
    lua_pop(r->L, 1);                          /* lists, list */
    read_aggregates(r, t, l);
    lua_pop(r->L, 1);                          /* lists */
  }
  lua_pop(r->L, 1);
}

/* Group membership: indicators come in declaration order, so each group is a run. */
static void link_groups(Model *m) {
  for (int i = 0; i < m->ninds; i++) {
    int g = m->inds[i].group;
    if (g < 0 || g >= m->ngroups) continue;
    if (m->groups[g].first < 0) m->groups[g].first = i;
    m->groups[g].count++;
  }
}

/* D.problems: what the prelude collected. They are errors in dl, but the model is
** still built so that the compiler can report the formulas' problems too. */
static void read_problems(Reader *r, int d) {
  int n = push_array(r, d, "problems");        /* problems */
  for (int i = 1; i <= n; i++) {
    lua_rawgeti(r->L, -1, i);
    int t = lua_gettop(r->L);
    const char *msg = field_raw(r, t, "msg"), *hint = field_raw(r, t, "hint");
    Diag *dg = diag_add(r->dl, SEV_ERROR, decl_file(r, t), field_int(r, t, "line"), 0, "%s",
                        msg ? msg : "problem");
    if (hint) diag_hint(r->dl, dg, "%s", hint);
    lua_pop(r->L, 1);
  }
  lua_pop(r->L, 1);
}

/* The whole table, protected: arena exhaustion or a malformed tree raises. */
static int read_all(lua_State *L) {
  Reader *r = lua_touserdata(L, 1);
  int d = 2;
  read_problems(r, d);
  read_decision(r, d);
  read_inputs(r, d);
  read_groups(r, d);
  read_contexts(r, d);
  read_indicators(r, d);
  read_substitutions(r, d);
  read_outcomes(r, d);
  read_lists(r, d);
  link_groups(r->m);
  return 0;
}

int boundary_read(lua_State *L, Model *m, DiagList *dl) {
  Reader r;
  memset(&r, 0, sizeof r);
  r.L = L;
  r.m = m;
  r.dl = dl;
  int top = lua_gettop(L);
  lua_pushcfunction(L, read_all);              /* D, read_all */
  lua_pushlightuserdata(L, &r);                /* D, read_all, r */
  lua_pushvalue(L, top);                       /* D, read_all, r, D */
  if (lua_pcall(L, 2, 0, 0) != LUA_OK) {
    diag_add(dl, SEV_ERROR, m->script, 0, 0, "%s", lua_tostring(L, -1));
    r.failed = true;
  }
  free(r.nodes);
  lua_settop(L, top);
  return r.failed ? -1 : 0;
}
