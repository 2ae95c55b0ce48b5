/*
** cell.c — typed reading of dataset cells (see cell.h for the rules).
*/
#include "cell.h"

#include "i18n.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

void cell_trim(const char **s, size_t *len) {
  for (;;) {
    if (*len > 0 && is_space(**s)) { (*s)++; (*len)--; }
    else if (*len > 1 && (unsigned char)(*s)[0] == 0xC2 && (unsigned char)(*s)[1] == 0xA0) { *s += 2; *len -= 2; }
    else break;
  }
  for (;;) {
    if (*len > 0 && is_space((*s)[*len - 1])) (*len)--;
    else if (*len > 1 && (unsigned char)(*s)[*len - 2] == 0xC2 && (unsigned char)(*s)[*len - 1] == 0xA0) *len -= 2;
    else break;
  }
}

static bool digit(char c) { return c >= '0' && c <= '9'; }

/* Vietnamese thousands grouping: 1-3 digits, then ".ddd" groups. */
static bool thousands_grouped(const char *s, size_t len) {
  size_t i = 0, first = 0;
  while (i < len && digit(s[i])) { i++; first++; }
  if (first == 0 || first > 3 || i == len) return false;
  while (i < len) {
    if (s[i] != '.' || i + 4 > len || !digit(s[i + 1]) || !digit(s[i + 2]) || !digit(s[i + 3]))
      return false;
    i += 4;
  }
  return true;
}

/*
** A plain number in the chosen notation, into *out. Returns false when the text is not
** one, with why saying how, or left empty when it is simply not a number (the caller
** then says more, see non_number). *fraction tells whether a decimal part was written.
*/
static bool parse_number(const char *s, size_t len, bool decimal_comma, double *out,
                         bool *fraction, char *why, size_t whylen) {
  char buf[128];
  size_t n = 0, i = 0;
  bool neg = false, seen_digit = false;
  *fraction = false;
  if (len > 0 && (s[0] == '-' || s[0] == '+')) { neg = s[0] == '-'; i++; }
  if (len - i >= sizeof buf - 2) {             /* shorter, strtod cannot overflow */
    snprintf(why, whylen, _("too long to be a number (%zu characters)"), len);
    return false;
  }
  if (decimal_comma) {
    size_t int_end = i;
    while (int_end < len && s[int_end] != ',') int_end++;
    bool plain = true, dotted = true;
    for (size_t k = i; k < int_end; k++) {
      plain = plain && digit(s[k]);
      dotted = dotted && (digit(s[k]) || s[k] == '.');
    }
    if (!plain && !thousands_grouped(s + i, int_end - i)) {
      if (dotted)                              /* else simply not a number: see non_number */
        snprintf(why, whylen, "%s", _("not a number in Vietnamese notation (decimal comma, '.' "
                 "between groups of three digits, e.g. 2.500,5)"));
      return false;
    }
    for (size_t k = i; k < int_end; k++) if (digit(s[k])) { buf[n++] = s[k]; seen_digit = true; }
    if (int_end < len) {
      buf[n++] = '.';
      *fraction = true;
      for (size_t k = int_end + 1; k < len; k++) {
        if (!digit(s[k])) return false;
        buf[n++] = s[k];
      }
      if (int_end + 1 == len) { snprintf(why, whylen, "%s", _("nothing after the decimal comma")); return false; }
    }
  } else {
    for (size_t k = i; k < len; k++) {
      if (digit(s[k])) { buf[n++] = s[k]; seen_digit = true; continue; }
      if (s[k] == '.' && !*fraction && k + 1 < len && seen_digit) { buf[n++] = '.'; *fraction = true; continue; }
      if (s[k] == ',') {
        snprintf(why, whylen, "%s", _("a comma in a number: if the file uses Vietnamese notation "
                 "(12,5 and 2.500) read it with --decimal-comma"));
        return false;
      }
      return false;
    }
  }
  if (!seen_digit) return false;
  buf[n] = '\0';
  *out = strtod(buf, NULL);
  if (neg) *out = -*out;
  return true;
}

/* 1e400, 1.5E+11: what a spreadsheet writes for a number too wide for its column. */
static bool scientific(const char *s, size_t len) {
  size_t i = 0, d = 0;
  if (i < len && (s[i] == '+' || s[i] == '-')) i++;
  for (; i < len && (digit(s[i]) || s[i] == '.' || s[i] == ','); i++) d += digit(s[i]);
  if (d == 0 || i == len || (s[i] != 'e' && s[i] != 'E')) return false;
  if (++i < len && (s[i] == '+' || s[i] == '-')) i++;
  if (i == len) return false;
  while (i < len && digit(s[i])) i++;
  return i == len;
}

/* 1 000 or 1\u00A0000: digits grouped with spaces. */
static bool spaced_digits(const char *s, size_t len) {
  bool space = false;
  for (size_t i = 0; i < len; i++) {
    if (digit(s[i]) || s[i] == '.' || s[i] == ',') continue;
    if (s[i] == ' ') { space = true; continue; }
    if (i + 1 < len && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0) {
      space = true;
      i++;
      continue;
    }
    return false;
  }
  return space;
}

static bool one_of(const char *s, size_t len, const char *const *words) {
  char buf[16];
  if (!text_fold(s, len, buf, sizeof buf)) return false;
  for (; *words; words++)
    if (strcmp(buf, *words) == 0) return true;
  return false;
}

/* What a spreadsheet left in a cell instead of a value (s is NUL-terminated), or NULL. */
static const char *leftover(const char *s) {
  if (s[0] == '#')
    return _("an error value of the spreadsheet: its formula failed there; correct the formula "
             "or type the value");
  if (s[0] == '=')
    return _("a formula, not its value: type the value, or save the sheet's values as CSV");
  return NULL;
}

/* Why s is not a number, when it is something a spreadsheet left there. */
static const char *non_number(const char *s, size_t len) {
  static const char *const nan_inf[] = { "nan", "-nan", "inf", "-inf", "+inf", "infinity",
                                         "-infinity", "+infinity", NULL };
  static const char *const unknown[] = { "n/a", "na", "-", "--", "?", NULL };
  if (len == 0) return _("not a number");
  if (leftover(s)) return leftover(s);
  if (one_of(s, len, nan_inf)) return _("not a number ('nan' and 'inf' are not values)");
  if (one_of(s, len, unknown))
    return _("not a value: if it is not known, leave the cell blank (missing data); if there "
             "is none, write 0");
  if (scientific(s, len)) return _("a number in scientific notation: write it in plain digits");
  if (spaced_digits(s, len)) return _("spaces inside a number: write the digits together");
  return _("not a number");
}

/* What a cell of a numeric input must hold, for findings. */
static const char *expected(const Input *in, bool dc) {
  switch (in->type) {
    case IN_COUNT: return dc ? _("a whole number ≥ 0, e.g. 15 or 2.500") : _("a whole number ≥ 0, e.g. 15 or 2500");
    case IN_AMOUNT: return dc ? _("a number ≥ 0, e.g. 12,5 or 3.000") : _("a number ≥ 0, e.g. 12.5 or 3000");
    /* xgettext:no-c-format */
    default: return dc ? _("a percentage, e.g. 75, 75% or 12,5")
                       /* xgettext:no-c-format */
                       : _("a percentage, e.g. 75, 75% or 12.5");
  }
}

#define THOUSANDS _("a count is a whole number: this looks like Vietnamese thousands notation " \
  "(e.g. 5.000 for 5000); write it without the dots, or read the file with --decimal-comma")

static CellStatus parse_numeric(const Input *in, const char *s, size_t len, bool dc,
                                double *out, char *why, size_t whylen) {
  bool pct = len > 0 && s[len - 1] == '%', fraction;
  if (pct) {
    len--;
    cell_trim(&s, &len);                            /* "75 %", "75\u00A0%" */
    if (in->type != IN_PERCENT) {
      snprintf(why, whylen, "%s", in->type == IN_COUNT
               ? _("a percentage in a count column: give the count itself")
               : _("a percentage in an amount column: give the amount itself"));
      return CELL_INVALID;
    }
  }
  if (!parse_number(s, len, dc, out, &fraction, why, whylen)) {
    if (in->type == IN_COUNT && !dc && thousands_grouped(s, len))
      snprintf(why, whylen, "%s", THOUSANDS);
    else if (why[0] == '\0')
      snprintf(why, whylen, _("%s; expected %s"), non_number(s, len), expected(in, dc));
    return CELL_INVALID;
  }
  if (*out < 0) {
    snprintf(why, whylen, "%s", in->type == IN_COUNT ? _("a count cannot be negative")
             : in->type == IN_AMOUNT ? _("an amount cannot be negative") : _("a percentage cannot be negative"));
    return CELL_INVALID;
  }
  if (in->type == IN_COUNT && fraction) {
    if (!dc && thousands_grouped(s, len))
      snprintf(why, whylen, "%s", THOUSANDS);
    else
      snprintf(why, whylen, "%s", _("a count is a whole number"));
    return CELL_INVALID;
  }
  if (in->type == IN_AMOUNT && !dc && thousands_grouped(s, len)) {
    snprintf(why, whylen, _("read as %g, but it looks like Vietnamese thousands notation; if the "
             "file uses it (12,5 and 2.500), read it with --decimal-comma"), *out);
    return CELL_SUSPECT;
  }
  if (in->type == IN_PERCENT) {
    *out /= 100;
    if (*out > 1) {
      snprintf(why, whylen, "%s", _("a percentage over 100 % (percent cells are in percent points: "
               "75 means 75 %)"));
      return CELL_SUSPECT;
    }
  }
  return CELL_OK;
}

/*
** The cell case-folded without utf8proc, for the letters of the yes/no words only: ASCII,
** and the Vietnamese letters the words hold (ó ô ã đ ư ạ) in either case, precomposed.
** Each of these folds to itself or its lower case letter, and a text of precomposed
** letters is already NFC, so what this writes is what text_fold would. false (the caller
** then folds with utf8proc) for any other character or a longer text: utf8proc allocates
** per call, and a province's list has tens of millions of yes/no cells.
*/
static bool fold_yesno_letters(const char *s, size_t len, char *buf, size_t size) {
  const unsigned char *u = (const unsigned char *)s;
  size_t n = 0;
  for (size_t i = 0; i < len; n++) {
    if (n + 3 >= size) return false;
    unsigned char c = u[i], d = i + 1 < len ? u[i + 1] : 0, e = i + 2 < len ? u[i + 2] : 0;
    if (c < 0x80) {                                           /* ASCII: A-Z to a-z */
      buf[n] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      i++;
      continue;
    }
    if (c == 0xC3 && (d == 0x93 || d == 0x94 || d == 0x83)) d += 0x20;   /* Ó Ô Ã to ó ô ã */
    else if (c == 0xC4 && d == 0x90) d = 0x91;                           /* Đ to đ */
    else if (c == 0xC6 && d == 0xAF) d = 0xB0;                           /* Ư to ư */
    else if (c == 0xE1 && d == 0xBA && e == 0xA0) e = 0xA1;              /* Ạ to ạ */
    bool lower2 = (c == 0xC3 && (d == 0xB3 || d == 0xB4 || d == 0xA3)) || (c == 0xC4 && d == 0x91) ||
                  (c == 0xC6 && d == 0xB0);
    if (lower2) {
      buf[n++] = (char)c;
      buf[n] = (char)d;
      i += 2;
    } else if (c == 0xE1 && d == 0xBA && e == 0xA1) {
      buf[n++] = (char)c;
      buf[n++] = (char)d;
      buf[n] = (char)e;
      i += 3;
    } else {
      return false;                                          /* another letter: utf8proc */
    }
  }
  buf[n] = '\0';
  return true;
}

static CellStatus parse_yesno(const char *s, size_t len, double *out, char *why, size_t whylen) {
  static const char *const yes[] = { "có", "co", "yes", "y", "x", "1", "true", "đã", "da",
                                     "đạt", "dat", "c", NULL };
  static const char *const no[] = { "không", "khong", "no", "n", "0", "false", "chưa", "chua",
                                    "không đạt", "khong dat", "k", NULL };
  char buf[64];                                /* the cell folded once */
  if (!fold_yesno_letters(s, len, buf, 16) && !text_fold(s, len, buf, sizeof buf)) goto bad;
  for (const char *const *w = yes; *w; w++)           /* the first byte first: no call */
    if (buf[0] == (*w)[0] && strcmp(buf, *w) == 0) { *out = 1; return CELL_OK; }
  for (const char *const *w = no; *w; w++)
    if (buf[0] == (*w)[0] && strcmp(buf, *w) == 0) { *out = 0; return CELL_OK; }
bad:
  if (leftover(s))
    snprintf(why, whylen, _("%s; expected yes or no (có/không, yes/no, x, 1/0, đã/chưa)"), leftover(s));
  else
    snprintf(why, whylen, "%s", _("not yes or no (write có/không, yes/no, x, 1/0, đã/chưa)"));
  return CELL_INVALID;
}

static CellStatus parse_choice(const Input *in, const char *s, size_t len, double *out,
                               char *why, size_t whylen) {
  char buf[512];
  if (len < sizeof buf) {
    memcpy(buf, s, len);
    buf[len] = '\0';
    for (int i = 0; i < in->noptions; i++) {
      if (text_equal_fold(buf, in->options[i].code) ||
          (in->options[i].label && text_equal_fold(buf, in->options[i].label))) {
        *out = i;
        return CELL_OK;
      }
    }
  }
  size_t n = leftover(s) ? (size_t)snprintf(why, whylen, _("%s; expected one of the options:"), leftover(s))
                         : (size_t)snprintf(why, whylen, "%s", _("not one of the options:"));
  for (int i = 0; i < in->noptions && n < whylen; i++)
    n += (size_t)snprintf(why + n, whylen - n, "%s %s", i ? "," : "", in->options[i].code);
  return CELL_INVALID;
}

CellStatus cell_parse(const Input *in, const char *s, size_t len, bool decimal_comma,
                      double *out, char *why, size_t whylen) {
  *out = 0;
  why[0] = '\0';
  cell_trim(&s, &len);
  /* A NUL would cut the text short where it is compared ("c\0ó" would read as "c", yes) */
  if (in->type != IN_TEXT && memchr(s, '\0', len) != NULL) {
    snprintf(why, whylen, "%s", _("a NUL byte is not text: the cell cannot be read"));
    return CELL_INVALID;
  }
  if (len == 0) {
    if (in->type == IN_YESNO && in->blank_is_no) return CELL_OK;
    return CELL_BLANK;
  }
  switch (in->type) {
    case IN_COUNT: case IN_AMOUNT: case IN_PERCENT:
      return parse_numeric(in, s, len, decimal_comma, out, why, whylen);
    case IN_YESNO: return parse_yesno(s, len, out, why, whylen);
    case IN_CHOICE: return parse_choice(in, s, len, out, why, whylen);
    case IN_TEXT: return CELL_OK;
  }
  return CELL_INVALID;
}
