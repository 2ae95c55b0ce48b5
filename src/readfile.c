/*
** readfile.c — read a whole file (see readfile.h).
*/
#include "readfile.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (f == NULL) return NULL;
  size_t cap = 65536, n = 0;
  char *buf = malloc(cap + 1);
  while (buf != NULL) {
    n += fread(buf + n, 1, cap - n, f);
    if (n < cap) break;
    char *bigger = realloc(buf, cap * 2 + 1);
    if (bigger == NULL) { free(buf); buf = NULL; errno = ENOMEM; break; }
    buf = bigger;
    cap *= 2;
  }
  if (buf != NULL && ferror(f)) { free(buf); buf = NULL; errno = EIO; }
  fclose(f);
  if (buf == NULL) return NULL;
  buf[n] = '\0';
  *len = n;
  return buf;
}
