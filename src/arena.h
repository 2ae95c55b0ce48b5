/*
** arena.h — bump allocation for everything that lives as long as a model or a run.
** One arena_free releases it all, so the model's many small strings and nodes need no
** bookkeeping. Allocation failure is reported by returning NULL, never by aborting.
*/
#ifndef TC_ARENA_H
#define TC_ARENA_H

#include <stdarg.h>
#include <stddef.h>

typedef struct ArenaBlock ArenaBlock;
typedef struct Arena { ArenaBlock *head; } Arena;

void *arena_alloc(Arena *a, size_t size);            /* zeroed, max-aligned */
char *arena_strdup(Arena *a, const char *s);         /* NULL stays NULL */
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_printf(Arena *a, const char *fmt, ...)
  __attribute__((format(printf, 2, 3)));
char *arena_vprintf(Arena *a, const char *fmt, va_list ap);
void arena_free(Arena *a);

#endif
