/*
** version.c — the versions tieuchi reports (see version.h).
*/
#include "version.h"

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <lua-lpeg.h>

/* lpeg.version is a string in LPeg ≥ 1.1 and a function in 1.0: accept both.
   [-0, +0] */
static void print_lpeg_version(lua_State *L, FILE *out) {
  luaL_requiref(L, "lpeg", luaopen_lpeg, 0);     /* lpeg */
  lua_getfield(L, -1, "version");                /* lpeg version */
  if (lua_isfunction(L, -1)) lua_call(L, 0, 1);  /* lpeg "x.y.z" */
  const char *v = lua_tostring(L, -1);
  fprintf(out, "LPeg %s", v ? v : "?");
  lua_pop(L, 2);
}

void version_print(FILE *out) {
  fprintf(out, "tieuchi %s (", TIEUCHI_VERSION);
  lua_State *L = luaL_newstate();
  if (L == NULL) {
    fputs(LUA_RELEASE ")\n", out);
    return;
  }
  /* The release of the headers: Debian builds them with the shared library. */
  fprintf(out, "%s, ", LUA_RELEASE);
  print_lpeg_version(L, out);
  lua_close(L);
  fputs(")\n", out);
}
