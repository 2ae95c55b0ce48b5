/* commands.h — the sub-commands of tieuchi (see main.c for the help texts). */
#ifndef TC_COMMANDS_H
#define TC_COMMANDS_H
#include "options.h"
int cmd_run(const Options *o);
int cmd_explain(const Options *o);
int cmd_check(const Options *o);
int cmd_report(const Options *o);   /* cmd_report.c */
int cmd_form(const Options *o);      /* cmd_form.c */
int cmd_compare(const Options *o);   /* cmd_compare.c */
int cmd_template(const Options *o);   /* cmd_template.c */
int cmd_gap(const Options *o);        /* cmd_gap.c */
int cmd_test(const Options *o);       /* cmd_test.c */
int cmd_diff(const Options *o);       /* cmd_diff.c */
int cmd_synth(const Options *o);      /* cmd_synth.c */
#endif
