/*
** text.c — UTF-8 helpers over utf8proc (see text.h).
*/
#include "text.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

char *text_nfc_n(Arena *a, const char *s, size_t len) {
  utf8proc_uint8_t *out = NULL;
  utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &out,
                                    UTF8PROC_STABLE | UTF8PROC_COMPOSE);
  if (n < 0) return NULL;
  char *r = arena_strndup(a, (const char *)out, (size_t)n);
  free(out);
  return r;
}

char *text_nfc(Arena *a, const char *s) {
  return s ? text_nfc_n(a, s, strlen(s)) : NULL;
}

bool text_valid_utf8(const char *s, size_t len) {
  utf8proc_int32_t cp;
  size_t i = 0;
  while (i < len) {
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                          (utf8proc_ssize_t)(len - i), &cp);
    if (n <= 0) return false;
    i += (size_t)n;
  }
  return true;
}

size_t text_char_len(const char *s, size_t len) {
  utf8proc_int32_t cp;
  utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &cp);
  return n > 0 ? (size_t)n : 0;
}

size_t text_width(const char *s) {
  utf8proc_int32_t cp;
  size_t w = 0, len = strlen(s), i = 0;
  while (i < len) {
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                          (utf8proc_ssize_t)(len - i), &cp);
    if (n <= 0) { i++; w++; continue; }    /* invalid byte: count it as one column */
    int cw = utf8proc_charwidth(cp);
    w += cw > 0 ? (size_t)cw : 0;
    i += (size_t)n;
  }
  return w;
}

void text_line_col(const char *s, size_t off, int *line, int *col) {
  int l = 1, c = 1;
  for (size_t i = 0; i < off && s[i]; i++) {
    if (s[i] == '\n') { l++; c = 1; }
    else if (((unsigned char)s[i] & 0xC0) != 0x80) c++;   /* count characters, not bytes */
  }
  *line = l;
  *col = c;
}

size_t text_line_start(const char *s, int line) {
  size_t i = 0;
  for (int l = 1; l < line && s[i]; i++)
    if (s[i] == '\n') l++;
  return i;
}

bool text_equal_fold(const char *a, const char *b) {
  utf8proc_uint8_t *fa = NULL, *fb = NULL;
  int opts = UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD;
  bool eq = false;
  if (utf8proc_map((const utf8proc_uint8_t *)a, 0, &fa, opts) >= 0 &&
      utf8proc_map((const utf8proc_uint8_t *)b, 0, &fb, opts) >= 0)
    eq = strcmp((const char *)fa, (const char *)fb) == 0;
  free(fa);
  free(fb);
  return eq;
}

bool text_fold(const char *s, size_t len, char *buf, size_t size) {
  utf8proc_uint8_t *f = NULL;
  utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &f,
                                    UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
  bool ok = n >= 0 && (size_t)n < size;
  if (ok) {
    memcpy(buf, f, (size_t)n);
    buf[n] = '\0';
  }
  free(f);
  return ok;
}
