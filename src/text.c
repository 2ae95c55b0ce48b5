/*
** text.c — UTF-8 helpers over utf8proc (see text.h).
*/
#include "text.h"

#include <stdio.h>
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

char *text_casefold(Arena *a, const char *s, size_t len) {
  utf8proc_uint8_t *f = NULL;
  if (memchr(s, '\0', len) != NULL) return NULL;
  utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &f,
                                    UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
  if (n < 0) return NULL;
  char *r = arena_strndup(a, (const char *)f, (size_t)n);
  free(f);
  return r;
}

/* Length of the valid UTF-8 character at s (n > 0 bytes left), 0 when it is not one. */
static size_t char_len(const char *s, size_t n) {
  utf8proc_int32_t cp;
  utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &cp);
  return k > 0 ? (size_t)k : 0;
}

char *text_display(Arena *a, const char *s, size_t len) {
  if (memchr(s, '\0', len) == NULL) {
    char *nfc = text_nfc_n(a, s, len);
    if (nfc != NULL) return nfc;
  }
  /* Not UTF-8, or a NUL inside: each such byte becomes the 4 characters \xHH. */
  char *tmp = len < ((size_t)-1) / 4 ? malloc(4 * len + 1) : NULL;
  if (tmp == NULL) return NULL;
  size_t o = 0;
  for (size_t i = 0; i < len;) {
    size_t k = s[i] == '\0' ? 0 : char_len(s + i, len - i);
    if (k == 0) {
      snprintf(tmp + o, 5, "\\x%02X", (unsigned)(unsigned char)s[i]);
      o += 4;
      i++;
    } else {
      memcpy(tmp + o, s + i, k);
      o += k;
      i += k;
    }
  }
  char *r = text_nfc_n(a, tmp, o);
  if (r == NULL) r = arena_strndup(a, tmp, o);
  free(tmp);
  return r;
}

/*
** The character at s (n > 0 bytes left) as text_excerpt writes it, into out (room for
** 8 bytes); *adv is how many bytes of s it stands for. Returns the bytes written.
*/
static size_t escape_char(const char *s, size_t n, char *out, size_t *adv) {
  unsigned char c = (unsigned char)s[0];
  size_t k = char_len(s, n);
  *adv = k ? k : 1;
  if (k > 1) {
    memcpy(out, s, k);
    return k;
  }
  if (k == 1 && c >= 0x20 && c != 0x7F) {
    size_t e = c == '"';
    out[0] = '\\';
    out[e] = (char)c;
    return e + 1;
  }
  const char *named = c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : NULL;
  if (named) {
    memcpy(out, named, 2);
    return 2;
  }
  snprintf(out, 8, "\\x%02X", (unsigned)c);
  return 4;
}

size_t text_excerpt(char *buf, size_t size, const char *s, size_t len) {
  static const char more[] = "…";
  char piece[8];
  size_t adv, total = 0;
  /* Does all of it fit? Counting stops as soon as it does not: a 1 MB cell costs no more
     than a short one. */
  for (size_t j = 0; j < len && total < size; j += adv) total += escape_char(s + j, len - j, piece, &adv);
  size_t room = total < size ? size - 1 : size - sizeof more, o = 0, i = 0;
  while (i < len) {
    size_t k = escape_char(s + i, len - i, piece, &adv);
    if (o + k > room) break;
    memcpy(buf + o, piece, k);
    o += k;
    i += adv;
  }
  if (i < len) {
    memcpy(buf + o, more, sizeof more - 1);
    o += sizeof more - 1;
  }
  buf[o] = '\0';
  return i;
}
