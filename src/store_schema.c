/*
** store_schema.c — the tables of the run archive (store.h), as SQL. The archive's
** version is PRAGMA user_version: an archive written by a later schema is refused,
** an empty file gets this one. docs/architecture.md ("The run archive") describes it.
*/
#include "store.h"

const int store_schema_version = 1;

/* Every statement is idempotent: concurrent first runs may all execute it (each in
   its own IMMEDIATE transaction, one after the other). */
const char *const store_schema_sql =
  /* One evaluation: what was run, with what, by which engine, and what it gave. */
  "CREATE TABLE IF NOT EXISTS runs (\n"
  "  id        INTEGER PRIMARY KEY,\n"
  "  time      TEXT NOT NULL,     -- UTC, ISO 8601 (SOURCE_DATE_EPOCH when set)\n"
  "  engine    TEXT NOT NULL,     -- tieuchi --version\n"
  "  script    TEXT NOT NULL,     -- the script's path as given\n"
  "  data      TEXT NOT NULL,     -- the dataset's path as given\n"
  "  children  TEXT,              -- --children FILE, when the script read it\n"
  "  period    INTEGER,           -- --period YEAR, or NULL\n"
  "  decimal_comma INTEGER NOT NULL,\n"
  "  lang      TEXT NOT NULL,     -- the language of results and trace: vi or en\n"
  "  exit_code INTEGER NOT NULL,  -- what run returned (0, or 1: data problems)\n"
  "  units     INTEGER NOT NULL,\n"
  "  results   TEXT NOT NULL,     -- the results as `run` prints them (table)\n"
  "  trace     TEXT NOT NULL,     -- the derivation trace (run --trace)\n"
  "  findings  TEXT NOT NULL      -- the data problems as printed on stderr\n"
  ");\n"
  /* Every file the evaluation read, by content (a dataset shared by runs is kept once). */
  "CREATE TABLE IF NOT EXISTS blobs (\n"
  "  sha256 TEXT PRIMARY KEY,      -- lower-case hex of the bytes\n"
  "  size   INTEGER NOT NULL,\n"
  "  bytes  BLOB NOT NULL\n"
  ");\n"
  "CREATE TABLE IF NOT EXISTS files (\n"
  "  run    INTEGER NOT NULL REFERENCES runs(id),\n"
  "  role   TEXT NOT NULL,         -- script, base script, children script, data, children data,\n"
  "                                 -- evidence register, list NAME\n"
  "  path   TEXT NOT NULL,         -- as the evaluation opened it\n"
  "  sha256 TEXT NOT NULL REFERENCES blobs(sha256),\n"
  "  seq    INTEGER NOT NULL,      -- the order they were read in\n"
  "  PRIMARY KEY (run, role, path)\n"
  ");\n"
  /* The evaluation flattened, for runs diff and replay: each input cell an indicator
     read, and each result (indicator = '' for the unit's own results). */
  "CREATE TABLE IF NOT EXISTS inputs (\n"
  "  run INTEGER NOT NULL REFERENCES runs(id),\n"
  "  u INTEGER NOT NULL, unit TEXT NOT NULL,   -- the unit's position and id\n"
  "  k INTEGER NOT NULL, indicator TEXT NOT NULL,\n"
  "  input TEXT NOT NULL,        -- the name the formula uses\n"
  "  column_name TEXT,           -- the header, NULL when the column is missing\n"
  "  row INTEGER NOT NULL, col INTEGER NOT NULL,\n"
  "  cell TEXT NOT NULL, state TEXT NOT NULL,\n"
  "  PRIMARY KEY (run, unit, indicator, input)\n"
  ");\n"
  "CREATE TABLE IF NOT EXISTS outcomes (\n"
  "  run INTEGER NOT NULL REFERENCES runs(id),\n"
  "  u INTEGER NOT NULL, unit TEXT NOT NULL,\n"
  "  k INTEGER NOT NULL, indicator TEXT NOT NULL,\n"
  "  f INTEGER NOT NULL, field TEXT NOT NULL,\n"
  "  value TEXT NOT NULL,\n"
  "  PRIMARY KEY (run, unit, indicator, field)\n"
  ");\n";
