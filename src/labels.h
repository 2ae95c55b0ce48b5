/*
** labels.h — the words of tables and derivations, in Vietnamese (the default) and
** English (--lang en). Machine formats (CSV headers, JSON keys) are not translated.
*/
#ifndef TC_LABELS_H
#define TC_LABELS_H

typedef enum Lang { LANG_VI, LANG_EN } Lang;

typedef enum LabelId {
  L_UNIT, L_NAME, L_TOTAL, L_RANK, L_STATUS, L_COMPLETE, L_UNSCORED, L_UNITS,
  L_DECISION, L_INDICATOR, L_GROUP, L_FORMULA, L_PATTERN, L_INPUTS, L_STEPS, L_BRANCHES,
  L_SCORE, L_MAX_POINTS, L_EVIDENCE, L_ROW, L_COLUMN, L_BLANK, L_INVALID, L_NO_COLUMN,
  L_CLAMPED, L_POINTS, L_NOT_RANKED, L_FINDINGS, L_SOURCE, L_NOTE, L_NONE, L_DATA, L_FROM_PATTERN, L_PEERS, L_HELD_BY, L_AMONG, L_SUBSTITUTION, L_NOT_APPLIED,
  L_OTHER_INDICATORS,
  L_COUNT
} LabelId;

const char *label(Lang lang, LabelId id);

#endif
