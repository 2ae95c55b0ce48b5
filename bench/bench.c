/*
** bench.c — the phases of an evaluation at national scale, timed (`make bench`).
**
**   usage: bench [--runs N] [--json FILE] [--tieuchi BIN] [--out DIR] SCRIPT DATA.csv ...
**
** For each script and its (synthetic, `tieuchi synth`) dataset, every phase runs N times
** in this process, after one run that warms up, and the median wall time is kept
** (CLOCK_MONOTONIC) with the median CPU time of the process: reading the file
** and splitting it into cells (the floor: nothing can be faster than reading what it
** must read), running the script, compiling it, reading the data into typed columns,
** evaluating with traces off and on, writing the JSON trace and the results. Peak
** memory is that of one real `tieuchi run --trace` of the same files, in a child
** process (wait4's rusage), so that the phases timed here do not inflate it.
**
** With --list-script S --list-data D --list NAME=FILE, a list table at a province's scale
** (a resident list of millions of rows, `tieuchi synth --list`): reading and splitting the
** list file (the floor) and reading the list into the dataset's inputs (lists_read: split,
** units, keys, typed cells, aggregates), each min(N, LIST_RUNS) times without a warm-up
** run (one run is seconds, and synth has just written the file); and one `tieuchi run`
** without the list and one with it, in children, first of all (a forked child starts with
** the bench's pages, which its ru_maxrss would count): wall and CPU times, peak memory.
** Nothing is asserted: the figures are printed as a table and written as JSON.
*/
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "compile.h"
#include "csv.h"
#include "dataset.h"
#include "diag.h"
#include "eval.h"
#include "host.h"
#include "lists.h"
#include "model.h"
#include "results_out.h"
#include "session.h"
#include "trace_out.h"

#define MAX_RUNS 50
#define LIST_RUNS 3           /* a list's runs at most: each is seconds at a province's scale */

enum { P_CSV, P_SCRIPT, P_COMPILE, P_DATA, P_EVAL, P_EVAL_TRACE, P_TRACE, P_RESULTS, NPHASES };
static const char *const phase_names[NPHASES] = {
  "csv_split", "script", "compile", "data_load", "eval", "eval_trace", "trace_json", "results"
};
static const char *const phase_titles[NPHASES] = {
  "read + split CSV (floor)", "run the script (Lua)", "compile formulas", "load data (typed columns)",
  "evaluate, traces off", "evaluate, traces on", "write JSON trace", "write results (CSV)"
};

typedef struct Bench {
  int runs;
  const char *tieuchi, *outdir;
  FILE *json;
  int nscripts;
  const char *list_script, *list_data, *list;   /* --list-script, --list-data, --list NAME=FILE */
} Bench;

/* One `tieuchi run` in a child. */
typedef struct Child {
  double wall, cpu;           /* seconds; CPU: user + system */
  long peak_rss_kb;
} Child;

typedef struct ListFigures {
  char name[64];
  const char *file;
  int units;
  size_t rows, columns;
  double csv_bytes;
  double split, split_cpu;    /* median: read and split the list file (the floor) */
  double read, read_cpu;      /* median: lists_read */
  Child without, with;        /* tieuchi run without and with the list */
} ListFigures;

typedef struct Figures {
  double t[NPHASES];          /* median seconds */
  double cpu[NPHASES];        /* median CPU seconds of the process (user + system): on a
                                 machine others share, wall time waits for them too */
  double bytes[NPHASES];      /* what the phase read or wrote, or 0 */
  long units, inds;
  long peak_rss_kb;           /* of `tieuchi run --trace` */
  double run_wall;            /* its wall time */
  double csv_bytes;
  double total;               /* the sum of the totals (points) or of the levels reached */
  int complete;               /* units with every indicator scored */
} Figures;

static double clock_s(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double now(void) { return clock_s(CLOCK_MONOTONIC); }

static int by_value(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double median(double *v, int n) {
  qsort(v, (size_t)n, sizeof *v, by_value);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static double file_size(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 ? (double)st.st_size : 0;
}

static void die(const char *what, const char *path) {
  fprintf(stderr, "bench: %s %s\n", what, path);
  exit(2);
}

/* ------------------------------------------------------------------ the phases */

static double time_csv(const char *data) {
  CsvTable t;
  double t0 = now();
  if (csv_read_file(data, &t) != 0) die("cannot read", data);
  double dt = now() - t0;
  csv_free(&t);
  return dt;
}

/* Run and compile the script: the two times; m is left loaded and compiled. */
static void time_script(const char *script, Model *m, double *run, double *comp) {
  DiagList dl = { 0 };
  memset(m, 0, sizeof *m);
  double t0 = now();
  if (host_load(script, NULL, m, &dl) != 0) die("cannot load", script);
  double t1 = now();
  if (compile_model(m, &dl) != 0) die("cannot compile", script);
  *comp = now() - t1;
  *run = t1 - t0;
  diag_free(&dl);
}

static double time_data(const char *data, const Model *m, Dataset *ds) {
  DiagList dl = { 0 };
  DataOptions opt = { false, m->dec.level };
  memset(ds, 0, sizeof *ds);
  double t0 = now();
  if (dataset_load(data, m, &opt, ds, &dl) != 0) die("cannot load the data", data);
  double dt = now() - t0;
  diag_free(&dl);
  return dt;
}

static double time_eval(const Model *m, const Dataset *ds, bool trace, Results *r) {
  DiagList dl = { 0 };
  memset(r, 0, sizeof *r);
  double t0 = now();
  if (eval_run(m, ds, trace, r, &dl) != 0) die("cannot evaluate", ds->path);
  double dt = now() - t0;
  diag_free(&dl);
  return dt;
}

/* Write with `write` to path; the time includes closing (the data reaches the kernel). */
static double time_write(const char *path, Model *m, const Dataset *ds, const Results *r,
                         bool trace, double *bytes) {
  double t0 = now();
  FILE *f = fopen(path, "w");
  if (f == NULL) die("cannot write", path);
  if (trace) setvbuf(f, NULL, _IOFBF, TRACE_BUFFER);   /* as tieuchi run --trace does */
  if (trace) trace_json(f, m, ds, r);
  else results_csv(f, m, ds, r);
  if (fclose(f) != 0) die("cannot write", path);
  double dt = now() - t0;
  *bytes = file_size(path);
  return dt;
}

/* Results must not depend on whether traces are recorded. */
static void same_results(const Results *a, const Results *b, const char *script) {
  size_t n = (size_t)a->nunits * (size_t)a->ninds;
  for (size_t i = 0; i < n; i++)
    if (a->scores[i].status != b->scores[i].status ||
        (score_counts(&a->scores[i]) && a->scores[i].value != b->scores[i].value))
      die("traces on and off give different scores:", script);
  for (int u = 0; u < a->nunits; u++)
    if (a->total[u] != b->total[u] || (a->level && a->level[u] != b->level[u]))
      die("traces on and off give different totals:", script);
}

/* The national figures the report prints: the sum of the totals and the units with every
** indicator scored; for criteria met or not, the criteria met (every unit, context) and
** the units whose level is known. */
static void national(const Model *m, const Results *r, Figures *f) {
  for (int u = 0; u < r->nunits; u++) {
    if (m->ctx_kind == CTX_NONE) {
      f->total += r->total[u];
      f->complete += r->unscored[u] == 0;
      continue;
    }
    f->complete += r->level && r->level[u] >= 0;
    for (int k = 0; k < r->ninds; k++)
      for (int c = 0; c < r->nctx; c++) {
        const Value *v = results_met(r, u, k, c);
        f->total += v->kind == V_BOOL && v->n != 0;
      }
  }
}

/* One `tieuchi run --trace` in a child: its peak RSS and wall time. */
static void peak_memory(const Bench *b, const char *script, const char *data, Figures *f) {
  char trace[4096], out[4096];
  snprintf(trace, sizeof trace, "%s/run.trace.json", b->outdir);
  snprintf(out, sizeof out, "%s/run.results.csv", b->outdir);
  double t0 = now();
  pid_t pid = fork();
  if (pid < 0) die("cannot fork for", script);
  if (pid == 0) {
    if (freopen("/dev/null", "w", stderr) == NULL) _exit(127);
    execl(b->tieuchi, b->tieuchi, "run", script, data, "--format", "csv", "-o", out, "--trace",
          trace, (char *)NULL);
    _exit(127);
  }
  int status;
  struct rusage ru;
  if (wait4(pid, &status, 0, &ru) != pid) die("lost the child running", script);
  f->run_wall = now() - t0;
  if (!WIFEXITED(status) || WEXITSTATUS(status) > 1) die("tieuchi run failed on", data);
  f->peak_rss_kb = ru.ru_maxrss;
}

/* `tieuchi run SCRIPT DATA --format csv -o …` in a child, with --list NAME=FILE when list
** is not NULL: its wall and CPU time and peak RSS. */
static Child run_child(const Bench *b, const char *script, const char *data, const char *list) {
  char out[4096];
  Child c;
  snprintf(out, sizeof out, "%s/run.results.csv", b->outdir);
  double t0 = now();
  pid_t pid = fork();
  if (pid < 0) die("cannot fork for", script);
  if (pid == 0) {
    if (freopen("/dev/null", "w", stderr) == NULL) _exit(127);
    if (list) execl(b->tieuchi, b->tieuchi, "run", script, data, "--list", list, "--format", "csv",
                    "-o", out, (char *)NULL);
    else execl(b->tieuchi, b->tieuchi, "run", script, data, "--format", "csv", "-o", out, (char *)NULL);
    _exit(127);
  }
  int status;
  struct rusage ru;
  if (wait4(pid, &status, 0, &ru) != pid) die("lost the child running", script);
  c.wall = now() - t0;
  if (!WIFEXITED(status) || WEXITSTATUS(status) > 1) die("tieuchi run failed on", data);
  c.cpu = (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec * 1e-6 +
          (double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec * 1e-6;
  c.peak_rss_kb = ru.ru_maxrss;
  return c;
}

static void measure(const Bench *b, const char *script, const char *data, Figures *f) {
  double v[NPHASES][MAX_RUNS], c[NPHASES][MAX_RUNS];
  char path[4096];
  memset(f, 0, sizeof *f);
  f->csv_bytes = file_size(data);
  /* Run 0 warms up (the heap's first pages, the file in the page cache) and is not counted:
     every phase is then timed in the same state, the floor included. */
  for (int run = 0; run <= b->runs; run++) {
    int i = run > 0 ? run - 1 : 0;
    Model m;
    Dataset ds;
    Results off, on;
#define CPU(p, call) do { double c0 = clock_s(CLOCK_PROCESS_CPUTIME_ID); call; \
                           c[p][i] = clock_s(CLOCK_PROCESS_CPUTIME_ID) - c0; } while (0)
    CPU(P_CSV, v[P_CSV][i] = time_csv(data));
    double s0 = clock_s(CLOCK_PROCESS_CPUTIME_ID);
    time_script(script, &m, &v[P_SCRIPT][i], &v[P_COMPILE][i]);
    c[P_SCRIPT][i] = clock_s(CLOCK_PROCESS_CPUTIME_ID) - s0 - v[P_COMPILE][i];
    c[P_COMPILE][i] = v[P_COMPILE][i];      /* too short to time apart */
    CPU(P_DATA, v[P_DATA][i] = time_data(data, &m, &ds));
    CPU(P_EVAL, v[P_EVAL][i] = time_eval(&m, &ds, false, &off));
    CPU(P_EVAL_TRACE, v[P_EVAL_TRACE][i] = time_eval(&m, &ds, true, &on));
    snprintf(path, sizeof path, "%s/trace.json", b->outdir);
    CPU(P_TRACE, v[P_TRACE][i] = time_write(path, &m, &ds, &on, true, &f->bytes[P_TRACE]));
    snprintf(path, sizeof path, "%s/results.csv", b->outdir);
    CPU(P_RESULTS, v[P_RESULTS][i] = time_write(path, &m, &ds, &on, false, &f->bytes[P_RESULTS]));
#undef CPU
    if (run == 0) {
      same_results(&off, &on, script);
      national(&m, &on, f);
      f->units = on.nunits;
      f->inds = m.ninds;
    }
    results_free(&off);
    results_free(&on);
    dataset_free(&ds);
    model_free(&m);
  }
  for (int p = 0; p < NPHASES; p++) {
    f->t[p] = median(v[p], b->runs);
    f->cpu[p] = median(c[p], b->runs);
  }
  remove(path);                             /* the trace: hundreds of MB */
  snprintf(path, sizeof path, "%s/trace.json", b->outdir);
  remove(path);
  f->bytes[P_CSV] = f->bytes[P_DATA] = f->csv_bytes;
  peak_memory(b, script, data, f);
}

/* ------------------------------------------------------------------ a list table */

/* Read list NAME=FILE of script into dataset data, timed: lists_read, and before it the
** split of the file alone (the floor). */
static void measure_list(const Bench *b, ListFigures *f) {
  const char *eq = strchr(b->list, '=');
  if (eq == NULL || eq == b->list || (size_t)(eq - b->list) >= sizeof f->name)
    die("--list needs NAME=FILE, not", b->list);
  memcpy(f->name, b->list, (size_t)(eq - b->list));
  f->file = eq + 1;
  f->csv_bytes = file_size(f->file);
  int runs = b->runs < LIST_RUNS ? b->runs : LIST_RUNS;
  double v[4][MAX_RUNS];
  for (int i = 0; i < runs; i++) {
    Model m;
    Dataset ds;
    Lists ls;
    double run, comp;
    time_script(b->list_script, &m, &run, &comp);
    time_data(b->list_data, &m, &ds);
    double c0 = clock_s(CLOCK_PROCESS_CPUTIME_ID);
    v[0][i] = time_csv(f->file);
    v[1][i] = clock_s(CLOCK_PROCESS_CPUTIME_ID) - c0;
    DiagList dl = { 0 };
    ListFile given = { f->name, f->file };
    c0 = clock_s(CLOCK_PROCESS_CPUTIME_ID);
    double t0 = now();
    if (lists_read(&ls, &m, &ds, &given, 1, false, &dl) != 0) die("cannot read the list", f->file);
    v[2][i] = now() - t0;
    v[3][i] = clock_s(CLOCK_PROCESS_CPUTIME_ID) - c0;
    int l = model_find_list(&m, f->name);
    if (l < 0 || ls.t[l].path == NULL) die("the script has no such list, or it is unreadable:", b->list);
    f->units = ds.nunits;
    f->rows = ls.t[l].nrows;
    f->columns = ls.t[l].csv.ncols;
    lists_free(&ls);
    diag_free(&dl);
    dataset_free(&ds);
    model_free(&m);
  }
  f->split = median(v[0], runs);
  f->split_cpu = median(v[1], runs);
  f->read = median(v[2], runs);
  f->read_cpu = median(v[3], runs);
}

/* The runs of tieuchi with and without the list, in children. Before anything else: a
** forked child starts with the bench's own pages, which ru_maxrss would count. */
static void list_children(const Bench *b, ListFigures *f) {
  f->without = run_child(b, b->list_script, b->list_data, NULL);
  f->with = run_child(b, b->list_script, b->list_data, b->list);
}

static double per_row(const ListFigures *f) {
  return ((double)f->with.peak_rss_kb - (double)f->without.peak_rss_kb) * 1024 / (double)f->rows;
}

static void print_list(const Bench *b, const ListFigures *f) {
  printf("\n%s over %s, list %s (%s)\n", b->list_script, b->list_data, f->name, f->file);
  printf("  %d units, list of %zu rows x %zu columns, CSV %.1f MB, median of %d runs\n", f->units,
         f->rows, f->columns, f->csv_bytes / 1e6, b->runs < LIST_RUNS ? b->runs : LIST_RUNS);
  printf("  %-28s %10s %10s %16s %10s\n", "phase", "median ms", "CPU ms", "rows/s", "MB/s");
  printf("  %-28s %10.2f %10.2f %16.3g %10.1f\n", "read + split list CSV (floor)", f->split * 1e3,
         f->split_cpu * 1e3, (double)f->rows / f->split, f->csv_bytes / 1e6 / f->split);
  printf("  %-28s %10.2f %10.2f %16.3g %10.1f\n", "read the list (lists_read)", f->read * 1e3,
         f->read_cpu * 1e3, (double)f->rows / f->read, f->csv_bytes / 1e6 / f->read);
  printf("  tieuchi run without the list  %.0f ms wall, %.0f ms CPU, peak RSS %.1f MB\n",
         f->without.wall * 1e3, f->without.cpu * 1e3, (double)f->without.peak_rss_kb / 1024);
  printf("  tieuchi run with the list     %.0f ms wall, %.0f ms CPU, peak RSS %.1f MB   (%.3g rows/s of wall)\n",
         f->with.wall * 1e3, f->with.cpu * 1e3, (double)f->with.peak_rss_kb / 1024,
         (double)f->rows / f->with.wall);
  printf("  memory per list row           %.0f bytes of peak RSS (%.2f x the list's bytes)\n",
         per_row(f), per_row(f) * (double)f->rows / f->csv_bytes);
}

static void json_child(FILE *j, const char *key, const Child *c) {
  fprintf(j, "\"%s\": {\"wall_s\": %.4f, \"cpu_s\": %.4f, \"peak_rss_bytes\": %ld}", key, c->wall,
          c->cpu, c->peak_rss_kb * 1024);
}

static void json_list(FILE *j, const Bench *b, const ListFigures *f) {
  fprintf(j, "\n    {\"script\": \"%s\", \"data\": \"%s\", \"list\": \"%s\", \"file\": \"%s\", "
          "\"units\": %d, \"rows\": %zu, \"columns\": %zu, \"csv_bytes\": %.0f, \"runs\": %d,\n"
          "     \"phases\": {\n       \"list_csv_split\": {\"median_s\": %.6f, \"median_cpu_s\": %.6f, "
          "\"rows_per_s\": %.0f, \"mb_per_s\": %.2f},\n       \"list_read\": {\"median_s\": %.6f, "
          "\"median_cpu_s\": %.6f, \"rows_per_s\": %.0f, \"mb_per_s\": %.2f}},\n     ",
          b->list_script, b->list_data, f->name, f->file, f->units, f->rows, f->columns,
          f->csv_bytes, b->runs < LIST_RUNS ? b->runs : LIST_RUNS, f->split, f->split_cpu,
          (double)f->rows / f->split, f->csv_bytes / 1e6 / f->split, f->read, f->read_cpu,
          (double)f->rows / f->read, f->csv_bytes / 1e6 / f->read);
  json_child(j, "run_without_list", &f->without);
  fputs(", ", j);
  json_child(j, "run_with_list", &f->with);
  fprintf(j, ",\n     \"run_with_list_rows_per_s\": %.0f, \"peak_rss_per_row_bytes\": %.1f}",
          (double)f->rows / f->with.wall, per_row(f));
}

/* ------------------------------------------------------------------ the report */

/* Load the data, evaluate with traces, write the results: what a run costs beyond the
** floor of reading the file. */
static double pipeline(const double *t) {
  return t[P_DATA] + t[P_EVAL_TRACE] + t[P_RESULTS];
}

static void print_table(const char *script, const char *data, const Figures *f) {
  double cells = (double)f->units * (double)f->inds;
  printf("\n%s over %s\n", script, data);
  printf("  %ld units x %ld indicators, CSV %.1f MB\n", f->units, f->inds, f->csv_bytes / 1e6);
  printf("  %-28s %10s %10s %16s %10s\n", "phase", "median ms", "CPU ms", "units*ind/s", "MB/s");
  for (int p = 0; p < NPHASES; p++) {
    printf("  %-28s %10.2f %10.2f", phase_titles[p], f->t[p] * 1e3, f->cpu[p] * 1e3);
    if (p == P_EVAL || p == P_EVAL_TRACE) printf(" %16.3g", cells / f->t[p]);
    else printf(" %16s", "");
    if (f->bytes[p] > 0) printf(" %10.1f", f->bytes[p] / 1e6 / f->t[p]);
    putchar('\n');
  }
  printf("  traces on / off                 %.2f x wall, %.2f x CPU   (target <= 1.5)\n",
         f->t[P_EVAL_TRACE] / f->t[P_EVAL], f->cpu[P_EVAL_TRACE] / f->cpu[P_EVAL]);
  printf("  load + eval (traces) + results  %.2f x the CSV split wall, %.2f x CPU   (target <= 3)\n",
         pipeline(f->t) / f->t[P_CSV], pipeline(f->cpu) / f->cpu[P_CSV]);
  printf("  JSON trace                      %.0f MB/s wall, %.0f MB/s CPU, %.1f MB   (target >= 150 MB/s)\n",
         f->bytes[P_TRACE] / 1e6 / f->t[P_TRACE], f->bytes[P_TRACE] / 1e6 / f->cpu[P_TRACE],
         f->bytes[P_TRACE] / 1e6);
  printf("  peak RSS of tieuchi run --trace %.1f MB = %.1f x the CSV   (target <= 20); %.0f ms\n",
         (double)f->peak_rss_kb / 1024, (double)f->peak_rss_kb * 1024 / f->csv_bytes,
         f->run_wall * 1e3);
  printf("  national: %d units complete (or with a known level), %.4f (sum of totals, or criteria met)\n",
         f->complete, f->total);
}

static void json_figures(FILE *j, const char *script, const char *data, const Figures *f, bool first) {
  double cells = (double)f->units * (double)f->inds;
  fprintf(j, "%s\n    {\"script\": \"%s\", \"data\": \"%s\", \"units\": %ld, \"indicators\": %ld,"
          " \"csv_bytes\": %.0f,\n     \"phases\": {", first ? "" : ",", script, data, f->units,
          f->inds, f->csv_bytes);
  for (int p = 0; p < NPHASES; p++) {
    fprintf(j, "%s\n       \"%s\": {\"median_s\": %.6f, \"median_cpu_s\": %.6f", p ? "," : "",
            phase_names[p], f->t[p], f->cpu[p]);
    if (p == P_EVAL || p == P_EVAL_TRACE) fprintf(j, ", \"units_x_indicators_per_s\": %.0f", cells / f->t[p]);
    if (f->bytes[p] > 0) fprintf(j, ", \"bytes\": %.0f, \"mb_per_s\": %.2f", f->bytes[p], f->bytes[p] / 1e6 / f->t[p]);
    fputc('}', j);
  }
  fprintf(j, "},\n     \"trace_on_over_off\": %.3f, \"trace_on_over_off_cpu\": %.3f,"
          " \"pipeline_over_csv_split\": %.3f, \"pipeline_over_csv_split_cpu\": %.3f,"
          "\n     \"peak_rss_bytes\": %ld, \"peak_rss_over_csv\": %.2f, \"run_wall_s\": %.4f,"
          "\n     \"national\": {\"complete_units\": %d, \"sum_of_totals_or_criteria_met\": %.4f}}",
          f->t[P_EVAL_TRACE] / f->t[P_EVAL], f->cpu[P_EVAL_TRACE] / f->cpu[P_EVAL],
          pipeline(f->t) / f->t[P_CSV], pipeline(f->cpu) / f->cpu[P_CSV], f->peak_rss_kb * 1024,
          (double)f->peak_rss_kb * 1024 / f->csv_bytes, f->run_wall, f->complete, f->total);
}

int main(int argc, char **argv) {
  Bench b = { 5, "build/tieuchi", "build/bench", NULL, 0, NULL, NULL, NULL };
  const char *json = NULL;
  int i = 1;
  for (; i + 1 < argc && argv[i][0] == '-'; i += 2) {
    if (strcmp(argv[i], "--runs") == 0) b.runs = atoi(argv[i + 1]);
    else if (strcmp(argv[i], "--json") == 0) json = argv[i + 1];
    else if (strcmp(argv[i], "--tieuchi") == 0) b.tieuchi = argv[i + 1];
    else if (strcmp(argv[i], "--out") == 0) b.outdir = argv[i + 1];
    else if (strcmp(argv[i], "--list-script") == 0) b.list_script = argv[i + 1];
    else if (strcmp(argv[i], "--list-data") == 0) b.list_data = argv[i + 1];
    else if (strcmp(argv[i], "--list") == 0) b.list = argv[i + 1];
    else die("unknown option", argv[i]);
  }
  if (b.runs < 1 || b.runs > MAX_RUNS || (argc - i) < 2 || (argc - i) % 2 ||
      (!b.list_script != !b.list_data || !b.list_script != !b.list)) {
    fprintf(stderr, "usage: bench [--runs 1..%d] [--json FILE] [--tieuchi BIN] [--out DIR] "
                    "[--list-script SCRIPT --list-data DATA.csv --list NAME=FILE] SCRIPT DATA.csv ...\n",
            MAX_RUNS);
    return 2;
  }
  ListFigures lf;
  memset(&lf, 0, sizeof lf);
  if (b.list) list_children(&b, &lf);
  if (json && (b.json = fopen(json, "w")) == NULL) die("cannot write", json);
  if (b.json) {
    const char *commit = getenv("BENCH_COMMIT"), *machine = getenv("BENCH_MACHINE");
    fprintf(b.json, "{\n  \"commit\": \"%s\",\n  \"machine\": \"%s\",\n  \"runs\": %d,\n  \"results\": [",
            commit ? commit : "", machine ? machine : "", b.runs);
  }
  for (; i + 1 < argc; i += 2) {
    Figures f;
    measure(&b, argv[i], argv[i + 1], &f);
    print_table(argv[i], argv[i + 1], &f);
    if (b.json) json_figures(b.json, argv[i], argv[i + 1], &f, b.nscripts == 0);
    b.nscripts++;
  }
  if (b.list) {
    measure_list(&b, &lf);
    print_list(&b, &lf);
    if (b.json) {
      fputs("\n  ],\n  \"lists\": [", b.json);
      json_list(b.json, &b, &lf);
    }
  }
  if (b.json) {
    fputs("\n  ]\n}\n", b.json);
    if (fclose(b.json) != 0) die("cannot write", json);
  }
  return 0;
}
