/*
** testfile.h — the test cases written beside a criteria script (SCRIPT.test.lua), read
** in a sandbox of their own by lang/testcases.lua and handed to `tieuchi test` as plain C.
** docs/language.md ("Test cases") describes the file.
*/
#ifndef TC_TESTFILE_H
#define TC_TESTFILE_H

#include <stdbool.h>
#include "arena.h"
#include "diag.h"

/* One expectation: what (score, value, group, total, rank, met, level, recognised),
** the code or name it is about ("" for total, rank, level), and the value expected. */
typedef enum CheckKind { CK_NUM, CK_BOOL, CK_STR } CheckKind;
typedef struct TestCheck {
  const char *what, *key;
  CheckKind kind;
  double num;
  bool yes;
  const char *str;
} TestCheck;

typedef struct TestInput { const char *name, *text; } TestInput;

typedef struct TestCase {
  const char *name;
  int line;
  const char *data;       /* a dataset the case starts from (path as written), or NULL */
  const char *unit;       /* the unit of data the case is about, or NULL: a unit of its own */
  const char *children;   /* the children's dataset, or NULL */
  int period;             /* 0: the dataset's or the decision's */
  double tolerance;
  TestInput *inputs;      /* the cells the case gives (sorted by name) */
  int ninputs;
  TestCheck *checks;
  int nchecks;
} TestCase;

typedef struct TestFile {
  const char *path;
  TestCase *cases;
  int ncases;
  Arena arena;
} TestFile;

/* The test file of a script: "x.lua" → "x.test.lua" (in a's memory). */
char *testfile_path_for(Arena *a, const char *script);
/* Read and run path. Returns EXIT_OK, EXIT_USAGE (unreadable) or EXIT_SCRIPT (an error
** in the file, in dl with its line). */
int testfile_load(const char *path, TestFile *tf, DiagList *dl);
void testfile_free(TestFile *tf);

#endif
