/*
** store_diff.c — what changed between two stored runs, and why (see store.h): the
** script and every file by hash, the engine and the options; then per unit and
** indicator, every input cell that changed (unit, indicator, input, column, row, old →
** new) and every result that changed (score, value, target met, total, rank, level …).
** The two runs may be in different schemas of one connection (a replay is compared
** from memory with the archive it came from).
*/
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "store.h"

typedef struct Pair {
  sqlite3 *db;
  const char *sa, *sb;
  long long a, b;
} Pair;

static sqlite3_stmt *query(const Pair *p, const char *fmt) {
  /* Every statement names the schemas in the order a, b, a, b … */
  char *sql = sqlite3_mprintf(fmt, p->sa, p->sb, p->sa, p->sb, p->sa, p->sb);
  sqlite3_stmt *st = NULL;
  if (sql && sqlite3_prepare_v2(p->db, sql, -1, &st, NULL) != SQLITE_OK) st = NULL;
  sqlite3_free(sql);
  if (st == NULL) return NULL;
  for (int i = 1; i <= sqlite3_bind_parameter_count(st); i++)
    sqlite3_bind_int64(st, i, i % 2 ? p->a : p->b);
  return st;
}

static const char *col(sqlite3_stmt *st, int i) {
  const unsigned char *t = sqlite3_column_text(st, i);
  return t ? (const char *)t : NULL;
}

/* A cell or a value in quotes; "(none)" when there is none. */
static void quoted(FILE *out, const char *s) {
  if (s) fprintf(out, "\"%s\"", s); else fputs(_("(none)"), out);
}

/* ------------------------------------------------------------ the files and options */

/* Takes the two files' bytes (malloc'd) and frees them (store_listdiff.c). */
void store_diff_list(FILE *out, const char *path_a, char *a, size_t na, const char *path_b,
                     char *b, size_t nb);

/* The bytes stored under sha256 in schema (malloc'd, *size set), or NULL. */
static char *blob(const Pair *p, const char *schema, const char *sha256, size_t *size) {
  char *sql = sqlite3_mprintf("SELECT bytes, size FROM \"%w\".blobs WHERE sha256 = ?", schema);
  sqlite3_stmt *st = NULL;
  if (sql) sqlite3_prepare_v2(p->db, sql, -1, &st, NULL);
  sqlite3_free(sql);
  char *bytes = NULL;
  if (st) sqlite3_bind_text(st, 1, sha256, -1, SQLITE_STATIC);
  if (st && sqlite3_step(st) == SQLITE_ROW) {
    *size = (size_t)sqlite3_column_int64(st, 1);
    bytes = malloc(*size + 1);
    if (bytes && *size) memcpy(bytes, sqlite3_column_blob(st, 0), *size);
    if (bytes) bytes[*size] = '\0';
  }
  sqlite3_finalize(st);
  return bytes;
}

/* A list file that changed: its cells and rows (store_listdiff.c). */
static void list_rows(FILE *out, const Pair *p, const char *pa, const char *ha, const char *pb,
                      const char *hb) {
  size_t na = 0, nb = 0;
  char *a = blob(p, p->sa, ha, &na), *b = blob(p, p->sb, hb, &nb);
  if (a && b) store_diff_list(out, pa, a, na, pb, b, nb);
  else { free(a); free(b); }
}

static long diff_files(FILE *out, const Pair *p) {
  sqlite3_stmt *st = query(p,
      "SELECT coalesce(a.role, b.role), a.path, b.path, a.sha256, b.sha256"
      " FROM (SELECT * FROM \"%w\".files WHERE run = ?1) a"
      " FULL OUTER JOIN (SELECT * FROM \"%w\".files WHERE run = ?2) b ON a.role = b.role"
      " ORDER BY coalesce(a.seq, b.seq)");
  if (st == NULL) return -1;
  long n = 0;
  while (sqlite3_step(st) == SQLITE_ROW) {
    char rb[96];
    const char *role = store_role_text(col(st, 0), rb, sizeof rb), *pa = col(st, 1), *pb = col(st, 2);
    const char *ha = col(st, 3), *hb = col(st, 4);
    if (pa && pb && strcmp(ha, hb) == 0) {
      fprintf(out, _("  %s %s: unchanged (sha256 %.12s)\n"), role, pb, hb);
      if (strcmp(pa, pb) != 0) fprintf(out, _("    (was read as %s)\n"), pa), n++;
    } else if (pa && pb) {
      fprintf(out, _("  %s %s: changed (sha256 %.12s → %.12s)\n"), role, pb, ha, hb);
      if (strcmp(pa, pb) != 0) fprintf(out, _("    (was read as %s)\n"), pa);
      if (strncmp(col(st, 0), "list ", 5) == 0) list_rows(out, p, pa, ha, pb, hb);
      n++;
    } else {
      fprintf(out, pa ? _("  %s %s: read by the first run only (sha256 %.12s)\n")
                      : _("  %s %s: read by the second run only (sha256 %.12s)\n"),
              role, pa ? pa : pb, pa ? ha : hb);
      n++;
    }
  }
  sqlite3_finalize(st);
  return n;
}

static long diff_meta(FILE *out, const Pair *p) {
  static const char *const names[] = { N_("engine"), N_("--period"), N_("--decimal-comma"),
                                        N_("--children"), N_("--lang"), N_("exit code"),
                                        N_("units") };
  sqlite3_stmt *st = query(p,
      "SELECT a.engine, b.engine, a.period, b.period, a.decimal_comma, b.decimal_comma,"
      " a.children, b.children, a.lang, b.lang, a.exit_code, b.exit_code, a.units, b.units"
      " FROM \"%w\".runs a, \"%w\".runs b WHERE a.id = ?1 AND b.id = ?2");
  if (st == NULL) return -1;
  long n = 0;
  if (sqlite3_step(st) == SQLITE_ROW) {
    for (int i = 0; i < 7; i++) {
      const char *x = col(st, 2 * i), *y = col(st, 2 * i + 1);
      if ((x == NULL) == (y == NULL) && (x == NULL || strcmp(x, y) == 0)) continue;
      fprintf(out, "  %s: ", _(names[i]));
      quoted(out, x);
      fputs(" → ", out);
      quoted(out, y);
      fputc('\n', out);
      n++;
    }
  }
  sqlite3_finalize(st);
  return n;
}

/* ------------------------------------------------------------ units, inputs, results */

static long units_in_one(FILE *out, const Pair *p) {
  sqlite3_stmt *st = query(p,
      "WITH oa AS (SELECT DISTINCT u, unit FROM \"%w\".outcomes WHERE run = ?1),"
      " ob AS (SELECT DISTINCT u, unit FROM \"%w\".outcomes WHERE run = ?2)"
      " SELECT 1, unit, u FROM oa WHERE unit NOT IN (SELECT unit FROM ob)"
      " UNION ALL SELECT 2, unit, u FROM ob WHERE unit NOT IN (SELECT unit FROM oa)"
      " ORDER BY 1, 3");
  if (st == NULL) return -1;
  long n = 0;
  while (sqlite3_step(st) == SQLITE_ROW) {
    fprintf(out, sqlite3_column_int(st, 0) == 1 ? _("  unit %s: in the first run only\n")
                                               : _("  unit %s: in the second run only\n"),
            col(st, 1));
    n++;
  }
  sqlite3_finalize(st);
  return n;
}

/* The inputs and results of the units in both runs that differ, in the order of the
   second run: per unit, each indicator's inputs then its results, then the unit's own. */
static const char *const changes_sql =
  "WITH ia AS (SELECT * FROM \"%w\".inputs WHERE run = ?1),"
  " ib AS (SELECT * FROM \"%w\".inputs WHERE run = ?2),"
  " oa AS (SELECT * FROM \"%w\".outcomes WHERE run = ?1),"
  " ob AS (SELECT * FROM \"%w\".outcomes WHERE run = ?2),"
  " both AS (SELECT DISTINCT unit FROM oa INTERSECT SELECT DISTINCT unit FROM ob),"
  " changes AS ("
  "  SELECT coalesce(ib.u, ia.u) AS u, coalesce(ib.k, ia.k) AS k, 0 AS kind,"
  "   coalesce(ib.input, ia.input) AS name, coalesce(ib.unit, ia.unit) AS unit,"
  "   coalesce(ib.indicator, ia.indicator) AS indicator,"
  "   ia.cell AS old, ib.cell AS new, ia.state AS sa, ib.state AS sb,"
  "   ia.column_name AS ca, ib.column_name AS cb, coalesce(ib.row, ia.row) AS row,"
  "   coalesce(ib.col, ia.col) AS col, 0 AS f"
  "  FROM ia FULL OUTER JOIN ib"
  "   ON ia.unit = ib.unit AND ia.indicator = ib.indicator AND ia.input = ib.input"
  "  WHERE (ia.cell IS NOT ib.cell OR ia.state IS NOT ib.state OR ia.column_name IS NOT ib.column_name"
  "         OR ia.row IS NOT ib.row OR ia.col IS NOT ib.col)"
  "   AND coalesce(ib.unit, ia.unit) IN both"
  "  UNION ALL"
  "  SELECT coalesce(ob.u, oa.u), coalesce(ob.k, oa.k), 1, coalesce(ob.field, oa.field),"
  "   coalesce(ob.unit, oa.unit), coalesce(ob.indicator, oa.indicator),"
  "   oa.value, ob.value, NULL, NULL, NULL, NULL, NULL, NULL, coalesce(ob.f, oa.f)"
  "  FROM oa FULL OUTER JOIN ob"
  "   ON oa.unit = ob.unit AND oa.indicator = ob.indicator AND oa.field = ob.field"
  "  WHERE oa.value IS NOT ob.value AND coalesce(ob.unit, oa.unit) IN both)"
  " SELECT unit, indicator, kind, name, old, new, sa, sb, ca, cb, row, col FROM changes"
  " ORDER BY u, k < 0, k, kind, f, name";

/* "column "Số hộ", row 5, col 7" — where the cell is; "no column" when missing. */
static void where(FILE *out, const char *column, const char *row, const char *c) {
  if (column && strncmp(column, "list ", 5) == 0)    /* an aggregate of a list (lists.h) */
    fprintf(out, _("counted from list %s"), column + 5);
  else if (column) fprintf(out, _("column \"%s\", row %s, col %s"), column, row ? row : "?", c ? c : "?");
  else fputs(_("no such column"), out);
}

static void print_change(FILE *out, sqlite3_stmt *st) {
  const char *unit = col(st, 0), *ind = col(st, 1), *name = col(st, 3);
  const char *old = col(st, 4), *new = col(st, 5);
  if (sqlite3_column_int(st, 2) == 0) {
    const char *ca = col(st, 8), *cb = col(st, 9);
    fprintf(out, _("  unit %s, indicator %s, input %s ("), unit, ind, name);
    where(out, cb ? cb : ca, col(st, 10), col(st, 11));
    fputs("): ", out);
    quoted(out, old);
    if (old && col(st, 6) && strcmp(col(st, 6), "ok") != 0) fprintf(out, " [%s]", col(st, 6));
    fputs(" → ", out);
    quoted(out, new);
    if (new && col(st, 7) && strcmp(col(st, 7), "ok") != 0) fprintf(out, " [%s]", col(st, 7));
    if (ca && cb && strcmp(ca, cb) != 0) fprintf(out, _(" (column was \"%s\")"), ca);
    fputc('\n', out);
    return;
  }
  if (*ind) fprintf(out, _("  unit %s, indicator %s, %s: "), unit, ind, name);
  else fprintf(out, _("  unit %s, %s: "), unit, name);
  fprintf(out, "%s → %s\n", old ? old : _("(none)"), new ? new : _("(none)"));
}

static long diff_changes(FILE *out, const Pair *p) {
  sqlite3_stmt *st = query(p, changes_sql);
  if (st == NULL) return -1;
  long n = 0;
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    if (!n) fprintf(out, "%s\n", _("changed, per unit and indicator:"));
    print_change(out, st);
    n++;
  }
  sqlite3_finalize(st);
  return rc == SQLITE_DONE ? n : -1;
}

/* The results alone (replay): units in one run, changed inputs and results. */
long store_diff_results(FILE *out, sqlite3 *db, const char *sa, long long a, const char *sb,
                        long long b);
long store_diff_results(FILE *out, sqlite3 *db, const char *sa, long long a, const char *sb,
                        long long b) {
  Pair p = { db, sa, sb, a, b };
  long u = units_in_one(out, &p);
  long c = u < 0 ? -1 : diff_changes(out, &p);
  return c < 0 ? -1 : u + c;
}

long store_diff(FILE *out, sqlite3 *db, const char *sa, long long a, const char *sb,
                long long b) {
  Pair p = { db, sa, sb, a, b };
  fprintf(out, _("runs %lld and %lld, the files read:\n"), a, b);
  long nf = diff_files(out, &p);
  if (nf < 0) return -1;
  long nm = diff_meta(out, &p);
  if (nm < 0) return -1;
  long nr = store_diff_results(out, db, sa, a, sb, b);
  if (nr < 0) return -1;
  return nf + nm + nr;
}
