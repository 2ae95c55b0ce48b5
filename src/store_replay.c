/*
** store_replay.c — tieuchi replay RUN: evaluate a stored run again from the bytes the
** archive holds, with its options, and confirm that every input, every result and the
** trace come out identical (see store.h).
**
** The stored files are written to a fresh temporary folder under the paths the run
** read them from, and the evaluation runs in that folder: a script's base script and
** its children's script are found beside it as they were, and every path in the
** results and the trace is the same as in the stored run. Nothing outside the archive
** is read. An absolute path is placed under the folder's "root" (and taken off again
** when the traces are compared); ".." in a path stays inside the folder.
*/
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmdutil.h"
#include "exitcodes.h"
#include "i18n.h"
#include "store.h"
#include "trace_out.h"

const char *store_path(const Options *o);                                    /* cmd_runs.c */
long long store_run_id(sqlite3 *db, const char *path, const char *arg);     /* cmd_runs.c */
long store_diff_results(FILE *out, sqlite3 *db, const char *sa, long long a, const char *sb,
                        long long b);                                        /* store_diff.c */

#define MAX_FILES STORE_MAX_FILES
#define MAX_CREATED 512

/* The temporary folder and what was created in it, removed in reverse order. */
typedef struct Scratch {
  char dir[64];               /* /tmp/tieuchi-replay-XXXXXX */
  char *work;                 /* dir/w/_/_… : the working folder ("..": one _ per level) */
  char *created[MAX_CREATED];
  int ncreated;
  int failed;
} Scratch;

/* The stored run: its options and files. */
typedef struct Stored {
  char *script, *data, *children, *trace;
  int period, decimal_comma, exit_code;
  Lang lang;
  StoreFile files[MAX_FILES];
  bool tampered[MAX_FILES];   /* the bytes no longer have the SHA-256 they are stored under */
  int nfiles;
} Stored;

static char *dup_col(sqlite3_stmt *st, int i) {
  const unsigned char *t = sqlite3_column_text(st, i);
  return t ? strdup((const char *)t) : NULL;
}

static int load(sqlite3 *db, long long id, Stored *r) {
  sqlite3_stmt *st;
  memset(r, 0, sizeof *r);
  if (sqlite3_prepare_v2(db, "SELECT script, data, children, period, decimal_comma, lang,"
                             " exit_code, trace FROM s.runs WHERE id = ?", -1, &st, NULL) != SQLITE_OK)
    return -1;
  sqlite3_bind_int64(st, 1, id);
  int ok = sqlite3_step(st) == SQLITE_ROW;
  if (ok) {
    r->script = dup_col(st, 0);
    r->data = dup_col(st, 1);
    r->children = dup_col(st, 2);
    r->period = sqlite3_column_int(st, 3);
    r->decimal_comma = sqlite3_column_int(st, 4);
    r->lang = strcmp((const char *)sqlite3_column_text(st, 5), "en") == 0 ? LANG_EN : LANG_VI;
    r->exit_code = sqlite3_column_int(st, 6);
    r->trace = dup_col(st, 7);
  }
  sqlite3_finalize(st);
  if (!ok || sqlite3_prepare_v2(db, "SELECT f.role, f.path, b.bytes, b.size, f.sha256 FROM s.files f JOIN s.blobs b"
                                    " ON b.sha256 = f.sha256 WHERE f.run = ? ORDER BY f.seq",
                                -1, &st, NULL) != SQLITE_OK)
    return -1;
  sqlite3_bind_int64(st, 1, id);
  while (r->nfiles < MAX_FILES && sqlite3_step(st) == SQLITE_ROW) {
    StoreFile *f = &r->files[r->nfiles++];
    size_t size = (size_t)sqlite3_column_int64(st, 3);
    char *bytes = malloc(size + 1);
    if (bytes && size) memcpy(bytes, sqlite3_column_blob(st, 2), size);
    if (bytes) bytes[size] = '\0';
    *f = (StoreFile){ dup_col(st, 0), dup_col(st, 1), bytes, size };
    if (!f->role || !f->path || !f->bytes) { ok = 0; break; }
    char hex[65];
    store_sha256(f->bytes, f->size, hex);
    const unsigned char *want = sqlite3_column_text(st, 4);
    r->tampered[r->nfiles - 1] = want == NULL || strcmp(hex, (const char *)want) != 0;
  }
  sqlite3_finalize(st);
  return ok && r->script && r->data ? 0 : -1;
}

static void free_stored(Stored *r) {
  free(r->script); free(r->data); free(r->children); free(r->trace);
  for (int i = 0; i < r->nfiles; i++) {
    free((char *)r->files[i].role);
    free((char *)r->files[i].path);
    free((char *)r->files[i].bytes);
  }
}

/* ------------------------------------------------------------ the temporary folder */

/* Remembered by its absolute path: it is removed from outside the working folder. */
static void created(Scratch *sc, const char *path) {
  char *abs = malloc(strlen(sc->work) + strlen(path) + 2);
  if (abs == NULL || sc->ncreated == MAX_CREATED) { free(abs); sc->failed = 1; return; }
  if (path[0] == '/') strcpy(abs, path);
  else sprintf(abs, "%s/%s", sc->work, path);
  sc->created[sc->ncreated++] = abs;
}

/* How many levels a relative path climbs above its start ("../a" 1, "a/../../b" 1). */
static int climbs(const char *path) {
  int depth = 0, least = 0;
  for (const char *p = path; *p; ) {
    size_t n = strcspn(p, "/");
    if (n == 2 && p[0] == '.' && p[1] == '.') depth--;
    else if (n > 0 && !(n == 1 && p[0] == '.')) depth++;
    if (depth < least) least = depth;
    p += n + (p[n] == '/');
  }
  return -least;
}

/* Where the file stored under path is written, and read by the replay. */
static char *local_path(const Scratch *sc, const char *path) {
  size_t n = strlen(sc->dir) + strlen(path) + 8;
  char *p = malloc(n);
  if (p == NULL) return NULL;
  if (path[0] == '/') snprintf(p, n, "%s/root%s", sc->dir, path);
  else snprintf(p, n, "%s", path);
  return p;
}

/* Every folder on the way to path, then the file with its bytes. */
static int write_file(Scratch *sc, const char *path, const StoreFile *f) {
  char *p = strdup(path);
  if (p == NULL) return -1;
  for (char *s = strchr(p + 1, '/'); s; s = strchr(s + 1, '/')) {
    *s = '\0';
    if (mkdir(p, 0700) == 0) created(sc, p);
    else if (errno != EEXIST) { free(p); return -1; }
    *s = '/';
  }
  free(p);
  int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0) return errno == EEXIST ? 0 : -1;   /* the same file in two roles */
  created(sc, path);
  size_t done = 0;
  while (done < f->size) {
    ssize_t w = write(fd, f->bytes + done, f->size - done);
    if (w <= 0) break;
    done += (size_t)w;
  }
  return close(fd) == 0 && done == f->size ? 0 : -1;
}

static int make_scratch(Scratch *sc, const Stored *r) {
  memset(sc, 0, sizeof *sc);
  const char *tmp = getenv("TMPDIR");
  snprintf(sc->dir, sizeof sc->dir, "%s/tieuchi-replay-XXXXXX",
           tmp && *tmp && strlen(tmp) < 32 ? tmp : "/tmp");
  if (mkdtemp(sc->dir) == NULL) return -1;
  /* Every path the replay opens stays in the folder: the files, and the paths it is
     given (an archive may come from anywhere). */
  const char *paths[MAX_FILES + 3] = { r->script, r->data, r->children };
  int npaths = 3, depth = 0;
  for (int i = 0; i < r->nfiles; i++) paths[npaths++] = r->files[i].path;
  for (int i = 0; i < npaths; i++) {
    if (paths[i] == NULL) continue;
    int up = climbs(paths[i][0] == '/' ? paths[i] + 1 : paths[i]);
    if (paths[i][0] == '/' && up > 0) { errno = EINVAL; return -1; }   /* "/../x" */
    if (up > depth) depth = up;
  }
  size_t n = strlen(sc->dir) + 3 + 2 * (size_t)depth + 1;
  sc->work = malloc(n);
  if (sc->work == NULL) return -1;
  snprintf(sc->work, n, "%s/w", sc->dir);
  for (int i = 0; i <= depth; i++) {
    if (i) strcat(sc->work, "/_");
    if (mkdir(sc->work, 0700) != 0) return -1;
    created(sc, sc->work);
  }
  return 0;
}

static void remove_scratch(Scratch *sc) {
  for (int i = sc->ncreated - 1; i >= 0; i--) {
    if (sc->created[i] && remove(sc->created[i]) != 0) sc->failed = 1;
    free(sc->created[i]);
  }
  free(sc->work);
  if (sc->dir[0]) rmdir(sc->dir);
}

/* ------------------------------------------------------------ evaluating again */

/* The list files the run read (role "list NAME"), at their place in sc. */
static int stored_lists(const Scratch *sc, const Stored *r, ListFile *out) {
  int n = 0;
  for (int i = 0; i < r->nfiles; i++)
    if (strncmp(r->files[i].role, "list ", 5) == 0) {
      char *p = local_path(sc, r->files[i].path);
      if (p) out[n++] = (ListFile){ r->files[i].role + 5, p, NULL, 0 };
    }
  return n;
}

/* The evidence register the run read (role "evidence register"), at its place in sc, or
   NULL when it read none. */
static char *stored_register(const Scratch *sc, const Stored *r) {
  for (int i = 0; i < r->nfiles; i++)
    if (strcmp(r->files[i].role, "evidence register") == 0) return local_path(sc, r->files[i].path);
  return NULL;
}

/* s evaluated from the files of r written in sc (the working folder is sc->work while
   it runs). Returns the evaluation's exit code, or -1 when the files cannot be written. */
static int evaluate(Scratch *sc, const Stored *r, Session *s) {
  int back = open(".", O_RDONLY | O_DIRECTORY);
  if (back < 0 || chdir(sc->work) != 0) { if (back >= 0) close(back); return -1; }
  int rc = 0;
  for (int i = 0; rc == 0 && i < r->nfiles; i++) {
    char *p = local_path(sc, r->files[i].path);
    rc = p && write_file(sc, p, &r->files[i]) == 0 ? 0 : -1;
    free(p);
  }
  if (rc == 0) {
    char *script = local_path(sc, r->script), *data = local_path(sc, r->data);
    char *children = r->children ? local_path(sc, r->children) : NULL;
    ListFile lists[MAX_FILES];
    int nlists = stored_lists(sc, r, lists);
    char *evidence = stored_register(sc, r);
    /* the lists the run read, by name; one it did not read has no file in the folder */
    EvalRequest req = { r->decimal_comma, true, r->period, children, NULL, evidence, lists,
                        nlists, false };
    rc = session_load_script(s, script);
    if (rc == EXIT_OK) rc = session_evaluate(s, data, &req);
    free(script); free(data); free(children); free(evidence);
    for (int i = 0; i < nlists; i++) free((char *)lists[i].path);
  }
  if (fchdir(back) != 0) rc = -1;
  close(back);
  return rc;
}

/* The scripts the replay read (a script names its base and its children's script) are
   the stored ones, at the same paths: else the run's inputs were not all stored, or the
   stored script now names another file. Returns how many are not. */
static long unstored_reads(const Stored *r, const Session *s, const Scratch *sc) {
  char rb[96];
  StoreFile read[MAX_FILES];
  Options none = { 0 };
  int n = store_session_files(s, &none, NULL, NULL, read, MAX_FILES);
  long bad = 0;
  for (int i = 0; i < n; i++) {
    bool found = false;
    for (int j = 0; j < r->nfiles && !found; j++) {
      char *local = local_path(sc, r->files[j].path);
      found = local && strcmp(local, read[i].path) == 0 && r->files[j].size == read[i].size &&
              memcmp(r->files[j].bytes, read[i].bytes, read[i].size) == 0;
      free(local);
    }
    if (!found) {
      printf(_("  %s %s: the replay read it, but the run did not store it\n"),
             store_role_text(read[i].role, rb, sizeof rb), read[i].path);
      bad++;
    }
  }
  return bad;
}

/* The trace of the replay as the stored run wrote it: in its language, with the paths it
   read (an absolute path's temporary prefix taken off). */
static char *replayed_trace(Session *s, const Scratch *sc, Lang stored, Lang now) {
  char *text = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&text, &len);
  if (f == NULL) return NULL;
  if (stored != now) i18n_init(stored);
  trace_json(f, &s->model, &s->data, &s->results);
  if (stored != now) i18n_init(now);
  fclose(f);
  char prefix[80];
  snprintf(prefix, sizeof prefix, "%s/root", sc->dir);
  size_t pl = strlen(prefix);
  char *w = text;
  for (const char *p = text; text && *p; ) {
    if (strncmp(p, prefix, pl) == 0) { p += pl; continue; }
    *w++ = *p++;
  }
  if (text) *w = '\0';
  return text;
}

static int compare(sqlite3 *db, long long id, const Stored *r, Session *s, const Scratch *sc,
                   int rc, Lang lang) {
  char rb[96];
  char time[32], engine[128];
  store_now(time, sizeof time);
  store_engine(engine, sizeof engine);
  StoreRun run = { time, engine, r->script, r->data, r->children, r->period,
                   r->decimal_comma, r->lang, rc, (StoreFile *)r->files, r->nfiles };
  long long again = store_insert(db, "main", &run, s, false);
  long n = again < 0 ? -1 : store_diff_results(stdout, db, "s", id, "main", again);
  if (n < 0) { store_error(db, ""); return EXIT_USAGE; }
  for (int i = 0; i < r->nfiles; i++)
    if (r->tampered[i]) {
      printf(_("  %s %s: its stored bytes no longer have the SHA-256 they were stored under\n"),
             store_role_text(r->files[i].role, rb, sizeof rb), r->files[i].path);
      n++;
    }
  n += unstored_reads(r, s, sc);
  if (rc != r->exit_code) {
    printf(_("  exit code: %d → %d\n"), r->exit_code, rc);
    n++;
  }
  char *trace = replayed_trace(s, sc, r->lang, lang);
  bool same_trace = trace && r->trace && strcmp(trace, r->trace) == 0;
  free(trace);
  if (!same_trace) {
    printf("%s\n", _("  the derivation trace differs (tieuchi runs show RUN --trace FILE writes "
                     "the stored one)"));
    n++;
  }
  if (n == 0)
    printf(_("replay of run %lld: identical — %d units, every input, result and the trace "
             "(%s)\n"), id, s->results.nunits, engine);
  else printf(_("replay of run %lld: %ld differences (%s)\n"), id, n, engine);
  return n == 0 ? EXIT_OK : EXIT_DATA;
}

static sqlite3 *open_beside(const char *path) {
  sqlite3 *db = NULL;
  sqlite3_stmt *st = NULL;
  int ok = sqlite3_open(":memory:", &db) == SQLITE_OK && store_create_schema(db, "main") == 0 &&
           sqlite3_prepare_v2(db, "ATTACH ? AS s", -1, &st, NULL) == SQLITE_OK;
  if (ok) sqlite3_bind_text(st, 1, path, -1, SQLITE_STATIC);
  ok = ok && sqlite3_step(st) == SQLITE_DONE;
  sqlite3_finalize(st);
  if (!ok) { store_error(db, path); sqlite3_close(db); return NULL; }
  sqlite3_busy_timeout(db, 60000);
  return db;
}

int cmd_replay(const Options *o) {
  if (cmd_need_args(o, 1, "tieuchi replay RUN [--store FILE]") != EXIT_OK) return EXIT_USAGE;
  const char *path = store_path(o);
  sqlite3 *db = store_open(path, true);
  if (db == NULL) return EXIT_USAGE;
  long long id = store_run_id(db, path, o->args[0]);
  sqlite3_close(db);
  /* The replay is written to memory (main) beside the archive, attached as s. */
  db = id > 0 ? open_beside(path) : NULL;
  if (db == NULL) return EXIT_USAGE;
  Stored r;
  Scratch sc;
  Session s = { 0 };
  int rc = EXIT_USAGE;
  if (id > 0 && load(db, id, &r) != 0) {
    fprintf(stderr, _("tieuchi: run %lld in %s cannot be read back: %s\n"), id, path, sqlite3_errmsg(db));
    free_stored(&r);
    id = -1;
  }
  if (id > 0) {
    int erc = make_scratch(&sc, &r) == 0 ? evaluate(&sc, &r, &s) : -1;
    if (erc < 0)
      fprintf(stderr, _("tieuchi: the stored files cannot be written to %s: %s\n"), sc.dir,
              i18n_strerror(errno));
    else if (!s.have_results) {
      session_print_diags(&s);
      fprintf(stderr, _("tieuchi: replay of run %lld gave no results (it did when stored)\n"), id);
      rc = EXIT_DATA;
    } else rc = compare(db, id, &r, &s, &sc, erc, o->lang);
    session_free(&s);
    remove_scratch(&sc);
    free_stored(&r);
  }
  sqlite3_close(db);
  return rc;
}
