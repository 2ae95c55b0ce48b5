/*
** compare.h — two evaluations of the same script (a commune's self-assessment and the
** district's appraisal) side by side. Units are matched by id; for each unit in both,
** every indicator whose input (which cell, both values) or result (score, value, met)
** differs is listed with both derivations (explain_unit of trace_out.c); units found in
** one file only are listed as such. The result is a document (form_doc.h), or, with
** compare_mau02, the district's appraisal form Mẫu 02 / Phụ lục 02 (forms.h).
*/
#ifndef TC_COMPARE_H
#define TC_COMPARE_H

#include "form_doc.h"
#include "session.h"

/* The comparison of every unit (or only the unit `unit`, when not NULL) into d. Both
   sessions must have results with the trace. Returns how many units differ, counting
   the units found in one file only; -1 when `unit` is in neither file. */
int compare_build(FormDoc *d, Session *self, Session *appr, const char *unit);

/* Mẫu 02 of every unit in both files (or of `unit`): one page each. Units found in one
   file only are named on stderr. Returns how many units differ, as compare_build. */
int compare_mau02(FormDoc *d, Session *self, Session *appr, const char *unit);

#endif
