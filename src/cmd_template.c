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

/* The list LIST names (template SCRIPT LIST), or NULL with a message naming the
   script's lists. */
static const ListDecl *find_list(const Model *m, const char *name) {
  int i = model_find_list(m, name);
  if (i >= 0) return &m->lists[i];
  char names[512] = "";
  size_t n = 0;
  for (int l = 0; l < m->nlists && n < sizeof names; l++)
    n += (size_t)snprintf(names + n, sizeof names - n, "%s%s", l ? ", " : "", m->lists[l].name);
  if (m->nlists == 0)
    fprintf(stderr, _("tieuchi: %s declares no list: template SCRIPT writes the dataset's form\n"),
            m->script);
  else
    fprintf(stderr, _("tieuchi: %s declares no list %s; its lists: %s\n"), m->script, name, names);
  return NULL;
}

/* The form asked: the dataset's, or with LIST that list's. */
static int build(Template *t, const Session *s, const Options *o) {
  const Model *m = &s->model;
  if (o->nargs == 1) return template_build(t, m, o->period, o->lang) == 0 ? EXIT_OK : -1;
  memset(t, 0, sizeof *t);
  const ListDecl *l = find_list(m, o->args[1]);
  if (l == NULL) return EXIT_USAGE;
  if (o->units) {
    fprintf(stderr, _("tieuchi: --units pre-fills the dataset's form; a list's rows are the "
                      "units' own: leave --units out\n"));
    return EXIT_USAGE;
  }
  return template_build_list(t, m, l, o->lang) == 0 ? EXIT_OK : -1;
}

int cmd_template(const Options *o) {
  if (o->nargs != 1 && o->nargs != 2) {
    fprintf(stderr, _("tieuchi: usage: %s\n"),
            "tieuchi template SCRIPT [LIST] [--format csv|xlsx] [--period YEAR] [-o FILE]");
    return EXIT_USAGE;
  }
  Session s = { 0 };
  int rc = session_load_script(&s, o->args[0]);
  if (rc == EXIT_OK) rc = check_period(&s.model, o->period);
  if (rc == EXIT_OK) {
    Template t;
    int built = build(&t, &s, o);
    if (built == EXIT_USAGE) {
      rc = EXIT_USAGE;
    } else if (built != EXIT_OK) {
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
