/*
** cmdutil.h — what every sub-command shares: checking its arguments, opening and
** closing its output, loading a script and evaluating a dataset with the options.
*/
#ifndef TC_CMDUTIL_H
#define TC_CMDUTIL_H

#include <stdbool.h>
#include <stdio.h>

#include "options.h"
#include "session.h"

/* EXIT_OK when the command has n positional arguments, else prints usage: EXIT_USAGE. */
int cmd_need_args(const Options *o, int n, const char *usage);
/* EXIT_OK when o->format is one of `formats` (a NULL-terminated list), else prints which
   formats the command writes: EXIT_USAGE. */
int cmd_need_format(const Options *o, const char *const *formats);
/* stdout when path is NULL; NULL (and a message) when the file cannot be created. */
FILE *cmd_open_out(const char *path);
/* Closes an output of cmd_open_out: 0, or -1 (and a message) when a write failed. */
int cmd_close_out(FILE *f, const char *path);
/* Loads o->args[0] and evaluates the dataset at `data` with o's period, children and
   notation; `trace` records derivations. Returns the exit code so far (exitcodes.h);
   s->have_results says whether there is something to write. */
int cmd_evaluate(Session *s, const Options *o, const char *data, bool trace);

#endif
