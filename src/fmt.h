/*
** fmt.h — numbers and values as people and JSON read them. Never prints NaN or inf:
** a non-finite number is printed as "undefined" (text) or null (JSON).
*/
#ifndef TC_FMT_H
#define TC_FMT_H

#include <stdio.h>
#include "eval.h"
#include "model.h"

/* Fixed decimals, rounded half away from zero, without "-0.00". */
void fmt_fixed(char *buf, size_t size, double v, int decimals);
/* Shortest text that reads back as the same double ("0.6", "20", "1e-07"). */
void fmt_exact(char *buf, size_t size, double v);
/* A formula value for a person: 0.6, yes/no, an option code in quotes, "missing …".
** choice is the input the value comes from (or -1): its option codes, or its percent. */
void fmt_value(char *buf, size_t size, const Model *m, Value v, int choice);
/* JSON */
void json_string(FILE *out, const char *s);
void json_number(FILE *out, double v);
/* A value as JSON: number, true/false, option code, or null. */
void json_value(FILE *out, const Model *m, Value v, int choice);
/* The decision's header: id, title, number, issued, province, script. */
void json_decision(FILE *out, const Model *m);
/* "missing", "division by zero", … */
const char *fmt_cause(const Model *m, Value v, char *buf, size_t size);
/* The same in English whatever the language: for the trace's JSON, which is for machines. */
const char *fmt_cause_machine(const Model *m, Value v, char *buf, size_t size);

#endif
