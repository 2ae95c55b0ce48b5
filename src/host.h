/*
** host.h — running a criteria script in the embedded, sandboxed Lua and building its
** model. The only entry points into Lua (with boundary.h, which reads the result).
*/
#ifndef TC_HOST_H
#define TC_HOST_H

#include <stddef.h>
#include "diag.h"
#include "model.h"

typedef struct HostLimits {
  size_t memory;          /* bytes Lua may hold (after garbage collection) */
  long instructions;      /* VM instructions the script may run */
  unsigned seconds;       /* processor time the script may use; 0: no time limit */
} HostLimits;

extern const HostLimits host_default_limits;   /* 64 MiB, 10 million, 10 seconds */

/*
** Run the script and fill m (its arena owns everything). Returns EXIT_OK, EXIT_USAGE
** (unreadable file) or EXIT_SCRIPT; every problem found is in dl. lim may be NULL.
** With EXIT_SCRIPT the model still holds every declaration that could be read, so
** that compiling it reports the formulas' problems too.
*/
int host_load(const char *path, const HostLimits *lim, Model *m, DiagList *dl);
/* The same for a script already in memory; path names it in messages. */
int host_load_source(const char *path, const char *src, size_t len, const HostLimits *lim,
                     Model *m, DiagList *dl);

struct lua_State;
/* The error object on top of L — a {msg, line, hint} table from a prelude, or a string
** with Lua's "path:line:" prefix — as an error in dl about path (fallback when it has
** no message). Also for other sandboxes (testfile.c): [-0, +0, m]. */
void host_error_finding(struct lua_State *L, const char *path, DiagList *dl, const char *fallback);

#endif
