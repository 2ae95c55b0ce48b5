/*
** html.h — writing self-contained HTML pages: escaped text, and one page frame with
** the house style inline (no network, no external assets), shared by the report and
** the forms.
*/
#ifndef TC_HTML_H
#define TC_HTML_H

#include <stdio.h>
#include "labels.h"

/* Writes s with &, <, >, " and ' escaped. */
void html_text(FILE *out, const char *s);
/* <!DOCTYPE html> … <body>: the title (escaped), the house CSS, then extra_css (may be
   NULL) inside the same <style>. */
void html_begin(FILE *out, const char *title, Lang lang, const char *extra_css);
/* </body></html> */
void html_end(FILE *out);

#endif
