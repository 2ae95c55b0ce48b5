/*
** cmd_compare.c — tieuchi compare: a self-assessment and its appraisal, evaluated with the
** same script, side by side (compare.h); with --form mau02, the appraisal form Mẫu 02.
**
** Exit codes: 0 when nothing differs, 1 when something does (a changed cell, a result
** that differs, a unit found in one file only), 2 and 3 as for every command. The data
** problems of either file are reported on stderr and do not change the code, so that a
** script can tell "the appraisal changed something" from "it did not".
*/
#include <stdio.h>
#include <string.h>

#include "cmdutil.h"
#include "commands.h"
#include "compare.h"
#include "exitcodes.h"
#include "form_out.h"
#include "forms.h"
#include "i18n.h"

/* 0 for the comparison, 1 for Mẫu 02, -1 (with a message) for any other --form. */
static int asked_form(const Options *o) {
  if (o->form == NULL) return 0;
  if (forms_by_name(o->form) == FORM_MAU02) return 1;
  fprintf(stderr, _("tieuchi: compare writes --form mau02 (the district's appraisal, Mẫu 02); "
          "the other forms are written by tieuchi form\n"));
  return -1;
}

/* The findings about the data only (the script's were printed with the first dataset). */
static void print_data_diags(const Session *s) {
  if (s->child) print_data_diags(s->child);
  diag_print(&s->data_diags, stderr);
}

/* Loads the script and evaluates one dataset into s: EXIT_OK, or the command's exit code.
   first: the first dataset, whose findings include the script's. */
static int evaluate(Session *s, const Options *o, const char *data, bool trace, bool first) {
  int rc = cmd_evaluate(s, o, data, trace);
  if (first || !s->have_results) session_print_diags(s);
  else print_data_diags(s);
  if (!s->have_results) return rc == EXIT_OK || rc == EXIT_DATA ? EXIT_USAGE : rc;
  return EXIT_OK;
}

/* Builds the comparison or Mẫu 02 and writes it; returns the exit code. */
static int write_comparison(const Options *o, Session *self, Session *appr, bool mau02,
                            const char *format) {
  char why[640];
  if (mau02 && !forms_fits(FORM_MAU02, &self->model, why, sizeof why)) {
    fprintf(stderr, "tieuchi: %s\n", why);
    return EXIT_USAGE;
  }
  FormDoc d;
  form_doc_init(&d, self->model.dec.title, o->lang);
  int ndiffer = mau02 ? compare_mau02(&d, self, appr, o->unit) : compare_build(&d, self, appr, o->unit);
  int rc = ndiffer > 0 ? EXIT_DATA : EXIT_OK;
  if (ndiffer < 0) {
    fprintf(stderr, _("tieuchi: there is no unit \"%s\" in %s or %s\n"), o->unit, o->args[1], o->args[2]);
    rc = EXIT_USAGE;
  } else if (d.oom) {
    fprintf(stderr, _("tieuchi: out of memory\n"));
    rc = EXIT_USAGE;
  } else if (form_write(&d, format, o->output) != 0) {
    rc = EXIT_USAGE;
  }
  form_doc_free(&d);
  return rc;
}

int cmd_compare(const Options *o) {
  static const char *const formats[] = { "table", "md", "html", "xlsx", NULL };
  int rc = cmd_need_args(o, 3, "tieuchi compare SCRIPT SELF.csv APPRAISED.csv [--unit ID] [--format table|md|html|xlsx] [--form mau02] [-o FILE]");
  if (rc == EXIT_OK) rc = cmd_need_format(o, formats);
  int mau02 = rc == EXIT_OK ? asked_form(o) : 0;
  if (rc != EXIT_OK || mau02 < 0) return rc != EXIT_OK ? rc : EXIT_USAGE;
  const char *format = mau02 && strcmp(o->format, "table") == 0 ? "md" : o->format;
  Session self = { 0 }, appr = { 0 };
  rc = evaluate(&self, o, o->args[1], !mau02, true);
  if (rc == EXIT_OK) rc = evaluate(&appr, o, o->args[2], !mau02, false);
  if (rc == EXIT_OK) rc = write_comparison(o, &self, &appr, mau02, format);
  session_free(&self);
  session_free(&appr);
  return rc;
}
