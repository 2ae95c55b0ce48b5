/*
** cmd_form.c — tieuchi form: an official form (forms.h) filled from the evaluation of a
** dataset, as Markdown, HTML or XLSX. Exit codes as for run (exitcodes.h).
*/
#include <stdio.h>
#include <string.h>

#include "cmdutil.h"
#include "commands.h"
#include "exitcodes.h"
#include "form_out.h"
#include "forms.h"
#include "i18n.h"

/* The form asked for (--form), or FORM_NONE for the decision's own; -1 when unusable. */
static int asked_form(const Options *o) {
  if (o->form == NULL) return FORM_NONE;
  FormKind k = forms_by_name(o->form);
  if (k == FORM_NONE) {
    fprintf(stderr, _("tieuchi: --form is mau01, mau02 or bieu03 (see tieuchi form --help)\n"));
    return -1;
  }
  if (k == FORM_MAU02) {
    fprintf(stderr, _("tieuchi: Mẫu 02 sets a self-assessment and its appraisal side by side: "
            "tieuchi compare SCRIPT SELF.csv APPRAISED.csv --form mau02\n"));
    return -1;
  }
  return (int)k;
}

/* The report's year for Biểu 03: --period, else the decision's; NULL when neither. */
static const char *year_text(char *buf, size_t size, const Options *o, const Model *m) {
  int y = o->period ? o->period : m->dec.period;
  if (y == 0) return NULL;
  snprintf(buf, size, "%d", y);
  return buf;
}

/* Builds form k for the unit `only` (or every unit) and writes it. */
static int write_form(const Options *o, Session *s, FormKind k, int only, const char *format) {
  Evaluated e = { &s->model, &s->data, &s->results };
  FormDoc d;
  form_doc_init(&d, s->model.dec.title, o->lang);
  if (k == FORM_BIEU03) {
    char year[16];
    forms_bieu03(&d, &e, only, year_text(year, sizeof year, o, &s->model));
  } else {
    for (int u = 0; u < s->results.nunits; u++)
      if (only < 0 || u == only) forms_mau01(&d, &e, u);
  }
  int rc = EXIT_OK;
  if (d.oom) { fprintf(stderr, _("tieuchi: out of memory\n")); rc = EXIT_USAGE; }
  else if (form_write(&d, format, o->output) != 0) rc = EXIT_USAGE;
  form_doc_free(&d);
  return rc;
}

int cmd_form(const Options *o) {
  static const char *const formats[] = { "md", "html", "xlsx", NULL };
  Options opt = *o;
  if (strcmp(opt.format, "table") == 0) opt.format = "md";   /* the default */
  int rc = cmd_need_args(o, 2, "tieuchi form SCRIPT DATA.csv [--form mau01|bieu03] [--unit ID] [--format md|html|xlsx] [-o FILE]");
  if (rc == EXIT_OK) rc = cmd_need_format(&opt, formats);
  int asked = rc == EXIT_OK ? asked_form(o) : FORM_NONE;
  if (rc != EXIT_OK || asked < 0) return rc != EXIT_OK ? rc : EXIT_USAGE;
  Session s = { 0 };
  rc = cmd_evaluate(&s, o, o->args[1], false);
  if (s.have_results) {
    FormKind k = asked != FORM_NONE ? (FormKind)asked : forms_default(&s.model);
    int only = o->unit ? dataset_find_unit(&s.data, o->unit) : -1;
    char why[640];
    if (!forms_fits(k, &s.model, why, sizeof why)) {
      fprintf(stderr, "tieuchi: %s\n", why);
      rc = EXIT_USAGE;
    } else if (o->unit && only < 0) {
      fprintf(stderr, _("tieuchi: there is no unit \"%s\" in %s\n"), o->unit, o->args[1]);
      rc = EXIT_USAGE;
    } else {
      int wrc = write_form(&opt, &s, k, only, opt.format);
      if (wrc != EXIT_OK) rc = wrc;
    }
  }
  session_print_diags(&s);
  session_free(&s);
  return rc;
}
