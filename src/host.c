/*
** host.c — the embedded Lua: a state with a memory cap and an instruction budget,
** the language files (embedded at build time), the criteria script run in the
** prelude's sandbox, and the declaration table handed to src/boundary.c.
**
** Every call into Lua goes through one protected call (docall) whose message
** handler turns any error into a structured { msg, line, hint } table.
** Lua is used only here and in boundary.c; after host_load returns, the state
** is closed and the model is plain C.
*/
#include "host.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>
#include <lua-lpeg.h>

#include "boundary.h"
#include "embedded.h"
#include "exitcodes.h"
#include "i18n.h"
#include "readfile.h"

typedef struct Host {
  size_t used, limit;        /* bytes allocated by Lua, and the cap */
  long ticks, max_ticks;     /* count-hook calls (HOOK_STEP instructions each) */
  const char *chunkname;     /* "@path" of the criteria script */
  const char *path;
  const char *src;
  size_t srclen;
  Model *model;
  DiagList *dl;
} Host;

#define HOOK_STEP 1000

/*
** The capped allocator. For a new block Lua passes the object's type in osize,
** not a size: count it as 0 (as HAProxy's hlua_alloc does).
*/
static void *capped_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  Host *h = ud;
  size_t old = ptr ? osize : 0;
  if (nsize == 0) {
    free(ptr);
    h->used -= old;
    return NULL;
  }
  if (nsize > old && h->used + (nsize - old) > h->limit) return NULL;
  void *p = realloc(ptr, nsize);
  if (p != NULL) h->used = h->used - old + nsize;
  return p;
}

static Host *host_of(lua_State *L) { return *(Host **)lua_getextraspace(L); }

/* The instruction budget: raise an error the script cannot catch (it has no pcall). */
static void count_hook(lua_State *L, lua_Debug *ar) {
  Host *h = host_of(L);
  (void)ar;
  if (++h->ticks > h->max_ticks)
    luaL_error(L, "the script ran for more than %d million instructions without finishing "
               "(an endless loop?)", (int)(h->max_ticks * HOOK_STEP / 1000000));
}

/*
** Line of the innermost frame that runs the criteria script, or 0.
*/
static int script_line(lua_State *L, const char *chunkname) {
  lua_Debug ar;
  for (int level = 0; lua_getstack(L, level, &ar); level++) {
    if (lua_getinfo(L, "Sl", &ar) && strcmp(ar.source, chunkname) == 0) return ar.currentline;
  }
  return 0;
}

/*
** Lua prefixes messages with "SRC:LINE: ", where SRC is the path, or "..." and its
** tail when the path is long (luaO_chunkid). If msg starts so, return what follows
** and store LINE; otherwise return msg.
*/
static const char *strip_location(const char *msg, const char *path, int *line) {
  size_t plen = strlen(path);
  const char *rest = NULL;
  if (strncmp(msg, path, plen) == 0 && msg[plen] == ':') {
    rest = msg + plen + 1;
  } else if (strncmp(msg, "...", 3) == 0) {
    const char *colon = strchr(msg + 3, ':');
    size_t tail = colon ? (size_t)(colon - msg - 3) : 0;
    if (colon && tail <= plen && strncmp(path + plen - tail, msg + 3, tail) == 0) rest = colon + 1;
  }
  if (rest == NULL || *rest < '0' || *rest > '9') return msg;
  int n = atoi(rest);
  while (*rest >= '0' && *rest <= '9') rest++;
  if (*rest != ':') return msg;
  if (*line == 0) *line = n;
  return rest + 1 + (rest[1] == ' ');
}

/*
** Message handler: [-1, +1, m]. A table error (from the prelude) passes through;
** a string gets the script line it came from and loses Lua's "file:line:" prefix.
*/
static int msghandler(lua_State *L) {
  Host *h = host_of(L);
  if (lua_type(L, 1) == LUA_TTABLE) return 1;
  const char *msg = lua_tostring(L, 1);
  if (msg == NULL) msg = "the script raised an error that is not a message";
  int line = script_line(L, h->chunkname);
  msg = strip_location(msg, h->path, &line);
  lua_createtable(L, 0, 2);                    /* error, table */
  lua_pushstring(L, msg);
  lua_setfield(L, -2, "msg");
  lua_pushinteger(L, line);
  lua_setfield(L, -2, "line");
  return 1;
}

/*
** Call the function below nargs arguments: [-(nargs+1), +1, -]. On success the
** (single) result is on top; on failure the structured error is, and the
** status is returned.
*/
static int docall(lua_State *L, int nargs) {
  int base = lua_gettop(L) - nargs;
  lua_pushcfunction(L, msghandler);
  lua_insert(L, base);                         /* handler below the function */
  int status = lua_pcall(L, nargs, 1, base);
  lua_remove(L, base);
  return status;
}

/* Push the embedded file's chunk: [-0, +1, e]. */
static void load_embedded(lua_State *L, const char *path) {
  for (size_t i = 0; i < tc_embedded_count; i++) {
    if (strcmp(tc_embedded[i].path, path) == 0) {
      char name[256];
      snprintf(name, sizeof name, "=%s", path);
      if (luaL_loadbufferx(L, tc_embedded[i].data, tc_embedded[i].len, name, "t") != LUA_OK)
        lua_error(L);
      return;
    }
  }
  luaL_error(L, "internal: %s is not embedded in this build", path);
}

/*
** The script does not parse as Lua: raise a structured error with a hint
** ([-1, +0, v]: the message on top is replaced).
*/
static void raise_syntax_error(lua_State *L, Host *h) {
  int line = 0;
  const char *msg = strip_location(luaL_optstring(L, -1, "syntax error"), h->path, &line);
  lua_createtable(L, 0, 3);                    /* msg, error */
  lua_pushstring(L, msg);
  lua_setfield(L, -2, "msg");
  lua_pushinteger(L, line);
  lua_setfield(L, -2, "line");
  lua_pushstring(L, "the script is not valid Lua here: check the quotes, the commas between "
                 "fields and the braces { } around each declaration");
  lua_setfield(L, -2, "hint");
  lua_error(L);
}

/*
** Run every stdlib file with the prelude's stdlib_api and export what it returns.
** Stack: [.., P] → [.., P].
*/
static void load_stdlib(lua_State *L) {
  for (size_t i = 0; i < tc_embedded_count; i++) {
    if (strncmp(tc_embedded[i].path, "stdlib/", 7) != 0) continue;
    lua_getfield(L, -1, "export");             /* P, export */
    load_embedded(L, tc_embedded[i].path);     /* P, export, chunk */
    lua_getfield(L, -3, "stdlib_api");         /* P, export, chunk, api */
    lua_call(L, 1, 1);                         /* P, export, exports */
    lua_call(L, 1, 0);                         /* P */
  }
}

/*
** read_base(path) for the prelude's `extends`: [-1, +2, e]. The base script is a
** file beside the script (or below its folder): no absolute path, no "..", a .lua
** name. Its text is kept in the model, so that messages can quote it.
*/
#define MAX_BASE_SIZE (4u << 20)

static int read_base(lua_State *L) {
  Host *h = host_of(L);
  const char *rel = luaL_checkstring(L, 1);
  size_t n = strlen(rel);
  const char *why = NULL;
  if (h->model->base_script) why = "a script can extend only one base script";
  else if (n == 0 || rel[0] == '/' || strstr(rel, "..") || n < 5 || strcmp(rel + n - 4, ".lua") != 0)
    why = "the base script must be a .lua file in the script's folder or below it "
          "(no absolute path, no \"..\")";
  if (why) { lua_pushnil(L); lua_pushstring(L, why); return 2; }
  const char *slash = strrchr(h->path, '/');
  int dirlen = slash ? (int)(slash - h->path + 1) : 0;
  char *path = arena_printf(&h->model->arena, "%.*s%s", dirlen, h->path, rel);
  size_t len = 0;
  char *src = path ? read_file(path, &len) : NULL;
  if (src == NULL || len > MAX_BASE_SIZE) {
    lua_pushnil(L);
    lua_pushfstring(L, "cannot read the base script %s: %s", path ? path : rel,
                    src ? "larger than 4 MiB" : i18n_strerror(errno));
    free(src);
    return 2;
  }
  h->model->base_script = path;
  h->model->base_source = arena_strndup(&h->model->arena, src, len);
  free(src);
  if (h->model->base_source == NULL) return luaL_error(L, "out of memory");
  lua_pushlstring(L, h->model->base_source, len);
  lua_pushfstring(L, "@%s", path);
  return 2;
}

/*
** The whole load, run protected: [-0, +1, e] leaves the declaration table.
** Upvalue-free; the Host comes through the extra space.
*/
static int load_all(lua_State *L) {
  Host *h = host_of(L);
  luaL_requiref(L, "_G", luaopen_base, 1);
  luaL_requiref(L, "string", luaopen_string, 1);
  luaL_requiref(L, "table", luaopen_table, 1);
  luaL_requiref(L, "math", luaopen_math, 1);
  luaL_requiref(L, "utf8", luaopen_utf8, 1);
  lua_settop(L, 0);
  luaL_requiref(L, "debug", luaopen_debug, 0); /* not global: only getinfo is kept */
  lua_getfield(L, -1, "getinfo");              /* debug, getinfo */
  lua_remove(L, 1);                            /* getinfo */
  load_embedded(L, "lang/formula.lua");        /* getinfo, chunk */
  luaL_requiref(L, "lpeg", luaopen_lpeg, 0);   /* getinfo, chunk, lpeg */
  lua_call(L, 1, 1);                           /* getinfo, F */
  load_embedded(L, "lang/prelude.lua");        /* getinfo, F, chunk */
  lua_insert(L, 1);                            /* chunk, getinfo, F */
  lua_insert(L, 2);                            /* chunk, F, getinfo */
  lua_pushstring(L, h->chunkname);             /* chunk, F, getinfo, name */
  lua_pushcfunction(L, read_base);             /* chunk, F, getinfo, name, read_base */
  lua_call(L, 4, 1);                           /* P */
  load_stdlib(L);                              /* P */
  if (luaL_loadbufferx(L, h->src, h->srclen, h->chunkname, "t") != LUA_OK)
    raise_syntax_error(L, h);                  /* P, script */
  lua_getfield(L, 1, "env");                   /* P, script, env */
  lua_setupvalue(L, -2, 1);                    /* P, script   (env is its _ENV) */
  lua_sethook(L, count_hook, LUA_MASKCOUNT, HOOK_STEP);
  lua_call(L, 0, 0);                           /* P */
  lua_sethook(L, NULL, 0, 0);
  lua_getfield(L, 1, "finish");                /* P, finish */
  lua_call(L, 0, 1);                           /* P, D */
  return 1;
}

/* Read the structured error on top of the stack into a finding: [-1, +0, -]. */
static void report_error(lua_State *L, Host *h, int status) {
  int line = 0;
  const char *msg = NULL, *hint = NULL;
  if (lua_type(L, -1) == LUA_TTABLE) {
    lua_getfield(L, -1, "msg");
    lua_getfield(L, -2, "line");
    lua_getfield(L, -3, "hint");
    msg = lua_tostring(L, -3);
    line = (int)lua_tointeger(L, -2);
    hint = lua_tostring(L, -1);
  } else {
    msg = lua_tostring(L, -1);
  }
  if (status == LUA_ERRMEM)
    msg = "the script needs more memory than criteria scripts may use";
  else if (msg)
    msg = strip_location(msg, h->path, &line);  /* e.g. Lua's own syntax errors */
  Diag *d = diag_add(h->dl, SEV_ERROR, h->path, line, 0, "%s", msg ? msg : "error in the script");
  if (hint) diag_hint(h->dl, d, "%s", hint);
  if (status == LUA_ERRMEM)
    diag_hint(h->dl, d, "a criteria script only declares a decision; look for a loop that builds "
              "tables or strings without end, or a function that calls itself without end");

  lua_settop(L, 0);
}

static int run(Host *h, const HostLimits *lim) {
  h->limit = lim->memory;
  h->max_ticks = lim->instructions / HOOK_STEP;
  lua_State *L = lua_newstate(capped_alloc, h);
  if (L == NULL) {
    diag_add(h->dl, SEV_ERROR, h->path, 0, 0, "out of memory starting Lua");
    return EXIT_SCRIPT;
  }
  *(Host **)lua_getextraspace(L) = h;
  lua_pushcfunction(L, load_all);
  int status = docall(L, 0);
  int rc = EXIT_OK;
  if (status != LUA_OK) {
    report_error(L, h, status);
    rc = EXIT_SCRIPT;
  } else if (boundary_read(L, h->model, h->dl) != 0 || h->dl->nerrors > 0) {
    rc = EXIT_SCRIPT;                          /* the model holds what could be read */
  }
  lua_close(L);
  return rc;
}

const HostLimits host_default_limits = { 64u << 20, 200000000L };

int host_load_source(const char *path, const char *src, size_t len, const HostLimits *lim,
                     Model *m, DiagList *dl) {
  Host h;
  memset(&h, 0, sizeof h);
  char *chunkname = arena_printf(&m->arena, "@%s", path);
  m->script = arena_strdup(&m->arena, path);
  m->source = arena_strndup(&m->arena, src, len);
  if (!chunkname || !m->script || !m->source) {
    diag_add(dl, SEV_ERROR, path, 0, 0, "out of memory");
    return EXIT_SCRIPT;
  }
  h.chunkname = chunkname;
  h.path = m->script;
  h.src = m->source;
  h.srclen = len;
  h.model = m;
  h.dl = dl;
  return run(&h, lim ? lim : &host_default_limits);
}

int host_load(const char *path, const HostLimits *lim, Model *m, DiagList *dl) {
  size_t len;
  char *src = read_file(path, &len);
  if (src == NULL) {
    Diag *d = diag_add(dl, SEV_ERROR, path, 0, 0, "cannot read the script: %s", i18n_strerror(errno));
    diag_hint(dl, d, "check the path; scripts live under criteria/<province>/");
    return EXIT_USAGE;
  }
  int rc = host_load_source(path, src, len, lim, m, dl);
  free(src);
  return rc;
}
