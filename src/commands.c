/*
** commands.c — run, explain, check. Each returns the process exit code
** (exitcodes.h); results go to stdout (or -o FILE), findings to stderr.
*/
#include "commands.h"

#include <stdio.h>
#include <string.h>

#include "checks.h"
#include "cmdutil.h"
#include "exitcodes.h"
#include "i18n.h"
#include "results_out.h"
#include "results_xlsx.h"
#include "session.h"
#include "store.h"
#include "trace_out.h"

static int write_trace(Session *s, const char *path) {
  FILE *f = cmd_open_out(path);
  if (f == NULL) return -1;
  setvbuf(f, NULL, _IOFBF, TRACE_BUFFER);   /* hundreds of MB at national scale: few writes */
  trace_json(f, &s->model, &s->data, &s->results);
  return cmd_close_out(f, path);
}

int cmd_run(const Options *o) {
  static const char *const formats[] = { "table", "csv", "json", "xlsx", NULL };
  int rc = cmd_need_args(o, 2, "tieuchi run SCRIPT DATA.csv [--format table|csv|json|xlsx] [--trace FILE.json]");
  if (rc == EXIT_OK) rc = cmd_need_format(o, formats);
  if (rc) return rc;
  if (strcmp(o->format, "xlsx") == 0 && o->output == NULL) {   /* say so before the work */
    fprintf(stderr, _("tieuchi: an XLSX workbook is a file: give its name with -o FILE.xlsx\n"));
    return EXIT_USAGE;
  }
  Session s = { 0 };
  StoreCapture stored;
  store_capture(&stored, o);                   /* --store: the datasets' bytes, read first */
  rc = cmd_evaluate(&s, o, o->args[1], o->trace != NULL || o->store != NULL);
  if (s.have_results && strcmp(o->format, "xlsx") == 0) {
    if (results_xlsx(o->output, &s.model, &s.data, &s.results, &s.data_diags, o->lang) != 0)
      rc = EXIT_USAGE;
    if (o->trace && write_trace(&s, o->trace) != 0) rc = EXIT_USAGE;
  } else if (s.have_results) {
    FILE *out = cmd_open_out(o->output);
    if (out == NULL) rc = EXIT_USAGE;
    else {
      if (strcmp(o->format, "csv") == 0) results_csv(out, &s.model, &s.data, &s.results);
      else if (strcmp(o->format, "json") == 0) results_json(out, &s.model, &s.data, &s.results);
      else results_table(out, &s.model, &s.data, &s.results, o->lang);
      if (cmd_close_out(out, o->output) != 0) rc = EXIT_USAGE;
    }
    if (o->trace && write_trace(&s, o->trace) != 0) rc = EXIT_USAGE;
  }
  session_print_diags(&s);
  rc = store_record(&stored, o, &s, rc);
  session_free(&s);
  return rc;
}

int cmd_explain(const Options *o) {
  int rc = cmd_need_args(o, 2, "tieuchi explain SCRIPT DATA.csv --unit ID [--indicator CODE]");
  if (rc) return rc;
  if (o->unit == NULL) {
    fprintf(stderr, _("tieuchi: explain needs --unit ID (one of the dataset's unit ids)\n"));
    return EXIT_USAGE;
  }
  Session s = { 0 };
  rc = cmd_evaluate(&s, o, o->args[1], true);
  if (s.have_results) {
    int u = dataset_find_unit(&s.data, o->unit), k = -1;
    if (o->indicator) k = model_find_indicator(&s.model, o->indicator);
    if (u < 0) {
      fprintf(stderr, _("tieuchi: there is no unit \"%s\" in %s\n"), o->unit, o->args[1]);
      rc = EXIT_USAGE;
    } else if (o->indicator && k < 0) {
      fprintf(stderr, _("tieuchi: there is no indicator \"%s\" in %s\n"), o->indicator, o->args[0]);
      rc = EXIT_USAGE;
    } else {
      explain_unit(stdout, &s.model, &s.data, &s.results, u, k, o->lang);
      diag_print(&s.script_diags, stderr);
      diag_print_unit(&s.data_diags, stderr, s.data.unit_ids[u]);
      session_free(&s);
      return rc;
    }
  }
  session_print_diags(&s);
  session_free(&s);
  return rc;
}

/* "1 warning, 0 errors": each count with its own plural. */
static void check_summary(size_t nwarnings, size_t nerrors) {
  char warnings[64];
  snprintf(warnings, sizeof warnings, P_("%zu warning", "%zu warnings", nwarnings), nwarnings);
  printf(P_("%s, %zu error\n", "%s, %zu errors\n", nerrors), warnings, nerrors);
}

int cmd_check(const Options *o) {
  int rc = cmd_need_args(o, 1, "tieuchi check SCRIPT");
  if (rc) return rc;
  Session s = { 0 };
  rc = session_load_script(&s, o->args[0]);
  if (rc == EXIT_OK) {
    const Model *m = &s.model;
    checks_run(m, &s.script_diags);
    int ninputs_shared = 0;
    for (int i = 0; i < m->ninputs; i++) ninputs_shared += m->inputs[i].owner < 0;
    /* the counts as one sentence: the plural of each noun is up to the language */
    printf(_("%s: %s — %d groups, %d indicators, %d inputs (%d shared)\n"), m->script,
           m->dec.id ? m->dec.id : "?", m->ngroups, m->ninds, m->ninputs, ninputs_shared);
    if (s.script_diags.nerrors > 0) rc = EXIT_SCRIPT;
  }
  checks_excerpts(&s.model, o->args[0], &s.script_diags);
  session_print_diags(&s);
  if (rc == EXIT_OK)
    check_summary(s.script_diags.nwarnings, s.script_diags.nerrors);
  session_free(&s);
  return rc;
}
