/*
** test_sandbox.c
** Unit tests of the script sandbox (lang/prelude.lua and src/host.c): everything a
** criteria script must not reach or do fails safely, with exit code EXIT_SCRIPT, the
** exact message and the script line, and no side effect; the instruction budget and
** the memory cap stop runaway scripts; what the vocabulary allows still works.
*/
#include "testutil.h"

#include <unistd.h>

#include "exitcodes.h"

/* A valid script: the body under test starts on line 4. */
#define HEAD "decision 'd' { title = 't' }\n"          \
             "group '1' { 'g', max = 10 }\n"            \
             "indicator '1.1' { 'x', max = 10, score = 'max' }\n"

#define NOT_AVAILABLE(name)                                                        \
  "test.lua:4: error: '" name "' is not available in criteria scripts: a script only " \
  "declares a decision (it cannot read files, run programs or load modules)\n"

/* The memory cap stops the script at the line where it was exceeded. */
#define MEMORY_ERROR(line, mib)                                                           \
  "test.lua:" line ": error: the script needs more memory than criteria scripts may use (" \
  mib " MiB)\n"                                                                          \
  "  hint: a criteria script only declares a decision; look for a loop that builds "     \
  "tables or strings without end, or a function that calls itself without end\n"

#define BUDGET_ERROR(line, million)                                                  \
  "test.lua:" line ": error: the script ran for more than " million " million "       \
  "instructions without finishing (an endless loop?)\n"                               \
  "  hint: a criteria script only declares a decision; look for a loop that never ends\n"

#define TIME_ERROR(line, seconds)                                                         \
  "test.lua:" line ": error: the script ran for more than " seconds " seconds without "   \
  "finishing (an endless loop?)\n"                                                       \
  "  hint: a criteria script only declares a decision; look for a loop that repeats "   \
  "costly work, such as joining, comparing or sorting very long texts or lists\n"

#define RECURSION_ERROR(line)                                                           \
  "test.lua:" line ": error: the script calls functions inside functions too deeply " \
  "(stack overflow)\n"                                                                 \
  "  hint: look for a function that calls itself without end\n"

/*
** Run HEAD + body with limits lim (NULL: the defaults): the load fails with
** EXIT_SCRIPT, exactly one finding, rendered as `expect`, and no model is built.
*/
static void check_fails_with(const char *body, const HostLimits *lim, const char *expect) {
  size_t len = strlen(HEAD) + strlen(body) + 1;
  char *src = malloc(len);
  assert_non_null(src);
  snprintf(src, len, "%s%s", HEAD, body);
  Model m;
  DiagList dl = { 0 };
  memset(&m, 0, sizeof m);
  int rc = host_load_source("test.lua", src, strlen(src), lim, &m, &dl);
  char *diags = tu_diags(&dl);
  if (expect != NULL) assert_string_equal(diags, expect);
  assert_int_equal(rc, EXIT_SCRIPT);
  assert_int_equal(dl.n, 1);
  assert_int_equal(dl.nerrors, 1);
  assert_int_equal(m.ninds, 0);
  assert_int_equal(m.ngroups, 0);
  free(diags);
  free(src);
  model_free(&m);
  diag_free(&dl);
}

static void check_fails(const char *body, const char *expect) {
  check_fails_with(body, NULL, expect);
}

/* A path in /tmp unique to this process, that must not exist after a test. */
static const char *probe_path(void) {
  static char path[64];
  snprintf(path, sizeof path, "/tmp/tieuchi-sandbox-%ld", (long)getpid());
  return path;
}

/* ------------------------------------------------------------------ files, programs */

/* io.open fails before opening anything: the file it would create does not exist. */
static void io_open(void **state) {
  (void)state;
  char body[160];
  unlink(probe_path());
  snprintf(body, sizeof body, "local f = io.open('%s', 'w')\nf:write('x')\n", probe_path());
  check_fails(body, NOT_AVAILABLE("io"));
  assert_int_equal(access(probe_path(), F_OK), -1);
}

/* os.execute runs nothing: the file the command would create does not exist. */
static void os_execute(void **state) {
  (void)state;
  char body[160];
  unlink(probe_path());
  snprintf(body, sizeof body, "os.execute('touch %s')\n", probe_path());
  check_fails(body, NOT_AVAILABLE("os"));
  assert_int_equal(access(probe_path(), F_OK), -1);
}

/* os.exit does not end the process (this test goes on running). */
static void os_exit(void **state) {
  (void)state;
  check_fails("os.exit(0)\n", NOT_AVAILABLE("os"));
}

/* require, dofile, loadfile, loadstring: no module or file can be loaded. */
static void require_dofile_loadfile(void **state) {
  (void)state;
  check_fails("require 'x'\n", NOT_AVAILABLE("require"));
  check_fails("dofile('/etc/passwd')\n", NOT_AVAILABLE("dofile"));
  check_fails("local f = loadfile('/etc/passwd')\n", NOT_AVAILABLE("loadfile"));
  check_fails("local f = loadstring('return 1')\n", NOT_AVAILABLE("loadstring"));
}

/* debug, package, lpeg: the host's libraries are out of reach. */
static void debug_package_lpeg(void **state) {
  (void)state;
  check_fails("local i = debug.getinfo(1)\n", NOT_AVAILABLE("debug"));
  check_fails("local p = package.loaded\n", NOT_AVAILABLE("package"));
  check_fails("local m = lpeg.P(1)\n", NOT_AVAILABLE("lpeg"));
}

/* collectgarbage and print are not part of the vocabulary. */
static void collectgarbage_print(void **state) {
  (void)state;
  check_fails("collectgarbage()\n", NOT_AVAILABLE("collectgarbage"));
  check_fails("\n\nprint('hello')\n",
              "test.lua:6: error: 'print' is not available in criteria scripts: a script only "
              "declares a decision (it cannot read files, run programs or load modules)\n");
}

/* ------------------------------------------------------------------ load */

/* load of a binary (precompiled) chunk is refused. */
static void load_binary(void **state) {
  (void)state;
  check_fails("local f = load('\\27Lua\\84\\0')\n",
              "test.lua:4: error: load: binary (precompiled) chunks are not allowed in "
              "criteria scripts\n");
}

/* load of a function (a chunk reader) is refused. */
static void load_reader_function(void **state) {
  (void)state;
  check_fails("local f = load(function() return nil end)\n",
              "test.lua:4: error: load: only text can be loaded in criteria scripts\n");
}

/* load of text is allowed, and what it computes can be used in declarations. */
static void load_text_allowed(void **state) {
  (void)state;
  Model m;
  DiagList dl = { 0 };
  assert_int_equal(tu_model("local f = load('return 2 * 10')\n"
                            "decision 'd' { title = 't' }\n"
                            "group '1' { 'g', max = f() }\n"
                            "indicator '1.1' { 'x', max = f(), score = 'max / 2' }\n",
                            &m, &dl), 0);
  assert_int_equal(dl.n, 0);
  assert_true(m.groups[0].max == 20);
  assert_true(m.inds[0].max == 20);
  model_free(&m);
  diag_free(&dl);
}

/* A loaded chunk runs in the sandbox: it cannot reach io, nor set a global. */
static void load_text_sandboxed(void **state) {
  (void)state;
  check_fails("local f = load('return io')\nlocal io = f()\n",
              "test.lua:5: error: [string \"return io\"]:1: 'io' is not available in criteria "
              "scripts: a script only declares a decision (it cannot read files, run programs "
              "or load modules)\n");
  check_fails("local f = load('x = 1')\nf()\n",
              "test.lua:5: error: [string \"x = 1\"]:1: criteria scripts cannot set the global "
              "'x': write 'local x = …'\n");
}

/* ------------------------------------------------------------------ string library */

/* string.dump is absent. */
static void string_dump(void **state) {
  (void)state;
  check_fails("local s = string.dump(function() end)\n",
              "test.lua:4: error: 'string.dump' is not available in criteria scripts: it makes "
              "precompiled code (bytecode), which criteria scripts may not load\n");
}

/* string.rep is absent, also as a method through the string metatable. */
#define NO_REP "test.lua:4: error: 'string.rep' is not available in criteria scripts: it " \
               "makes texts big enough to fill the memory in one step\n"

static void string_rep(void **state) {
  (void)state;
  check_fails("local s = ('x'):rep(1e9)\n", NO_REP);
  check_fails("local s = string.rep('x', 3)\n", NO_REP);
}

/* string, table, math and utf8 are read-only. */
static void libraries_read_only(void **state) {
  (void)state;
  check_fails("string.len = nil\n",
              "test.lua:4: error: string is read-only in criteria scripts\n");
  check_fails("string.rep = function() end\n",
              "test.lua:4: error: string is read-only in criteria scripts\n");
  check_fails("table.insert = nil\n",
              "test.lua:4: error: table is read-only in criteria scripts\n");
  check_fails("math.pi = 3\n",
              "test.lua:4: error: math is read-only in criteria scripts\n");
  check_fails("utf8.char = nil\n",
              "test.lua:4: error: utf8 is read-only in criteria scripts\n");
}

/* math.random is absent: scripts are deterministic. */
static void math_random(void **state) {
  (void)state;
  check_fails("local r = math.random()\n",
              "test.lua:4: error: 'math.random' is not available in criteria scripts: a script "
              "must declare the same decision on every run\n");
}

/* ------------------------------------------------------------------ metatables, raw access */

/* getmetatable is absent (the string metatable cannot be reached), so is setmetatable. */
static void metatables(void **state) {
  (void)state;
  check_fails("local mt = getmetatable('')\n", NOT_AVAILABLE("getmetatable"));
  check_fails("local t = setmetatable({}, {})\n", NOT_AVAILABLE("setmetatable"));
}

/* rawset and rawget are absent. */
static void raw_access(void **state) {
  (void)state;
  check_fails("rawset({}, 1, 2)\n", NOT_AVAILABLE("rawset"));
  check_fails("local v = rawget({}, 1)\n", NOT_AVAILABLE("rawget"));
}

/* ------------------------------------------------------------------ globals */

/* Writing a global fails with the fix in the message, also through _ENV. */
static void write_global(void **state) {
  (void)state;
  check_fails("x = 1\n",
              "test.lua:4: error: criteria scripts cannot set the global 'x': write "
              "'local x = …'\n");
  check_fails("_ENV.ty_le = 1\n",
              "test.lua:4: error: criteria scripts cannot set the global 'ty_le': write "
              "'local ty_le = …'\n");
}

/* Reading an unknown global fails (never nil in silence); _G does not exist. */
static void unknown_global(void **state) {
  (void)state;
  check_fails("local v = undefined_thing\n",
              "test.lua:4: error: unknown name 'undefined_thing'\n");
  check_fails("_G.x = 1\n",
              "test.lua:4: error: unknown name '_G'\n");
}

/* pcall and xpcall are not in the vocabulary: a script cannot catch the sandbox's errors. */
static void pcall_xpcall(void **state) {
  (void)state;
  check_fails("local ok = pcall(error, 'x')\n",
              "test.lua:4: error: 'pcall' is not available in criteria scripts: a script only declares a "
              "decision (it cannot read files, run programs or load modules)\n");
  check_fails("local ok = xpcall(error, error)\n",
              "test.lua:4: error: 'xpcall' is not available in criteria scripts: a script only declares a "
              "decision (it cannot read files, run programs or load modules)\n");
}

/* ------------------------------------------------------------------ limits */

/* An endless loop stops at the instruction budget. */
static void endless_loop(void **state) {
  (void)state;
  const HostLimits lim = { 64u << 20, 5000000L, 0 };
  check_fails_with("local n = 0\nwhile true do n = n + 1 end\n", &lim, BUDGET_ERROR("5", "5"));
}

/* The budget also counts the instructions of a chunk made with load. */
static void endless_loop_in_loaded_chunk(void **state) {
  (void)state;
  const HostLimits lim = { 64u << 20, 5000000L, 0 };
  check_fails_with("local f = load('while true do end')\n\nf()\n", &lim, BUDGET_ERROR("6", "5"));
}

/* A table growing forever stops at the memory cap, at the line that exceeded it. */
static void memory_bomb_table(void **state) {
  (void)state;
  const HostLimits lim = { 8u << 20, 200000000L, 0 };
  check_fails_with("local t, i = {}, 0\nwhile true do i = i + 1; t[i] = { i } end\n", &lim,
                   MEMORY_ERROR("5", "8"));
}

/* A string doubling forever stops at the memory cap. */
static void memory_bomb_string(void **state) {
  (void)state;
  const HostLimits lim = { 8u << 20, 200000000L, 0 };
  check_fails_with("local s = 'x'\nwhile true do s = s .. s end\n", &lim, MEMORY_ERROR("5", "8"));
}

/*
** Each step copies a 4 MiB text: within the instruction budget, such a loop would
** run for hours. The processor-time limit stops it, at its line.
*/
static void time_limit(void **state) {
  (void)state;
  const HostLimits lim = { 64u << 20, 200000000L, 1 };
  check_fails_with("local s = 'x'\nfor i = 1, 22 do s = s .. s end\n"
                   "while true do local t = s .. 'y' end\n", &lim, TIME_ERROR("6", "1"));
}

/*
** Endless recursion fails safely, not with a crash. With this tiny frame the memory
** cap is reached first (the message is not pinned: see the report); with frames of
** 20 locals Lua's own stack limit is reached first, at the recursive call's line.
*/
static void deep_recursion(void **state) {
  (void)state;
  const HostLimits lim = { 16u << 20, 200000000L, 0 };
  check_fails_with("local function f() return f() + 1 end f()\n", &lim, NULL);
  check_fails("local function f()\n"
              "  local a, b, c, d, e, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u = 1\n"
              "  return f() + 1\n"
              "end\n"
              "f()\n",
              RECURSION_ERROR("6"));
}

/* Recursion through a C function (gsub calling back) stops at the C stack limit. */
static void c_recursion(void **state) {
  (void)state;
  /* table.sort calls the comparator from C: each level nests a C call. */
  check_fails("local function f() table.sort({ 3, 2, 1 }, function(a, b) f() return a < b end) end\n"
              "f()\n",
              RECURSION_ERROR("4"));
}

/* ------------------------------------------------------------------ script errors */

#define SYNTAX_HINT "  hint: the script is not valid Lua here: check the quotes, the commas " \
                    "between fields and the braces { } around each declaration\n"

/* A Lua syntax error: Lua's message at its line, with a hint. */
static void lua_syntax_error(void **state) {
  (void)state;
  check_fails("indicator '1.2' { 'y' max = 10 }\n",
              "test.lua:4: error: '}' expected near 'max'\n" SYNTAX_HINT);
  check_fails("\nlocal x =\n",
              "test.lua:6: error: unexpected symbol near <eof>\n" SYNTAX_HINT);
}

/* error() in a script: its message at its line; error() without a message. */
static void script_error_call(void **state) {
  (void)state;
  check_fails("\nerror('this decision is not finished')\n",
              "test.lua:5: error: this decision is not finished\n");
  check_fails("error()\n",
              "test.lua:4: error: the script raised an error that is not a message\n");
}

/* A script larger than 4 MiB is refused before Lua reads it. */
static void script_too_large(void **state) {
  (void)state;
  size_t len = (4u << 20) + 1;
  char *src = malloc(len);
  assert_non_null(src);
  memset(src, '-', len);                        /* one long comment */
  Model m;
  DiagList dl = { 0 };
  memset(&m, 0, sizeof m);
  assert_int_equal(host_load_source("test.lua", src, len, NULL, &m, &dl), EXIT_SCRIPT);
  char *diags = tu_diags(&dl);
  assert_string_equal(diags, "test.lua: error: the script is larger than 4 MiB, which criteria "
                      "scripts may not be\n  hint: a criteria script is a text file of some "
                      "kilobytes; is this the right file?\n");
  free(diags);
  free(src);
  model_free(&m);
  diag_free(&dl);
}

/* ------------------------------------------------------------------ what is allowed */

/* The vocabulary works: locals, tables, loops, string methods, math, utf8, tostring. */
static void allowed_vocabulary(void **state) {
  (void)state;
  Model m;
  DiagList dl = { 0 };
  assert_int_equal(tu_model("local parts = {}\n"
                            "for i, w in ipairs({ 'a', 'b' }) do parts[#parts + 1] = w:upper() end\n"
                            "for k in pairs({ z = 1 }) do parts[#parts + 1] = k end\n"
                            "local title = table.concat(parts, '-') .. string.format('/%d', 7)\n"
                            "decision 'd' { title = title }\n"
                            "group '1' { 'g', max = math.floor(math.pi * 10) }\n"
                            "indicator '1.1' { 'x' .. utf8.char(7887) .. tostring(#title),\n"
                            "  max = select('#', 1, 2, 3) * tonumber('10'), score = 'max' }\n",
                            &m, &dl), 0);
  assert_int_equal(dl.n, 0);
  assert_string_equal(m.dec.title, "A-B-z/7");
  assert_true(m.groups[0].max == 31);
  assert_string_equal(m.inds[0].text, "x\xe1\xbb\x8f" "7");
  assert_true(m.inds[0].max == 30);
  model_free(&m);
  diag_free(&dl);
}

/*
** The functions the sandbox changes still do their ordinary work: pairs (in a fixed
** order), tostring and string.format (without addresses), plain string.find, error
** and assert with a message, table.move within bounds.
*/
static void changed_functions_work(void **state) {
  (void)state;
  Model m;
  DiagList dl = { 0 };
  assert_int_equal(tu_model("local keys = {}\n"
                            "for k, v in pairs({ c = 1, a = 2, b = 3, [2] = 4, [1] = 5 }) do\n"
                            "  keys[#keys + 1] = tostring(k) .. v\n"
                            "end\n"
                            "local at = ('Chỉ số'):find('số')\n"
                            "local moved = table.move({ 'x', 'y' }, 1, 2, 2)\n"
                            "assert(at == 7, 'find')\n"
                            "decision 'd' { title = table.concat(keys, ',') .. string.format("
                            "' %s %d %s', {}, at, moved[3]) }\n"
                            "group '1' { 'g', max = 10 }\n"
                            "indicator '1.1' { 'x', max = 10, score = 'max' }\n",
                            &m, &dl), 0);
  assert_int_equal(dl.n, 0);
  assert_string_equal(m.dec.title, "15,24,a2,b3,c1 table 7 y");
  model_free(&m);
  diag_free(&dl);
  check_fails("assert(1 == 2, 'the totals differ')\n",
              "test.lua:4: error: the totals differ\n");
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(io_open),
    cmocka_unit_test(os_execute),
    cmocka_unit_test(os_exit),
    cmocka_unit_test(require_dofile_loadfile),
    cmocka_unit_test(debug_package_lpeg),
    cmocka_unit_test(collectgarbage_print),
    cmocka_unit_test(load_binary),
    cmocka_unit_test(load_reader_function),
    cmocka_unit_test(load_text_allowed),
    cmocka_unit_test(load_text_sandboxed),
    cmocka_unit_test(string_dump),
    cmocka_unit_test(string_rep),
    cmocka_unit_test(libraries_read_only),
    cmocka_unit_test(math_random),
    cmocka_unit_test(metatables),
    cmocka_unit_test(raw_access),
    cmocka_unit_test(write_global),
    cmocka_unit_test(unknown_global),
    cmocka_unit_test(pcall_xpcall),
    cmocka_unit_test(endless_loop),
    cmocka_unit_test(endless_loop_in_loaded_chunk),
    cmocka_unit_test(memory_bomb_table),
    cmocka_unit_test(memory_bomb_string),
    cmocka_unit_test(time_limit),
    cmocka_unit_test(deep_recursion),
    cmocka_unit_test(c_recursion),
    cmocka_unit_test(lua_syntax_error),
    cmocka_unit_test(script_error_call),
    cmocka_unit_test(script_too_large),
    cmocka_unit_test(allowed_vocabulary),
    cmocka_unit_test(changed_functions_work),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
