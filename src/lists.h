/*
** lists.h — list tables as inputs: the list files a script declares (list "can_bo" { … }),
** read, checked, and aggregated per unit into the dataset's inputs.
**
** A list file is a CSV or XLSX sheet with a header row; a header names a declared column
** by its name or its label (ignoring case, NFC/NFD). The `unit` column gives each row's
** unit (the dataset's ids); without one, every row is the dataset's only unit's. For each
** aggregate (count_rows, count_where, sum_of, share_where) and each unit with rows in the
** list, the input takes the aggregate in place of the dataset's cell; a unit with no rows
** keeps its dataset figure, or with none, 0 rows (docs/language.md, "List tables").
**
** Rows are checked as they are read, every problem a finding with the file and rows:
** rows naming no unit or an unknown one (ignored), a key repeated (the repeat not counted),
** blank or invalid cells in the columns an aggregate reads (the row not counted), and a
** dataset figure that differs from the list's (the list's is used). Explain and the trace
** read back, per unit and input, which rows counted and why the others did not.
*/
#ifndef TC_LISTS_H
#define TC_LISTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "csv.h"
#include "dataset.h"
#include "diag.h"
#include "model.h"

/* --list NAME=FILE; or (text != NULL) len bytes in memory that path names in findings (the
** fuzz harness, which must not write files) */
typedef struct ListFile {
  const char *name, *path;
  const char *text;
  size_t len;
} ListFile;

/* Why a row is in no aggregate (ROW_KEPT: it is in its unit's). */
typedef enum RowFate { ROW_KEPT, ROW_NO_UNIT, ROW_UNKNOWN_UNIT, ROW_DUPLICATE } RowFate;

/* Where a unit's input came from. */
typedef enum AggSource {
  AGG_FROM_DATASET,       /* no rows in the list: the dataset's cell */
  AGG_FROM_LIST,          /* the aggregate of the unit's rows */
  AGG_NO_ROWS             /* no rows and no dataset figure: 0 rows (a share is missing) */
} AggSource;

typedef struct AggUnit {
  double value;
  uint32_t rows;          /* the unit's rows counted in the whole (repeats left out) */
  uint32_t counted;       /* those where the condition holds (all of them without one) */
  uint8_t source;         /* AggSource */
} AggUnit;

typedef struct ListTable {
  const ListDecl *decl;
  const char *path;       /* NULL: the list was not given */
  const char *origin;     /* "list NAME": what stands for a column in an input's origin */
  size_t size;            /* the file's bytes (a CSV file), and their FNV-1a hash: the run */
  uint64_t fingerprint;   /* archive stores the file only if it still holds them */
  CsvTable csv;
  size_t nrows;
  const char **headers;   /* csv.ncols, for people */
  int *col;               /* decl->ncols: the CSV column of each declared column, or -1 */
  int unit_col;           /* -1: every row is the only unit's */
  bool *usable;           /* decl->naggs: false when a column it reads is missing */
  int *unit;              /* nrows: the dataset unit, or -1 */
  uint8_t *fate;          /* nrows: RowFate */
  uint32_t *first;        /* nrows: ROW_DUPLICATE: the row that has the key first */
  double *values;         /* decl->ncols * nrows, typed (the columns aggregates read) */
  uint8_t *state;         /* the same, CellStatus (CELL_BLANK for columns not read) */
  uint32_t *unit_start;   /* nunits + 1: the unit's rows are unit_rows[start[u] .. start[u+1]) */
  uint32_t *unit_rows;    /* kept and repeated rows by unit, in file order */
  AggUnit *aggs;          /* decl->naggs * nunits */
  Arena arena;
} ListTable;

typedef struct Lists {
  ListTable *t;           /* one per model list */
  int n;
  int nunits;
} Lists;

/*
** Read the lists of m for dataset ds: the files given (--list NAME=FILE), else
** "<dataset stem>.<NAME>.csv" (or .xlsx) beside the dataset when it exists. Aggregates
** are written into ds's inputs (values and states) and ds->lists is set. Returns 0, or -1
** when a file named on the command line cannot be used (dl says why).
*/
int lists_read(Lists *ls, const Model *m, Dataset *ds, const ListFile *given, int ngiven,
               bool decimal_comma, DiagList *dl);
void lists_free(Lists *ls);
/* The fingerprint of a list file's bytes (ListTable.fingerprint). */
uint64_t lists_fingerprint(const char *bytes, size_t len);

/* The list aggregate input gave unit, or NULL (the dataset's cell, as for any input). */
const AggUnit *lists_origin(const Lists *ls, int input, int unit, const ListTable **t,
                            const ListAgg **a);

/* The physical line of a row in its file (what findings and explain call its row). */
size_t lists_row_line(const ListTable *t, uint32_t row);
/* The cell naming row (the row_name column), "" without one. */
const char *lists_row_name(const ListTable *t, uint32_t row);

/*
** Visit unit's rows of t for aggregate a in file order: counted or not, and for a row not
** counted why (the cells that fail the condition, a repeated key, a blank cell summed).
** Stop when fn returns false. english: the reasons in English (the trace), else in the
** language of messages.
*/
typedef bool (*ListRowFn)(void *ctx, uint32_t row, bool counted, const char *why);
void lists_rows(const ListTable *t, const ListAgg *a, int unit, bool english, ListRowFn fn,
                void *ctx);

/* The aggregate as the script writes it: count_where "co_may_tinh". */
const char *lists_agg_text(const ListAgg *a, char *buf, size_t size);

#endif
