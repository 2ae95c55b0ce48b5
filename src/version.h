/*
** version.h — `tieuchi --version`: this program's version and those of the Lua and
** LPeg it runs (LPeg's is read from the library linked in).
*/
#ifndef TC_VERSION_H
#define TC_VERSION_H

#include <stdio.h>

#define TIEUCHI_VERSION "0.2.0"

/* Writes "tieuchi 0.2.0 (Lua 5.4.4, LPeg 1.0.2)". */
void version_print(FILE *out);

#endif
