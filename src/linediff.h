/*
** linediff.h — a line-based text diff (longest common subsequence), for showing how a
** formula or a rule changed between two versions of a decision (tieuchi diff).
*/
#ifndef TC_LINEDIFF_H
#define TC_LINEDIFF_H

#include <stdio.h>

/* Write the lines of a and b as "- old", "+ new" and "  same", each after indent.
** Blank lines and the spaces around each line are ignored (a formula written inside
** [[ ]] and one written on one line compare by their words). Returns 0, or -1 when out
** of memory (then both texts are written whole, as removed and added). */
int linediff(FILE *out, const char *indent, const char *a, const char *b);

#endif
