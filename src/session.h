/*
** session.h — what every command does first: run and compile the script, read the
** dataset, evaluate. Owns everything it loads; session_free releases it all.
*/
#ifndef TC_SESSION_H
#define TC_SESSION_H

#include <stdbool.h>
#include "dataset.h"
#include "diag.h"
#include "eval.h"
#include "evidence.h"
#include "lists.h"
#include "model.h"

typedef struct EvalRequest {
  bool decimal_comma, trace;
  int period;               /* --period, or 0 */
  const char *children;     /* the children's dataset, or NULL: the same file */
  struct Progress *progress; /* progress on stderr, or NULL */
  const char *evidence;     /* --evidence: the evidence register, or NULL */
  const ListFile *lists;    /* --list NAME=FILE, nlists of them (others beside the dataset) */
  int nlists;
  bool no_lists;            /* read no list at all (a test case's inputs are its own) */
} EvalRequest;

typedef struct Session {
  Model model;
  struct Session *child;    /* children { script = … }: the children's session */
  ChildOutcomes kids;
  Evidence evidence;        /* the evidence register (have_evidence) */
  Lists lists;              /* the list tables that give inputs (lists.h) */
  Dataset data;
  Results results;
  DiagList script_diags;    /* about the script */
  DiagList data_diags;      /* about the data and the evaluation */
  bool have_data, have_results, have_evidence;
} Session;

/* Load and compile the script. Returns EXIT_OK, EXIT_USAGE or EXIT_SCRIPT. */
int session_load_script(Session *s, const char *script);
/* The same for a script already in memory (the fuzz harnesses); path names it in
** messages, and a children's script it names is still read from a file beside path. */
int session_load_source(Session *s, const char *path, const char *src, size_t len);
/* Read the data and evaluate. Returns EXIT_OK, EXIT_DATA (findings) or EXIT_USAGE. */
int session_evaluate(Session *s, const char *data, const EvalRequest *req);
/* The same for a dataset already in memory; path names it in messages. Without
** req->children, the children are evaluated on the same text. */
int session_evaluate_source(Session *s, const char *path, const char *data, size_t len,
                            const EvalRequest *req);
/* Print the findings to stderr. */
void session_print_diags(const Session *s);
void session_free(Session *s);

#endif
