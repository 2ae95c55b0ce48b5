/*
** synth.h — a synthetic national dataset for a decision (`tieuchi synth`).
**
** The columns are those of the decision's data-collection form (template.h): unit and
** name, the hierarchy (each commune's district and province, a district's or a
** department's province; for a form that holds two levels, the level and parent columns
** and the districts' own rows), the period,
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
/* A province's departments (sở, ban, ngành) that a "so" decision assesses: about twenty
   (a typical province's sở and ban; a plausible size, not a census). */
#define SYNTH_DEPARTMENTS_PER_PROVINCE 20

/* Write the dataset of form t for `units` communes to out: the units of the decision's own
** level (communes, or for a form of one level of districts or departments, those; a
** form of two levels, the districts then their communes).
** 0, or -1 when out of memory or when writing failed. */
int synth_write(FILE *out, const Template *t, long units, uint64_t seed);

/* Rows per unit of a list when --rows is not given. */
#define SYNTH_LIST_ROWS_PER_UNIT 100

/*
** Write list l of form t's decision (list "name" { … }) with `rows` rows spread over the
** units synth_write gives the decision's level for the same `units`: a header of "unit" and
** the columns' labels, then each unit's rows together (half to one and a half of the mean
** each, at least one while there are rows enough), in unit order. The key column holds the
** row number (unique), the row's name column a person's name, yes/no cells "Có" or "Không"
** at a rate drawn per column, other text columns a telephone-like number in a share of the
** rows drawn per column, numbers small plausible ones. The generator is seeded apart from
** the dataset's, so that the dataset is the same with and without lists, and the same
** seed gives the same bytes. 0, or -1 when out of memory or when writing failed.
*/
int synth_list_write(FILE *out, const Template *t, const ListDecl *l, long units, long rows,
                     uint64_t seed);

/* Shared by synth.c and synth_list.c: the generator (splitmix64), the number of units of
** the decision's own level (the form's first) for `units` communes, and unit i's id. */
uint64_t synth_next(uint64_t *state);
long synth_decision_units(const Template *t, long units);
void synth_decision_unit_id(const Template *t, char *buf, size_t size, long i);

#endif
