/*
** emit.h — the lines of a derivation, written as plain text (tieuchi explain) or as
** HTML (tieuchi report) by one and the same walk (trace_out.c), so that the report
** and explain can never say different things.
**
** A derivation is a list of lines, each indented under the line it belongs to. As
** text, the indentation is spaces and nothing else is added. As HTML, a line is a
** <div> whose class gives its depth (d0, d1 … one per two spaces), every text is
** escaped, a formula is a <pre>, and spans carry a class (a cell's origin, met or not
** met) that text output ignores.
*/
#ifndef TC_EMIT_H
#define TC_EMIT_H

#include <stdbool.h>
#include <stdio.h>

typedef struct Emit {
  FILE *out;
  bool html;
} Emit;

/* Starts a line indented by indent (spaces). */
void emit_begin(Emit *e, const char *indent);
/* Ends the line begun last. */
void emit_end(Emit *e);
/* Text inside a line (escaped in HTML). */
void emit_text(Emit *e, const char *s);
void emit_printf(Emit *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Formatted text in a span of class cls (HTML), or plain (text). */
void emit_span(Emit *e, const char *cls, const char *fmt, ...)
  __attribute__((format(printf, 3, 4)));
/* A whole line: begin, formatted text, end. */
void emit_line(Emit *e, const char *indent, const char *fmt, ...)
  __attribute__((format(printf, 3, 4)));
/* A formula's text under indent, without blank lines and without the indentation its
   lines have in common (a formula written inside [[ ]] in the script). */
void emit_code(Emit *e, const char *indent, const char *text);
/* "Name: text", a text of several lines indented under its first. */
void emit_field(Emit *e, const char *indent, const char *name, const char *text);

#endif
