/*
** form_write.c — a document to its file in the format asked for (see form_out.h).
*/
#include "form_out.h"

#include <string.h>

#include "cmdutil.h"

int form_write(const FormDoc *d, const char *format, const char *path) {
  if (strcmp(format, "xlsx") == 0) return form_xlsx(d, path);
  FILE *out = cmd_open_out(path);
  if (out == NULL) return -1;
  if (strcmp(format, "md") == 0) form_md(out, d);
  else if (strcmp(format, "html") == 0) form_html(out, d);
  else form_text(out, d);
  return cmd_close_out(out, path);
}
