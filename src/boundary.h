/*
** boundary.h — the C/Lua boundary: reading the declaration table that
** lang/prelude.lua's finish() returns into a C model. Its shape is documented in
** docs/architecture.md ("The declaration table"); this is the only code that
** reads Lua values into C.
*/
#ifndef TC_BOUNDARY_H
#define TC_BOUNDARY_H

#include <lua.h>
#include "diag.h"
#include "model.h"

/* Read the table on top of the stack into m: [-0, +0, m]. Returns 0, or -1 when the
** table could not be read. Errors in the declarations are added to dl either way:
** the caller must look at dl->nerrors. */
int boundary_read(lua_State *L, Model *m, DiagList *dl);

#endif
