/*
** dataset.h — a CSV dataset read into typed columns, one per model input.
**
** Rows are units. values[i * nunits + u] is input i of unit u (column-major, so the
** evaluator walks one input across all units in order); state[] says whether the cell
** was read (CELL_OK/CELL_SUSPECT), blank, or invalid. Every problem becomes a finding
** with file, row (the physical line), column number and header, and the unit id.
**
** Every record with something in it is a unit, listed in the results: one whose unit
** cell is blank is called "row N". Only records whose cells are all blank are skipped,
** like blank lines. Headers match inputs ignoring the spaces around them, upper and
** lower case, and NFC/NFD (docs/language.md, "Datasets").
*/
#ifndef TC_DATASET_H
#define TC_DATASET_H

#include <stdbool.h>
#include <stdint.h>
#include "csv.h"
#include "diag.h"
#include "model.h"

typedef struct DataOptions {
  bool decimal_comma;     /* Vietnamese number notation: 12,5 and 2.500 */
  const char *level;      /* with a `level` column: keep only the rows of this level */
} DataOptions;

typedef struct Dataset {
  const char *path;
  CsvTable csv;
  int nunits;
  const char **unit_ids;  /* nunits (NFC, trimmed, text_display); "row N" when the cell or
                             the column is missing */
  const char **names;     /* nunits (the same); "" when there is no name column */
  size_t *rows;           /* nunits: the physical line of each unit's record */
  size_t *record;         /* nunits: the CSV record of each unit (rows of other levels
                             are skipped, see DataOptions.level) */
  const char **periods;   /* nunits: the `period` cell (the same), or NULL without the column */
  const char **parents;   /* nunits: the `parent` cell (the same), or NULL without the column */
  int period_col, parent_col, level_col;   /* -1 when absent */
  int ninputs;
  int *column;            /* ninputs: 0-based CSV column of each input, or -1 */
  const char **headers;   /* csv.ncols headers, NFC, trimmed, text_display */
  const char **keys;      /* csv.ncols: each header case-folded, what inputs are matched by;
                             NULL when it is blank or not text (bad bytes) */
  int *same_as;           /* csv.ncols: the first column with the same key (itself, or -1
                             without a key); a later one is a repeated column, ignored */
  struct KeyRef *by_key;  /* nkeys columns with a key, sorted by key, then column */
  size_t nkeys;
  double *values;         /* ninputs * nunits */
  uint8_t *state;         /* ninputs * nunits, CellStatus */
  const struct Lists *lists;   /* the list tables that gave inputs (lists.h), or NULL */
  Arena arena;
} Dataset;

/* Read path for model m. Returns 0, or -1 when the file cannot be read at all (then
** dl says why and no unit can be evaluated). Data problems that leave the rest
** readable are findings in dl, and the function returns 0. */
int dataset_load(const char *path, const Model *m, const DataOptions *opt, Dataset *ds,
                 DiagList *dl);
/* The same from memory (for tests); path names the data in messages. */
int dataset_parse(const char *path, const char *data, size_t len, const Model *m,
                  const DataOptions *opt, Dataset *ds, DiagList *dl);
/* The first unit whose id is id, or -1. */
int dataset_find_unit(const Dataset *ds, const char *id);
void dataset_free(Dataset *ds);

static inline double dataset_value(const Dataset *ds, int input, int unit) {
  return ds->values[(size_t)input * (size_t)ds->nunits + (size_t)unit];
}
static inline uint8_t dataset_state(const Dataset *ds, int input, int unit) {
  return ds->state[(size_t)input * (size_t)ds->nunits + (size_t)unit];
}

#endif
