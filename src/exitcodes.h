/* exitcodes.h — the process exit codes (documented in README.md and docs/language.md). */
#ifndef TC_EXITCODES_H
#define TC_EXITCODES_H
enum {
  EXIT_OK = 0,        /* success */
  EXIT_DATA = 1,      /* data problems found; results still written for every unit */
  EXIT_USAGE = 2,     /* the command was used wrongly */
  EXIT_SCRIPT = 3     /* the criteria script has an error */
};
#endif
