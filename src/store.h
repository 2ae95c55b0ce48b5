/*
** store.h — the run archive: an SQLite file that keeps every evaluation recorded with
** `tieuchi run --store FILE`, with the exact bytes of every file it read, their
** SHA-256, the engine version, the options, the time, the results and the trace; and
** the evaluation flattened (each input cell, each result) for `runs diff` and `replay`.
**
** The file is in WAL mode with a busy timeout: concurrent runs wait for each other.
** Each run is written in one IMMEDIATE transaction, so that a crash or a kill leaves
** the archive as it was before the run. The schema is in store_schema.c.
*/
#ifndef TC_STORE_H
#define TC_STORE_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>

#include "options.h"
#include "session.h"

extern const int store_schema_version;
extern const char *const store_schema_sql;

/* A file the evaluation read: its role, its path as opened, its bytes (not owned). */
#define STORE_MAX_FILES 48     /* scripts of three generations, datasets, evidence register, lists */

typedef struct StoreFile {
  const char *role, *path;
  const char *bytes;
  size_t size;
} StoreFile;

/* What a run is, besides its session: the options it was evaluated with. */
typedef struct StoreRun {
  const char *time;           /* ISO 8601 UTC */
  const char *engine;
  const char *script, *data, *children;
  int period;                 /* 0: none */
  bool decimal_comma;
  Lang lang;
  int exit_code;
  StoreFile *files;
  int nfiles;
} StoreRun;

/* Opens (and creates) the archive at path: WAL, busy timeout, the schema. NULL (and a
   message) when it cannot be opened or was written by a later schema. read_only opens
   an existing file only and never writes it. */
sqlite3 *store_open(const char *path, bool read_only);
/* Adds the run and the session's results to db under schema (main, or an attached
   one), in one transaction when `transaction`. Returns the run's id, or -1 (and a
   message). */
long long store_insert(sqlite3 *db, const char *schema, const StoreRun *run, Session *s,
                       bool transaction);
/* Creates the archive's tables in an attached schema (for bundles and replays). */
int store_create_schema(sqlite3 *db, const char *schema);
/* Prints "tieuchi: the run archive FILE: MESSAGE" for db's last error. */
void store_error(sqlite3 *db, const char *what);

/* The time of a run: SOURCE_DATE_EPOCH when set (reproducible archives, tests), else
   now; ISO 8601 UTC into buf. */
void store_now(char *buf, size_t size);
/* "tieuchi 0.2.0 (Lua 5.4.4, LPeg 1.0.2)" into buf. */
void store_engine(char *buf, size_t size);
/* The lower-case hex SHA-256 of the bytes into hex[65]. */
void store_sha256(const void *bytes, size_t size, char hex[65]);

/* The files a session read (its script, base script, the children's scripts …, its
   data): fills out (room for max) and returns the count. datasets are the bytes of
   the dataset and of the children's dataset (NULL when there is none). */
/* A file's role as people read it: "script", "data", "list can_bo" (translated). */
const char *store_role_text(const char *role, char *buf, size_t size);
int store_session_files(const Session *s, const Options *o, const StoreFile *data,
                        const StoreFile *children, StoreFile *out, int max);

/* The hook of `tieuchi run --store FILE`: reads the datasets' bytes before the
   evaluation (store_capture) and records the run after it (store_record). */
typedef struct StoreCapture {
  char *data, *children, *evidence;
  size_t data_len, children_len, evidence_len;
} StoreCapture;
void store_capture(StoreCapture *c, const Options *o);
/* Returns rc, or EXIT_USAGE when the run could not be stored. */
int store_record(StoreCapture *c, const Options *o, Session *s, int rc);

/* The commands: tieuchi runs list|show|diff, replay, bundle (cmd_runs.c). */
int cmd_runs(const Options *o);
int cmd_replay(const Options *o);
int cmd_bundle(const Options *o);

/* The differences between run a (in schema sa) and run b (in schema sb), printed to
   out; returns how many, or -1 on an error (store_diff.c). */
long store_diff(FILE *out, sqlite3 *db, const char *sa, long long a, const char *sb,
                long long b);

#endif
