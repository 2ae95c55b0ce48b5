/*
** check_json.h — an oracle the fuzz harnesses share: what tieuchi writes as JSON (the
** results and the trace) must be UTF-8, as RFC 8259 requires, and hold no NaN or
** infinity (JSON has neither; docs/architecture.md: they cannot arise). A broken
** promise aborts, so that libFuzzer reports the input.
*/
#ifndef TC_FUZZ_CHECK_JSON_H
#define TC_FUZZ_CHECK_JSON_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

/* A bare nan or inf (printf's spelling) where a JSON value starts. */
static inline bool json_has_nonfinite(const char *s) {
  for (const char *p = s; (p = strpbrk(p, "ni")) != NULL; p++) {
    if (strncmp(p, "nan", 3) != 0 && strncmp(p, "inf", 3) != 0) continue;
    const char *q = p > s && p[-1] == '-' ? p - 1 : p;
    if (q > s && strchr(":,[", q[-1]) != NULL) return true;
  }
  return false;
}

/* Run write(out, arg) into memory and check what it wrote. */
static inline void check_json(void (*write)(FILE *, void *), void *arg) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  if (f == NULL) abort();
  write(f, arg);
  if (fclose(f) != 0) abort();
  if (!text_valid_utf8(buf, len) || json_has_nonfinite(buf)) {
    fprintf(stderr, "check_json: invalid JSON written:\n%s\n", buf);
    abort();
  }
  free(buf);
}

#endif
