/*
** results_xlsx.h — the results of a run as an Excel workbook (`run --format xlsx -o F`):
** a sheet of results per unit (as `run` prints them, with numbers as numbers: points
** with the decision's decimals, rates as percentages), a sheet of every indicator's
** score or criterion's value per unit, and a sheet of the findings.
*/
#ifndef TC_RESULTS_XLSX_H
#define TC_RESULTS_XLSX_H

#include "dataset.h"
#include "diag.h"
#include "eval.h"
#include "labels.h"
#include "model.h"

/* Writes the workbook at path: 0, or -1 with a message on stderr. */
int results_xlsx(const char *path, const Model *m, const Dataset *ds, const Results *r,
                 const DiagList *findings, Lang lang);

#endif
