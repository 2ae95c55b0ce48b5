/*
** report_assets.h — what the HTML report carries inline besides its content: its additions
** to the house style (html.c) and its one script (sorting the results table, opening the
** <details> a link points to). Nothing is fetched; the page reads without the script.
*/
#ifndef TC_REPORT_ASSETS_H
#define TC_REPORT_ASSETS_H

extern const char report_css[];
extern const char report_js[];

#endif
