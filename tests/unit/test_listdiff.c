/*
** test_listdiff.c — what runs diff says inside a list file that changed between two runs
** (src/store_listdiff.c): the cells corrected, the rows added or removed, the header
** changed, the cap on what is shown, and comment rows set aside.
*/
#include "testutil.h"

#include "text.h"

void store_diff_list(FILE *out, const char *path_a, char *a, size_t na, const char *path_b,
                     char *b, size_t nb);

/* What store_diff_list writes for two CSV texts (malloc'd). */
static char *diff(const char *a, const char *b) {
  char *text = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&text, &len);
  assert_non_null(out);
  store_diff_list(out, "a.csv", strdup(a), strlen(a), "b.csv", strdup(b), strlen(b));
  fclose(out);
  return text;
}

static void expect(const char *a, const char *b, const char *want) {
  char *got = diff(a, b);
  assert_string_equal(got, want);
  free(got);
}

#define LIST "unit,stt,ten,co\nX01,1,An,Có\nX01,2,Bình,Có\nX02,1,Chi,Không\n"

static void one_cell_corrected(void **state) {
  (void)state;
  expect(LIST, "unit,stt,ten,co\nX01,1,An,Có\nX01,2,Bình,Không\nX02,1,Chi,Không\n",
         "    row 3 (unit X01), column \"co\": \"Có\" → \"Không\"\n");
  expect(LIST, LIST, "");
}

static void rows_added_and_removed(void **state) {
  (void)state;
  expect(LIST, "unit,stt,ten,co\nX01,1,An,Có\nX01,3,Dũng,Có\nX01,2,Bình,Có\nX02,1,Chi,Không\n",
         "    rows: 3 → 4\n    row 3 (unit X01), added: X01, 3, Dũng, Có\n");
  expect(LIST, "unit,stt,ten,co\nX01,1,An,Có\nX02,1,Chi,Không\n",
         "    rows: 3 → 2\n    row 3 (unit X01), removed: X01, 2, Bình, Có\n");
}

static void header_changed(void **state) {
  (void)state;
  expect(LIST, "unit,stt,ho_ten,co\nX01,1,An,Có\n",
         "    the header changed: the columns are not compared row by row\n");
}

/* A form's comment rows are not rows; a list without a unit column names rows alone. */
static void comment_rows_and_no_unit(void **state) {
  (void)state;
  expect(LIST, "unit,stt,ten,co\n# Nội dung,STT,Tên,Có?\nX01,1,An,Có\nX01,2,Bình,Có\nX02,1,Chi,Không\n", "");
  expect("stt,co\n1,Có\n", "stt,co\n1,Không\n", "    row 2, column \"co\": \"Có\" → \"Không\"\n");
}

/* Twenty changes are shown, the others counted; a long cell is cut short. */
static void capped(void **state) {
  (void)state;
  char a[4096] = "stt,co\n", b[4096] = "stt,co\n";
  for (int i = 1; i <= 25; i++) {
    sprintf(a + strlen(a), "%d,Có\n", i);
    sprintf(b + strlen(b), "%d,Không\n", i);
  }
  char *got = diff(a, b);
  assert_non_null(strstr(got, "    row 21, column \"co\": \"Có\" → \"Không\"\n    … and 5 more\n"));
  assert_null(strstr(got, "row 22"));
  free(got);
  /* 100 "ữ" (3 bytes each): cut between characters, never inside one */
  char c[600] = "stt,ghi_chu\n1,", d[64] = "stt,ghi_chu\n1,y\n";
  for (int i = 0; i < 100; i++) strcat(c, "ữ");
  strcat(c, "\n");
  got = diff(c, d);
  assert_non_null(strstr(got, "ữ…\" (300 bytes) → \"y\""));
  assert_true(text_valid_utf8(got, strlen(got)));
  free(got);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(one_cell_corrected),
    cmocka_unit_test(rows_added_and_removed),
    cmocka_unit_test(header_changed),
    cmocka_unit_test(comment_rows_and_no_unit),
    cmocka_unit_test(capped),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
