/*
** text.h — UTF-8 text: normalisation (NFC, so that Vietnamese typed with any input
** method compares equal), display width for aligned tables, and line/column of a
** byte offset.
*/
#ifndef TC_TEXT_H
#define TC_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include "arena.h"

/* NFC form of s in the arena; NULL when s is not valid UTF-8 (or out of memory). */
char *text_nfc(Arena *a, const char *s);
/* The same, for s[0..len). */
char *text_nfc_n(Arena *a, const char *s, size_t len);
bool text_valid_utf8(const char *s, size_t len);
/* Bytes of the UTF-8 character at s (len > 0 bytes left), or 0 when none starts there. */
size_t text_char_len(const char *s, size_t len);
/* Columns s takes in a terminal (combining marks take none). */
size_t text_width(const char *s);
/* 1-based line and column (in characters) of byte offset off in s. */
void text_line_col(const char *s, size_t off, int *line, int *col);
/* Byte offset where 1-based line `line` of s starts (strlen(s) past the end). */
size_t text_line_start(const char *s, int line);
/* Case-insensitive comparison of two NFC strings (Unicode case folding). */
bool text_equal_fold(const char *a, const char *b);
/* s case-folded and NFC-composed into buf (NUL-terminated); false when it does not fit
** or is not valid UTF-8. */
bool text_fold(const char *s, size_t len, char *buf, size_t size);

/* s[0..len) case-folded and NFC-composed, in the arena; NULL when s is not valid UTF-8,
** holds a NUL byte, or memory runs out. */
char *text_casefold(Arena *a, const char *s, size_t len);

/*
** s[0..len) as a person may see it in results: its NFC form, except that bytes that are
** not UTF-8 and NUL bytes become \xHH (so a unit id typed in Windows-1258 still names
** its unit). Never NULL unless memory runs out.
*/
char *text_display(Arena *a, const char *s, size_t len);

/*
** s[0..len) for a one-line message, in buf (NUL-terminated, at most size - 1 bytes):
** valid UTF-8 kept; '"' escaped with a backslash; control characters as \n,
** \r, \t or \xHH; bytes that are not UTF-8 as \xHH. When it does not fit it is cut
** between characters and ends with "…". size must be at least 8. Returns how many
** bytes of s it shows: len when all of it.
*/
size_t text_excerpt(char *buf, size_t size, const char *s, size_t len);

#endif
