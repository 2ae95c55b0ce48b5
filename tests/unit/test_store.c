/*
** test_store.c — the run archive's building blocks (src/store*.c): SHA-256 against the
** FIPS 180-4 examples, the time from SOURCE_DATE_EPOCH, and a session stored in an
** in-memory archive: its files by hash, its inputs and results as rows.
*/
#include "testutil.h"

#include <sqlite3.h>

#include "exitcodes.h"
#include "readfile.h"
#include "session.h"
#include "store.h"

static void sha256_vectors(void **state) {
  (void)state;
  char hex[65];
  store_sha256("abc", 3, hex);
  assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  store_sha256("", 0, hex);
  assert_string_equal(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
  store_sha256(two, strlen(two), hex);
  assert_string_equal(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  char *million = malloc(1000000);
  assert_non_null(million);
  memset(million, 'a', 1000000);
  store_sha256(million, 1000000, hex);
  assert_string_equal(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  free(million);
}

static void time_from_source_date_epoch(void **state) {
  (void)state;
  char buf[32];
  setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  store_now(buf, sizeof buf);
  assert_string_equal(buf, "2023-11-14T22:13:20Z");
  unsetenv("SOURCE_DATE_EPOCH");
}

static long long count(sqlite3 *db, const char *sql) {
  sqlite3_stmt *st;
  assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  long long n = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  return n;
}

/* A session stored twice in memory: one blob per file, and the two runs do not differ. */
static void session_rows(void **state) {
  (void)state;
  Session s = { 0 };
  EvalRequest req = { false, true, 0, NULL, NULL, NULL, NULL, 0, false };
  assert_int_equal(session_load_script(&s, "tests/cli/fixtures/small.lua"), EXIT_OK);
  assert_int_equal(session_evaluate(&s, "tests/cli/fixtures/small.csv", &req), EXIT_DATA);
  size_t len;
  char *csv = read_file("tests/cli/fixtures/small.csv", &len);
  assert_non_null(csv);
  StoreFile data = { "data", "tests/cli/fixtures/small.csv", csv, len }, files[8];
  Options o = { 0 };
  int n = store_session_files(&s, &o, &data, NULL, files, 8);
  assert_int_equal(n, 2);
  assert_string_equal(files[0].role, "script");
  StoreRun run = { "2023-11-14T22:13:20Z", "test", "tests/cli/fixtures/small.lua",
                   "tests/cli/fixtures/small.csv", NULL, 0, false, LANG_EN, EXIT_DATA, files, n };
  sqlite3 *db;
  assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
  assert_int_equal(store_create_schema(db, "main"), 0);
  assert_int_equal(store_insert(db, "main", &run, &s, true), 1);
  assert_int_equal(store_insert(db, "main", &run, &s, true), 2);
  assert_int_equal(count(db, "SELECT count(*) FROM blobs"), 2);
  assert_int_equal(count(db, "SELECT count(*) FROM files"), 4);
  assert_true(count(db, "SELECT count(*) FROM inputs WHERE run = 1") > 0);
  assert_int_equal(count(db, "SELECT count(*) FROM outcomes WHERE run = 1 AND indicator = ''"
                             " AND field = 'total'"), s.results.nunits);
  FILE *out = fopen("/dev/null", "w");
  assert_int_equal(store_diff(out, db, "main", 1, "main", 2), 0);
  fclose(out);
  sqlite3_close(db);
  free(csv);
  session_free(&s);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(sha256_vectors),
    cmocka_unit_test(time_from_source_date_epoch),
    cmocka_unit_test(session_rows),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
