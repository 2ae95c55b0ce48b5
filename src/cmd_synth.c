/*
** cmd_synth.c — `tieuchi synth SCRIPT`: a synthetic national dataset for the decision,
** seeded and reproducible (see synth.h), for benchmarks and trials at national scale.
*/
#include "commands.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "cmdutil.h"
#include "exitcodes.h"
#include "i18n.h"
#include "session.h"
#include "synth.h"
#include "template.h"

#define SYNTH_MAX_UNITS 10000000L

/* A whole number in [lo, hi] from an option's text, or -1 (and a message). */
static long long whole(const char *text, const char *option, long long lo, long long hi) {
  char *end;
  errno = 0;
  long long v = strtoll(text, &end, 10);
  if (errno || end == text || *end != '\0' || v < lo || v > hi) {
    fprintf(stderr, _("tieuchi: %s must be a whole number from %lld to %lld, not \"%s\"\n"),
            option, lo, hi, text);
    return -1;
  }
  return v;
}

int cmd_synth(const Options *o) {
  int rc = cmd_need_args(o, 1, "tieuchi synth SCRIPT [--units N] [--seed S] [-o FILE]");
  if (rc) return rc;
  long long units = o->units ? whole(o->units, "--units", 1, SYNTH_MAX_UNITS) : SYNTH_COMMUNES;
  long long seed = o->seed ? whole(o->seed, "--seed", 0, 0x7fffffffffffffffLL) : 1;
  if (units < 0 || seed < 0) return EXIT_USAGE;
  Session s = { 0 };
  rc = session_load_script(&s, o->args[0]);
  if (rc == EXIT_OK) {
    Template t;
    if (template_build(&t, &s.model, 0, o->lang) != 0) {
      fprintf(stderr, _("tieuchi: out of memory building the dataset\n"));
      rc = EXIT_USAGE;
    } else {
      FILE *out = cmd_open_out(o->output);
      if (out == NULL) {
        rc = EXIT_USAGE;
      } else {
        int bad = synth_write(out, &t, (long)units, (uint64_t)seed);
        if (cmd_close_out(out, o->output) != 0 || bad) rc = EXIT_USAGE;
      }
    }
    template_free(&t);
  }
  session_print_diags(&s);
  session_free(&s);
  return rc;
}
