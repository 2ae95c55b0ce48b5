/*
** test_emit.c — derivation lines as text and as HTML (emit.c): text output is exactly
** what explain always printed; HTML escapes every text, gives each line its depth, keeps
** a formula's own indentation without the part its lines share.
*/
#include "testutil.h"

#include "emit.h"

/* What f writes through an Emit of the given kind, in a malloc'd string. */
static char *emitted(bool html, void (*f)(Emit *)) {
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);
  assert_non_null(out);
  Emit e = { out, html };
  f(&e);
  fclose(out);
  return buf;
}

static void input_line(Emit *e) {
  emit_begin(e, "    ");
  emit_printf(e, "%s = %d", "a<b", 5);
  emit_text(e, "   ");
  emit_span(e, "src", "← %s:%d", "x&y.csv", 2);
  emit_end(e);
}

static void input_line_text_and_html(void **state) {
  (void)state;
  char *text = emitted(false, input_line), *html = emitted(true, input_line);
  assert_string_equal(text, "    a<b = 5   ← x&y.csv:2\n");
  assert_string_equal(html, "<div class=\"d2\">a&lt;b = 5   <span class=\"src\">← x&amp;y.csv:2</span></div>\n");
  free(text);
  free(html);
}

static void formula(Emit *e) { emit_code(e, "    ", "\n      x = a / b\n\n      if x > 1 then \"<\" else 0 end\n    "); }

/* The indentation the lines share goes, blank lines go, the rest stays as written. */
static void formula_text_and_html(void **state) {
  (void)state;
  char *text = emitted(false, formula), *html = emitted(true, formula);
  assert_string_equal(text, "    x = a / b\n    if x > 1 then \"<\" else 0 end\n");
  assert_string_equal(html, "<pre class=\"f d2\">x = a / b\nif x &gt; 1 then &quot;&lt;&quot; else 0 end</pre>\n");
  free(text);
  free(html);
}

static void field(Emit *e) { emit_field(e, "  ", "Căn cứ", "Nghị định 1\n& Thông tư 2\n"); }

/* A text of several lines: indented under its first line in text, line breaks kept in HTML. */
static void field_text_and_html(void **state) {
  (void)state;
  char *text = emitted(false, field), *html = emitted(true, field);
  assert_string_equal(text, "  Căn cứ: Nghị định 1\n      & Thông tư 2\n");
  assert_string_equal(html, "<div class=\"d1\"><span class=\"k\">Căn cứ:</span> "
                            "<span class=\"ml\">Nghị định 1\n&amp; Thông tư 2</span></div>\n");
  free(text);
  free(html);
}

static void long_line(Emit *e) {
  char big[2000];
  memset(big, '<', sizeof big - 1);
  big[sizeof big - 1] = '\0';
  emit_line(e, "", "%s", big);
}

/* A text longer than the first buffer is escaped whole, not cut. */
static void long_text_escaped_whole(void **state) {
  (void)state;
  char *html = emitted(true, long_line);
  size_t n = 0;
  for (const char *p = html; (p = strstr(p, "&lt;")) != NULL; p += 4) n++;
  assert_int_equal(n, 1999);
  size_t tags = 0;                             /* no '<' left but those of <div> and </div> */
  for (const char *p = html; *p; p++) tags += *p == '<';
  assert_int_equal(tags, 2);
  free(html);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(input_line_text_and_html),
    cmocka_unit_test(formula_text_and_html),
    cmocka_unit_test(field_text_and_html),
    cmocka_unit_test(long_text_escaped_whole),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
