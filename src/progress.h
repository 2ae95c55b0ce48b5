/*
** progress.h — progress on stderr for long runs: "Đánh giá: 12/48 chỉ số (25 %)",
** rewritten in place, shown only when stderr is a terminal and only once a phase has
** taken half a second (short runs print nothing), erased when the run ends.
** TIEUCHI_PROGRESS=always shows it at once even to a file (for tests and logs),
** =never never.
*/
#ifndef TC_PROGRESS_H
#define TC_PROGRESS_H

#include <stdbool.h>
#include <stdio.h>
#include "labels.h"

typedef struct Progress {
  FILE *out;
  bool on, always, shown;
  Lang lang;
  double start, last;     /* seconds (monotonic): the phase's start, the last line */
  const char *what;       /* what the phase works on, e.g. the dataset's path */
} Progress;

/* Decides from the environment and stderr whether progress is shown. */
void progress_init(Progress *p, Lang lang);
/* A new phase: evaluating `what` (e.g. the dataset's path). */
void progress_phase(Progress *p, const char *what);
/* done of total items in the phase; ud is the Progress (a callback for eval). */
void progress_update(void *ud, long done, long total);
/* Ends the line of progress, if one was shown. */
void progress_end(Progress *p);

#endif
