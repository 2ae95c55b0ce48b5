/*
** synth.h — a synthetic national dataset for a decision (`tieuchi synth`).
**
** The columns are those of the decision's data-collection form (template.h): unit and
** name, the hierarchy (each commune's district and province; for a form that holds
** two levels, the level and parent columns and the districts' own rows), the period,
** then every input. The values are plausible rather than real: counts scale with a
** per-unit size, a numerator is never larger than any denominator it is divided by in
** the decision's formulas, percentages stay within 0..100, about 1 % of the cells are
** blank and about 0.3 % of the denominators are zero. Everything comes from one
** seeded generator in integer arithmetic: the same script, units and seed give the
** same bytes on every machine.
*/
#ifndef TC_SYNTH_H
#define TC_SYNTH_H

#include <stdint.h>
#include <stdio.h>

#include "template.h"

/* The national figures the default sizes follow: communes, districts, provinces. */
#define SYNTH_COMMUNES 10035
#define SYNTH_DISTRICTS 713
#define SYNTH_PROVINCES 63

/* Write the dataset of form t with `units` units of the lowest level (communes) to out.
** 0, or -1 when out of memory or when writing failed. */
int synth_write(FILE *out, const Template *t, long units, uint64_t seed);

#endif
