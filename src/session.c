/*
** session.c — load, compile, read, evaluate (see session.h). A script that declares
** children loads their script first, and evaluates their data first.
*/
#include "session.h"

#include "checks.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "checks.h"
#include "compile.h"
#include "exitcodes.h"
#include "hierarchy.h"
#include "host.h"
#include "i18n.h"
#include "progress.h"

#define MAX_GENERATIONS 3          /* province → district → commune */

/* rel, relative to the folder of script, in the model's arena. */
static const char *beside(Model *m, const char *script, const char *rel) {
  if (rel[0] == '/') return rel;
  const char *slash = strrchr(script, '/');
  int dirlen = slash ? (int)(slash - script + 1) : 0;
  return arena_printf(&m->arena, "%.*s%s", dirlen, script, rel);
}

/*
** A script or a dataset: the file at path, or (text != NULL) len bytes already in
** memory that path only names in messages. The in-memory form serves the fuzz
** harnesses (tests/fuzz/), which must not write files.
*/
typedef struct Text {
  const char *path;
  const char *text;
  size_t len;
} Text;

static int load_script(Session *s, const Text *script, int generation) {
  int rc = script->text
             ? host_load_source(script->path, script->text, script->len, NULL, &s->model,
                                &s->script_diags)
             : host_load(script->path, NULL, &s->model, &s->script_diags);
  if (rc == EXIT_USAGE) return rc;
  Model *m = &s->model;
  if (m->children_script) {
    s->child = calloc(1, sizeof *s->child);
    const char *path = beside(m, script->path, m->children_script);
    int crc = EXIT_SCRIPT;
    if (s->child && path && generation < MAX_GENERATIONS)
      crc = load_script(s->child, &(Text){ path, NULL, 0 }, generation + 1);
    else
      diag_add(&s->script_diags, SEV_ERROR, script->path, m->children_line, 0,
               "children: the scripts name each other as children too deeply");
    if (crc != EXIT_OK) {
      Diag *d = diag_add(&s->script_diags, SEV_ERROR, script->path, m->children_line, 0,
                         "children: the children's script %s has errors (listed with it)", path);
      diag_hint(&s->script_diags, d, "fix it first: tieuchi check %s", path);
      rc = EXIT_SCRIPT;
    } else {
      m->child = &s->child->model;
    }
  }
  /* Compile even when the declarations have errors: every problem is reported at once. */
  if (compile_model(m, &s->script_diags) != 0) return EXIT_SCRIPT;
  return rc;
}

/* Every finding about the script shows its line with a caret, whatever the command. */
int session_load_script(Session *s, const char *script) {
  int rc = load_script(s, &(Text){ script, NULL, 0 }, 1);
  checks_excerpts(&s->model, script, &s->script_diags);
  return rc;
}

int session_load_source(Session *s, const char *path, const char *src, size_t len) {
  int rc = load_script(s, &(Text){ path, src, len }, 1);
  checks_excerpts(&s->model, path, &s->script_diags);
  return rc;
}

/* Read one dataset for s's model: the rows of its level. */
static int read_data(Session *s, const Text *data, const EvalRequest *req) {
  DataOptions opt = { req->decimal_comma, s->model.dec.level };
  if (data->text) {
    if (dataset_parse(data->path, data->text, data->len, &s->model, &opt, &s->data,
                      &s->data_diags) != 0)
      return EXIT_DATA;
    s->have_data = true;
    return EXIT_OK;
  }
  struct stat st;
  if (stat(data->path, &st) != 0) {
    Diag *d = diag_add(&s->data_diags, SEV_ERROR, data->path, 0, 0, "cannot read the dataset: %s",
                       i18n_strerror(errno));
    diag_hint(&s->data_diags, d, "check the path");
    return EXIT_USAGE;
  }
  if (dataset_load(data->path, &s->model, &opt, &s->data, &s->data_diags) != 0) return EXIT_DATA;
  s->have_data = true;
  return EXIT_OK;
}

/* The evidence register: its rows' findings, then the units that lack evidence. */
static int read_evidence(Session *s, const char *path) {
  if (evidence_load(path, &s->model, &s->data, &s->evidence, &s->data_diags) != 0) {
    evidence_free(&s->evidence);
    return -1;
  }
  s->have_evidence = true;
  s->results.evidence = &s->evidence;
  evidence_findings(&s->evidence, &s->model, &s->data, &s->results, &s->data_diags);
  return 0;
}

static int evaluate(Session *s, const Text *data, const EvalRequest *req) {
  int crc = EXIT_OK;
  if (s->child) {                              /* children first, with their own script */
    EvalRequest creq = *req;
    creq.children = NULL;
    creq.trace = false;                        /* the parent needs their outcomes only */
    creq.evidence = NULL;                      /* the register is the parent's */
    creq.lists = NULL;                         /* --list names the parent's lists */
    creq.nlists = 0;
    Text kids = req->children ? (Text){ req->children, NULL, 0 } : *data;
    crc = evaluate(s->child, &kids, &creq);
    if (!s->child->have_results) return crc == EXIT_OK ? EXIT_DATA : crc;
  }
  int rc = read_data(s, data, req);
  if (rc != EXIT_OK) return rc;
  if (!req->no_lists && lists_read(&s->lists, &s->model, &s->data, req->lists, req->nlists,
                                    req->decimal_comma, &s->data_diags) != 0)
    return EXIT_USAGE;                         /* a --list file that cannot be used */
  if (s->child && hierarchy_build(&s->child->model, &s->child->data, &s->child->results, &s->data,
                                  &s->kids, &s->data_diags) != 0) {
    diag_add(&s->data_diags, SEV_ERROR, data->path, 0, 0, "out of memory counting the children");
    return EXIT_DATA;
  }
  EvalOptions eo = { req->trace, req->period, s->child ? &s->kids : NULL, progress_update,
                     req->progress };
  progress_phase(req->progress, data->path);
  if (eval_run_opts(&s->model, &s->data, &eo, &s->results, &s->data_diags) != 0) {
    diag_add(&s->data_diags, SEV_ERROR, data->path, 0, 0, "out of memory evaluating the dataset");
    return EXIT_DATA;
  }
  s->have_results = true;
  if (req->evidence && read_evidence(s, req->evidence) != 0) return EXIT_USAGE;
  if (s->data_diags.n > 0) return EXIT_DATA;
  return crc;
}

int session_evaluate(Session *s, const char *data, const EvalRequest *req) {
  return evaluate(s, &(Text){ data, NULL, 0 }, req);
}

int session_evaluate_source(Session *s, const char *path, const char *data, size_t len,
                            const EvalRequest *req) {
  return evaluate(s, &(Text){ path, data, len }, req);
}

void session_print_diags(const Session *s) {
  if (s->child) session_print_diags(s->child);
  diag_print(&s->script_diags, stderr);
  diag_print(&s->data_diags, stderr);
}

void session_free(Session *s) {
  if (s->child) {
    session_free(s->child);
    free(s->child);
  }
  hierarchy_free(&s->kids);
  if (s->have_evidence) evidence_free(&s->evidence);
  results_free(&s->results);
  lists_free(&s->lists);
  dataset_free(&s->data);
  model_free(&s->model);
  diag_free(&s->script_diags);
  diag_free(&s->data_diags);
}
