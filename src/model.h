/*
** model.h — a decision as C sees it once the script has run: the decision header,
** typed inputs, groups, indicators with their formula trees and, after compilation,
** their programs. Everything lives in the model's arena; no Lua state is needed to
** use a model (src/boundary.c builds it from the declaration table and then the Lua
** state is closed).
*/
#ifndef TC_MODEL_H
#define TC_MODEL_H

#include <stdbool.h>
#include <stdint.h>
#include "arena.h"

typedef enum InputType {
  IN_COUNT, IN_AMOUNT, IN_PERCENT, IN_YESNO, IN_CHOICE, IN_TEXT
} InputType;

typedef struct ChoiceOption { const char *code, *label; } ChoiceOption;

typedef struct Input {
  const char *name;       /* dataset column: "dan_so" or "1.2.a" (NFC) */
  const char *label, *unit;
  InputType type;
  bool blank_is_no;       /* yesno { …, blank = "no" } */
  const char *part_of;    /* count { …, part_of = "a" }: at most input a (by the name its
                             indicator uses), for check; or NULL */
  ChoiceOption *options;
  int noptions;
  int owner;              /* indicator index for a local input, -1 for a shared one */
  int line;               /* script line of its declaration */
} Input;

/* ---------------------------------------------------------------- formula trees */

/* What a name node resolved to (Node.refkind; compile.c). */
typedef enum RefKind { REF_NONE, REF_STEP, REF_INPUT, REF_MAX, REF_VALUE,
                       REF_BROKEN /* found, but its definition has an error (reported) */ } RefKind;

typedef enum NodeTag {
  N_NUM, N_STR, N_NAME, N_BIN, N_UN, N_IF, N_CASE, N_ARM, N_CALL
} NodeTag;

typedef enum Op {
  OP_NONE, OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE,
  OP_AND, OP_OR, OP_NOT, OP_NEG,
  ARM_CMP, ARM_RANGE, ARM_EQ          /* N_ARM kinds */
} Op;

/*
** One node. kids by tag:
**   N_BIN  lhs, rhs            N_UN   arg
**   N_IF   c1, t1, c2, t2, …, else
**   N_CASE subject, arm…, [else]   (has_else says whether the last kid is the else)
**   N_ARM  ARM_CMP: value, result (cmp holds the comparison);
**          ARM_RANGE: lo, hi, result;  ARM_EQ: value, result
**   N_CALL args…
** pos/stop are byte offsets into the formula text (0-based, stop exclusive).
*/
typedef struct Node {
  NodeTag tag;
  Op op;                  /* N_BIN, N_UN operator; N_ARM kind */
  Op cmp;                 /* N_ARM with ARM_CMP: the comparison */
  bool pct, has_else;
  double num;
  const char *str;        /* N_STR value, N_NAME name, N_CALL function (NFC) */
  struct Node **kids;
  int nkids;
  uint32_t pos, stop;
  int id;                 /* index in the formula's node table, for traces */
  /* filled by the compiler */
  int type;               /* ValueType of the result */
  int ref;                /* N_NAME: what it resolved to (see compile.c) */
  int refkind;            /* RefKind */
  int slot;               /* N_IF/N_CASE: branch slot; N_CASE: subject slot = slot + 1 */
  int choice;             /* type CHOICE: the choice input whose options it holds */
} Node;

typedef struct Step {
  const char *name;
  Node *expr;
  uint32_t pos;
  int slot;               /* trace slot holding the step's value */
} Step;

typedef struct Formula {
  const char *text;
  const char *file;
  int line, col;          /* where text starts in the script (1-based) */
  bool exact;             /* line/col point at the text itself (not only at the call) */
  const char *pattern;    /* stdlib pattern name, or NULL */
  const char *shown;      /* the pattern call as written, or NULL */
  Step *steps;
  int nsteps;
  Node *result;
  Node **nodes;           /* every node, by id */
  int nnodes;
} Formula;

/* ---------------------------------------------------------------- programs */

typedef enum Opcode {
  I_NUM, I_STR, I_INPUT, I_PRESENT, I_DEFAULT, I_SLOT, I_STORE, I_MAX, I_SCORE, I_GROUP,
  I_ADD, I_SUB, I_MUL, I_DIV, I_NEG, I_NOT, I_EQ, I_NE, I_LT, I_LE, I_GT, I_GE,
  I_RANGE, I_TEST, I_JMP, I_ARM, I_NOARM, I_ANDJ, I_ORJ,
  I_MIN, I_MAXF, I_CLAMP, I_ROUND, I_ABS, I_PEER,
  I_VALUE, I_MET, I_AGG, I_CHILD, I_END
} Opcode;

/* I_AGG functions (a) and kinds (b); I_CHILD functions (a). */
enum { AGG_MET, AGG_ASSIGNED, AGG_SHARE, AGG_ALL };
enum { CHILD_COUNT, CHILD_AT_LEVEL, CHILD_RECOGNISED };

/*
** One instruction. node: the formula node it computes (for traces and messages).
**   I_NUM a: constant index      I_STR a: choice option index
**   I_INPUT a: input index       I_SLOT/I_STORE a: trace slot
**   I_SCORE a: indicator         I_GROUP a: group
**   I_TEST a: jump target when false, b: end of the enclosing if/case (taken
**          with the poison when the condition is missing or undefined)
**   I_JMP a: target              I_ARM a: branch slot, b: arm index
**   I_MIN/I_MAXF/I_ROUND a: argument count
**   I_ANDJ/I_ORJ a: end of the and/or; taken (keeping the top) when the left side
**          decides the result (false for and, true for or) or is missing/undefined
**   I_NOARM a: branch slot (no arm of a case without else covered the subject)
**   I_PEER a: the indicator's peer call (its value over all units, computed first)
**   I_VALUE a: criterion a's value     I_MET a: whether criterion a meets its target in
**          the rule's context          I_AGG a: AGG_*, b: TargetKind (0: every kind)
**   I_CHILD a: CHILD_*, b: the level (CHILD_AT_LEVEL) or the child script's
**          recognition (CHILD_RECOGNISED)
*/
typedef struct Ins {
  uint8_t op;
  int32_t a, b;
  int32_t node;
} Ins;

typedef struct Program {
  Ins *code;
  int ncode;
  double *consts;
  int nconsts;
  int nslots;             /* trace slots: steps, case subjects, branches */
  int maxstack;           /* evaluation stack depth the program needs */
} Program;

/* Slot kinds, for reading traces. */
typedef enum SlotKind { SLOT_STEP, SLOT_SUBJECT, SLOT_BRANCH } SlotKind;

typedef struct SlotInfo {
  SlotKind kind;
  int node;               /* the step's expression, the case subject, the if/case node */
  const char *name;       /* step name */
} SlotInfo;

/*
** peer_min(x) / peer_max(x): x is compiled into its own program, run for every unit
** before the indicator; the aggregate is what I_PEER pushes. Identical calls share one.
*/
typedef struct PeerCall {
  Program prog;
  bool is_max;
  int node;               /* the call node in the indicator's formula */
} PeerCall;

/* ---------------------------------------------------------------- declarations */

typedef struct Binding {
  const char *name;       /* the name formulas use ("a", "b") */
  int input;              /* index in model->inputs */
  bool shared;
  int line;
} Binding;

/* Section 3c: what a criterion is judged against, per context. */
typedef enum ContextKind { CTX_NONE, CTX_PERIODS, CTX_LEVELS, CTX_TIERS } ContextKind;
typedef enum TargetKind { TK_ANY, TK_MANDATORY, TK_EXTENDED } TargetKind;

typedef struct Context {
  const char *code, *label;   /* "2024"/"2024", "3"/"Cơ bản", "cds"/"Chuyển đổi số" */
  int year;                   /* periods */
} Context;

struct Indicator;

/* A criterion's target in one context: not assigned (na, or not in the tier), or a
** yes/no rule over its value. */
typedef struct Target {
  bool assigned;
  uint8_t kind;               /* TargetKind (tiers) */
  const char *raw;            /* as written in the script */
  struct Indicator *rule;
} Target;

typedef struct Indicator {
  const char *code, *text, *unit, *evidence, *agency, *source, *note;
  const char *legal, *responsible;
  const char *file;       /* the script that declares it (the base of `extends`, or the script) */
  double max;
  int group;              /* index in model->groups */
  int line;
  Binding *binds;
  int nbinds;
  Formula score;
  bool has_score;         /* false when the formula did not parse */
  Program prog;
  SlotInfo *slots;        /* prog.nslots entries */
  int *deps;              /* indicators that must be evaluated first */
  int ndeps;
  PeerCall *peers;
  int npeers;
  int subst;              /* the substitution that may replace its score, or -1 */
  bool max_stated;        /* false: the decision gives no max; the script infers it */
  bool is_rule;           /* a pseudo-indicator holding a rule's formula (not scored) */
  bool is_value;          /* a criterion: its formula gives a value judged by targets */
  bool value_bool;        /* … a yes/no value (set by the compiler) */
  bool amended;           /* changed by `amend` */
  Target *targets;        /* is_value: one per context */
  int owner;              /* a target rule: the criterion whose value `value` names; else -1 */
  int ctx;                /* a rule: the context of met()/met_count(); -1: the unit's period */
  struct Indicator *written;  /* as_written: the decision's own table, for check; or NULL */
  Target *written_targets;    /* a criterion's as_written: the decision's own targets where
                                 the script chose otherwise (unassigned elsewhere), or NULL */
} Indicator;

/* recognition "name" { "text", rule = "…", tier = "…" } */
typedef struct Recognition {
  const char *name, *text, *source, *note;
  int line;
  int ctx;                /* the tier, or -1 (the unit's period) */
  Indicator rule;
} Recognition;

typedef struct LevelRule {
  bool present;           /* level_rule { "cumulative", … } */
  const char *registered; /* the input holding the registered level, by name */
  int input;              /* … its index (compiler), or -1 */
  const char *source, *note;
  int line;
} LevelRule;

/*
** substitute "name" { "text", when = "…", indicators = { … } }: for a unit where `when`
** holds, each listed indicator scores (points of the other indicators of its group ÷
** their max) × its own max. `rule` holds the `when` formula as a pseudo-indicator, so
** it is compiled and traced like any formula.
*/
typedef struct Substitution {
  const char *name, *text, *source;
  int line;
  Indicator rule;
  int *inds;
  int ninds;
} Substitution;

/* A count or total the decision states, recorded for `check`. */
typedef struct Stated {
  int groups, indicators;  /* -1 when not stated */
  double total;
  bool has_total;
  const char *where;
} Stated;

typedef struct Group {
  const char *code, *name, *note;
  double max;
  bool has_max;
  int line;
  int first, count;       /* its indicators: model->inds[first .. first + count) */
} Group;

typedef enum OutOfRange { RANGE_CLAMP, RANGE_REJECT } OutOfRange;

typedef struct Decision {
  const char *id, *title, *number, *issued, *province, *issuer, *level, *source, *note;
  double total;
  bool has_total, rank;
  int decimals;
  OutOfRange out_of_range;
  int period;             /* the year evaluated by default (0: none) */
  int line;
  Stated *stated;
  int nstated;
} Decision;

/*
** list "name" { "title", key = …, row_name = …, columns = { … }, inputs = { … } }: a list
** table (one row per official, enterprise, resident, …) whose aggregates per unit give
** inputs (src/lists.h reads the files and aggregates them).
*/
typedef enum ListAggKind {
  LIST_ROWS,              /* count_rows(): the unit's rows */
  LIST_WHERE,             /* count_where "cond": the rows where cond holds */
  LIST_SUM,               /* sum_of("col" [, "cond"]): a column added up */
  LIST_SHARE              /* share_where "cond": count_where ÷ count_rows, a percent */
} ListAggKind;

typedef struct ListAgg {
  const char *input_name; /* the input it gives: "tong_cbcc", "1.4.a" */
  int input;              /* … its index in model->inputs (compiler), or -1 */
  ListAggKind kind;
  const char *column;     /* LIST_SUM: the column added up */
  int col;                /* … its index in the list's columns (compiler), or -1 */
  Indicator cond;         /* the condition (LIST_WHERE, LIST_SHARE, LIST_SUM with one) as a
                             rule's formula; cond.has_score says whether there is one */
  int line;
} ListAgg;

typedef struct ListDecl {
  const char *name, *title, *source, *note, *file;
  const char *key, *row_name;   /* column names, or NULL */
  bool key_per_unit;            /* key_per_unit = true: the key is unique within a unit only */
  int key_col, name_col;        /* … their indexes (compiler), or -1 */
  Input *cols;                  /* the columns, in declaration order; owner = -1 */
  int ncols;
  ListAgg *aggs;
  int naggs;
  int line;
} ListDecl;

typedef struct Model {
  const char *script;     /* path as given */
  const char *source;     /* the script text */
  const char *base_script, *base_source;   /* the script it extends, or NULL */
  Decision dec;
  Input *inputs;
  int ninputs;
  Group *groups;
  int ngroups;
  Indicator *inds;
  int ninds;
  Substitution *substs;
  int nsubsts;
  ContextKind ctx_kind;
  Context *ctxs;
  int nctx;
  Recognition *recs;
  int nrecs;
  LevelRule level_rule;
  ListDecl *lists;
  int nlists;
  const char *children_script;     /* children { script = … }, relative to the script */
  int children_line;
  const struct Model *child;       /* the children's model, loaded before compiling */
  int *order;             /* evaluation order (dependencies first), after compilation */
  bool compiled;
  Arena arena;
} Model;

int model_find_indicator(const Model *m, const char *code);
int model_find_group(const Model *m, const char *code);
int model_find_input(const Model *m, const char *name);
int model_find_context(const Model *m, const char *code);
int model_find_recognition(const Model *m, const char *name);
int model_find_list(const Model *m, const char *name);
/* The list aggregate that gives input i, or NULL; *list gets the list's index. */
const ListAgg *model_input_aggregate(const Model *m, int input, int *list);
/* The script text holding file (the script, or the base it extends). */
const char *model_source_of(const Model *m, const char *file);
const char *input_type_name(InputType t);
/* Where byte offset pos of formula f lies in the script: line and column (1-based). */
void formula_locate(const Formula *f, uint32_t pos, int *line, int *col);
void model_free(Model *m);

#endif
