/*
** hugepages.c — huge pages for large arrays (see hugepages.h).
*/
#define _DEFAULT_SOURCE             /* MADV_HUGEPAGE is not POSIX */
#include "hugepages.h"

#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

void hugepages_advise(void *p, size_t size) {
#ifdef MADV_HUGEPAGE
  if (p == NULL || size < HUGEPAGES_MIN) return;
  long page = sysconf(_SC_PAGESIZE);
  if (page <= 0) return;
  /* Every page the array touches, the first and last whole: advising only the pages
     inside it would split malloc's mapping in two (its header is on the first page), and
     realloc could then no longer move it with one mremap but would copy it. The advice
     changes no byte, so it may cover a neighbour's memory on those pages. */
  uintptr_t mask = ~((uintptr_t)page - 1);
  uintptr_t start = (uintptr_t)p & mask;
  uintptr_t end = ((uintptr_t)p + size + (uintptr_t)page - 1) & mask;
  (void)madvise((void *)start, end - start, MADV_HUGEPAGE);     /* a hint: failing is fine */
#else
  (void)p;
  (void)size;
#endif
}
