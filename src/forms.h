/*
** forms.h — the official forms of the seeds, filled from an evaluation, as documents of
** form_doc.h (rendered by form_out.h):
**
**   Mẫu 01 / Phụ lục 01  seed 004 (Cẩm Tân, on Thanh Hóa 1829): a commune's self-assessment,
**                        one page per unit: TT, Tên chỉ tiêu, Đơn vị tính, Chỉ tiêu, Kết quả,
**                        Đánh giá (Đạt/Không đạt), Tài liệu minh chứng, Ghi chú; per group
**                        the criteria met / in progress / not completed; "đạt x/y chỉ tiêu".
**   Mẫu 02 / Phụ lục 02  the district's appraisal: the same table with the commune's result
**                        and the appraised one side by side (two evaluations, compare.c).
**   Biểu 03              seed 003 (Yên Bái 02/HD-UBND): the results report, per unit and
**                        tier the mandatory and extended criteria met and the recognition.
**
** Mẫu 01/02 need a decision with targets per year, Biểu 03 one with tiers.
*/
#ifndef TC_FORMS_H
#define TC_FORMS_H

#include <stdbool.h>
#include <stddef.h>
#include "dataset.h"
#include "eval.h"
#include "form_doc.h"
#include "model.h"

typedef enum FormKind { FORM_NONE, FORM_MAU01, FORM_MAU02, FORM_BIEU03 } FormKind;

/* One evaluated dataset: what a form is filled from. */
typedef struct Evaluated {
  const Model *m;
  const Dataset *ds;
  const Results *r;
} Evaluated;

/* The form by its name (mau01, mau02, bieu03), or FORM_NONE. */
FormKind forms_by_name(const char *name);
/* The form a decision has: Mẫu 01 for targets per year, Biểu 03 for tiers, else none. */
FormKind forms_default(const Model *m);
/* Whether form k fits decision m; when not, why (and which forms exist) in why. */
bool forms_fits(FormKind k, const Model *m, char *why, size_t size);

/* Mẫu 01 / Phụ lục 01 of unit u: one page. */
void forms_mau01(FormDoc *d, const Evaluated *e, int u);
/* Mẫu 02 / Phụ lục 02: unit us of the self-assessment beside unit ua of the appraisal. */
void forms_mau02(FormDoc *d, const Evaluated *self, const Evaluated *appr, int us, int ua);
/* Biểu 03: every unit, or only unit `only` (>= 0) with each of its criteria in detail.
   year: the report's year as text, or NULL (left for the reader: "……"). */
void forms_bieu03(FormDoc *d, const Evaluated *e, int only, const char *year);

/* ---- what the forms and compare share: one criterion's cells ---- */

/* The "Đơn vị tính" of a criterion: its declared unit, else from its value (docs/language.md). */
const char *forms_unit(const Model *m, const Indicator *ind, Lang lang);
/* Whether a criterion's value is a share shown in percent. */
bool forms_is_percent(const Model *m, const Indicator *ind);
/* A target as the decision writes it: "≥ 80 %", "Có", or the rule's text. */
const char *forms_target(FormDoc *d, const Target *t);
/* Criterion k's value for unit u, typed (percent, number, Có/Không); empty when unknown. */
void forms_value_cell(FormDoc *d, FormCell *c, const Evaluated *e, int u, int k);
/* Input `input` of unit u as the dataset holds it, typed. */
void forms_input_cell(FormDoc *d, FormCell *c, const Evaluated *e, int u, int input);
/* Whether a yes/no that may be unknown, or V_NONE (not assigned), is met. */
FormMet forms_met(const Value *v);
/* "Quyết định 1829/QĐ-UBND (2023-05-30) — title" */
const char *forms_decision_line(FormDoc *d, const Model *m);

#endif
