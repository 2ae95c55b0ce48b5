/*
** report_html.h — `tieuchi report`: one self-contained HTML page (inline CSS, SVG and a
** small script; nothing fetched) for auditors. The decision's header; the results
** table of `run`, sortable by any column; bar charts per group (report_svg.c); for
** every unit an expandable derivation of every indicator — the same lines as `tieuchi
** explain` (trace_out.c through emit.c) — and its data problems; then every problem of
** the run. Readable without the script; the same inputs give the same bytes (no date,
** no random ids). docs/auditing.md, "The HTML report", describes how to read it.
*/
#ifndef TC_REPORT_HTML_H
#define TC_REPORT_HTML_H

#include <stdio.h>
#include "labels.h"
#include "session.h"

/* The page for an evaluated session (s->have_results). */
void report_html(FILE *out, Session *s, Lang lang);

#endif
