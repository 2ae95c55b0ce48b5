/*
** outcomes_out.h — the results of a decision whose criteria are met or not (targets per
** year, maturity levels, tiers; docs/language.md section 3c): per unit, the counts of
** criteria met, the level reached, the recognitions. As a table, CSV or JSON.
*/
#ifndef TC_OUTCOMES_OUT_H
#define TC_OUTCOMES_OUT_H

#include <stdio.h>
#include "dataset.h"
#include "eval.h"
#include "labels.h"
#include "model.h"
#include "table.h"

/* The cells of the outcomes table (see results_fill): 0, or -1 when out of memory. */
int outcomes_fill(Table *t, const Model *m, const Dataset *ds, const Results *r, Lang lang);
void outcomes_table(FILE *out, const Model *m, const Dataset *ds, const Results *r, Lang lang);
void outcomes_csv(FILE *out, const Model *m, const Dataset *ds, const Results *r);
void outcomes_json(FILE *out, const Model *m, const Dataset *ds, const Results *r);

/* "Đạt", "Không đạt" or "chưa xác định" for a yes/no that may be unknown. */
const char *outcomes_met_word(const Value *v, Lang lang);
/* "recognitions":{"name":true|false|null,…} for unit u. */
void outcomes_json_recognitions(FILE *out, const Model *m, const Results *r, int u);
/* Whether something unit u's outcome needs is unknown. */
bool outcomes_incomplete(const Model *m, const Results *r, int u);
/* "đạt 35/37 chỉ tiêu, tỷ lệ 94.59 %" for the counts n. */
void outcomes_met_text(char *buf, size_t size, const Model *m, MetCounts n, Lang lang);

#endif
