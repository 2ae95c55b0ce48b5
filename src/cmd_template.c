/*
** cmd_template.c — `tieuchi template SCRIPT`: the blank data-collection form of a
** decision, as CSV (stdout or -o FILE) or XLSX (-o FILE). See template.h.
*/
#include "commands.h"

#include <stdio.h>
#include <string.h>

#include "cmdutil.h"
#include "exitcodes.h"
#include "session.h"
#include "template.h"
#include "i18n.h"

/* --period must be one of the decision's years: the form shows that year's targets. */
static int check_period(const Model *m, int period) {
  if (period == 0) return EXIT_OK;
  if (m->ctx_kind != CTX_PERIODS) {
    fprintf(stderr, _("tieuchi: --period is for a decision with targets per year; %s has none\n"),
            m->script);
    return EXIT_USAGE;
  }
  for (int c = 0; c < m->nctx; c++)
    if (m->ctxs[c].year == period) return EXIT_OK;
  fprintf(stderr, _("tieuchi: --period %d is not a year of the decision (%s to %s)\n"), period,
          m->ctxs[0].label, m->ctxs[m->nctx - 1].label);
  return EXIT_USAGE;
}

/* The form in the format asked: CSV by default, XLSX to a file. */
static int write_form(const Template *t, const Options *o) {
  if (strcmp(o->format, "xlsx") == 0) return template_xlsx(o->output, t) == 0 ? EXIT_OK : EXIT_USAGE;
  if (strcmp(o->format, "table") != 0 && strcmp(o->format, "csv") != 0) {
    fprintf(stderr, _("tieuchi: template writes --format csv or xlsx\n"));
    return EXIT_USAGE;
  }
  FILE *out = cmd_open_out(o->output);
  if (out == NULL) return EXIT_USAGE;
  int bad = template_csv(out, t);
  return cmd_close_out(out, o->output) != 0 || bad ? EXIT_USAGE : EXIT_OK;
}

int cmd_template(const Options *o) {
  int rc = cmd_need_args(o, 1, "tieuchi template SCRIPT [--format csv|xlsx] [--period YEAR] [-o FILE]");
  if (rc) return rc;
  Session s = { 0 };
  rc = session_load_script(&s, o->args[0]);
  if (rc == EXIT_OK) rc = check_period(&s.model, o->period);
  if (rc == EXIT_OK) {
    Template t;
    if (template_build(&t, &s.model, o->period, o->lang) != 0) {
      fprintf(stderr, _("tieuchi: out of memory building the form\n"));
      rc = EXIT_USAGE;
    } else if (o->units && template_read_units(&t, o->units) != 0) {
      rc = EXIT_USAGE;
    } else {
      rc = write_form(&t, o);
    }
    template_free(&t);
  }
  session_print_diags(&s);
  session_free(&s);
  return rc;
}
