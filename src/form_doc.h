/*
** form_doc.h — a document for people, independent of its format: pages (one per form,
** one XLSX sheet each) made of title lines, headings, paragraphs, bullets, preformatted
** text and tables whose cells are typed (text, number, percentage, met or not). The
** official forms (forms.c) and the comparison of two datasets (compare.c) build one;
** form_md.c, form_html.c, form_xlsx.c and form_text.c render it (form_out.h). So each
** form is built once and every format shows the same cells.
**
** Everything lives in the document's arena: one form_doc_free releases it. A failed
** allocation sets doc->oom; the builders then do nothing and the renderers are not run.
*/
#ifndef TC_FORM_DOC_H
#define TC_FORM_DOC_H

#include <stdbool.h>
#include <stdint.h>
#include "arena.h"
#include "labels.h"

typedef enum FormCellKind {
  FC_TEXT,        /* text (codes such as "1.10" stay text, never numbers) */
  FC_NUMBER,      /* n, shown with `decimals` */
  FC_PERCENT,     /* n as a fraction (0.8 = 80 %), shown with `decimals` */
  FC_MET          /* an assessment: met says which; text is its word */
} FormCellKind;

typedef enum FormMet { FM_MET, FM_NOT_MET, FM_UNKNOWN, FM_NOT_ASSIGNED } FormMet;

typedef struct FormCell {
  uint8_t kind;           /* FormCellKind */
  uint8_t met;            /* FormMet, for FC_MET */
  int decimals;           /* FC_NUMBER, FC_PERCENT */
  double n;               /* FC_NUMBER, FC_PERCENT; always finite */
  const char *text;       /* what text formats show, for every kind; "" when empty */
} FormCell;

typedef struct FormRow {
  FormCell *cells;        /* ncols of the table */
  bool group;             /* a group's heading row, or a total: shown bold */
} FormRow;

/*
** Columns have a head and, optionally, a band: a label over the heads of neighbouring
** columns with the same band (the tier over its mandatory/extended columns). A column
** without a band has its head over both header rows.
*/
typedef struct FormTable {
  int ncols;
  const char **head, **band;   /* [ncols]; band[c] may be NULL */
  int *width;                  /* [ncols]: column width in characters (XLSX) */
  FormRow *rows;
  int nrows, cap;
} FormTable;

typedef enum FormBlockKind {
  FB_TITLE,       /* a title line, centred and bold ("PHỤ LỤC 01") */
  FB_SUBTITLE,    /* a line under the title, centred ("(Kèm theo …)") */
  FB_HEADING,     /* a section heading */
  FB_TEXT,        /* a paragraph */
  FB_BULLET,      /* an item of a list */
  FB_PRE,         /* preformatted text (a derivation), lines kept as they are */
  FB_TABLE
} FormBlockKind;

typedef struct FormBlock {
  uint8_t kind;           /* FormBlockKind */
  const char *text;       /* every kind but FB_TABLE */
  FormTable *table;       /* FB_TABLE */
} FormBlock;

typedef struct FormPage {
  const char *name;       /* the XLSX sheet's name (a unit id, "Biểu 03") */
  FormBlock *blocks;
  int nblocks, cap;
} FormPage;

typedef struct FormDoc {
  const char *title;      /* the HTML page's title */
  Lang lang;
  FormPage *pages;
  int npages, cap;
  bool oom;
  Arena arena;
} FormDoc;

void form_doc_init(FormDoc *d, const char *title, Lang lang);
void form_doc_free(FormDoc *d);

/* A copy of the formatted text in the document's arena ("" when out of memory). */
const char *form_str(FormDoc *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A new page at the end; NULL when out of memory. */
FormPage *form_page(FormDoc *d, const char *name);
/* A block of text (copied) at the end of page p. */
void form_add(FormDoc *d, FormPage *p, FormBlockKind kind, const char *text);
/* The same with printf formatting. */
void form_addf(FormDoc *d, FormPage *p, FormBlockKind kind, const char *fmt, ...)
  __attribute__((format(printf, 4, 5)));
/* A table of ncols columns at the end of page p; NULL when out of memory. */
FormTable *form_table(FormDoc *d, FormPage *p, int ncols);
/* Column c's head, band (or NULL) and width (characters). Texts are copied. */
void form_column(FormDoc *d, FormTable *t, int c, const char *band, const char *head, int width);
/* A new row of empty text cells; NULL when out of memory. */
FormRow *form_row(FormDoc *d, FormTable *t, bool group);

/* Cell setters; texts are copied. A non-finite number becomes an empty text cell. */
void cell_text(FormDoc *d, FormCell *c, const char *text);
void cell_number(FormDoc *d, FormCell *c, double n, int decimals);
void cell_percent(FormDoc *d, FormCell *c, double fraction, int decimals);
void cell_met(FormDoc *d, FormCell *c, FormMet met);

/* The word of an assessment: "Đạt", "Không đạt", "Chưa xác định", "Không giao". */
const char *form_met_word(FormMet met, Lang lang);

#endif
