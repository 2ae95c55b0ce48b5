/*
** html.c — self-contained HTML pages (see html.h).
*/
#include "html.h"

void html_text(FILE *out, const char *s) {
  for (; s && *s; s++) {
    switch (*s) {
      case '&': fputs("&amp;", out); break;
      case '<': fputs("&lt;", out); break;
      case '>': fputs("&gt;", out); break;
      case '"': fputs("&quot;", out); break;
      case '\'': fputs("&#39;", out); break;
      default: fputc(*s, out);
    }
  }
}

/* Readable on screen and on A4 paper; numbers in tabular figures, right-aligned. */
static const char house_css[] =
  "body{font-family:'Times New Roman',Times,'Noto Serif',serif;margin:2em auto;max-width:72em;"
  "padding:0 1em;color:#111;line-height:1.4}\n"
  "h1{font-size:1.4em;text-align:center;margin:.2em 0}h2{font-size:1.15em;margin-top:1.6em}\n"
  "table{border-collapse:collapse;margin:.6em 0;font-size:.95em}\n"
  "th,td{border:1px solid #888;padding:.25em .5em;vertical-align:top}\n"
  "th{background:#eef1f5;font-weight:bold;text-align:center}\n"
  "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n"
  ".met{color:#0a6b2a}.notmet{color:#a31515}.unknown{color:#8a6d00}\n"
  ".muted{color:#555;font-size:.9em}\n"
  "@media print{body{margin:0;max-width:none}details{display:block}}\n";

void html_begin(FILE *out, const char *title, Lang lang, const char *extra_css) {
  fprintf(out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n",
          lang == LANG_EN ? "en" : "vi");
  fputs("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>", out);
  html_text(out, title);
  fputs("</title>\n<style>\n", out);
  fputs(house_css, out);
  if (extra_css) fputs(extra_css, out);
  fputs("</style>\n</head>\n<body>\n", out);
}

void html_end(FILE *out) { fputs("</body>\n</html>\n", out); }
