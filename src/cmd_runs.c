/*
** cmd_runs.c — tieuchi runs list|show|diff and tieuchi bundle: reading the run archive
** (store.h). tieuchi replay is in store_replay.c.
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cmdutil.h"
#include "exitcodes.h"
#include "i18n.h"
#include "store.h"
#include "table.h"

#define DEFAULT_STORE "runs.db"

const char *store_path(const Options *o);
long long store_run_id(sqlite3 *db, const char *path, const char *arg);

const char *store_path(const Options *o) {
  return o->store ? o->store : DEFAULT_STORE;
}

/* The run id RUN names in the archive, or -1 (and a message). */
long long store_run_id(sqlite3 *db, const char *path, const char *arg) {
  char *end;
  long long id = strtoll(arg, &end, 10);
  if (*arg == '\0' || *end != '\0' || id <= 0) {
    fprintf(stderr, _("tieuchi: a run is named by its number (tieuchi runs list shows them), not \"%s\"\n"), arg);
    return -1;
  }
  sqlite3_stmt *st;
  int found = 0;
  if (sqlite3_prepare_v2(db, "SELECT 1 FROM runs WHERE id = ?", -1, &st, NULL) == SQLITE_OK) {
    sqlite3_bind_int64(st, 1, id);
    found = sqlite3_step(st) == SQLITE_ROW;
  }
  sqlite3_finalize(st);
  if (!found) {
    fprintf(stderr, _("tieuchi: there is no run %lld in %s (tieuchi runs list --store %s)\n"), id,
            path, path);
    return -1;
  }
  return id;
}

static const char *text(sqlite3_stmt *st, int i) {
  const unsigned char *t = sqlite3_column_text(st, i);
  return t ? (const char *)t : "";
}

/* ------------------------------------------------------------ runs list */

static int runs_list(sqlite3 *db) {
  static const char *const heads[] = { N_("run"), N_("time"), N_("script"), N_("sha256"),
                                       N_("datasets"), N_("units"), N_("exit"), N_("engine") };
  sqlite3_stmt *st;
  int n = 0;
  if (sqlite3_prepare_v2(db, "SELECT count(*) FROM runs", -1, &st, NULL) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW)
    n = sqlite3_column_int(st, 0);
  sqlite3_finalize(st);
  if (sqlite3_prepare_v2(db,
        "SELECT r.id, r.time, r.script,"
        " (SELECT substr(sha256, 1, 12) FROM files WHERE run = r.id AND role = 'script'),"
        " (SELECT group_concat(path || ' ' || substr(sha256, 1, 12), ', ') FROM"
        "   (SELECT path, sha256 FROM files WHERE run = r.id AND role IN ('data', 'children data')"
        "    ORDER BY seq)),"
        " r.units, r.exit_code, r.engine FROM runs r ORDER BY r.id", -1, &st, NULL) != SQLITE_OK) {
    store_error(db, "");
    return EXIT_USAGE;
  }
  Table t;
  if (table_init(&t, 8, n + 1) != 0) { sqlite3_finalize(st); return EXIT_USAGE; }
  for (int c = 0; c < 8; c++) table_put(&t, 0, c, _(heads[c]));
  t.right[0] = t.right[5] = t.right[6] = true;
  for (int r = 1; r <= n && sqlite3_step(st) == SQLITE_ROW; r++)
    for (int c = 0; c < 8; c++) table_put(&t, r, c, text(st, c));
  sqlite3_finalize(st);
  table_print(stdout, &t);
  table_free(&t);
  return EXIT_OK;
}

/* ------------------------------------------------------------ runs show */

static void show_files(sqlite3 *db, long long id) {
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(db, "SELECT f.role, f.path, f.sha256, b.size FROM files f"
                             " JOIN blobs b ON b.sha256 = f.sha256 WHERE f.run = ? ORDER BY f.seq",
                         -1, &st, NULL) != SQLITE_OK)
    return;
  sqlite3_bind_int64(st, 1, id);
  printf("%s\n", _("files read:"));
  char rb[96];
  while (sqlite3_step(st) == SQLITE_ROW)
    printf(_("  %s %s: sha256 %s, %s bytes\n"), store_role_text(text(st, 0), rb, sizeof rb),
           text(st, 1), text(st, 2), text(st, 3));
  sqlite3_finalize(st);
}

static int runs_show(sqlite3 *db, long long id, const Options *o) {
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(db, "SELECT time, engine, script, data, children, period, decimal_comma,"
                             " lang, exit_code, units, results, findings, trace, (SELECT path FROM"
                             " files WHERE run = runs.id AND role = 'evidence register')"
                             " FROM runs WHERE id = ?",
                         -1, &st, NULL) != SQLITE_OK) {
    store_error(db, "");
    return EXIT_USAGE;
  }
  sqlite3_bind_int64(st, 1, id);
  int rc = EXIT_USAGE;
  if (sqlite3_step(st) == SQLITE_ROW) {
    printf(_("run %lld\n"), id);
    printf(_("time: %s\n"), text(st, 0));
    printf(_("engine: %s\n"), text(st, 1));
    printf(_("command: tieuchi run %s %s"), text(st, 2), text(st, 3));
    if (sqlite3_column_type(st, 4) != SQLITE_NULL) printf(" --children %s", text(st, 4));
    if (sqlite3_column_type(st, 5) != SQLITE_NULL) printf(" --period %s", text(st, 5));
    if (sqlite3_column_int(st, 6)) fputs(" --decimal-comma", stdout);
    if (sqlite3_column_type(st, 13) != SQLITE_NULL) printf(" --evidence %s", text(st, 13));
    printf(" --lang %s\n", text(st, 7));
    printf(_("exit code: %s; units: %s\n"), text(st, 8), text(st, 9));
    show_files(db, id);
    printf("\n%s", text(st, 10));
    if (*text(st, 11)) printf("\n%s\n%s", _("findings:"), text(st, 11));
    rc = EXIT_OK;
    if (o->trace) {   /* the stored trace, as run --trace wrote it */
      FILE *f = cmd_open_out(o->trace);
      if (f == NULL) rc = EXIT_USAGE;
      else {
        fputs(text(st, 12), f);
        if (cmd_close_out(f, o->trace) != 0) rc = EXIT_USAGE;
      }
    }
  }
  sqlite3_finalize(st);
  return rc;
}

/* ------------------------------------------------------------ runs diff */

static int runs_diff(sqlite3 *db, const char *path, const Options *o) {
  long long a = store_run_id(db, path, o->args[1]);
  long long b = a < 0 ? -1 : store_run_id(db, path, o->args[2]);
  if (b < 0) return EXIT_USAGE;
  long n = store_diff(stdout, db, "main", a, "main", b);
  if (n < 0) { store_error(db, path); return EXIT_USAGE; }
  if (n == 0) printf(_("runs %lld and %lld: identical\n"), a, b);
  else printf(_("runs %lld and %lld: %ld differences\n"), a, b, n);
  return n == 0 ? EXIT_OK : EXIT_DATA;
}

int cmd_runs(const Options *o) {
  const char *what = o->nargs > 0 ? o->args[0] : "";
  int want = strcmp(what, "list") == 0 ? 1 : strcmp(what, "show") == 0 ? 2
           : strcmp(what, "diff") == 0 ? 3 : 0;
  if (want == 0 || o->nargs != want) {
    fprintf(stderr, _("tieuchi: usage: tieuchi runs list | runs show RUN | runs diff RUN1 RUN2 "
                      "[--store FILE]\n"));
    return EXIT_USAGE;
  }
  const char *path = store_path(o);
  sqlite3 *db = store_open(path, true);
  if (db == NULL) return EXIT_USAGE;
  int rc = EXIT_USAGE;
  if (want == 1) rc = runs_list(db);
  else if (want == 3) rc = runs_diff(db, path, o);
  else {
    long long id = store_run_id(db, path, o->args[1]);
    if (id > 0) rc = runs_show(db, id, o);
  }
  sqlite3_close(db);
  return rc;
}

/* ------------------------------------------------------------ bundle */

static int copy_run(sqlite3 *db, long long id) {
  static const char *const copies[] = {
    "INSERT INTO main.runs SELECT * FROM src.runs WHERE id = ?1",
    ("INSERT INTO main.blobs SELECT * FROM src.blobs WHERE sha256 IN"
     " (SELECT sha256 FROM src.files WHERE run = ?1)"),
    "INSERT INTO main.files SELECT * FROM src.files WHERE run = ?1",
    "INSERT INTO main.inputs SELECT * FROM src.inputs WHERE run = ?1",
    "INSERT INTO main.outcomes SELECT * FROM src.outcomes WHERE run = ?1",
  };
  if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) return -1;
  for (size_t i = 0; i < sizeof copies / sizeof copies[0]; i++) {
    sqlite3_stmt *st;
    int ok = sqlite3_prepare_v2(db, copies[i], -1, &st, NULL) == SQLITE_OK;
    if (ok) sqlite3_bind_int64(st, 1, id);
    ok = ok && sqlite3_step(st) == SQLITE_DONE;
    sqlite3_finalize(st);
    if (!ok) { sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL); return -1; }
  }
  return sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK ? 0 : -1;
}

/* Attaches the archive at path as src; 0 or -1. */
static int attach(sqlite3 *db, const char *path) {
  sqlite3_stmt *st;
  int ok = sqlite3_prepare_v2(db, "ATTACH ? AS src", -1, &st, NULL) == SQLITE_OK;
  if (ok) sqlite3_bind_text(st, 1, path, -1, SQLITE_STATIC);
  ok = ok && sqlite3_step(st) == SQLITE_DONE;
  sqlite3_finalize(st);
  return ok ? 0 : -1;
}

int cmd_bundle(const Options *o) {
  if (cmd_need_args(o, 1, "tieuchi bundle RUN -o FILE [--store FILE]") != EXIT_OK) return EXIT_USAGE;
  if (o->output == NULL) {
    fprintf(stderr, _("tieuchi: a bundle is a file: give its name with -o FILE\n"));
    return EXIT_USAGE;
  }
  struct stat st;
  if (stat(o->output, &st) == 0) {
    fprintf(stderr, _("tieuchi: %s exists: a bundle is written to a new file\n"), o->output);
    return EXIT_USAGE;
  }
  const char *path = store_path(o);
  sqlite3 *src = store_open(path, true);
  if (src == NULL) return EXIT_USAGE;
  long long id = store_run_id(src, path, o->args[0]);
  sqlite3_close(src);
  if (id < 0) return EXIT_USAGE;
  sqlite3 *db = store_open(o->output, false);
  if (db == NULL) return EXIT_USAGE;
  int rc = EXIT_OK;
  if (attach(db, path) != 0 || copy_run(db, id) != 0 ||
      sqlite3_exec(db, "DETACH src", NULL, NULL, NULL) != SQLITE_OK ||
      /* one file, without -wal and -shm beside it: what an auditor takes away */
      sqlite3_exec(db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) != SQLITE_OK) {
    store_error(db, o->output);
    rc = EXIT_USAGE;
  }
  sqlite3_close(db);
  if (rc == EXIT_OK)
    fprintf(stderr, _("tieuchi: run %lld written to %s (replay it: tieuchi replay %lld --store %s)\n"),
            id, o->output, id, o->output);
  else remove(o->output);
  return rc;
}
