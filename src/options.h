/*
** options.h — the command line: a command, its positional arguments, its options.
** Options may come anywhere after the command; `--opt value` and `--opt=value` both work.
*/
#ifndef TC_OPTIONS_H
#define TC_OPTIONS_H

#include <stdbool.h>
#include "labels.h"

#define OPTIONS_MAX_LISTS 32

typedef struct Options {
  const char *command;
  const char *args[4];
  int nargs;
  const char *format;       /* table | csv | json | md | html | xlsx (each command says which) */
  const char *trace;        /* --trace FILE */
  const char *unit;         /* --unit ID */
  const char *indicator;    /* --indicator CODE */
  const char *output;       /* -o FILE */
  const char *children;     /* --children FILE: the children's dataset */
  const char *form;         /* --form NAME: an official form (tieuchi form, compare) */
  const char *goal;         /* --goal GOAL (tieuchi gap) */
  const char *evidence;     /* --evidence FILE: the evidence register */
  const char *data;         /* --data FILE: the dataset diff evaluates both versions on */
  const char *store;        /* --store FILE: the run archive (store.h) */
  const char *units;        /* --units FILE: the units a template is pre-filled with;
                               synth: how many communes */
  const char *seed;         /* --seed S: synth's seed */
  const char *rows;         /* --rows N: synth's rows per list */
  char list_names[OPTIONS_MAX_LISTS][64];    /* --list NAME=FILE, repeatable */
  const char *list_paths[OPTIONS_MAX_LISTS];
  int nlists;
  int period;               /* --period YEAR, or 0 */
  Lang lang;                /* --lang, else from LANGUAGE/LC_ALL/LC_MESSAGES/LANG */
  bool decimal_comma;
  bool help;
  bool version;             /* --version */
  bool all;                 /* --all: every unit (tieuchi gap) */
} Options;

/* The language the environment asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). */
Lang options_env_lang(void);
/* The language of messages from the command line: --lang vi|en wherever it is among
** the arguments, else the environment's (options_env_lang). */
Lang options_lang(int argc, char **argv);
/* Returns 0, or prints why to stderr and returns EXIT_USAGE. */
int options_parse(int argc, char **argv, Options *o);

#endif
