/*
** fuzz_csv.c — libFuzzer harness for the CSV reader (src/csv.c) and the dataset loader
** (src/dataset.c, src/cell.c).
**
** The input is a CSV file. csv_parse reads it and what csv.h promises is checked: a
** fatal problem is the last one recorded, every cell is a NUL-terminated slice of the
** table's buffer, and a table read without problems reads back the same when written
** out again with csv_field (the results' CSV writer). Every cell is then read as each
** input type (cell.c sees every cell whatever the header says), and the whole input is
** loaded as a dataset for a fixed model that declares every input type, twice: with
** the decimal point and every row; with the decimal comma and only the rows of level
** "xã". A broken promise aborts the run, so libFuzzer reports it.
*/
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cell.h"
#include "compile.h"
#include "csv.h"
#include "dataset.h"
#include "diag.h"
#include "host.h"
#include "model.h"
#include "results_out.h"

/* Every input type, a yes/no read as no when blank, a choice, and a level. */
static const char script[] =
  "decision \"fuzz/csv\" { title = \"Fuzz\", level = \"xã\", total = 60 }\n"
  "inputs { dan_so = count \"Dân số\", ngan_sach = amount \"Ngân sách\" }\n"
  "group \"1\" { \"Nhóm\", max = 60 }\n"
  "indicator \"1.1\" { \"Tỷ lệ\", max = 10, p = percent \"p\", score = \"p * max\" }\n"
  "indicator \"1.2\" { \"Wifi\", max = 10, co = yesno { \"Có wifi\", blank = \"no\" },\n"
  "  da = yesno \"Đã\", score = \"if co and da then max else 0 end\" }\n"
  "indicator \"1.3\" { \"Trưởng ban\", max = 10,\n"
  "  r = choice { \"r\", options = { {\"chu_tich\", \"Bí thư/Chủ tịch\"}, {\"pho\", \"Phó\"} } },\n"
  "  score = \"if r == 'chu_tich' then max else 0 end\" }\n"
  "indicator \"1.4\" { \"Chi\", max = 10, a = amount \"a\", web = text \"Trang\",\n"
  "  score = \"min(max, a / ngan_sach * 1000)\" }\n"
  "indicator \"1.5\" { \"Người\", max = 20, n = count \"n\", score = \"min(max, n / dan_so)\" }\n";

static Model model;

static void free_model(void) { model_free(&model); }

int LLVMFuzzerInitialize(int *argc, char ***argv);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  DiagList dl = { 0 };
  if (host_load_source("fuzz.lua", script, strlen(script), NULL, &model, &dl) != 0 ||
      compile_model(&model, &dl) != 0) {
    diag_print(&dl, stderr);
    abort();
  }
  diag_free(&dl);
  atexit(free_model);
  return 0;
}

/* Where outputs go: nowhere, or stderr with FUZZ_VERBOSE=1 (to look at one input). */
static FILE *null_out(void) {
  static FILE *f;
  if (f == NULL) f = getenv("FUZZ_VERBOSE") ? stderr : fopen("/dev/null", "w");
  if (f == NULL) abort();
  return f;
}

/* A cell is a NUL-terminated slice of the table's buffer. */
static void check_cell(const CsvTable *t, const CsvCell *c, size_t size) {
  if (c->s < t->buf || c->s + c->len > t->buf + size || c->s[c->len] != '\0') abort();
}

/* What csv.h promises of a parsed table. */
static void check_table(const CsvTable *t, int rc, size_t size) {
  if (rc != 0) {                               /* the fatal problem is the last one */
    if (t->nproblems == 0) abort();
    CsvProblemKind k = t->problems[t->nproblems - 1].kind;
    if (k == CSV_RAGGED || k == CSV_STRAY_QUOTE) abort();   /* never fatal */
    return;
  }
  for (size_t c = 0; c < t->ncols; c++) check_cell(t, &t->header[c], size);
  for (size_t r = 0; r < t->nrecords; r++) {      /* records back to back, at most ncols */
    if (t->record_start[r + 1] < t->record_start[r] || csv_record_len(t, r) > t->ncols) abort();
    for (size_t c = 0; c < csv_record_len(t, r); c++) check_cell(t, csv_cell(t, r, c), size);
  }
  for (size_t r = 1; r < t->nrecords; r++)
    if (t->record_line[r] <= t->record_line[r - 1]) abort();
}

/* Record r, or the header when r is CSV_NO_RECORD, with every cell up to ncols. */
static const CsvCell *cell_at(const CsvTable *t, size_t r, size_t c) {
  return r == CSV_NO_RECORD ? &t->header[c] : csv_cell(t, r, c);
}

static void write_record(FILE *f, const CsvTable *t, size_t r) {
  for (size_t c = 0; c < t->ncols; c++) {
    if (c > 0) fputc(',', f);
    csv_field(f, cell_at(t, r, c)->s);
  }
  fputc('\n', f);
}

/* A table without problems, written with csv_field and read again, is the same table.
** Not for one column (a record of one empty cell would be written as a blank line,
** which is skipped) nor for a header that starts with a second BOM (the first is
** skipped when reading). */
static void check_round_trip(const CsvTable *t) {
  if (t->nproblems > 0 || t->ncols < 2 || strncmp(t->header[0].s, "\xEF\xBB\xBF", 3) == 0)
    return;
  char *text = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&text, &len);
  if (f == NULL) return;
  write_record(f, t, CSV_NO_RECORD);
  for (size_t r = 0; r < t->nrecords; r++) write_record(f, t, r);
  fclose(f);
  CsvTable u;
  if (csv_parse(text, len, &u) != 0 || u.ncols != t->ncols || u.nrecords != t->nrecords) abort();
  for (size_t r = 0; r <= t->nrecords; r++) {     /* r == nrecords: the header */
    size_t at = r == t->nrecords ? CSV_NO_RECORD : r;
    for (size_t c = 0; c < t->ncols; c++) {
      const CsvCell *a = cell_at(t, at, c), *b = cell_at(&u, at, c);
      if (a->len != b->len || memcmp(a->s, b->s, a->len) != 0) abort();
    }
  }
  csv_free(&u);
  free(text);
}

/* Every cell of the table read as every input of the model. */
static void parse_cells(const CsvTable *t) {
  size_t n = t->nrecords ? t->record_start[t->nrecords] : 0;
  for (size_t i = 0; i < n && i < 4096; i++) {
    for (int k = 0; k < model.ninputs; k++) {
      double v;
      char why[256];
      cell_parse(&model.inputs[k], t->cells[i].s, t->cells[i].len, i & 1, &v, why, sizeof why);
    }
  }
}

static void load(const uint8_t *data, size_t size, bool decimal_comma, const char *level) {
  DiagList dl = { 0 };
  Dataset ds;
  DataOptions opt = { decimal_comma, level };
  dataset_parse("fuzz.csv", (const char *)data, size, &model, &opt, &ds, &dl);
  diag_print(&dl, null_out());
  dataset_free(&ds);
  diag_free(&dl);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  CsvTable t;
  int rc = csv_parse((const char *)data, size, &t);
  check_table(&t, rc, size);
  if (rc == 0) {
    check_round_trip(&t);
    parse_cells(&t);
  }
  csv_free(&t);
  load(data, size, false, NULL);
  load(data, size, true, "xã");
  return 0;
}
