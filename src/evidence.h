/*
** evidence.h — the evidence register: per unit and indicator, the documents a unit
** provided (file names or links), read from a table beside the dataset (--evidence).
**
** Each indicator of a decision says what evidence it requires (`evidence = "…"`, the
** "Tài liệu minh chứng" / "Tài liệu kiểm chứng" column of the seeds). The register lists
** what was provided, one row per document:
**
**   unit,indicator,evidence
**   X01,1.1,QĐ 123/QĐ-UBND ngày 05/3/2024 (qd-123.pdf)
**   X01,3.4,https://…/danh-sach-mau-3-3.xlsx
**
** An indicator that requires evidence and is judged for a unit (a scored indicator, or a
** criterion assigned in the unit's year, level or tier) with no row in the register is a
** finding, one per unit naming every such indicator; explain, the report and the forms
** show what was provided or that it is missing.
*/
#ifndef TC_EVIDENCE_H
#define TC_EVIDENCE_H

#include <stdbool.h>
#include <stddef.h>
#include "arena.h"
#include "dataset.h"
#include "diag.h"
#include "eval.h"
#include "model.h"

typedef struct EvidenceItem {
  const char *text;       /* the document: a file name, a link, a description (NFC) */
  size_t line;            /* its line in the register */
  int next;               /* the next item of the same unit and indicator, or -1 */
} EvidenceItem;

typedef struct Evidence {
  const char *path;
  int nunits, ninds;
  int *first;             /* [u * ninds + k]: the first item, or -1 */
  EvidenceItem *items;
  int nitems, cap;
  Arena arena;
} Evidence;

/* Read the register at path (CSV or XLSX) for the units of ds and the indicators of m.
** Rows that name an unknown unit or indicator, or no document, are findings in dl.
** Returns 0, or -1 when the register cannot be read or lacks a column (dl says why). */
int evidence_load(const char *path, const Model *m, const Dataset *ds, Evidence *ev, DiagList *dl);
/* Whether unit u must show evidence for indicator k: the indicator requires some and is
** judged for the unit (results r). */
bool evidence_required(const Model *m, const Results *r, int u, int k);
/* The documents of unit u for indicator k, joined by "; ", into buf; 0 when none. */
size_t evidence_list(const Evidence *ev, int u, int k, char *buf, size_t size);
/* One finding per unit with indicators that require evidence and have none. */
void evidence_findings(const Evidence *ev, const Model *m, const Dataset *ds, const Results *r,
                       DiagList *dl);
void evidence_free(Evidence *ev);

#endif
