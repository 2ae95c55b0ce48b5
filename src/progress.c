/*
** progress.c — progress on stderr (see progress.h).
*/
#include "progress.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define SHOW_AFTER 0.5     /* seconds a phase runs before progress appears */
#define EVERY      0.1     /* seconds between two updates of the line */

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

void progress_init(Progress *p, Lang lang) {
  memset(p, 0, sizeof *p);
  p->out = stderr;
  p->lang = lang;
  const char *env = getenv("TIEUCHI_PROGRESS");
  p->always = env && strcmp(env, "always") == 0;
  p->on = p->always || ((env == NULL || strcmp(env, "never") != 0) && isatty(STDERR_FILENO));
}

void progress_phase(Progress *p, const char *what) {
  if (p == NULL || !p->on) return;
  p->what = what;
  p->start = now();
  p->last = 0;
}

void progress_update(void *ud, long done, long total) {
  Progress *p = ud;
  if (p == NULL || !p->on || p->what == NULL) return;
  double t = now();
  bool last = done >= total;
  if (!p->always && (t - p->start < SHOW_AFTER || (t - p->last < EVERY && !last))) return;
  p->last = t;
  p->shown = true;
  int pct = total > 0 ? (int)(100 * done / total) : 100;
  /* \r and clear-to-end: the line is rewritten in place; always appends lines instead */
  fprintf(p->out, p->always ? "%s %s: %ld/%ld %s (%d %%)\n" : "\r\033[K%s %s: %ld/%ld %s (%d %%)",
          label(p->lang, L_EVALUATING), p->what, done, total, label(p->lang, L_FORMULAS), pct);
  fflush(p->out);
}

void progress_end(Progress *p) {
  if (p == NULL || !p->shown) return;
  if (!p->always) fputs("\r\033[K", p->out);
  fflush(p->out);
  p->shown = false;
}
