/*
** form_html.c — a document as one self-contained HTML page (see form_out.h). Every text
** goes through html_text; a line break inside a text becomes <br>.
*/
#include "form_out.h"

#include <string.h>

#include "html.h"

/* The forms' own look, added to the house style of html.c. */
static const char form_css[] =
  ".title{text-align:center;font-weight:bold;margin:.15em 0}\n"
  ".subtitle{text-align:center;font-style:italic;margin:.15em 0 1em}\n"
  "section.page+section.page{border-top:1px solid #bbb;margin-top:2.5em;padding-top:1em}\n"
  "tr.group td{font-weight:bold;background:#f6f7f9}\n"
  "pre{white-space:pre-wrap;font-size:.85em;background:#f7f7f7;padding:.5em;border:1px solid #ddd}\n"
  "@media print{section.page+section.page{break-before:page;border:0;margin:0}}\n";

/* Text with its line breaks kept. */
static void html_lines(FILE *out, const char *s) {
  const char *p = s ? s : "";
  for (;;) {
    size_t n = strcspn(p, "\n");
    char line[1024];
    while (n > 0) {                     /* html_text wants a C string: copy in pieces */
      size_t k = n < sizeof line - 1 ? n : sizeof line - 1;
      memcpy(line, p, k);
      line[k] = '\0';
      html_text(out, line);
      p += k;
      n -= k;
    }
    if (*p != '\n') return;
    fputs("<br>", out);
    p++;
  }
}

/* Two header rows when a column has a band: the band spans its neighbours, and a
** column without one has its head over both rows. */
static void html_head(FILE *out, const FormTable *t) {
  bool bands = false;
  for (int c = 0; c < t->ncols; c++) bands = bands || t->band[c];
  fputs("<thead>\n<tr>", out);
  for (int c = 0; c < t->ncols; c++) {
    if (!t->band[c]) {
      fputs(bands ? "<th rowspan=\"2\">" : "<th>", out);
      html_lines(out, t->head[c]);
      fputs("</th>", out);
      continue;
    }
    if (c > 0 && t->band[c - 1] && strcmp(t->band[c - 1], t->band[c]) == 0) continue;
    int span = 1;
    while (c + span < t->ncols && t->band[c + span] && strcmp(t->band[c + span], t->band[c]) == 0) span++;
    fprintf(out, "<th colspan=\"%d\">", span);
    html_lines(out, t->band[c]);
    fputs("</th>", out);
  }
  fputs("</tr>\n", out);
  if (bands) {
    fputs("<tr>", out);
    for (int c = 0; c < t->ncols; c++) {
      if (!t->band[c]) continue;
      fputs("<th>", out);
      html_lines(out, t->head[c]);
      fputs("</th>", out);
    }
    fputs("</tr>\n", out);
  }
  fputs("</thead>\n", out);
}

static const char *cell_class(const FormCell *c) {
  static const char *const met[] = { "met", "notmet", "unknown", "muted" };
  if (c->kind == FC_NUMBER || c->kind == FC_PERCENT) return "num";
  if (c->kind == FC_MET) return met[c->met <= FM_NOT_ASSIGNED ? c->met : FM_UNKNOWN];
  return NULL;
}

static void html_table(FILE *out, const FormTable *t) {
  fputs("<table>\n", out);
  html_head(out, t);
  fputs("<tbody>\n", out);
  for (int r = 0; r < t->nrows; r++) {
    const FormRow *row = &t->rows[r];
    fputs(row->group ? "<tr class=\"group\">" : "<tr>", out);
    for (int c = 0; c < t->ncols; c++) {
      const char *cls = cell_class(&row->cells[c]);
      if (cls) fprintf(out, "<td class=\"%s\">", cls);
      else fputs("<td>", out);
      html_lines(out, row->cells[c].text);
      fputs("</td>", out);
    }
    fputs("</tr>\n", out);
  }
  fputs("</tbody>\n</table>\n", out);
}

/* One block; consecutive bullets share one list (open says whether it is open). */
static void html_block(FILE *out, const FormBlock *b, bool *open) {
  if (*open && b->kind != FB_BULLET) { fputs("</ul>\n", out); *open = false; }
  static const char *const tags[][2] = {
    [FB_TITLE] = { "<p class=\"title\">", "</p>\n" },
    [FB_SUBTITLE] = { "<p class=\"subtitle\">", "</p>\n" },
    [FB_HEADING] = { "<h2>", "</h2>\n" },
    [FB_TEXT] = { "<p>", "</p>\n" },
    [FB_BULLET] = { "<li>", "</li>\n" },
    [FB_PRE] = { "<pre>", "</pre>\n" },
  };
  if (b->kind == FB_TABLE) { html_table(out, b->table); return; }
  if (b->kind == FB_BULLET && !*open) { fputs("<ul>\n", out); *open = true; }
  fputs(tags[b->kind][0], out);
  if (b->kind == FB_PRE) html_text(out, b->text);    /* <pre> keeps the newlines */
  else html_lines(out, b->text);
  fputs(tags[b->kind][1], out);
}

void form_html(FILE *out, const FormDoc *d) {
  html_begin(out, d->title, d->lang, form_css);
  for (int p = 0; p < d->npages; p++) {
    const FormPage *page = &d->pages[p];
    bool open = false;
    fputs("<section class=\"page\">\n", out);
    for (int i = 0; i < page->nblocks; i++) html_block(out, &page->blocks[i], &open);
    if (open) fputs("</ul>\n", out);
    fputs("</section>\n", out);
  }
  html_end(out);
}
