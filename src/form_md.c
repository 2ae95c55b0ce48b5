/*
** form_md.c — a document as GitHub-flavoured Markdown (see form_out.h).
**
** Every text is escaped, so a criterion's text can never become markup: the characters
** Markdown gives a meaning anywhere (\ ` * _ [ ] < > | ~ &) get a backslash, and those
** that only mean something at the start of a line (# + - = and "1." of an ordered list)
** are escaped at the start of a paragraph or list item. A line break inside a text
** becomes <br> (the one tag written on purpose), since a table cell cannot hold a newline,
** so a text never starts a new line of the Markdown source.
*/
#include "form_out.h"

#include <string.h>

/* start: whether s begins a line of a paragraph or list item (not a table cell or a
** heading), where # + - = and "1." would start a block. */
static void md_escape(FILE *out, const char *s, bool start) {
  bool line_start = start;
  for (const char *p = s ? s : ""; *p; p++) {
    if (*p == '\r') continue;
    if (*p == '\n') { fputs("<br>", out); continue; }     /* no new line in the source */
    if (line_start) {
      size_t digits = strspn(p, "0123456789");
      if (strchr("#+-=", *p) && *p) fputc('\\', out);
      else if (digits > 0 && (p[digits] == '.' || p[digits] == ')')) {
        fwrite(p, 1, digits, out);                 /* "1.10" would start a list: "1\.10" */
        fputc('\\', out);
        p += digits;
      }
      line_start = false;
    }
    if (strchr("\\`*_[]<>|~&", *p)) fputc('\\', out);
    fputc(*p, out);
  }
}

/* A numeric column is right-aligned: every filled cell below its head is a number. */
static bool numeric_column(const FormTable *t, int c) {
  bool any = false;
  for (int r = 0; r < t->nrows; r++) {
    const FormCell *cell = &t->rows[r].cells[c];
    if (cell->text[0] == '\0' || t->rows[r].group) continue;
    if (cell->kind != FC_NUMBER && cell->kind != FC_PERCENT) return false;
    any = true;
  }
  return any;
}

/* A head under a band reads "band: head" (Markdown has one header row). */
static void md_table(FILE *out, const FormTable *t) {
  for (int c = 0; c < t->ncols; c++) {
    fputs(c ? " | " : "| ", out);
    if (t->band[c]) { md_escape(out, t->band[c], false); fputs(": ", out); }
    md_escape(out, t->head[c], false);
  }
  fputs(" |\n", out);
  for (int c = 0; c < t->ncols; c++) fputs(numeric_column(t, c) ? "|---:" : "|---", out);
  fputs("|\n", out);
  for (int r = 0; r < t->nrows; r++) {
    const FormRow *row = &t->rows[r];
    for (int c = 0; c < t->ncols; c++) {
      const char *s = row->cells[c].text;
      fputs(c ? " | " : "| ", out);
      bool bold = row->group && s[0] != '\0';
      if (bold) fputs("**", out);
      md_escape(out, s, false);
      if (bold) fputs("**", out);
    }
    fputs(" |\n", out);
  }
}

/* A fence longer than any run of backticks in the text, so the text cannot close it. */
static void md_pre(FILE *out, const char *text) {
  size_t longest = 0, run = 0;
  for (const char *p = text; *p; p++) {
    run = *p == '`' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  size_t n = longest < 3 ? 3 : longest + 1;
  for (size_t i = 0; i < n; i++) fputc('`', out);
  fputs("text\n", out);
  fputs(text, out);
  if (text[0] && text[strlen(text) - 1] != '\n') fputc('\n', out);
  for (size_t i = 0; i < n; i++) fputc('`', out);
  fputc('\n', out);
}

static void md_block(FILE *out, const FormBlock *b) {
  switch ((FormBlockKind)b->kind) {
    case FB_TITLE: fputs("# ", out); md_escape(out, b->text, false); fputc('\n', out); break;
    case FB_SUBTITLE: fputc('*', out); md_escape(out, b->text, false); fputs("*\n", out); break;
    case FB_HEADING: fputs("## ", out); md_escape(out, b->text, false); fputc('\n', out); break;
    case FB_TEXT: md_escape(out, b->text, true); fputc('\n', out); break;
    case FB_BULLET: fputs("- ", out); md_escape(out, b->text, true); fputc('\n', out); break;
    case FB_PRE: md_pre(out, b->text); break;
    case FB_TABLE: md_table(out, b->table); break;
  }
}

void form_md(FILE *out, const FormDoc *d) {
  for (int p = 0; p < d->npages; p++) {
    const FormPage *page = &d->pages[p];
    if (p > 0) fputs("\n---\n\n", out);
    for (int i = 0; i < page->nblocks; i++) {
      const FormBlock *b = &page->blocks[i];
      bool list = b->kind == FB_BULLET && i > 0 && page->blocks[i - 1].kind == FB_BULLET;
      if (i > 0 && !list) fputc('\n', out);          /* a blank line ends the previous block */
      md_block(out, b);
    }
  }
}
