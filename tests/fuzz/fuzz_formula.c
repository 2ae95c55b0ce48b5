/*
** fuzz_formula.c — libFuzzer harness for the formula grammar (lang/formula.lua), the
** C/Lua boundary (src/boundary.c) and the compiler (src/compile.c).
**
** The input is the text of one formula. It is placed, between Lua long brackets, in two
** fixed scripts: as the score of an indicator of a scored decision, and as the value of
** a criterion and the rule of a recognition of a decision judged by levels. Each script
** is loaded and compiled as `tieuchi check` does. A formula that does not parse or
** compile must come back as findings (an error without one aborts the run); one that
** compiles is evaluated on a small fixed dataset (blank, zero and large cells) with the
** trace on, and every unit is explained, to a null stream; the trace is checked
** (check_json.h).
*/
#define _GNU_SOURCE                           /* memmem */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_json.h"
#include "compile.h"
#include "dataset.h"
#include "diag.h"
#include "eval.h"
#include "host.h"
#include "model.h"
#include "trace_out.h"

typedef struct Shape {
  const char *head, *middle, *tail;   /* head F middle F tail; middle may be NULL */
  const char *csv;
} Shape;

/* The inputs the formula may use, besides the shared dan_so and ngan_sach and max
** (tests/fuzz/corpus.py renames the names of the seed formulas to these): the
** indicator's own in the scored decision, shared ones in the other, where the
** recognition rule can see them too. */
#define LOCALS "a = count \"a\", b = count \"b\", c = count \"c\", d = count \"d\",\n" \
  "  e = amount \"e\", f = amount \"f\", p = percent \"p\", co = yesno \"co\",\n" \
  "  r = choice { \"r\", options = { {\"chu_tich\", \"Chủ tịch\"}, {\"pho\", \"Phó\"}, " \
  "{\"khac\", \"Khác\"} } },\n"
#define CSV_HEADER(k, n) "unit,name,dan_so,ngan_sach," k "a," k "b," k "c," k "d," k "e," \
  k "f," k "p," k "co," k "r," n ".n,muc\n"
#define CSV_ROWS \
  "A,Một,5200,1200.5,3120,15,7,0,2.5,12.75,85,có,chu_tich,2,1\n" \
  "B,Hai,0,0,0,0,0,0,0,0,0,không,pho,0,0\n" \
  "C,Ba,,,,,,,,,,,,,\n" \
  "D,Bốn,999999999,999999999999.5,999999999,1,999999999,5,999999999999.5,0.001,100,x,Khác,1,2\n"

static const Shape shapes[] = {
  { "decision \"fuzz/score\" { title = \"Fuzz\", level = \"xã\", total = 100, rank = true }\n"
    "inputs { dan_so = count \"Dân số\", ngan_sach = amount \"Ngân sách\" }\n"
    "group \"1\" { \"Một\", max = 40 }\n"
    "indicator \"1.1\" { \"Số\", max = 40, n = count \"n\", score = \"n\" }\n"
    "group \"2\" { \"Hai\", max = 60 }\n"
    "indicator \"2.1\" { \"Fuzz\", max = 60, " LOCALS "  score = ",
    NULL,
    " }\n",
    CSV_HEADER("2.1.", "1.1") CSV_ROWS },
  { "decision \"fuzz/levels\" { title = \"Fuzz\", level = \"xã\" }\n"
    "contexts { levels = { \"Một\", \"Hai\" } }\n"
    "inputs { dan_so = count \"Dân số\", ngan_sach = amount \"Ngân sách\", muc = count \"Mức\",\n"
    "  " LOCALS "}\n"
    "group \"I\" { \"Chung\" }\n"
    "indicator \"I.1\" { \"Số\", n = count \"n\", value = \"n\", levels = { \">= 1\", \">= 2\" } }\n"
    "indicator \"I.2\" { \"Fuzz\", levels = { na, \"*\" }, value = ",
    " }\n"
    "recognition \"r\" { \"R\", rule = ",
    " }\n"
    "level_rule { \"cumulative\", registered = \"muc\" }\n",
    CSV_HEADER("", "I.1") CSV_ROWS },
};

/* Where outputs go: nowhere, or stderr with FUZZ_VERBOSE=1 (to look at one input). */
static FILE *null_out(void) {
  static FILE *f;
  if (f == NULL) f = getenv("FUZZ_VERBOSE") ? stderr : fopen("/dev/null", "w");
  if (f == NULL) abort();
  return f;
}

/* Longest formula tried. To hold the closing brackets of levels 0..L-1 a text needs
** about L*L/2 bytes, so the level chosen below stays under MAX_LEVEL. */
#define MAX_FORMULA 4096
#define MAX_LEVEL 100

/* Append the formula at w between long brackets whose level the formula does not
** close, so that its bytes stay one Lua string whatever they are. */
static char *put_formula(char *w, const char *data, size_t size) {
  size_t level = 0;
  char close[MAX_LEVEL + 2];
  for (; level < MAX_LEVEL; level++) {
    close[0] = ']';
    memset(close + 1, '=', level);
    close[level + 1] = ']';
    if (memmem(data, size, close, level + 2) == NULL) break;
  }
  *w++ = '[';
  memset(w, '=', level);
  w += level;
  *w++ = '[';
  memcpy(w, data, size);
  w += size;
  memcpy(w, close, level + 2);
  return w + level + 2;
}

typedef struct Run { Model *m; Dataset *ds; Results *r; } Run;

static void write_trace(FILE *out, void *arg) {
  Run *run = arg;
  trace_json(out, run->m, run->ds, run->r);
}

/* Evaluate a compiled model on its dataset, with the trace, and explain every unit. */
static void evaluate(Model *m, const char *csv) {
  DiagList dl = { 0 };
  Dataset ds;
  Results r = { 0 };
  DataOptions opt = { false, NULL };
  if (dataset_parse("fuzz.csv", csv, strlen(csv), m, &opt, &ds, &dl) == 0) {
    EvalOptions eo = { true, 0, NULL, NULL, NULL };
    if (eval_run_opts(m, &ds, &eo, &r, &dl) == 0) {
      check_json(write_trace, &(Run){ m, &ds, &r });
      for (int u = 0; u < r.nunits; u++) explain_unit(null_out(), m, &ds, &r, u, -1, LANG_EN);
    }
  }
  diag_print(&dl, null_out());
  results_free(&r);
  dataset_free(&ds);
  diag_free(&dl);
}

/* The script of shape sh with the formula in it: loaded, compiled, and evaluated when it
** compiles. */
static void run_shape(const Shape *sh, const uint8_t *data, size_t size) {
  size_t cap = strlen(sh->head) + strlen(sh->tail) + (sh->middle ? strlen(sh->middle) : 0) +
               2 * (size + 2 * MAX_LEVEL + 4);
  char *src = malloc(cap), *w = src;
  if (src == NULL) return;
  w = stpcpy(w, sh->head);
  w = put_formula(w, (const char *)data, size);
  if (sh->middle) {
    w = stpcpy(w, sh->middle);
    w = put_formula(w, (const char *)data, size);
  }
  w = stpcpy(w, sh->tail);
  Model m = { 0 };
  DiagList dl = { 0 };
  int rc = host_load_source("fuzz.lua", src, (size_t)(w - src), NULL, &m, &dl);
  int crc = compile_model(&m, &dl);
  if ((rc != 0 || crc != 0) && dl.nerrors == 0) abort();   /* an error nobody is told of */
  if (rc == 0 && crc == 0) evaluate(&m, sh->csv);
  diag_print(&dl, null_out());
  model_free(&m);
  diag_free(&dl);
  free(src);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > MAX_FORMULA) return 0;           /* formulas are short; keep runs fast */
  for (size_t i = 0; i < sizeof shapes / sizeof shapes[0]; i++) run_shape(&shapes[i], data, size);
  return 0;
}
