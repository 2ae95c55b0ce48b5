/*
** testfile.c — running a test file (SCRIPT.test.lua) in a sandbox and reading its cases.
**
** The sandbox is the criteria scripts' kind (src/host.c): only base, string, table, math
** and utf8, a memory cap and an instruction budget, the file loaded as text only. The
** vocabulary (case, dataset, …) is lang/testcases.lua, embedded in the binary. Lua is
** used here only to read the file: the cases are copied into the TestFile's arena and
** the state is closed before any case runs.
*/
#include "testfile.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>

#include "embedded.h"
#include "exitcodes.h"
#include "host.h"
#include "i18n.h"
#include "readfile.h"

#define TEST_MEMORY (32u << 20)      /* bytes */
#define TEST_BUDGET 10000            /* hook calls of 1000 instructions: 10 million */
#define MAX_TEST_SIZE (4u << 20)

typedef struct Sandbox { size_t used; long ticks; } Sandbox;

static Sandbox *sandbox_of(lua_State *L) { return *(Sandbox **)lua_getextraspace(L); }

/* A hard cap: past it Lua raises a memory error. */
static void *capped_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  Sandbox *sb = ud;
  size_t old = ptr ? osize : 0;
  if (nsize == 0) {
    free(ptr);
    sb->used -= old;
    return NULL;
  }
  if (nsize > old && sb->used + (nsize - old) > TEST_MEMORY) return NULL;
  void *p = realloc(ptr, nsize);
  if (p) sb->used = sb->used - old + nsize;
  return p;
}

/* Past the budget: an error { msg, line } at the line running: [-0, +0, v]. */
static void budget_hook(lua_State *L, lua_Debug *ar) {
  if (++sandbox_of(L)->ticks <= TEST_BUDGET) return;
  lua_getinfo(L, "l", ar);
  lua_newtable(L);
  lua_pushstring(L, _("the test file ran for more than 10 million instructions (an endless loop?)"));
  lua_setfield(L, -2, "msg");
  lua_pushinteger(L, ar->currentline > 0 ? ar->currentline : 0);
  lua_setfield(L, -2, "line");
  lua_error(L);
}

/* Push the embedded file's chunk: [-0, +1, e]. */
static void load_embedded(lua_State *L, const char *path) {
  for (size_t i = 0; i < tc_embedded_count; i++)
    if (strcmp(tc_embedded[i].path, path) == 0) {
      if (luaL_loadbufferx(L, tc_embedded[i].data, tc_embedded[i].len, "=lang/testcases.lua",
                           "t") != LUA_OK)
        lua_error(L);
      return;
    }
  luaL_error(L, "internal: %s is not embedded in this build", path);
}

static int translate(lua_State *L) {   /* [-1, +1, e] */
  lua_pushstring(L, _(luaL_checkstring(L, 1)));
  return 1;
}

/* ---------------------------------------------------------------- reading the cases */

typedef struct Reader { lua_State *L; Arena *a; } Reader;

/* t[key] as a string copied into the arena, or NULL: [-0, +0, m]. */
static const char *field_str(Reader *r, int t, const char *key) {
  lua_getfield(r->L, t, key);
  const char *s = lua_type(r->L, -1) == LUA_TSTRING ? arena_strdup(r->a, lua_tostring(r->L, -1)) : NULL;
  lua_pop(r->L, 1);
  return s;
}

static double field_num(Reader *r, int t, const char *key, bool *present) {
  lua_getfield(r->L, t, key);
  *present = lua_type(r->L, -1) == LUA_TNUMBER;
  double x = *present ? lua_tonumber(r->L, -1) : 0;
  lua_pop(r->L, 1);
  return x;
}

/* The list t[key] (a sequence of tables); its length: [-0, +1, -] leaves it pushed. */
static int field_list(Reader *r, int t, const char *key) {
  lua_getfield(r->L, t, key);
  return lua_type(r->L, -1) == LUA_TTABLE ? (int)luaL_len(r->L, -1) : 0;
}

static void read_check(Reader *r, int t, TestCheck *c) {
  bool has;
  c->what = field_str(r, t, "what");
  c->key = field_str(r, t, "key");
  c->num = field_num(r, t, "num", &has);
  c->kind = CK_NUM;
  if (!has) {
    lua_getfield(r->L, t, "bool");
    if (lua_type(r->L, -1) == LUA_TBOOLEAN) {
      c->kind = CK_BOOL;
      c->yes = lua_toboolean(r->L, -1);
    } else {
      c->kind = CK_STR;
      c->str = field_str(r, t, "str");
    }
    lua_pop(r->L, 1);
  }
}

static int read_case(Reader *r, int t, TestCase *c) {
  bool has;
  c->name = field_str(r, t, "name");
  c->data = field_str(r, t, "data");
  c->unit = field_str(r, t, "unit");
  c->children = field_str(r, t, "children");
  c->line = (int)field_num(r, t, "line", &has);
  c->period = (int)field_num(r, t, "period", &has);
  c->tolerance = field_num(r, t, "tolerance", &has);
  c->ninputs = field_list(r, t, "inputs");
  c->inputs = arena_alloc(r->a, sizeof *c->inputs * (size_t)(c->ninputs + 1));
  for (int i = 0; c->inputs && i < c->ninputs; i++) {
    lua_rawgeti(r->L, -1, i + 1);
    c->inputs[i].name = field_str(r, lua_gettop(r->L), "name");
    c->inputs[i].text = field_str(r, lua_gettop(r->L), "text");
    lua_pop(r->L, 1);
  }
  lua_pop(r->L, 1);
  c->nchecks = field_list(r, t, "checks");
  c->checks = arena_alloc(r->a, sizeof *c->checks * (size_t)(c->nchecks + 1));
  for (int i = 0; c->checks && i < c->nchecks; i++) {
    lua_rawgeti(r->L, -1, i + 1);
    read_check(r, lua_gettop(r->L), &c->checks[i]);
    lua_pop(r->L, 1);
  }
  lua_pop(r->L, 1);
  return c->inputs && c->checks && c->name ? 0 : -1;
}

/* ---------------------------------------------------------------- running the file */

typedef struct Job { const char *path, *src; size_t len; TestFile *tf; } Job;

/*
** The whole load, run protected: [-0, +0, e]. The file's chunk gets the vocabulary's
** env as its _ENV; finish() gives the cases, read into tf.
*/
static int load_all(lua_State *L) {
  Job *job = lua_touserdata(L, 1);
  luaL_requiref(L, "_G", luaopen_base, 1);
  luaL_requiref(L, "string", luaopen_string, 1);
  luaL_requiref(L, "table", luaopen_table, 1);
  luaL_requiref(L, "math", luaopen_math, 1);
  luaL_requiref(L, "utf8", luaopen_utf8, 1);
  lua_settop(L, 0);
  load_embedded(L, "lang/testcases.lua");      /* chunk */
  luaL_requiref(L, "debug", luaopen_debug, 0); /* chunk, debug */
  lua_getfield(L, -1, "getinfo");              /* chunk, debug, getinfo */
  lua_remove(L, -2);                           /* chunk, getinfo */
  lua_pushfstring(L, "@%s", job->path);        /* chunk, getinfo, name */
  lua_pushcfunction(L, translate);             /* chunk, getinfo, name, tr */
  lua_call(L, 3, 1);                           /* V */
  if (luaL_loadbufferx(L, job->src, job->len, lua_pushfstring(L, "@%s", job->path), "t") != LUA_OK)
    lua_error(L);                              /* V, name, file */
  lua_remove(L, -2);                           /* V, file */
  lua_getfield(L, 1, "env");                   /* V, file, env */
  lua_setupvalue(L, -2, 1);                    /* V, file */
  lua_sethook(L, budget_hook, LUA_MASKCOUNT, 1000);
  lua_call(L, 0, 0);                           /* V */
  lua_sethook(L, NULL, 0, 0);
  lua_getfield(L, 1, "finish");
  lua_call(L, 0, 1);                           /* V, R */
  Reader r = { L, &job->tf->arena };
  TestFile *tf = job->tf;
  tf->ncases = field_list(&r, 2, "cases");     /* V, R, cases */
  tf->cases = arena_alloc(&tf->arena, sizeof *tf->cases * (size_t)(tf->ncases + 1));
  if (tf->cases == NULL) return luaL_error(L, "out of memory");
  for (int i = 0; i < tf->ncases; i++) {
    lua_rawgeti(L, 3, i + 1);
    if (read_case(&r, lua_gettop(L), &tf->cases[i]) != 0) return luaL_error(L, "out of memory");
    lua_pop(L, 1);
  }
  return 0;
}

/* Turn any error into { msg, line, hint }: [-1, +1, m]. */
static int msghandler(lua_State *L) {
  if (lua_type(L, 1) == LUA_TTABLE) return 1;
  const char *msg = lua_tostring(L, 1);
  lua_newtable(L);
  lua_pushstring(L, msg ? msg : "error in the test file");
  lua_setfield(L, -2, "msg");
  return 1;
}

char *testfile_path_for(Arena *a, const char *script) {
  size_t n = strlen(script);
  if (n > 4 && strcmp(script + n - 4, ".lua") == 0) n -= 4;
  return arena_printf(a, "%.*s.test.lua", (int)n, script);
}

int testfile_load(const char *path, TestFile *tf, DiagList *dl) {
  memset(tf, 0, sizeof *tf);
  tf->path = arena_strdup(&tf->arena, path);
  size_t len;
  char *src = read_file(path, &len);
  if (src == NULL || len > MAX_TEST_SIZE) {
    Diag *d = diag_add(dl, SEV_ERROR, path, 0, 0, "cannot read the test file: %s",
                       src ? _("larger than 4 MiB") : i18n_strerror(errno));
    diag_hint(dl, d, "the test cases of criteria/x/y.lua are in criteria/x/y.test.lua "
              "(docs/language.md, \"Test cases\")");
    free(src);
    return EXIT_USAGE;
  }
  Sandbox sb = { 0, 0 };
  lua_State *L = lua_newstate(capped_alloc, &sb);
  int rc = EXIT_OK;
  if (L == NULL) {
    diag_add(dl, SEV_ERROR, path, 0, 0, "out of memory starting Lua");
    rc = EXIT_SCRIPT;
  } else {
    *(Sandbox **)lua_getextraspace(L) = &sb;
    Job job = { path, src, len, tf };
    lua_pushcfunction(L, msghandler);
    lua_pushcfunction(L, load_all);
    lua_pushlightuserdata(L, &job);
    if (lua_pcall(L, 1, 0, 1) != LUA_OK) {
      host_error_finding(L, path, dl, _("error in the test file"));
      rc = EXIT_SCRIPT;
    }
    lua_close(L);
  }
  free(src);
  return rc;
}

void testfile_free(TestFile *tf) {
  arena_free(&tf->arena);
  memset(tf, 0, sizeof *tf);
}
