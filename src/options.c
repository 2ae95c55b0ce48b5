/*
** options.c — parsing the command line (see options.h).
*/
#include "options.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exitcodes.h"

typedef struct Spec { const char *name; const char **dest; } Spec;

/* The value of --name: "--name=v" or the next argument. */
static const char *value_of(int argc, char **argv, int *i, const char *arg, size_t nlen) {
  if (arg[nlen] == '=') return arg + nlen + 1;
  if (*i + 1 < argc) return argv[++*i];
  return NULL;
}

int options_parse(int argc, char **argv, Options *o) {
  memset(o, 0, sizeof *o);
  o->format = "table";
  const char *lang = NULL, *period = NULL;
  Spec specs[] = { { "--period", &period }, { "--children", &o->children }, { "--format", &o->format }, { "--trace", &o->trace }, { "--unit", &o->unit },
                   { "--indicator", &o->indicator }, { "--lang", &lang }, { "-o", &o->output },
                   { "--units", &o->units } };
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) { o->help = true; continue; }
    if (strcmp(a, "--decimal-comma") == 0) { o->decimal_comma = true; continue; }
    bool matched = false;
    for (size_t s = 0; s < sizeof specs / sizeof specs[0] && !matched; s++) {
      size_t n = strlen(specs[s].name);
      if (strncmp(a, specs[s].name, n) != 0 || (a[n] != '\0' && a[n] != '=')) continue;
      matched = true;
      *specs[s].dest = value_of(argc, argv, &i, a, n);
      if (*specs[s].dest == NULL) {
        fprintf(stderr, "tieuchi: %s needs a value\n", specs[s].name);
        return EXIT_USAGE;
      }
    }
    if (matched) continue;
    if (a[0] == '-' && a[1] != '\0') {
      fprintf(stderr, "tieuchi: unknown option %s (see tieuchi --help)\n", a);
      return EXIT_USAGE;
    }
    if (o->command == NULL) o->command = a;
    else if (o->nargs < 4) o->args[o->nargs++] = a;
    else { fprintf(stderr, "tieuchi: too many arguments\n"); return EXIT_USAGE; }
  }
  if (period) {
    char *end;
    long y = strtol(period, &end, 10);
    if (*end != '\0' || y < 1900 || y > 2200) {
      fprintf(stderr, "tieuchi: --period is a year, like --period 2024\n");
      return EXIT_USAGE;
    }
    o->period = (int)y;
  }
  if (lang && strcmp(lang, "en") == 0) o->lang = LANG_EN;
  else if (lang && strcmp(lang, "vi") != 0) {
    fprintf(stderr, "tieuchi: --lang is vi or en\n");
    return EXIT_USAGE;
  }
  if (strcmp(o->format, "table") && strcmp(o->format, "csv") && strcmp(o->format, "json") &&
      strcmp(o->format, "xlsx")) {
    fprintf(stderr, "tieuchi: --format is table, csv, json or xlsx\n");
    return EXIT_USAGE;
  }
  return EXIT_OK;
}
