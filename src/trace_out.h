/*
** trace_out.h — the derivation trace as JSON (tieuchi run --trace FILE), and as a
** readable tree for one unit (tieuchi explain). Both read the compact trace the
** evaluator recorded; explain also re-runs the indicator with per-node recording to
** show the operands of every comparison. docs/auditing.md describes both.
*/
#ifndef TC_TRACE_OUT_H
#define TC_TRACE_OUT_H

#include <stdio.h>
#include "dataset.h"
#include "emit.h"
#include "eval.h"
#include "labels.h"
#include "model.h"

/* The stdio buffer a trace file is given (bytes): a national trace is hundreds of MB. */
#define TRACE_BUFFER (1 << 20)
/* The whole trace (every unit, every indicator). r must have been run with trace on. */
void trace_json(FILE *out, Model *m, const Dataset *ds, const Results *r);
/* One unit, one indicator (k >= 0) or all of them with the totals (k < 0). */
void explain_unit(FILE *out, Model *m, const Dataset *ds, const Results *r, int u, int k,
                  Lang lang);
/* Indicator k's derivation for unit u, through e, without the title line ("Chỉ số 3.4 —
   …") that explain writes before it and the report puts in a <summary>. */
void explain_derivation(Emit *e, Model *m, const Dataset *ds, const Results *r, int u, int k,
                        Lang lang);
/* After the indicators: the unit's group sums, total and rank; or its outcome (criteria
   met per context, level reached, each recognition clause by clause). */
void explain_totals(Emit *e, Model *m, const Dataset *ds, const Results *r, int u, Lang lang);

#endif
