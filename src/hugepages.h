/*
** hugepages.h — large arrays backed by huge pages where the system allows it.
**
** A province's list is hundreds of MB of cells and typed columns, each page written once:
** with 4 KiB pages, faulting them in costs a quarter of reading the list. Linux backs
** memory with 2 MiB pages where asked to (transparent huge pages in "madvise" mode, the
** usual default); elsewhere this does nothing. Only a hint: no result depends on it.
*/
#ifndef TC_HUGEPAGES_H
#define TC_HUGEPAGES_H

#include <stddef.h>

/* Below this, an array is left alone (a huge page would mostly hold nothing). */
#define HUGEPAGES_MIN ((size_t)8 << 20)

/* Ask for huge pages for the pages holding [p, p + size), when size >= HUGEPAGES_MIN.
** Call it before the array is written: pages already there stay as they are. */
void hugepages_advise(void *p, size_t size);

#endif
