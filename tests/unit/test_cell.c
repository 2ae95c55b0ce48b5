/*
** test_cell.c
** Unit tests of typed cell reading (src/cell.c): cell_parse called directly on Input
** structs built here, without Lua. Every value, status and `why` text is checked
** exactly.
*/
#include "testutil.h"

#include "cell.h"

#define WHY_THOUSANDS(s)                                                              \
  "a count is a whole number: this looks like Vietnamese thousands notation (e.g. 5.000 for " \
  "5000); write it without the dots, or read the file with --decimal-comma"
#define COUNT_EXPECTED "; expected a whole number ≥ 0, e.g. 15 or 2500"
#define AMOUNT_EXPECTED "; expected a number ≥ 0, e.g. 12.5 or 3000"
#define WHY_COMMA                                                                       \
  "a comma in a number: if the file uses Vietnamese notation (12,5 and 2.500) read it " \
  "with --decimal-comma"
#define WHY_VN_NOTATION                                                             \
  "not a number in Vietnamese notation (decimal comma, '.' between groups of three " \
  "digits, e.g. 2.500,5)"
#define WHY_YESNO "not yes or no (write có/không, yes/no, x, 1/0, đã/chưa)"
#define WHY_OVER_100 \
  "a percentage over 100 % (percent cells are in percent points: 75 means 75 %)"

static const Input count_in = { .name = "n", .label = "Số lượng", .type = IN_COUNT, .owner = -1 };
static const Input amount_in = { .name = "x", .label = "Số tiền", .type = IN_AMOUNT, .owner = -1 };
static const Input percent_in = { .name = "p", .label = "Tỷ lệ", .type = IN_PERCENT, .owner = -1 };
static const Input yesno_in = { .name = "y", .label = "Có", .type = IN_YESNO, .owner = -1 };
static const Input yesno_blank_no = { .name = "w", .label = "Có wifi", .type = IN_YESNO,
                                      .blank_is_no = true, .owner = -1 };
static const Input text_in = { .name = "t", .label = "Ghi chú", .type = IN_TEXT, .owner = -1 };

static ChoiceOption roles[] = {
  { "chu_tich", "Chủ tịch" },
  { "pho_chu_tich", "Phó Chủ tịch" },
  { "khac", "Khác" },
};
static const Input choice_in = { .name = "r", .label = "Người chủ trì", .type = IN_CHOICE,
                                 .options = roles, .noptions = 3, .owner = -1 };

/* Parse NUL-terminated s; on success why must be empty. */
static CellStatus parse(const Input *in, const char *s, bool dc, double *v, char *why) {
  *v = -12345;
  strcpy(why, "not cleared");
  return cell_parse(in, s, strlen(s), dc, v, why, 256);
}

/* s reads as exactly `want` with status CELL_OK and no explanation. */
static void expect_ok(const Input *in, const char *s, bool dc, double want) {
  double v;
  char why[256];
  CellStatus st = parse(in, s, dc, &v, why);
  if (st != CELL_OK) print_error("'%s': status %d, why \"%s\"\n", s, (int)st, why);
  assert_int_equal(st, CELL_OK);
  assert_true(v == want);
  assert_string_equal(why, "");
}

/* s is rejected with exactly the explanation `want`. */
static void expect_invalid(const Input *in, const char *s, bool dc, const char *want) {
  double v;
  char why[256];
  CellStatus st = parse(in, s, dc, &v, why);
  if (st != CELL_INVALID) print_error("'%s': status %d, value %g\n", s, (int)st, v);
  assert_int_equal(st, CELL_INVALID);
  assert_string_equal(why, want);
}

/* s is blank: CELL_BLANK, value 0, no explanation. */
static void expect_blank(const Input *in, const char *s, bool dc) {
  double v;
  char why[256];
  assert_int_equal(parse(in, s, dc, &v, why), CELL_BLANK);
  assert_true(v == 0);
  assert_string_equal(why, "");
}

/* ---------------------------------------------------------------- counts */

/* Whole numbers >= 0 read as themselves, in both notations. */
static void count_whole_numbers(void **state) {
  (void)state;
  expect_ok(&count_in, "0", false, 0);
  expect_ok(&count_in, "15", false, 15);
  expect_ok(&count_in, "2500", false, 2500);
  expect_ok(&count_in, "15", true, 15);
  expect_ok(&count_in, "0", true, 0);
}

/* Spaces, tabs and no-break spaces (U+00A0) around a number are not part of it. */
static void count_trims_spaces(void **state) {
  (void)state;
  expect_ok(&count_in, " 7 ", false, 7);
  expect_ok(&count_in, "\t7\r\n", false, 7);
  expect_ok(&count_in, "\xC2\xA0" "7" "\xC2\xA0", false, 7);
  expect_ok(&count_in, " \xC2\xA0 42\xC2\xA0 ", true, 42);
}

/* A count with a decimal part is not a whole number, even when the part is zero. */
static void count_rejects_fraction(void **state) {
  (void)state;
  expect_invalid(&count_in, "5.0", false, "a count is a whole number");
  expect_invalid(&count_in, "2.5", false, "a count is a whole number");
  expect_invalid(&count_in, "1,5", true, "a count is a whole number");
}

/* "5.000" in a point-notation file is flagged as Vietnamese thousands, not read as 5;
** with decimal_comma it is 5000. */
static void count_thousands_notation(void **state) {
  (void)state;
  expect_invalid(&count_in, "5.000", false, WHY_THOUSANDS("5.000"));
  expect_invalid(&count_in, "1.000.000", false, WHY_THOUSANDS("1.000.000"));
  expect_ok(&count_in, "5.000", true, 5000);
  expect_ok(&count_in, "1.000.000", true, 1000000);
  expect_invalid(&count_in, "5.0", true, WHY_VN_NOTATION);
}

/* Negative counts, percentages in counts, and commas in point notation are refused
** with a message that says what to do. */
static void count_rejections(void **state) {
  (void)state;
  expect_invalid(&count_in, "-3", false, "a count cannot be negative");
  expect_invalid(&count_in, "-3", true, "a count cannot be negative");
  expect_invalid(&count_in, "75%", false, "a percentage in a count column: give the count itself");
  expect_invalid(&count_in, "1,5", false, WHY_COMMA);
  expect_invalid(&count_in, "2,500", false, WHY_COMMA);
  expect_invalid(&count_in, "abc", false, "not a number" COUNT_EXPECTED);
  expect_invalid(&count_in, "12abc", false, "not a number" COUNT_EXPECTED);
  expect_invalid(&count_in, "5.", false, "not a number" COUNT_EXPECTED);
  expect_invalid(&count_in, "abc", true, "not a number; expected a whole number ≥ 0, e.g. 15 or 2.500");
}

/* Over-long digit strings are refused instead of overflowing the reader's buffer. */
static void count_too_long(void **state) {
  (void)state;
  char s[300];
  memset(s, '9', sizeof s - 1);
  s[sizeof s - 1] = '\0';
  expect_invalid(&count_in, s, false, "too long to be a number (299 characters)");
  expect_invalid(&count_in, s, true, "too long to be a number (299 characters)");
}

/* A NUL byte makes a cell unreadable whatever its type ("c\0ó" is not "c", yes). */
static void nul_byte_invalid(void **state) {
  (void)state;
  double v;
  char why[256];
  static const Input *const typed[] = { &count_in, &amount_in, &percent_in, &yesno_in, &choice_in };
  for (size_t i = 0; i < sizeof typed / sizeof typed[0]; i++) {
    strcpy(why, "not cleared");
    assert_int_equal(cell_parse(typed[i], "c\0\xC3\xB3", 4, false, &v, why, sizeof why), CELL_INVALID);
    assert_string_equal(why, "a NUL byte is not text: the cell cannot be read");
  }
  assert_int_equal(cell_parse(&choice_in, "khac\0x", 6, false, &v, why, sizeof why), CELL_INVALID);
  assert_int_equal(cell_parse(&text_in, "a\0b", 3, false, &v, why, sizeof why), CELL_OK);
}

/* What spreadsheets leave in cells instead of numbers, each said for what it is. */
static void spreadsheet_leftovers(void **state) {
  (void)state;
  static const char *const excel[] = { "#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!" };
  for (size_t i = 0; i < sizeof excel / sizeof excel[0]; i++)
    expect_invalid(&count_in, excel[i], false, "an error value of the spreadsheet: its formula "
                   "failed there; correct the formula or type the value" COUNT_EXPECTED);
  expect_invalid(&amount_in, "=A1/B1", false, "a formula, not its value: type the value, or "
                 "save the sheet's values as CSV" AMOUNT_EXPECTED);
  expect_invalid(&count_in, "=SUM(C2:C9)", true, "a formula, not its value: type the value, or "
                 "save the sheet's values as CSV; expected a whole number ≥ 0, e.g. 15 or 2.500");
  static const char *const nan_inf[] = { "nan", "NaN", "inf", "-inf", "Infinity", "-nan" };
  for (size_t i = 0; i < sizeof nan_inf / sizeof nan_inf[0]; i++)
    expect_invalid(&amount_in, nan_inf[i], false,
                   "not a number ('nan' and 'inf' are not values)" AMOUNT_EXPECTED);
  static const char *const unknown[] = { "N/A", "n/a", "NA", "-", "--", "?" };
  for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++)
    expect_invalid(&count_in, unknown[i], false, "not a value: if it is not known, leave the "
                   "cell blank (missing data); if there is none, write 0" COUNT_EXPECTED);
  static const char *const sci[] = { "1e400", "1E5", "1.5E+11", "-2e-3" };
  for (size_t i = 0; i < sizeof sci / sizeof sci[0]; i++)
    expect_invalid(&amount_in, sci[i], false, "a number in scientific notation: write it in "
                   "plain digits" AMOUNT_EXPECTED);
  expect_invalid(&yesno_in, "#N/A", false, "an error value of the spreadsheet: its formula "
                 "failed there; correct the formula or type the value; expected yes or no "
                 "(có/không, yes/no, x, 1/0, đã/chưa)");
  expect_invalid(&choice_in, "=B2", false, "a formula, not its value: type the value, or save "
                 "the sheet's values as CSV; expected one of the options: chu_tich, "
                 "pho_chu_tich, khac");
  expect_invalid(&amount_in, "1e", false, "not a number" AMOUNT_EXPECTED);
  expect_invalid(&amount_in, "e5", false, "not a number" AMOUNT_EXPECTED);
  expect_invalid(&percent_in, "1e400%", false, "a number in scientific notation: write it in "
                 "plain digits; expected a percentage, e.g. 75, 75% or 12.5");
}

/* ---------------------------------------------------------------- amounts */

/* Amounts keep their decimals; decimal_comma swaps the roles of ',' and '.'. */
static void amount_notations(void **state) {
  (void)state;
  expect_ok(&amount_in, "12.5", false, 12.5);
  expect_ok(&amount_in, "3000", false, 3000);
  expect_ok(&amount_in, "12,5", true, 12.5);
  expect_ok(&amount_in, "3.000", true, 3000);
  expect_ok(&amount_in, "1.200,5", true, 1200.5);
  expect_ok(&amount_in, "2.500,5", true, 2500.5);
  expect_ok(&amount_in, "1.000.000,25", true, 1000000.25);
}

/* Malformed Vietnamese notation is refused, with the notation explained. */
static void amount_bad_comma_notation(void **state) {
  (void)state;
  expect_invalid(&amount_in, "1.20,5", true, WHY_VN_NOTATION);
  expect_invalid(&amount_in, "1.2000", true, WHY_VN_NOTATION);
  expect_invalid(&amount_in, "12.5", true, WHY_VN_NOTATION);
  expect_invalid(&amount_in, "12,", true, "nothing after the decimal comma");
  expect_invalid(&amount_in, "1,2,3", true, "not a number; expected a number ≥ 0, e.g. 12,5 or 3.000");
  expect_invalid(&amount_in, "12,5", false, WHY_COMMA);
}

/* ---------------------------------------------------------------- percents */

/* Percent cells are in percent points, with or without '%': 75 is 0.75. */
static void percent_points(void **state) {
  (void)state;
  expect_ok(&percent_in, "75", false, 0.75);
  expect_ok(&percent_in, "75%", false, 0.75);
  expect_ok(&percent_in, "75 %", false, 0.75);
  expect_ok(&percent_in, "0.5", false, 0.005);
  expect_ok(&percent_in, "100", false, 1);
  expect_ok(&percent_in, "0", false, 0);
  expect_ok(&percent_in, "75,5%", true, 0.755);
}

/* Over 100 % is read but suspect; negative is refused. */
static void percent_suspect_and_negative(void **state) {
  (void)state;
  double v;
  char why[256];
  assert_int_equal(parse(&percent_in, "150", false, &v, why), CELL_SUSPECT);
  assert_true(v == 1.5);
  assert_string_equal(why, WHY_OVER_100);
  assert_int_equal(parse(&percent_in, "100.5%", false, &v, why), CELL_SUSPECT);
  assert_true(v == 100.5 / 100);
  expect_invalid(&percent_in, "-5", false, "a percentage cannot be negative");
  expect_invalid(&percent_in, "-5%", false, "a percentage cannot be negative");
  expect_invalid(&percent_in, "%", false, "not a number; expected a percentage, e.g. 75, 75% or 12.5");
}

/* ---------------------------------------------------------------- yes/no */

/* Every documented spelling of yes, in any case and Unicode normal form. */
static void yesno_yes(void **state) {
  (void)state;
  static const char *const yes[] = {
    "có", "CÓ", "Có", "Co\xCC\x81" /* Có in NFD */, "co\xCC\x81", "co", "x", "X", "1",
    "yes", "YES", "true", "True", "đã", "ĐÃ", "da", "đạt", "Đạt", " có ",
  };
  for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++) {
    expect_ok(&yesno_in, yes[i], false, 1);
    expect_ok(&yesno_in, yes[i], true, 1);
  }
}

/* Every documented spelling of no, in any case and Unicode normal form. */
static void yesno_no(void **state) {
  (void)state;
  static const char *const no[] = {
    "không", "KHÔNG", "Không", "kho\xCC\x82ng" /* không in NFD */,
    "Kho\xCC\x82ng \xC4\x91" "a\xCC\xA3t" /* không đạt in NFD */, "khong", "0",
    "no", "No", "NO", "false", "chưa", "Chưa", "chua", "không đạt", "Không Đạt", "khong dat",
  };
  for (size_t i = 0; i < sizeof no / sizeof no[0]; i++) {
    expect_ok(&yesno_in, no[i], false, 0);
    expect_ok(&yesno_in, no[i], true, 0);
  }
}

/* Anything else is refused with the accepted spellings listed. */
static void yesno_rejections(void **state) {
  (void)state;
  expect_invalid(&yesno_in, "maybe", false, WHY_YESNO);
  expect_invalid(&yesno_in, "2", false, WHY_YESNO);
  expect_invalid(&yesno_in, "1.0", false, WHY_YESNO);
  expect_invalid(&yesno_in, "có có", false, WHY_YESNO);
  char longer[100];
  memset(longer, 'y', sizeof longer - 1);
  longer[sizeof longer - 1] = '\0';
  expect_invalid(&yesno_in, longer, false, WHY_YESNO);
}

/* A blank yes/no is missing data, unless the input says blank = "no". */
static void yesno_blank(void **state) {
  (void)state;
  expect_blank(&yesno_in, "", false);
  expect_blank(&yesno_in, "  ", false);
  expect_ok(&yesno_blank_no, "", false, 0);
  expect_ok(&yesno_blank_no, " \xC2\xA0 ", false, 0);
  expect_ok(&yesno_blank_no, "x", false, 1);
  expect_invalid(&yesno_blank_no, "?", false, WHY_YESNO);
}

/* ---------------------------------------------------------------- choices */

/* A choice cell is an option's code or text, in any case; the value is its index. */
static void choice_by_code_and_label(void **state) {
  (void)state;
  expect_ok(&choice_in, "chu_tich", false, 0);
  expect_ok(&choice_in, "pho_chu_tich", false, 1);
  expect_ok(&choice_in, "khac", false, 2);
  expect_ok(&choice_in, "Chủ tịch", false, 0);
  expect_ok(&choice_in, "Phó Chủ tịch", false, 1);
  expect_ok(&choice_in, "PHÓ CHỦ TỊCH", false, 1);
  expect_ok(&choice_in, "CHU_TICH", false, 0);
  expect_ok(&choice_in, " Khác ", false, 2);
  expect_ok(&choice_in, "Kha\xCC\x81" "c", false, 2);             /* NFD */
}

/* An unknown option is refused with the list of codes. */
static void choice_unknown(void **state) {
  (void)state;
  expect_invalid(&choice_in, "giam_doc", false,
                 "not one of the options: chu_tich, pho_chu_tich, khac");
  expect_invalid(&choice_in, "Chủ", false,
                 "not one of the options: chu_tich, pho_chu_tich, khac");
  expect_blank(&choice_in, " ", false);
}

/* The option list is cut to the buffer given, never written past it. */
static void choice_message_truncated(void **state) {
  (void)state;
  double v;
  char why[32];
  memset(why, 'Z', sizeof why);
  assert_int_equal(cell_parse(&choice_in, "?", 1, false, &v, why, 20), CELL_INVALID);
  assert_string_equal(why, "not one of the opti");
  for (size_t i = 20; i < sizeof why; i++) assert_int_equal(why[i], 'Z');
}

/* ---------------------------------------------------------------- text, blanks */

/* A text cell is read as present (value 0) whatever it holds; blank is missing. */
static void text_cells(void **state) {
  (void)state;
  expect_ok(&text_in, "https://hoabinh.gov.vn", false, 0);
  expect_ok(&text_in, "Xã Thịnh Minh, 5.000 người", false, 0);
  expect_ok(&text_in, "-3", false, 0);
  expect_blank(&text_in, "", false);
  expect_blank(&text_in, "\xC2\xA0", false);
}

/* Blank and space-only cells are missing data for every type, never 0. */
static void blank_cells_every_type(void **state) {
  (void)state;
  const Input *all[] = { &count_in, &amount_in, &percent_in, &yesno_in, &choice_in, &text_in };
  const char *blanks[] = { "", " ", "   ", "\t", " \t \r\n", "\xC2\xA0", "\xC2\xA0\xC2\xA0 " };
  for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
    for (size_t j = 0; j < sizeof blanks / sizeof blanks[0]; j++) {
      expect_blank(all[i], blanks[j], false);
      expect_blank(all[i], blanks[j], true);
    }
}

/* Negative amounts and percentages in amount columns are refused. */
static void amount_rejections(void **state) {
  (void)state;
  double v;
  char why[256];
  assert_int_equal(parse(&amount_in, "-12.5", false, &v, why), CELL_INVALID);
  assert_non_null(strstr(why, "amount cannot be negative"));
  assert_int_equal(parse(&amount_in, "12.5%", false, &v, why), CELL_INVALID);
  assert_non_null(strstr(why, "amount column: give the amount itself"));
  expect_invalid(&amount_in, "1 000", false, "spaces inside a number: write the digits "
                 "together" AMOUNT_EXPECTED);
  expect_invalid(&amount_in, "1\xC2\xA0" "000,5", true, "spaces inside a number: write the "
                 "digits together; expected a number ≥ 0, e.g. 12,5 or 3.000");
  expect_invalid(&amount_in, ".5", false, "not a number" AMOUNT_EXPECTED);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(count_whole_numbers),
    cmocka_unit_test(count_trims_spaces),
    cmocka_unit_test(count_rejects_fraction),
    cmocka_unit_test(count_thousands_notation),
    cmocka_unit_test(count_rejections),
    cmocka_unit_test(count_too_long),
    cmocka_unit_test(spreadsheet_leftovers),
    cmocka_unit_test(nul_byte_invalid),
    cmocka_unit_test(amount_notations),
    cmocka_unit_test(amount_bad_comma_notation),
    cmocka_unit_test(percent_points),
    cmocka_unit_test(percent_suspect_and_negative),
    cmocka_unit_test(yesno_yes),
    cmocka_unit_test(yesno_no),
    cmocka_unit_test(yesno_rejections),
    cmocka_unit_test(yesno_blank),
    cmocka_unit_test(choice_by_code_and_label),
    cmocka_unit_test(choice_unknown),
    cmocka_unit_test(choice_message_truncated),
    cmocka_unit_test(text_cells),
    cmocka_unit_test(blank_cells_every_type),
    cmocka_unit_test(amount_rejections),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
