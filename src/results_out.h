/*
** results_out.h — the results of a run as a table for people, CSV, or JSON.
** Per unit: the group scores, the total, the rank, and whether every indicator
** could be scored. Numbers are shown with the decision's `decimals`; JSON keeps
** them exact.
*/
#ifndef TC_RESULTS_OUT_H
#define TC_RESULTS_OUT_H

#include <stdio.h>
#include "dataset.h"
#include "eval.h"
#include "labels.h"
#include "model.h"
#include "table.h"

/* The cells of the results table as `run` prints them (the header row, then one row per
   unit in the dataset's order): points, or criteria met (outcomes_fill). 0, or -1 when
   out of memory. */
int results_fill(Table *t, const Model *m, const Dataset *ds, const Results *r, Lang lang);
void results_table(FILE *out, const Model *m, const Dataset *ds, const Results *r, Lang lang);
void results_csv(FILE *out, const Model *m, const Dataset *ds, const Results *r);
void results_json(FILE *out, const Model *m, const Dataset *ds, const Results *r);
/* The decision and the dataset, above a results table. */
void results_heading(FILE *out, const Model *m, const Dataset *ds, const Results *r, Lang lang);
/* A CSV field, quoted when it must be (RFC 4180). */
void csv_field(FILE *out, const char *s);

#endif
