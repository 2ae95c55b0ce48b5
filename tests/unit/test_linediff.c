/*
** test_linediff.c — the line diff of tieuchi diff (linediff.c): lines in common kept in
** order, removals before additions, blank lines and the spaces around lines ignored.
*/
#include "testutil.h"

#include "linediff.h"

static char *diffed(const char *a, const char *b) {
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);
  assert_non_null(out);
  assert_int_equal(linediff(out, "> ", a, b), 0);
  fclose(out);
  return buf;
}

static void one_line_changed(void **state) {
  (void)state;
  char *s = diffed("ty_le = a / b\nif ty_le >= 85% then max else 0 end\n",
                   "ty_le = a / b\nif ty_le >= 80% then max else 0 end\n");
  assert_string_equal(s, ">   ty_le = a / b\n"
                         "> - if ty_le >= 85% then max else 0 end\n"
                         "> + if ty_le >= 80% then max else 0 end\n");
  free(s);
}

static void indentation_and_blank_lines_ignored(void **state) {
  (void)state;
  char *s = diffed("\n    x = a / b\n\n    x\n  ", "x = a / b\nx");
  assert_string_equal(s, ">   x = a / b\n>   x\n");
  free(s);
}

static void added_and_removed_lines(void **state) {
  (void)state;
  char *s = diffed("a\nb\nc", "a\nc\nd");
  assert_string_equal(s, ">   a\n> - b\n>   c\n> + d\n");
  free(s);
  s = diffed("", "x");
  assert_string_equal(s, "> + x\n");
  free(s);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(one_line_changed),
    cmocka_unit_test(indentation_and_blank_lines_ignored),
    cmocka_unit_test(added_and_removed_lines),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
