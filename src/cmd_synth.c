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
#define SYNTH_MAX_ROWS 1000000000LL     /* a list file of some 70 GB */
#define LIST_BUFFER (1 << 20)           /* stdio buffer of a list file: millions of rows */

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

/* The list files of --list NAME=FILE, each with `rows` rows (-1: the default). */
static int write_lists(const Options *o, const Model *m, const Template *t, long units,
                       long long rows, uint64_t seed) {
  if (rows < 0) rows = (long long)synth_decision_units(t, units) * SYNTH_LIST_ROWS_PER_UNIT;
  for (int i = 0; i < o->nlists; i++) {
    int l = model_find_list(m, o->list_names[i]);
    if (l < 0) {
      fprintf(stderr, _("tieuchi: --list %s: the script declares no list named %s\n"),
              o->list_names[i], o->list_names[i]);
      return EXIT_USAGE;
    }
    FILE *out = cmd_open_out(o->list_paths[i]);
    if (out == NULL) return EXIT_USAGE;
    setvbuf(out, NULL, _IOFBF, LIST_BUFFER);
    int bad = synth_list_write(out, t, &m->lists[l], units, (long)rows, seed);
    if (cmd_close_out(out, o->list_paths[i]) != 0 || bad) return EXIT_USAGE;
  }
  return EXIT_OK;
}

int cmd_synth(const Options *o) {
  int rc = cmd_need_args(o, 1, "tieuchi synth SCRIPT [--units N] [--seed S] [-o FILE] "
                               "[--list NAME=FILE [--rows N]]");
  if (rc) return rc;
  long long units = o->units ? whole(o->units, "--units", 1, SYNTH_MAX_UNITS) : SYNTH_COMMUNES;
  long long seed = o->seed ? whole(o->seed, "--seed", 0, 0x7fffffffffffffffLL) : 1;
  long long rows = o->rows ? whole(o->rows, "--rows", 1, SYNTH_MAX_ROWS) : -1;
  if (units < 0 || seed < 0 || (o->rows && rows < 0)) return EXIT_USAGE;
  if (o->rows && o->nlists == 0) {
    fprintf(stderr, _("tieuchi: --rows is the size of the lists: give them with --list NAME=FILE\n"));
    return EXIT_USAGE;
  }
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
        if (rc == EXIT_OK) rc = write_lists(o, &s.model, &t, (long)units, rows, (uint64_t)seed);
      }
    }
    template_free(&t);
  }
  session_print_diags(&s);
  session_free(&s);
  return rc;
}
