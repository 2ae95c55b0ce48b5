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
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>
#include <lua-lpeg.h>

#include "boundary.h"
#include "embedded.h"
#include "exitcodes.h"
#include "i18n.h"
#include "readfile.h"

/* The limit that stopped the script (Host.stop). */
enum { STOP_NONE, STOP_BUDGET, STOP_TIME, STOP_MEMORY };

typedef struct Host {
  size_t used, limit;        /* bytes allocated by Lua, and the cap */
  long ticks, max_ticks;     /* count-hook calls (HOOK_STEP instructions each) */
  unsigned seconds;          /* processor time the script may use (0: no limit) */
  lua_State *L;              /* for the alarms of the allocator and the timer */
  bool armed;                /* the script runs: the limits apply */
  bool over_memory;          /* the allocator went past the cap: look again after a GC */
  volatile sig_atomic_t timed_out;  /* set by the timer's signal handler */
  int stop, stop_line;       /* the limit that stopped the script, and the script line */
  const char *chunkname;     /* "@path" of the criteria script */
  const char *path;
  const char *src;
  size_t srclen;
  Model *model;
  DiagList *dl;
} Host;

#define HOOK_STEP 1000
#define MAX_SCRIPT_SIZE (4u << 20) /* bytes, script or base; the largest bundled one has 74 KB */

static Host *host_of(lua_State *L) { return *(Host **)lua_getextraspace(L); }

static void limits_hook(lua_State *L, lua_Debug *ar);

/*
** Make the hook run at the next instruction. Lua allows this from a signal handler
** and so from inside the allocator too (lua.c's laction does the same): it only sets
** the hook fields and the frames' trap flags.
*/
static void alarm_hook(Host *h) {
  if (h->L) lua_sethook(h->L, limits_hook, LUA_MASKCOUNT, 1);
}

/*
** The capped allocator. For a new block Lua passes the object's type in osize,
** not a size: count it as 0 (as HAProxy's hlua_alloc does).
** Past the cap, the allocation still succeeds but the hook runs at the next
** instruction: after a full GC (garbage does not count) it stops the script at its
** line if the cap is still exceeded. Only at twice the cap is memory refused
** outright (Lua then raises a memory error, without a line); the script cannot
** reach that by growing a table or a string, which crosses the cap first.
*/
static void *capped_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  Host *h = ud;
  size_t old = ptr ? osize : 0;
  if (nsize == 0) {
    free(ptr);
    h->used -= old;
    return NULL;
  }
  if (nsize > old && h->used + (nsize - old) > 2 * h->limit) {
    if (h->armed && h->stop == STOP_NONE) {    /* stopped, even if the error is caught */
      h->stop = STOP_MEMORY;
      alarm_hook(h);
    }
    return NULL;
  }
  void *p = realloc(ptr, nsize);
  if (p == NULL) return NULL;
  h->used = h->used - old + nsize;
  if (h->used > h->limit && h->armed && !h->over_memory) {
    h->over_memory = true;
    alarm_hook(h);
  }
  return p;
}

/*
** The processor-time limit. Lua's hook cannot fire inside a C function, and some
** single operations are costly (comparing or joining long texts, sorting a long
** list): a loop of them can run for hours within the instruction budget. A CPU
** timer (ITIMER_PROF) sets timed_out and the hook; the script stops at the next
** instruction. A signal handler gets no context: the state it stops is the one
** static variable of this file (one script runs at a time).
*/
static lua_State *volatile timed_state;

static void on_timer(int sig) {
  lua_State *L = timed_state;
  (void)sig;
  if (L == NULL) return;
  host_of(L)->timed_out = 1;
  lua_sethook(L, limits_hook, LUA_MASKCOUNT, 1);
}

static void start_timer(lua_State *L, unsigned seconds, struct sigaction *old) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_timer;
  sa.sa_flags = SA_RESTART;                    /* a read interrupted goes on */
  sigemptyset(&sa.sa_mask);
  timed_state = L;
  sigaction(SIGPROF, &sa, old);
  struct itimerval it = { { 0, 0 }, { (time_t)seconds, 0 } };
  setitimer(ITIMER_PROF, &it, NULL);
}

static void stop_timer(const struct sigaction *old) {
  struct itimerval off = { { 0, 0 }, { 0, 0 } };
  setitimer(ITIMER_PROF, &off, NULL);
  timed_state = NULL;
  sigaction(SIGPROF, old, NULL);
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
** Which limit, if any, the script has reached now (the hook runs every HOOK_STEP
** instructions, or at the next one when an alarm asked for it).
*/
static int limit_reached(lua_State *L, Host *h) {
  if (h->timed_out) return STOP_TIME;
  if (h->over_memory) {
    h->over_memory = false;
    lua_gc(L, LUA_GCCOLLECT);                  /* garbage does not count */
    if (h->used > h->limit) return STOP_MEMORY;
    lua_sethook(L, limits_hook, LUA_MASKCOUNT, HOOK_STEP);  /* back to counting */
    return STOP_NONE;
  }
  return ++h->ticks > h->max_ticks ? STOP_BUDGET : STOP_NONE;
}

/*
** The hook that enforces the limits: [-0, +1, v] when it stops the script. The
** first limit reached is kept with its line (report_limit words it); the error
** raised is only a carrier. The kill sticks: should anything catch the error (the
** prelude's pcall around the formula parser), the hook fires again at the next
** instruction.
*/
static void limits_hook(lua_State *L, lua_Debug *ar) {
  Host *h = host_of(L);
  (void)ar;
  if (h->stop == STOP_NONE) h->stop = limit_reached(L, h);
  if (h->stop == STOP_NONE) return;
  if (h->stop_line == 0) h->stop_line = script_line(L, h->chunkname);
  lua_sethook(L, limits_hook, LUA_MASKCOUNT, 1);
  lua_pushliteral(L, "the script was stopped at a limit");
  lua_error(L);
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
  const char *msg = lua_tostring(L, 1), *hint = NULL;
  if (msg == NULL) msg = _("the script raised an error that is not a message");
  int line = script_line(L, h->chunkname);
  msg = strip_location(msg, h->path, &line);
  if (strcmp(msg, "stack overflow") == 0 || strcmp(msg, "C stack overflow") == 0) {
    msg = _("the script calls functions inside functions too deeply (stack overflow)");
    hint = _("look for a function that calls itself without end");
  }
  lua_createtable(L, 0, 3);                    /* error, table */
  lua_pushstring(L, msg);
  lua_setfield(L, -2, "msg");
  lua_pushinteger(L, line);
  lua_setfield(L, -2, "line");
  if (hint) {
    lua_pushstring(L, hint);
    lua_setfield(L, -2, "hint");
  }
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

/* Raise a structured error { msg, line, hint }: [-0, +1, v]. */
static void raise_at(lua_State *L, int line, const char *msg, const char *hint) {
  lua_createtable(L, 0, 3);                    /* error */
  lua_pushstring(L, msg);
  lua_setfield(L, -2, "msg");
  lua_pushinteger(L, line);
  lua_setfield(L, -2, "line");
  lua_pushstring(L, hint);
  lua_setfield(L, -2, "hint");
  lua_error(L);
}

/*
** The script does not parse as Lua: raise a structured error with a hint
** ([-1, +0, v]: the message on top is replaced). Lua's parser gives up on code
** nested some 200 levels deep with "C stack overflow", without a line.
*/
static void raise_syntax_error(lua_State *L, Host *h) {
  int line = 0;
  const char *msg = strip_location(luaL_optstring(L, -1, "syntax error"), h->path, &line);
  if (strcmp(msg, "C stack overflow") == 0)
    msg = _("the script nests brackets, tables or functions too deeply for Lua to read it");
  raise_at(L, line, msg, _("the script is not valid Lua here: check the quotes, the commas between "
           "fields and the braces { } around each declaration"));
}

/*
** Compile the script: [-0, +1, -] pushes the chunk or the error message. Run under a
** pcall of its own, without message handler: errors the parser raises as run-time
** errors ("C stack overflow") would otherwise reach msghandler and become tables.
*/
static int compile_script(lua_State *L) {
  Host *h = host_of(L);
  if (luaL_loadbufferx(L, h->src, h->srclen, h->chunkname, "t") != LUA_OK) lua_error(L);
  return 1;
}

/*
** A criteria script is a small text file: [-0, +0, v]. Not precompiled Lua
** (bytecode is not checked by Lua and can crash it; nobody can read it), no NUL
** byte (the C side would cut names and formulas there), at most MAX_SCRIPT_SIZE.
*/
static void check_text(lua_State *L, const Host *h) {
  if (h->srclen > MAX_SCRIPT_SIZE)
    raise_at(L, 0, _("the script is larger than 4 MiB, which criteria scripts may not be"),
             _("a criteria script is a text file of some kilobytes; is this the right file?"));
  if (h->srclen > 0 && h->src[0] == LUA_SIGNATURE[0])
    raise_at(L, 1, _("the script is precompiled Lua (bytecode), which criteria scripts may not be"),
             _("criteria scripts are text that people can read and check: give the .lua source"));
  const char *nul = memchr(h->src, '\0', h->srclen);
  if (nul != NULL) {
    int line = 1;
    for (const char *c = h->src; c < nul; c++) line += *c == '\n';
    raise_at(L, line, _("the script contains a NUL byte (character 0), which criteria scripts "
             "may not contain"), _("criteria scripts are plain text: save the file as UTF-8 text"));
  }
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

/* Read up to max bytes from fd into a malloc'd, NUL-terminated buffer; NULL with errno. */
static char *read_fd(int fd, size_t max, size_t *len) {
  char *buf = malloc(max + 1);
  size_t n = 0;
  while (buf != NULL && n < max) {
    ssize_t r = read(fd, buf + n, max - n);
    if (r == 0) break;
    if (r > 0) n += (size_t)r;
    else if (errno != EINTR) { free(buf); buf = NULL; }
  }
  if (buf == NULL) return NULL;
  buf[n] = '\0';
  *len = n;
  return buf;
}

/*
** At most max bytes of the file at path (a longer file is cut: compare *len with
** max), NUL-terminated and malloc'd; NULL with errno set. A file a script names
** (from_script) must be a regular file and not a symbolic link: a link in a shared
** criteria folder could lead to any file of the machine, a device such as
** /dev/zero never ends, a FIFO blocks.
*/
static char *read_bounded(const char *path, size_t max, bool from_script, size_t *len) {
  int fd = open(path, O_RDONLY | (from_script ? O_NOFOLLOW | O_NONBLOCK : 0));
  if (fd < 0) return NULL;
  struct stat st;
  char *buf = NULL;
  if (fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) errno = EISDIR;
    else if (from_script && !S_ISREG(st.st_mode)) errno = EINVAL;
    else buf = read_fd(fd, max, len);
  }
  int saved = errno;
  close(fd);
  errno = saved;
  return buf;
}

/* Why a file a script names cannot be read, in words. */
static const char *read_failure(int err) {
  if (err == ELOOP) return _("it is a symbolic link, which could lead anywhere on the machine");
  if (err == EINVAL) return _("it is not a regular file");
  return i18n_strerror(err);
}

/*
** translate(msgid) for the prelude's messages: the user's language (i18n.h): [-1, +1, e].
*/
static int translate(lua_State *L) {
  lua_pushstring(L, _(luaL_checkstring(L, 1)));
  return 1;
}

/*
** read_base(path) for the prelude's `extends`: [-1, +2, e]. The base script is a
** file beside the script (or below its folder): no absolute path, no "..", a .lua
** name, a regular file of at most MAX_SCRIPT_SIZE bytes. Its text is kept in the
** model, so that messages can quote it.
*/
static int read_base(lua_State *L) {
  Host *h = host_of(L);
  const char *rel = luaL_checkstring(L, 1);
  size_t n = strlen(rel);
  const char *why = NULL;
  if (h->model->base_script) why = _("a script can extend only one base script");
  else if (n == 0 || rel[0] == '/' || strstr(rel, "..") || n < 5 || strcmp(rel + n - 4, ".lua") != 0)
    why = _("the base script must be a .lua file in the script's folder or below it "
            "(no absolute path, no \"..\")");
  if (why) { lua_pushnil(L); lua_pushstring(L, why); return 2; }
  const char *slash = strrchr(h->path, '/');
  int dirlen = slash ? (int)(slash - h->path + 1) : 0;
  char *path = arena_printf(&h->model->arena, "%.*s%s", dirlen, h->path, rel);
  size_t len = 0;
  char *src = path ? read_bounded(path, MAX_SCRIPT_SIZE + 1, true, &len) : NULL;
  if (src == NULL || len > MAX_SCRIPT_SIZE) {
    lua_pushnil(L);
    lua_pushfstring(L, _("cannot read the base script %s: %s"), path ? path : rel,
                    src ? _("larger than 4 MiB") : read_failure(errno));
    free(src);
    return 2;
  }
  h->model->base_script = path;
  h->model->base_source = arena_strndup(&h->model->arena, src, len);
  free(src);
  if (h->model->base_source == NULL) return luaL_error(L, "%s", _("out of memory"));
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
  lua_pushcfunction(L, translate);             /* getinfo, chunk, lpeg, tr */
  lua_call(L, 2, 1);                           /* getinfo, F */
  load_embedded(L, "lang/prelude.lua");        /* getinfo, F, chunk */
  lua_insert(L, 1);                            /* chunk, getinfo, F */
  lua_insert(L, 2);                            /* chunk, F, getinfo */
  lua_pushstring(L, h->chunkname);             /* chunk, F, getinfo, name */
  lua_pushcfunction(L, read_base);             /* chunk, F, getinfo, name, read_base */
  lua_pushcfunction(L, translate);             /* chunk, F, getinfo, name, read_base, tr */
  lua_call(L, 5, 1);                           /* P */
  load_stdlib(L);                              /* P */
  check_text(L, h);
  lua_pushcfunction(L, compile_script);        /* P, compile_script */
  if (lua_pcall(L, 0, 1, 0) != LUA_OK)
    raise_syntax_error(L, h);                  /* P, script */
  lua_getfield(L, 1, "env");                   /* P, script, env */
  lua_setupvalue(L, -2, 1);                    /* P, script   (env is its _ENV) */
  h->armed = true;                             /* the limits apply from here on, */
  lua_sethook(L, limits_hook, LUA_MASKCOUNT, HOOK_STEP);
  lua_call(L, 0, 0);                           /* P */
  lua_getfield(L, 1, "finish");                /* P, finish   (to finish() too: */
  lua_call(L, 0, 1);                           /* P, D         it parses targets) */
  return 1;
}

/*
** The limit that stopped the script, as a finding. A memory error that no alarm
** saw coming (refused at twice the cap at once) has no line.
*/
static void report_limit(Host *h) {
  int stop = h->stop == STOP_NONE ? STOP_MEMORY : h->stop;
  Diag *d;
  if (stop == STOP_BUDGET) {
    d = diag_add(h->dl, SEV_ERROR, h->path, h->stop_line, 0, "the script ran for more than %ld "
                 "million instructions without finishing (an endless loop?)",
                 h->max_ticks * HOOK_STEP / 1000000);
    diag_hint(h->dl, d, "a criteria script only declares a decision; look for a loop that "
              "never ends");
  } else if (stop == STOP_TIME) {
    d = diag_add(h->dl, SEV_ERROR, h->path, h->stop_line, 0, "the script ran for more than %u "
                 "seconds without finishing (an endless loop?)", h->seconds);
    diag_hint(h->dl, d, "a criteria script only declares a decision; look for a loop that "
              "repeats costly work, such as joining, comparing or sorting very long texts "
              "or lists");
  } else {
    d = diag_add(h->dl, SEV_ERROR, h->path, h->stop_line, 0, "the script needs more memory "
                 "than criteria scripts may use (%zu MiB)", h->limit >> 20);
    diag_hint(h->dl, d, "a criteria script only declares a decision; look for a loop that "
              "builds tables or strings without end, or a function that calls itself "
              "without end");
  }
}

void host_error_finding(lua_State *L, const char *path, DiagList *dl, const char *fallback) {
  int top = lua_gettop(L), line = 0;
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
  if (msg) msg = strip_location(msg, path, &line);  /* e.g. Lua's own syntax errors */
  Diag *d = diag_add(dl, SEV_ERROR, path, line, 0, "%s", msg ? msg : fallback);
  if (hint) diag_hint(dl, d, "%s", hint);
  lua_settop(L, top);
}

/* Read the structured error on top of the stack into a finding: [-1, +0, -]. */
static void report_error(lua_State *L, Host *h, int status) {
  if (h->stop != STOP_NONE || status == LUA_ERRMEM) {
    report_limit(h);
    lua_settop(L, 0);
    return;
  }
  host_error_finding(L, h->path, h->dl, _("error in the script"));
  lua_settop(L, 0);
}

/*
** Run load_all with the limits: the timer runs from the start, the budget and the
** memory alarm from the script's first instruction (load_all arms them), both until
** finish() has returned. A limit reached counts even if the script went on.
*/
static int run_limited(lua_State *L, Host *h) {
  struct sigaction old;
  if (h->seconds > 0) start_timer(L, h->seconds, &old);
  lua_pushcfunction(L, load_all);
  int status = docall(L, 0);
  if (h->seconds > 0) stop_timer(&old);
  h->armed = false;
  lua_sethook(L, NULL, 0, 0);
  return h->stop != STOP_NONE ? LUA_ERRRUN : status;
}

static int run(Host *h, const HostLimits *lim) {
  h->limit = lim->memory;
  h->max_ticks = lim->instructions / HOOK_STEP;
  h->seconds = lim->seconds;
  lua_State *L = lua_newstate(capped_alloc, h);
  if (L == NULL) {
    diag_add(h->dl, SEV_ERROR, h->path, 0, 0, "out of memory starting Lua");
    return EXIT_SCRIPT;
  }
  *(Host **)lua_getextraspace(L) = h;
  h->L = L;
  int status = run_limited(L, h);
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

/*
** 10 million instructions: the bundled scripts need less than 0.2 million, and an
** endless loop stops at the same place on every machine in a fraction of a second
** (2 to 3 seconds under valgrind: well before the 10 seconds of processor time, which
** only stop loops of costly operations; a golden test must end the same way there).
*/
const HostLimits host_default_limits = { 64u << 20, 10000000L, 10 };

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
  char *src = read_bounded(path, MAX_SCRIPT_SIZE + 1, false, &len);  /* check_text says */
  if (src == NULL) {
    Diag *d = diag_add(dl, SEV_ERROR, path, 0, 0, "cannot read the script: %s", i18n_strerror(errno));
    diag_hint(dl, d, "check the path; scripts live under criteria/<province>/");
    return EXIT_USAGE;
  }
  int rc = host_load_source(path, src, len, lim, m, dl);
  free(src);
  return rc;
}
