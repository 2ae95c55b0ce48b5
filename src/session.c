/*
** session.c — load, compile, read, evaluate (see session.h).
*/
#include "session.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "compile.h"
#include "exitcodes.h"
#include "host.h"

/* Compile even when the declarations have errors: every problem is reported at once. */
int session_load_script(Session *s, const char *script) {
  int rc = host_load(script, NULL, &s->model, &s->script_diags);
  if (rc == EXIT_USAGE) return rc;
  if (compile_model(&s->model, &s->script_diags) != 0) return EXIT_SCRIPT;
  return rc;
}

int session_evaluate(Session *s, const char *data, bool decimal_comma, bool trace) {
  struct stat st;
  if (stat(data, &st) != 0) {
    Diag *d = diag_add(&s->data_diags, SEV_ERROR, data, 0, 0, "cannot read the dataset: %s",
                       strerror(errno));
    diag_hint(&s->data_diags, d, "check the path");
    return EXIT_USAGE;
  }
  DataOptions opt = { decimal_comma };
  if (dataset_load(data, &s->model, &opt, &s->data, &s->data_diags) != 0) return EXIT_DATA;
  s->have_data = true;
  if (eval_run(&s->model, &s->data, trace, &s->results, &s->data_diags) != 0) {
    diag_add(&s->data_diags, SEV_ERROR, data, 0, 0, "out of memory evaluating the dataset");
    return EXIT_DATA;
  }
  s->have_results = true;
  return s->data_diags.n > 0 ? EXIT_DATA : EXIT_OK;
}

void session_print_diags(const Session *s) {
  diag_print(&s->script_diags, stderr);
  diag_print(&s->data_diags, stderr);
}

void session_free(Session *s) {
  results_free(&s->results);
  dataset_free(&s->data);
  model_free(&s->model);
  diag_free(&s->script_diags);
  diag_free(&s->data_diags);
}
