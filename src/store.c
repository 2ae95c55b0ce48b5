/*
** store.c — opening the run archive and writing a run into it (see store.h).
*/
#include "store.h"

#include <errno.h>
#include <nettle/sha2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "exitcodes.h"
#include "i18n.h"
#include "lists.h"
#include "readfile.h"
#include "results_out.h"
#include "trace_out.h"
#include "version.h"

#define BUSY_TIMEOUT_MS 60000      /* parallel runs wait for each other this long */

void store_error(sqlite3 *db, const char *what) {
  fprintf(stderr, _("tieuchi: the run archive %s: %s\n"), what, db ? sqlite3_errmsg(db) : "?");
}

void store_sha256(const void *bytes, size_t size, char hex[65]) {
  struct sha256_ctx ctx;
  uint8_t digest[SHA256_DIGEST_SIZE];
  sha256_init(&ctx);
  sha256_update(&ctx, size, bytes);
  sha256_digest(&ctx, sizeof digest, digest);
  for (int i = 0; i < SHA256_DIGEST_SIZE; i++) snprintf(hex + 2 * i, 3, "%02x", digest[i]);
}

void store_now(char *buf, size_t size) {
  const char *sde = getenv("SOURCE_DATE_EPOCH");
  time_t t = time(NULL);
  if (sde && *sde) {
    char *end;
    long long v = strtoll(sde, &end, 10);
    if (*end == '\0' && v >= 0) t = (time_t)v;
  }
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

void store_engine(char *buf, size_t size) {
  char *text = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&text, &len);
  buf[0] = '\0';
  if (f == NULL) return;
  version_print(f);
  fclose(f);
  snprintf(buf, size, "%.*s", (int)strcspn(text, "\n"), text);
  free(text);
}

static int exec(sqlite3 *db, const char *sql) {
  return sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : -1;
}

int store_create_schema(sqlite3 *db, const char *schema) {
  /* The tables, named in schema: "CREATE TABLE IF NOT EXISTS x" → "… \"schema\".x". */
  const char *key = "CREATE TABLE IF NOT EXISTS ";
  size_t klen = strlen(key);
  char *sql = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&sql, &len);
  if (f == NULL) return -1;
  for (const char *p = store_schema_sql; *p; ) {
    const char *at = strstr(p, key);
    if (at == NULL) { fputs(p, f); break; }
    fprintf(f, "%.*s%s\"%s\".", (int)(at - p), p, key, schema);
    p = at + klen;
  }
  fclose(f);
  int rc = exec(db, sql);
  free(sql);
  return rc;
}

/* The schema of an archive being opened: created when empty, refused when later. */
static int check_schema(sqlite3 *db, const char *path, bool read_only) {
  sqlite3_stmt *st;
  int version = -1;
  if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW)
    version = sqlite3_column_int(st, 0);
  sqlite3_finalize(st);
  if (version < 0) { store_error(db, path); return -1; }
  if (version > store_schema_version) {
    fprintf(stderr, _("tieuchi: the run archive %s was written by a later tieuchi (schema %d; "
                      "this one reads %d): use that version\n"), path, version, store_schema_version);
    return -1;
  }
  if (version == store_schema_version) return 0;
  if (read_only) {
    fprintf(stderr, _("tieuchi: %s is not a run archive (tieuchi run --store FILE writes one)\n"), path);
    return -1;
  }
  char set[64];
  snprintf(set, sizeof set, "PRAGMA user_version = %d", store_schema_version);
  if (exec(db, "BEGIN IMMEDIATE") != 0) { store_error(db, path); return -1; }
  if (store_create_schema(db, "main") != 0 || exec(db, set) != 0 || exec(db, "COMMIT") != 0) {
    store_error(db, path);
    exec(db, "ROLLBACK");
    return -1;
  }
  return 0;
}

sqlite3 *store_open(const char *path, bool read_only) {
  sqlite3 *db = NULL;
  int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  if (read_only && access(path, R_OK) != 0) {
    fprintf(stderr, _("tieuchi: cannot read the run archive %s: %s\n"), path, i18n_strerror(errno));
    return NULL;
  }
  if (sqlite3_open_v2(path, &db, flags, NULL) != SQLITE_OK) {
    store_error(db, path);
    sqlite3_close(db);
    return NULL;
  }
  sqlite3_busy_timeout(db, BUSY_TIMEOUT_MS);
  /* WAL lets readers go on while one run writes; switching takes a lock that the busy
     handler does not wait for, so a first run racing others tries again. */
  int ok = read_only;
  for (int tries = 0; !ok && tries < 600; tries++) {
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, "PRAGMA journal_mode = WAL", -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
      ok = 1;
    sqlite3_finalize(st);
    if (!ok) nanosleep(&(struct timespec){ 0, 100000000 }, NULL);
  }
  if (!ok || check_schema(db, path, read_only) != 0) {
    if (!ok) store_error(db, path);
    sqlite3_close(db);
    return NULL;
  }
  exec(db, "PRAGMA foreign_keys = ON");
  return db;
}

/* ------------------------------------------------------------ writing a run */

/* The text a writer gives (results, trace, findings), malloc'd; "" when out of memory. */
typedef struct Text { char *s; size_t n; FILE *f; } Text;

static FILE *text_open(Text *t) {
  t->s = NULL;
  t->n = 0;
  t->f = open_memstream(&t->s, &t->n);
  return t->f ? t->f : stderr;
}

static const char *text_close(Text *t) {
  if (t->f) fclose(t->f);
  t->f = NULL;
  return t->s ? t->s : "";
}

static void print_findings(const Session *s, FILE *out) {
  if (s->child) print_findings(s->child, out);
  diag_print(&s->script_diags, out);
  diag_print(&s->data_diags, out);
}

static sqlite3_stmt *prepare(sqlite3 *db, const char *fmt, const char *schema) {
  char *sql = sqlite3_mprintf(fmt, schema, schema, schema);
  sqlite3_stmt *st = NULL;
  if (sql) sqlite3_prepare_v2(db, sql, -1, &st, NULL);
  sqlite3_free(sql);
  return st;
}

static int step_done(sqlite3_stmt *st) {
  int rc = st ? sqlite3_step(st) : SQLITE_ERROR;
  sqlite3_finalize(st);
  return rc == SQLITE_DONE ? 0 : -1;
}

static long long insert_run_row(sqlite3 *db, const char *schema, const StoreRun *run, Session *s) {
  Text results, trace, findings;
  results_table(text_open(&results), &s->model, &s->data, &s->results, run->lang);
  trace_json(text_open(&trace), &s->model, &s->data, &s->results);
  print_findings(s, text_open(&findings));
  sqlite3_stmt *st = prepare(db,
      "INSERT INTO \"%w\".runs (time, engine, script, data, children, period, decimal_comma,"
      " lang, exit_code, units, results, trace, findings) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
      schema);
  if (st) {
    sqlite3_bind_text(st, 1, run->time, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, run->engine, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, run->script, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, run->data, -1, SQLITE_STATIC);
    if (run->children) sqlite3_bind_text(st, 5, run->children, -1, SQLITE_STATIC);
    if (run->period) sqlite3_bind_int(st, 6, run->period);
    sqlite3_bind_int(st, 7, run->decimal_comma);
    sqlite3_bind_text(st, 8, run->lang == LANG_EN ? "en" : "vi", -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 9, run->exit_code);
    sqlite3_bind_int(st, 10, s->results.nunits);
    sqlite3_bind_text(st, 11, text_close(&results), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 12, text_close(&trace), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 13, text_close(&findings), -1, SQLITE_STATIC);
  }
  int rc = step_done(st);
  free((text_close(&results), results.s));
  free((text_close(&trace), trace.s));
  free((text_close(&findings), findings.s));
  return rc == 0 ? sqlite3_last_insert_rowid(db) : -1;
}

static int insert_file(sqlite3 *db, const char *schema, long long id, const StoreFile *f, int seq) {
  char hex[65];
  store_sha256(f->bytes, f->size, hex);
  sqlite3_stmt *st = prepare(db, "INSERT OR IGNORE INTO \"%w\".blobs (sha256, size, bytes) "
                                 "VALUES (?,?,?)", schema);
  if (st) {
    sqlite3_bind_text(st, 1, hex, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)f->size);
    sqlite3_bind_blob64(st, 3, f->size ? f->bytes : "", f->size, SQLITE_STATIC);
  }
  if (step_done(st) != 0) return -1;
  st = prepare(db, "INSERT OR IGNORE INTO \"%w\".files (run, role, path, sha256, seq) "
                   "VALUES (?,?,?,?,?)", schema);
  if (st) {
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_text(st, 2, f->role, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, f->path, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, hex, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(st, 5, seq);
  }
  return step_done(st);
}

int store_facts(sqlite3 *db, const char *schema, long long run, Session *s);   /* store_facts.c */

/* TIEUCHI_TEST_STORE_SLEEP=N (a test hook, docs/testing.md): wait N seconds inside the
   transaction, before the commit, so that a test can kill the run there. */
static void test_hook_sleep(void) {
  const char *v = getenv("TIEUCHI_TEST_STORE_SLEEP");
  if (v == NULL || *v == '\0') return;
  fprintf(stderr, "tieuchi: test hook: waiting %s s inside the transaction\n", v);
  sleep((unsigned)atoi(v));
}

long long store_insert(sqlite3 *db, const char *schema, const StoreRun *run, Session *s,
                       bool transaction) {
  if (transaction && exec(db, "BEGIN IMMEDIATE") != 0) return -1;
  long long id = insert_run_row(db, schema, run, s);
  for (int i = 0; id > 0 && i < run->nfiles; i++)
    if (insert_file(db, schema, id, &run->files[i], i + 1) != 0) id = -1;
  if (id > 0 && store_facts(db, schema, id, s) != 0) id = -1;
  if (transaction && id > 0) {
    test_hook_sleep();
    if (exec(db, "COMMIT") != 0) id = -1;
  }
  if (transaction && id < 0) {
    char *why = strdup(sqlite3_errmsg(db));
    exec(db, "ROLLBACK");
    fprintf(stderr, _("tieuchi: the run could not be stored: %s\n"), why ? why : "?");
    free(why);
  }
  return id;
}

/* ------------------------------------------------------------ the files a run read */

static int add_scripts(const Session *s, StoreFile *out, int n, int max, int generation) {
  const Model *m = &s->model;
  static const char *const roles[] = { N_("script"), N_("children script"),
                                       N_("grandchildren script") };
  static const char *const base_roles[] = { N_("base script"), N_("children base script"),
                                            N_("grandchildren base script") };
  int g = generation < 2 ? generation : 2;
  if (n < max && m->script && m->source)
    out[n++] = (StoreFile){ roles[g], m->script, m->source, strlen(m->source) };
  if (n < max && m->base_script && m->base_source)
    out[n++] = (StoreFile){ base_roles[g], m->base_script, m->base_source, strlen(m->base_source) };
  if (s->child) n = add_scripts(s->child, out, n, max, generation + 1);
  return n;
}

int store_session_files(const Session *s, const Options *o, const StoreFile *data,
                        const StoreFile *children, StoreFile *out, int max) {
  int n = add_scripts(s, out, 0, max, 0);
  if (n < max && data) out[n++] = *data;
  if (n < max && children && s->child) out[n++] = *children;
  return n;
}

const char *store_role_text(const char *role, char *buf, size_t size) {
  if (strncmp(role, "list ", 5) == 0) snprintf(buf, size, _("list %s"), role + 5);
  else snprintf(buf, size, "%s", _(role));
  return buf;
}

/*
** The list files the evaluation read (role "list NAME"), read again: stored only when they
** still hold the bytes the evaluation read (their size and fingerprint, lists.h). Returns
** how many were added to out, or -1 (with *changed the file) when one changed.
*/
typedef struct ListBytes { char role[80]; char *bytes; } ListBytes;

static int add_lists(const Session *s, StoreFile *out, int n, int max, ListBytes *keep,
                     const char **changed) {
  int added = 0;
  for (int i = 0; i < s->lists.n && n + added < max; i++) {
    const ListTable *t = &s->lists.t[i];
    if (t->path == NULL) continue;
    size_t len;
    char *bytes = read_file(t->path, &len);
    bool same = bytes && len == t->size && lists_fingerprint(bytes, len) == t->fingerprint;
    if (!same) { free(bytes); *changed = t->path; return -1; }
    snprintf(keep[added].role, sizeof keep[added].role, "list %s", t->decl->name);
    keep[added].bytes = bytes;
    out[n + added] = (StoreFile){ keep[added].role, t->path, bytes, len };
    added++;
  }
  return added;
}

/* ------------------------------------------------------------ run --store */

void store_capture(StoreCapture *c, const Options *o) {
  memset(c, 0, sizeof *c);
  if (o->store == NULL) return;
  c->data = read_file(o->args[1], &c->data_len);
  if (o->children) c->children = read_file(o->children, &c->children_len);
  if (o->evidence) c->evidence = read_file(o->evidence, &c->evidence_len);
}

/* The bytes the evaluation read are those read before it, as long as the file still
   holds them after it (it was not being changed in between). */
static bool unchanged(const char *path, const char *bytes, size_t len) {
  size_t now_len;
  char *now = read_file(path, &now_len);
  bool same = now && bytes && now_len == len && memcmp(now, bytes, len) == 0;
  free(now);
  return same;
}

static int record(StoreCapture *c, const Options *o, Session *s, int rc) {
  const char *changed = !unchanged(o->args[1], c->data, c->data_len) ? o->args[1]
                        : s->child && o->children &&
                          !unchanged(o->children, c->children, c->children_len) ? o->children
                        : s->have_evidence &&
                          !unchanged(o->evidence, c->evidence, c->evidence_len) ? o->evidence
                        : NULL;
  StoreFile files[STORE_MAX_FILES];
  ListBytes lists[STORE_MAX_FILES] = { { "", NULL } };
  StoreFile data = { N_("data"), o->args[1], c->data, c->data_len };
  StoreFile kids = { N_("children data"), o->children, c->children, c->children_len };
  StoreFile register_ = { N_("evidence register"), o->evidence, c->evidence, c->evidence_len };
  char time[32], engine[128];
  store_now(time, sizeof time);
  store_engine(engine, sizeof engine);
  StoreRun run = { time, engine, o->args[0], o->args[1], s->child ? o->children : NULL,
                   o->period, o->decimal_comma, o->lang, rc, files, 0 };
  run.nfiles = store_session_files(s, o, &data, o->children ? &kids : NULL, files, STORE_MAX_FILES);
  if (s->have_evidence && run.nfiles < STORE_MAX_FILES) files[run.nfiles++] = register_;
  int nl = changed ? 0 : add_lists(s, files, run.nfiles, STORE_MAX_FILES, lists, &changed);
  long long id = -1;
  if (changed) {
    fprintf(stderr, _("tieuchi: %s changed while it was evaluated: the run is not stored in %s "
                      "(run it again)\n"), changed, o->store);
  } else {
    run.nfiles += nl;
    sqlite3 *db = store_open(o->store, false);
    if (db) id = store_insert(db, "main", &run, s, true);
    if (db) sqlite3_close(db);
  }
  for (int i = 0; i < STORE_MAX_FILES; i++) free(lists[i].bytes);
  if (id < 0) return -1;
  fprintf(stderr, _("tieuchi: run %lld stored in %s\n"), id, o->store);
  return 0;
}

int store_record(StoreCapture *c, const Options *o, Session *s, int rc) {
  if (o->store == NULL) return rc;
  int stored = 0;
  if (s->have_results) stored = record(c, o, s, rc);
  else   /* the run failed already: its exit code says why */
    fprintf(stderr, _("tieuchi: nothing is stored in %s: the evaluation gave no results\n"), o->store);
  free(c->data);
  free(c->children);
  free(c->evidence);
  memset(c, 0, sizeof *c);
  return stored == 0 ? rc : EXIT_USAGE;
}
