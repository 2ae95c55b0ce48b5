/*
** form_out.h — rendering a document of form_doc.h: Markdown, HTML, XLSX, and aligned text
** for the terminal. Each renderer shows every block and every cell of the document, in
** order; none decides what a form contains (forms.c and compare.c do).
*/
#ifndef TC_FORM_OUT_H
#define TC_FORM_OUT_H

#include <stdio.h>
#include "form_doc.h"

/* GitHub-flavoured Markdown; every text escaped, `|` included; pages separated by ---. */
void form_md(FILE *out, const FormDoc *d);
/* One self-contained page (html.h); pages are sections, each printed on its own sheet. */
void form_html(FILE *out, const FormDoc *d);
/* A workbook at path: one sheet per page, numbers stored as numbers with their format,
   the first table's header frozen. 0, or -1 with a message on stderr. */
int form_xlsx(const FormDoc *d, const char *path);
/* Plain text: tables aligned by display width. */
void form_text(FILE *out, const FormDoc *d);
/* d to path (stdout when NULL; XLSX needs a path) in format md, html, xlsx or table
   (plain text). 0, or -1 with a message on stderr. */
int form_write(const FormDoc *d, const char *format, const char *path);

#endif
