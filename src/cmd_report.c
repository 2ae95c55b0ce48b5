/*
** cmd_report.c — tieuchi report: the HTML audit report (report_html.c). Like run, the
** findings go to stderr and the exit code says whether there were data problems.
*/
#include "commands.h"

#include <stdio.h>

#include "cmdutil.h"
#include "exitcodes.h"
#include "report_html.h"
#include "session.h"

int cmd_report(const Options *o) {
  int rc = cmd_need_args(o, 2, "tieuchi report SCRIPT DATA.csv [-o FILE.html] [--lang vi|en]");
  if (rc) return rc;
  Session s = { 0 };
  rc = cmd_evaluate(&s, o, o->args[1], true);     /* the derivations need the trace */
  if (s.have_results) {
    FILE *out = cmd_open_out(o->output);
    if (out == NULL) rc = EXIT_USAGE;
    else {
      report_html(out, &s, o->lang);
      if (cmd_close_out(out, o->output) != 0) rc = EXIT_USAGE;
    }
  }
  session_print_diags(&s);
  session_free(&s);
  return rc;
}
