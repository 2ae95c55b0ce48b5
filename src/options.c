/*
** options.c — parsing the command line (see options.h).
*/
#include "options.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exitcodes.h"
#include "i18n.h"

typedef struct Spec { const char *name; const char **dest; } Spec;

/* The value of --name: "--name=v" or the next argument. */
static const char *value_of(int argc, char **argv, int *i, const char *arg, size_t nlen) {
  if (arg[nlen] == '=') return arg + nlen + 1;
  if (*i + 1 < argc) return argv[++*i];
  return NULL;
}

/* The language of the environment, as gettext reads it: LANGUAGE (a list, first
   wins), then LC_ALL, LC_MESSAGES, LANG. English when it starts with "en";
   Vietnamese otherwise, the tool's own language (C and POSIX included). */
Lang options_env_lang(void) {
  static const char *const vars[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" };
  for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
    const char *v = getenv(vars[i]);
    if (v && *v) return strncmp(v, "en", 2) == 0 ? LANG_EN : LANG_VI;
  }
  return LANG_VI;
}

/* --lang read ahead of the other options, so that the errors in them are in its language. */
Lang options_lang(int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    const char *v = NULL;
    if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc) v = argv[i + 1];
    else if (strncmp(argv[i], "--lang=", 7) == 0) v = argv[i] + 7;
    if (v && strcmp(v, "en") == 0) return LANG_EN;
    if (v && strcmp(v, "vi") == 0) return LANG_VI;
  }
  return options_env_lang();
}

/* --list NAME=FILE: one more list file. */
static int list_option(int argc, char **argv, int *i, const char *a, Options *o) {
  const char *v = value_of(argc, argv, i, a, 6);
  const char *eq = v ? strchr(v, '=') : NULL;
  if (eq == NULL || eq == v || eq[1] == '\0' || eq - v >= (long)sizeof o->list_names[0]) {
    fprintf(stderr, _("tieuchi: --list needs NAME=FILE, like --list can_bo=can-bo.csv\n"));
    return -1;
  }
  if (o->nlists == OPTIONS_MAX_LISTS) {
    fprintf(stderr, _("tieuchi: at most %d --list options\n"), OPTIONS_MAX_LISTS);
    return -1;
  }
  memcpy(o->list_names[o->nlists], v, (size_t)(eq - v));
  o->list_names[o->nlists][eq - v] = '\0';
  o->list_paths[o->nlists++] = eq + 1;
  return 0;
}

int options_parse(int argc, char **argv, Options *o) {
  memset(o, 0, sizeof *o);
  o->format = "table";
  const char *lang = NULL, *period = NULL;
  Spec specs[] = { { "--period", &period }, { "--children", &o->children }, { "--format", &o->format }, { "--trace", &o->trace }, { "--unit", &o->unit },
                   { "--indicator", &o->indicator }, { "--lang", &lang }, { "-o", &o->output },
                   { "--form", &o->form }, { "--units", &o->units }, { "--goal", &o->goal },
                   { "--evidence", &o->evidence }, { "--data", &o->data },
                   { "--store", &o->store }, { "--seed", &o->seed },
                   { "--rows", &o->rows } };
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) { o->help = true; continue; }
    if (strcmp(a, "--decimal-comma") == 0) { o->decimal_comma = true; continue; }
    if (strcmp(a, "--version") == 0) { o->version = true; continue; }
    if (strcmp(a, "--all") == 0) { o->all = true; continue; }
    if (strcmp(a, "--list") == 0 || strncmp(a, "--list=", 7) == 0) {
      if (list_option(argc, argv, &i, a, o) != 0) return EXIT_USAGE;
      continue;
    }
    bool matched = false;
    for (size_t s = 0; s < sizeof specs / sizeof specs[0] && !matched; s++) {
      size_t n = strlen(specs[s].name);
      if (strncmp(a, specs[s].name, n) != 0 || (a[n] != '\0' && a[n] != '=')) continue;
      matched = true;
      *specs[s].dest = value_of(argc, argv, &i, a, n);
      if (*specs[s].dest == NULL) {
        fprintf(stderr, _("tieuchi: %s needs a value\n"), specs[s].name);
        return EXIT_USAGE;
      }
    }
    if (matched) continue;
    if (a[0] == '-' && a[1] != '\0') {
      fprintf(stderr, _("tieuchi: unknown option %s (see tieuchi --help)\n"), a);
      return EXIT_USAGE;
    }
    if (o->command == NULL) o->command = a;
    else if (o->nargs < 4) o->args[o->nargs++] = a;
    else { fprintf(stderr, _("tieuchi: too many arguments\n")); return EXIT_USAGE; }
  }
  if (period) {
    char *end;
    long y = strtol(period, &end, 10);
    if (*end != '\0' || y < 1900 || y > 2200) {
      fprintf(stderr, _("tieuchi: --period is a year, like --period 2024\n"));
      return EXIT_USAGE;
    }
    o->period = (int)y;
  }
  o->lang = options_env_lang();
  if (lang && strcmp(lang, "en") == 0) o->lang = LANG_EN;
  else if (lang && strcmp(lang, "vi") == 0) o->lang = LANG_VI;
  else if (lang) {
    fprintf(stderr, _("tieuchi: --lang is vi or en\n"));
    return EXIT_USAGE;
  }
  static const char *const formats[] = { "table", "csv", "json", "md", "html", "xlsx" };
  bool known = false;
  for (size_t f = 0; f < sizeof formats / sizeof formats[0]; f++) known = known || strcmp(o->format, formats[f]) == 0;
  if (!known) {
    fprintf(stderr, _("tieuchi: --format is table, csv, json, md, html or xlsx\n"));
    return EXIT_USAGE;
  }
  return EXIT_OK;
}
