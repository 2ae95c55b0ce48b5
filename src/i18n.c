/*
** i18n.c — choosing the language of messages (see i18n.h).
*/
#include "i18n.h"

#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef LOCALEDIR
#define LOCALEDIR "/usr/local/share/locale"
#endif

static bool has_catalogue(const char *dir) {
  char path[PATH_MAX];
  if (snprintf(path, sizeof path, "%s/vi/LC_MESSAGES/" TIEUCHI_DOMAIN ".mo", dir) >= (int)sizeof path)
    return false;
  return access(path, R_OK) == 0;
}

/* Where the catalogue is: TIEUCHI_LOCALEDIR; beside the program when it runs from its
   build folder (build/locale, also for build/tests/…); PREFIX/share/locale when
   installed, found from the program's own path; else the LOCALEDIR compiled in. */
static const char *find_catalogue(char *buf, size_t size) {
  const char *env = getenv("TIEUCHI_LOCALEDIR");
  if (env && *env) return has_catalogue(env) ? env : NULL;
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash) *slash = '\0';
    static const char *const rel[] = { "/locale", "/../locale", "/../share/locale" };
    for (size_t i = 0; i < sizeof rel / sizeof rel[0]; i++) {
      if (snprintf(buf, size, "%s%s", exe, rel[i]) < (int)size && has_catalogue(buf)) return buf;
    }
  }
  return has_catalogue(LOCALEDIR) ? LOCALEDIR : NULL;
}

/* The language chosen and the strict mode's memory of what it reported: the only state
   of this module, process-wide as gettext's own (the language is chosen once, before any
   message). */
static struct {
  Lang lang;
  int strict;                  /* -1: not read from the environment yet */
  const char *reported[256];   /* msgids reported untranslated, so that each is once */
  size_t nreported;
} st = { LANG_VI, -1, { NULL }, 0 };

static bool strict_mode(void) {
  if (st.strict < 0) {
    const char *env = getenv("TIEUCHI_I18N_STRICT");
    st.strict = env && strcmp(env, "1") == 0;
  }
  return st.strict && st.lang == LANG_VI;
}

/* Reports msgid (its context cut off) when gettext returned it untranslated. */
static void check_translated(const char *msgid, const char *translated) {
  if (translated != msgid || !strict_mode() || *msgid == '\0') return;
  for (size_t i = 0; i < st.nreported; i++)
    if (strcmp(st.reported[i], msgid) == 0) return;
  if (st.nreported < sizeof st.reported / sizeof st.reported[0]) st.reported[st.nreported++] = msgid;
  const char *eot = strchr(msgid, '\004');
  fprintf(stderr, "tieuchi: untranslated: «%s»\n", eot ? eot + 1 : msgid);
}

const char *i18n_text(const char *msgid) {
  const char *t = dgettext(TIEUCHI_DOMAIN, msgid);
  check_translated(msgid, t);
  return t;
}

const char *i18n_plural(const char *one, const char *many, unsigned long n) {
  const char *t = dngettext(TIEUCHI_DOMAIN, one, many, n);
  if (t == one || t == many) check_translated(one, one);
  return t;
}

int i18n_init(Lang lang) {
  st.lang = lang;
  /* LANGUAGE decides for gettext, but only under a locale other than C: C.UTF-8 is
     built into glibc, so no Vietnamese locale needs to be installed. */
  setenv("LANGUAGE", lang == LANG_EN ? "en" : "vi", 1);
  setlocale(LC_MESSAGES, "C.UTF-8");
  if (lang == LANG_EN) return 0;
  char buf[PATH_MAX];
  const char *dir = find_catalogue(buf, sizeof buf);
  if (dir == NULL) {
    fprintf(stderr, "tieuchi: warning: the Vietnamese messages (%s.mo) are not installed; "
                    "messages are in English (set TIEUCHI_LOCALEDIR, or use --lang en)\n",
            TIEUCHI_DOMAIN);
    return -1;
  }
  bindtextdomain(TIEUCHI_DOMAIN, dir);
  bind_textdomain_codeset(TIEUCHI_DOMAIN, "UTF-8");
  return 0;
}

/* The errors a file can give when it is read or written. */
static const char *const file_errors[] = {
  N_("No such file or directory"), N_("Permission denied"), N_("Is a directory"),
  N_("Not a directory"), N_("No space left on device"), N_("Read-only file system"),
  N_("File name too long"), N_("Too many levels of symbolic links"), N_("Too many open files"),
  N_("Cannot allocate memory"), N_("Input/output error"), N_("File exists"), N_("File too large"),
};

const char *i18n_strerror(int err) {
  locale_t c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
  const char *english = c ? strerror_l(err, c) : "error";
  if (c) freelocale(c);          /* the C locale's messages are static strings */
  for (size_t i = 0; i < sizeof file_errors / sizeof file_errors[0]; i++)
    if (strcmp(english, file_errors[i]) == 0) return _(file_errors[i]);
  return english;
}

const char *i18n_ctx(const char *ctx_and_text) {
  const char *t = dgettext(TIEUCHI_DOMAIN, ctx_and_text);
  check_translated(ctx_and_text, t);
  if (t != ctx_and_text) return t;
  const char *eot = strchr(ctx_and_text, '\004');
  return eot ? eot + 1 : ctx_and_text;
}
