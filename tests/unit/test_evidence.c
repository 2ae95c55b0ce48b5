/*
** test_evidence.c — the evidence register (src/evidence.c): documents listed per unit
** and indicator in the register's order, rows naming nothing known reported, and the
** indicators that require evidence and have none found per unit.
*/
#include "testutil.h"

#include <unistd.h>

#include "evidence.h"

static const char *const script =
  "decision \"test/evidence\" { title = \"Evidence\", level = \"xã\" }\n"
  "contexts { periods = { 2024 } }\n"
  "group \"1\" { \"Chung\" }\n"
  "indicator \"1.1\" { \"Kế hoạch\", co = yesno \"co\", value = \"co\", target = { [2024] = \"yes\" },\n"
  "  evidence = \"Kế hoạch năm\" }\n"
  "indicator \"1.2\" { \"Tỷ lệ\", a = count \"a\", b = count \"b\", value = \"a / b\",\n"
  "  target = { [2024] = \">= 50%\" }, evidence = \"Danh sách\" }\n"
  "indicator \"1.3\" { \"Không cần\", c = yesno \"c\", value = \"c\", target = { [2024] = \"yes\" } }\n";

static const char *const data =
  "unit,name,period,1.1.co,1.2.a,1.2.b,1.3.c\n"
  "X1,Xã A,2024,có,5,10,có\n"
  "X2,Xã B,2024,không,1,10,có\n";

/* The evaluated fixture, and a register holding text in a new file named into path. */
static Fix *load_with_register(char *path, const char *text) {
  Fix *f = calloc(1, sizeof *f);
  assert_non_null(f);
  tu_fix_load_period(f, script, data, 2024);
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  FILE *out = fdopen(fd, "w");
  assert_non_null(out);
  fputs(text, out);
  fclose(out);
  return f;
}

static void register_is_read(void **state) {
  (void)state;
  char path[] = "/tmp/tieuchi-evidence-XXXXXX";
  Fix *f = load_with_register(path, "Đơn vị,Chỉ tiêu,Minh chứng\n"
                   "X1,1.1,ke-hoach.pdf\n"
                   " X1 , 1.1 , https://example.org/bao-cao \n"
                   "X9,1.1,x.pdf\n"
                   "X1,7.7,y.pdf\n"
                   "X2,1.2,\n");
  Evidence ev;
  DiagList dl = { 0 };
  assert_int_equal(evidence_load(path, &f->m, &f->ds, &ev, &dl), 0);
  assert_int_equal(dl.nwarnings, 3);            /* X9, 7.7, a row without a document */
  char buf[256];
  assert_true(evidence_list(&ev, 0, 0, buf, sizeof buf) > 0);
  assert_string_equal(buf, "ke-hoach.pdf; https://example.org/bao-cao");
  assert_int_equal(evidence_list(&ev, 1, 1, buf, sizeof buf), 0);
  assert_true(evidence_required(&f->m, &f->r, 0, 0));
  assert_false(evidence_required(&f->m, &f->r, 0, 2));   /* 1.3 requires none */
  DiagList missing = { 0 };
  evidence_findings(&ev, &f->m, &f->ds, &f->r, &missing);
  char *text = tu_diags(&missing);
  assert_non_null(strstr(text, "unit X1: 1 indicator that requires evidence has none in the register: 1.2"));
  assert_non_null(strstr(text, "unit X2: 2 indicators that require evidence have none in the register: 1.1, 1.2"));
  free(text);
  diag_free(&missing);
  diag_free(&dl);
  evidence_free(&ev);
  unlink(path);
  tu_fix_free(f);
  free(f);
}

static void missing_column_is_an_error(void **state) {
  (void)state;
  char path[] = "/tmp/tieuchi-evidence-XXXXXX";
  Fix *f = load_with_register(path, "unit,indicator,file\nX1,1.1,a.pdf\n");
  Evidence ev;
  DiagList dl = { 0 };
  assert_int_equal(evidence_load(path, &f->m, &f->ds, &ev, &dl), -1);
  char *text = tu_diags(&dl);
  assert_non_null(strstr(text, "no column \"evidence\""));
  free(text);
  diag_free(&dl);
  evidence_free(&ev);
  unlink(path);
  tu_fix_free(f);
  free(f);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(register_is_read),
    cmocka_unit_test(missing_column_is_an_error),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
