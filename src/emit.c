/*
** emit.c — derivation lines as text or HTML (see emit.h).
*/
#include "emit.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "html.h"

/* Depth of an indentation: one level per two spaces, as explain indents. */
static int depth_of(const char *indent) { return (int)(strlen(indent) / 2); }

void emit_begin(Emit *e, const char *indent) {
  if (e->html) fprintf(e->out, "<div class=\"d%d\">", depth_of(indent));
  else fputs(indent, e->out);
}

void emit_end(Emit *e) { fputs(e->html ? "</div>\n" : "\n", e->out); }

void emit_text(Emit *e, const char *s) {
  if (e->html) html_text(e->out, s);
  else fputs(s, e->out);
}

/* Text must be escaped as a whole, so HTML formats into memory first. */
static void emit_vprintf(Emit *e, const char *fmt, va_list ap) {
  if (!e->html) { vfprintf(e->out, fmt, ap); return; }
  char small[512], *buf = small;
  va_list again;
  va_copy(again, ap);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  if (n >= (int)sizeof small && (buf = malloc((size_t)n + 1)) != NULL)
    vsnprintf(buf, (size_t)n + 1, fmt, again);
  va_end(again);
  html_text(e->out, buf ? buf : small);
  if (buf != small) free(buf);
}

void emit_printf(Emit *e, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  emit_vprintf(e, fmt, ap);
  va_end(ap);
}

void emit_span(Emit *e, const char *cls, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  if (e->html) fprintf(e->out, "<span class=\"%s\">", cls);
  emit_vprintf(e, fmt, ap);
  if (e->html) fputs("</span>", e->out);
  va_end(ap);
}

void emit_line(Emit *e, const char *indent, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  emit_begin(e, indent);
  emit_vprintf(e, fmt, ap);
  emit_end(e);
  va_end(ap);
}

/* The indentation the non-blank lines of text have in common. */
static size_t common_indent(const char *text) {
  size_t common = (size_t)-1;
  for (const char *p = text; *p;) {
    size_t len = strcspn(p, "\n"), lead = strspn(p, " \t");
    if (lead < len && lead < common) common = lead;
    p += len + (p[len] == '\n');
  }
  return common;
}

void emit_code(Emit *e, const char *indent, const char *text) {
  size_t common = common_indent(text);
  bool first = true;
  if (e->html) fprintf(e->out, "<pre class=\"f d%d\">", depth_of(indent));
  for (const char *p = text; *p;) {
    size_t len = strcspn(p, "\n"), lead = strspn(p, " \t");
    if (lead < len) {
      if (e->html) {                  /* no newline after the last line: no empty line */
        char *line = strndup(p + common, len - common);
        if (!first) fputc('\n', e->out);
        html_text(e->out, line ? line : "");
        free(line);
        first = false;
      } else {
        fprintf(e->out, "%s%.*s\n", indent, (int)(len - common), p + common);
      }
    }
    p += len + (p[len] == '\n');
  }
  if (e->html) fputs("</pre>\n", e->out);
}

void emit_field(Emit *e, const char *indent, const char *name, const char *text) {
  size_t len = strlen(text);
  if (e->html) {
    fprintf(e->out, "<div class=\"d%d\"><span class=\"k\">", depth_of(indent));
    html_text(e->out, name);
    fputs(":</span> <span class=\"ml\">", e->out);
    char *t = strndup(text, len && text[len - 1] == '\n' ? len - 1 : len);
    html_text(e->out, t ? t : "");
    free(t);
    fputs("</span></div>\n", e->out);
    return;
  }
  fprintf(e->out, "%s%s: ", indent, name);
  for (const char *p = text; *p; p++) {
    fputc(*p, e->out);
    if (*p == '\n' && p[1]) fprintf(e->out, "%s    ", indent);
  }
  if (len == 0 || text[len - 1] != '\n') fputc('\n', e->out);
}
