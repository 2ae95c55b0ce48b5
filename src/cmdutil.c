/*
** cmdutil.c — shared plumbing of the sub-commands (see cmdutil.h).
*/
#include "cmdutil.h"

#include <errno.h>
#include <string.h>

#include "exitcodes.h"
#include "i18n.h"
#include "progress.h"

int cmd_need_args(const Options *o, int n, const char *usage) {
  if (o->nargs == n) return EXIT_OK;
  fprintf(stderr, _("tieuchi: usage: %s\n"), usage);
  return EXIT_USAGE;
}

int cmd_need_format(const Options *o, const char *const *formats) {
  for (const char *const *f = formats; *f; f++)
    if (strcmp(o->format, *f) == 0) return EXIT_OK;
  char list[128];                       /* "md|html|xlsx": no word to translate */
  size_t n = 0;
  list[0] = '\0';
  for (const char *const *f = formats; *f && n < sizeof list; f++)
    n += (size_t)snprintf(list + n, sizeof list - n, "%s%s", f == formats ? "" : "|", *f);
  fprintf(stderr, _("tieuchi: %s writes --format %s\n"), o->command, list);
  return EXIT_USAGE;
}

FILE *cmd_open_out(const char *path) {
  FILE *f = path ? fopen(path, "w") : stdout;
  if (f == NULL) fprintf(stderr, _("tieuchi: cannot write %s: %s\n"), path, i18n_strerror(errno));
  return f;
}

/* A failed write is an error, never silent. */
int cmd_close_out(FILE *f, const char *path) {
  int bad = ferror(f);
  if (f != stdout) bad = fclose(f) != 0 || bad;
  else bad = fflush(f) != 0 || bad;
  if (bad) fprintf(stderr, _("tieuchi: writing %s failed\n"), path ? path : _("the output"));
  return bad ? -1 : 0;
}

int cmd_evaluate(Session *s, const Options *o, const char *data, bool trace) {
  int rc = session_load_script(s, o->args[0]);
  Progress progress;
  progress_init(&progress, o->lang);
  ListFile lists[OPTIONS_MAX_LISTS];
  for (int i = 0; i < o->nlists; i++) lists[i] = (ListFile){ o->list_names[i], o->list_paths[i], NULL, 0 };
  EvalRequest req = { o->decimal_comma, trace, o->period, o->children, &progress, o->evidence,
                      lists, o->nlists, false };
  if (rc == EXIT_OK) rc = session_evaluate(s, data, &req);
  progress_end(&progress);
  return rc;
}
