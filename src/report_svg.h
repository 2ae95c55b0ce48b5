/*
** report_svg.h — the bar charts of `tieuchi report`, as inline SVG (no script, no
** external asset): for a decision that scores, each unit's points in every group
** against the group's maximum, and its total; for a decision whose criteria are met or
** not, each unit's criteria met against those assigned, per group (targets per year),
** per level, or per tier and kind — the counts of the results table. Every bar has its
** number written beside it and a <title>, so the charts read without colour or mouse.
*/
#ifndef TC_REPORT_SVG_H
#define TC_REPORT_SVG_H

#include <stdio.h>
#include "dataset.h"
#include "eval.h"
#include "labels.h"
#include "model.h"

/* The charts, each a <figure> with a caption, inside one <div class="charts">. */
void report_bars(FILE *out, const Model *m, const Dataset *ds, const Results *r, Lang lang);

#endif
