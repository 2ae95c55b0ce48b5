/*
** fmt.c — formatting numbers and values (see fmt.h).
*/
#include "fmt.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "text.h"

/*
** Add one to the decimal digits in d (a carry may lengthen it by one digit at the front):
** d has room for one more character.
*/
static void add_one(char *d) {
  size_t n = strlen(d);
  for (size_t i = n; i-- > 0;) {
    if (d[i] != '9') { d[i]++; return; }
    d[i] = '0';
  }
  memmove(d + 1, d, n + 1);
  d[0] = '1';
}

/*
** Half away from zero at the shown decimals (12.5 → 13 with 0 decimals), as round() in
** formulas, on the number's decimal value: its 15 significant digits, which is what
** was typed or computed. 1.005 is stored as 1.00499999999999989…: rounding the binary
** value (round(v * 100), or printf's half to even) shows 1.00; its 15 digits are
** 1.00500000000000, which shows 1.01 (found by the differential test, docs/testing.md).
*/
void fmt_fixed(char *buf, size_t size, double v, int decimals) {
  if (!isfinite(v)) { snprintf(buf, size, "undefined"); return; }
  if (decimals < 0) decimals = 0;
  if (decimals > 30) decimals = 30;
  char e[32];
  snprintf(e, sizeof e, "%.14e", fabs(v));     /* "d.dddddddddddddde±XX" */
  char sig[16];                                /* the 15 significant digits */
  sig[0] = e[0];
  memcpy(sig + 1, e + 2, 14);
  sig[15] = '\0';
  int keep = atoi(e + 17) + 1 + decimals;      /* digits kept, down to the last decimal */
  char d[400];                                 /* the kept digits, then the rounding */
  if (keep > 340) { snprintf(buf, size, "%.*f", decimals, v); return; }
  size_t n = 0;
  for (int i = 0; i < keep; i++) d[n++] = i < 15 ? sig[i] : '0';
  d[n] = '\0';
  if (keep >= 0 && keep < 15 && sig[keep] >= '5') add_one(d);
  /* at least one digit before the point: "5" with 2 decimals is 0.05 */
  n = strlen(d);
  size_t want = (size_t)decimals + 1;
  if (n < want) {
    memmove(d + (want - n), d, n + 1);
    memset(d, '0', want - n);
    n = want;
  }
  size_t lead = 0;                             /* leading zeros beyond the one needed */
  while (lead + want < n && d[lead] == '0') lead++;
  bool zero = strspn(d, "0") == n;             /* "-0.00" is 0 */
  int whole = (int)(n - lead) - decimals;
  snprintf(buf, size, "%s%.*s%s%.*s", v < 0 && !zero ? "-" : "", whole, d + lead,
           decimals > 0 ? "." : "", decimals, d + lead + whole);
}

/* A whole number below 10^15 in decimal: what %.15g writes for it, without printf's
** floating-point machinery (most scores, counts and maxima of a trace are whole). */
static bool whole_number(char *buf, size_t size, double v) {
  if (!(fabs(v) < 1e15) || v != (double)(long long)v || size < 18) return false;
  long long n = (long long)v;
  char digits[20];
  int len = 0;
  unsigned long long a = n < 0 ? 0ull - (unsigned long long)n : (unsigned long long)n;
  do { digits[len++] = (char)('0' + a % 10); a /= 10; } while (a);
  char *p = buf;
  if (n < 0) *p++ = '-';
  while (len) *p++ = digits[--len];
  *p = '\0';
  return true;
}

void fmt_exact(char *buf, size_t size, double v) {
  if (!isfinite(v)) { snprintf(buf, size, "null"); return; }
  if (v == 0) v = 0;                           /* no "-0" */
  if (whole_number(buf, size, v)) return;
  for (int prec = 15; prec <= 17; prec++) {
    snprintf(buf, size, "%.*g", prec, v);
    if (strtod(buf, NULL) == v) return;
  }
}

/* English for machines (the trace's JSON), the user's language for people. */
static const char *tr(bool machine, const char *msgid) { return machine ? msgid : _(msgid); }

static const char *cause(const Model *m, Value v, char *buf, size_t size, bool machine) {
  if (v.kind == V_MISSING) {
    snprintf(buf, size, tr(machine, N_("missing: \"%s\" has no value")), m->inputs[v.where].name);
  } else if (v.kind == V_UNDEF) {
    static const char *const why[] = { N_("undefined"), N_("undefined: division by zero"),
      N_("undefined: no tier covers the value"), N_("undefined: score outside [0, max], rejected"),
      N_("undefined: uses an undefined indicator"), N_("undefined: number too large"),
      N_("undefined: no unit has a value to compare"), N_("undefined: the criterion is not assigned here"),
      N_("undefined: no year to judge the unit in"), N_("unknown: a child's outcome is unknown") };
    if (v.why == U_DEP && v.where >= 0 && v.where < m->ninds)
      snprintf(buf, size, m->inds[v.where].is_value ? tr(machine, N_("unknown: uses criterion %s, which has no value"))
               : tr(machine, N_("undefined: uses indicator %s, which is undefined")), m->inds[v.where].code);
    else if (v.why == U_NA && v.where >= 0 && v.where < m->ninds)
      snprintf(buf, size, tr(machine, N_("undefined: criterion %s is not assigned here")), m->inds[v.where].code);
    else
      snprintf(buf, size, "%s", tr(machine, why[v.why < sizeof why / sizeof why[0] ? v.why : 0]));
  } else {
    snprintf(buf, size, "%s", tr(machine, N_("not computed")));
  }
  return buf;
}

const char *fmt_cause(const Model *m, Value v, char *buf, size_t size) {
  return cause(m, v, buf, size, false);
}

const char *fmt_cause_machine(const Model *m, Value v, char *buf, size_t size) {
  return cause(m, v, buf, size, true);
}

void fmt_value(char *buf, size_t size, const Model *m, Value v, int choice) {
  char n[64];
  switch ((VKind)v.kind) {
    case V_NUM:
      if (choice >= 0 && m->inputs[choice].type == IN_CHOICE && v.n >= 0 &&
          v.n < m->inputs[choice].noptions) {
        snprintf(buf, size, "\"%s\"", m->inputs[choice].options[(int)v.n].code);
        return;
      }
      if (choice >= 0 && m->inputs[choice].type == IN_PERCENT) {
        /* as it was written: 12 digits hide the ×100 rounding (0.55 → 55, not 55.00000000000001) */
        snprintf(buf, size, "%.12g%%", v.n * 100);
        return;
      }
      fmt_exact(n, sizeof n, v.n);
      snprintf(buf, size, "%s", n);
      return;
    case V_BOOL: snprintf(buf, size, "%s", v.n != 0 ? _("yes") : _("no")); return;
    case V_MISSING: case V_UNDEF: fmt_cause(m, v, buf, size); return;
    case V_NONE: snprintf(buf, size, "%s", _("not computed")); return;
  }
}

/* One ASCII character of a JSON string, escaped where JSON needs it. */
static void json_char(FILE *out, unsigned char c) {
  switch (c) {
    case '"': fputs("\\\"", out); break;
    case '\\': fputs("\\\\", out); break;
    case '\n': fputs("\\n", out); break;
    case '\r': fputs("\\r", out); break;
    case '\t': fputs("\\t", out); break;
    default:
      if (c < 0x20) fprintf(out, "\\u%04x", c);
      else fputc(c, out);
  }
}

/*
** A JSON string. A byte that starts no UTF-8 character (a dataset cell in another
** encoding, which the CSV reader reports but keeps; a comment of a formula) is written
** as U+FFFD: JSON text must be UTF-8 (RFC 8259), or a reader rejects the whole trace
** (found by fuzzing, tests/fuzz/check_json.h).
*/
void json_string(FILE *out, const char *s) {
  const char *p = s ? s : "";
  size_t len = strlen(p);
  fputc('"', out);
  for (size_t i = 0; i < len;) {
    /* a run of characters written as they are, in one fwrite (a trace is mostly these) */
    size_t run = i;
    for (;;) {
      unsigned char c = (unsigned char)p[run];
      if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') { run++; continue; }
      size_t n = c >= 0x80 ? text_char_len(p + run, len - run) : 0;
      if (n > 1) { run += n; continue; }
      break;
    }
    if (run > i) { fwrite(p + i, 1, run - i, out); i = run; continue; }
    size_t n = text_char_len(p + i, len - i);
    if (n == 0) { fputs("\\ufffd", out); i++; continue; }
    json_char(out, (unsigned char)p[i]);
    i += n;
  }
  fputc('"', out);
}

void json_number(FILE *out, double v) {
  char buf[64];
  fmt_exact(buf, sizeof buf, v);
  fputs(buf, out);
}

void json_value(FILE *out, const Model *m, Value v, int choice) {
  if (v.kind == V_BOOL) { fputs(v.n != 0 ? "true" : "false", out); return; }
  if (v.kind != V_NUM) { fputs("null", out); return; }
  if (choice >= 0 && m->inputs[choice].type == IN_CHOICE && v.n >= 0 &&
      v.n < m->inputs[choice].noptions) {
    json_string(out, m->inputs[choice].options[(int)v.n].code);
    return;
  }
  json_number(out, v.n);
}

/* A string field that the script may leave out: null when absent. */
static void json_optional(FILE *out, const char *s) {
  if (s) json_string(out, s);
  else fputs("null", out);
}

void json_decision(FILE *out, const Model *m) {
  const Decision *d = &m->dec;
  fputs("{\"id\":", out); json_optional(out, d->id);
  fputs(",\"title\":", out); json_optional(out, d->title);
  fputs(",\"number\":", out); json_optional(out, d->number);
  fputs(",\"issued\":", out); json_optional(out, d->issued);
  fputs(",\"province\":", out); json_optional(out, d->province);
  fputs(",\"script\":", out); json_string(out, m->script);
  fputs("}", out);
}
