/*
** i18n.h — messages and labels in the user's language, through GNU gettext.
**
** Messages are written in English in the code and marked: _("…") translates now,
** N_("…") only marks (for tables of strings translated later), NC_("label", "…") marks
** a label with a context so that a short word never collides with a message. The
** Vietnamese catalogue (po/vi.po, compiled into LOCALE/vi/LC_MESSAGES/tieuchi.mo) holds
** the translations; English needs none. diag_add and diag_hint translate their format
** themselves: their call sites need no marking (xgettext knows them as keywords).
*/
#ifndef TC_I18N_H
#define TC_I18N_H

#include <libintl.h>
#include <stdbool.h>
#include "labels.h"

#define TIEUCHI_DOMAIN "tieuchi"
#define _(s) i18n_text(s)
#define N_(s) s
#define NC_(ctx, s) ctx "\004" s
/* A message whose noun follows a count: "1 warning", "2 warnings" (Vietnamese has one form). */
#define P_(one, many, n) i18n_plural(one, many, n)

/* Chooses the language of messages for the whole process: Vietnamese through the
** catalogue, English as written. Returns 0, or -1 when the Vietnamese catalogue
** cannot be found (then messages stay English, and a warning says so). */
int i18n_init(Lang lang);
/* The system's message for errno err, in the user's language: the C library's English,
** translated by our catalogue (not the C library's: that one may or may not be
** installed, and outputs must not depend on it). */
const char *i18n_strerror(int err);
/* The translation of msgid in the language chosen (msgid itself in English). Under
** TIEUCHI_I18N_STRICT=1 in Vietnamese, a msgid the catalogue lacks is reported on
** stderr ("tieuchi: untranslated: «…»"), once: tests/cli/checks/catalogue.sh relies on it. */
const char *i18n_text(const char *msgid) __attribute__((format_arg(1)));
/* ngettext: one or many by n, translated. */
const char *i18n_plural(const char *one, const char *many, unsigned long n)
  __attribute__((format_arg(1))) __attribute__((format_arg(2)));
/* The translation of an NC_() string, or its English text (after the context). */
const char *i18n_ctx(const char *ctx_and_text);

#endif
