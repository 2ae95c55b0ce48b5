/*
** main.c — the tieuchi command: dispatch and help texts.
*/
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "exitcodes.h"
#include "options.h"

#define VERSION "0.1.0"

static const char *const usage =
  "tieuchi — evaluate digital-transformation assessment criteria (tiêu chí)\n"
  "\n"
  "usage: tieuchi COMMAND [ARGS] [OPTIONS]\n"
  "\n"
  "commands:\n"
  "  run SCRIPT DATA.csv      results per unit: scores and rank, or criteria met, level\n"
  "                           reached, recognitions\n"
  "  explain SCRIPT DATA.csv  how one unit's scores were derived (--unit ID)\n"
  "  check SCRIPT             load and compile a script, report errors and warnings\n"
  "  template SCRIPT          the blank data-collection form: one column per input\n"
  "  help [COMMAND]           this text, or a command's\n"
  "\n"
  "exit codes: 0 success · 1 data problems (results still written for every unit)\n"
  "            2 usage error · 3 script error\n"
  "Run `tieuchi COMMAND --help` for a command's options. docs/language.md describes\n"
  "the criteria language, docs/auditing.md how to read a derivation.\n";

/* One row per command: its name, what runs it, and its help text. */
static const struct {
  const char *name;
  int (*run)(const Options *o);
  const char *help;
} commands[] = {
  { "run", cmd_run,
    "usage: tieuchi run SCRIPT DATA.csv [OPTIONS]\n"
    "\n"
    "Evaluate every unit (row) of DATA.csv with the decision in SCRIPT and print, per\n"
    "unit, what the decision decides: the group scores, the total and the rank; or the\n"
    "criteria met (\"đạt x/y chỉ tiêu\"), the level reached and the registered level,\n"
    "the mandatory and extended criteria met per tier, and each recognition. Data\n"
    "problems are listed on stderr with file:row:column. DATA may be an XLSX workbook\n"
    "(its sheet \"Dữ liệu\", else its first sheet), such as a form from `template`.\n"
    "\n"
    "  --period YEAR            the year whose targets apply (else the dataset's period\n"
    "                           column, else the decision's period)\n"
    "  --children FILE.csv      the children's data (a district's communes), for a script\n"
    "                           that declares children; without it, the rows of DATA.csv\n"
    "                           whose level column is the children's level\n"
    "  --format table|csv|json  results format (default: table)\n"
    "  --trace FILE.json        also write the full derivation trace\n"
    "  -o FILE                  write the results to FILE instead of stdout\n"
    "  --decimal-comma          the dataset uses Vietnamese notation (12,5 and 2.500)\n"
    "  --lang vi|en             language of the table (default: vi)\n" },
  { "explain", cmd_explain,
    "usage: tieuchi explain SCRIPT DATA.csv --unit ID [--indicator CODE] [OPTIONS]\n"
    "\n"
    "Show how the scores of one unit were derived: for each indicator (or only CODE)\n"
    "the formula, every input with its row and column in the dataset, the named steps,\n"
    "the branch taken and why, and the score; then the group sums, total and rank.\n"
    "For criteria met or not: the value, every target and whether it is met, then the\n"
    "counts, the level reached and each recognition rule clause by clause.\n"
    "\n"
    "  --unit ID                the unit's id (the dataset's unit column)\n"
    "  --indicator CODE         one indicator only, e.g. 3.4\n"
    "  --period YEAR            the year whose targets apply\n"
    "  --children FILE.csv      the children's data (see run --help)\n"
    "  --decimal-comma          the dataset uses Vietnamese notation\n"
    "  --lang vi|en             language of the labels (default: vi)\n" },
  { "check", cmd_check,
    "usage: tieuchi check SCRIPT\n"
    "\n"
    "Run and compile the script without data: syntax errors, unknown names, type\n"
    "errors and cycles are errors (exit 3); points that do not add up are warnings.\n"
    "Each finding has file:line:column and a hint.\n" },
  { "template", cmd_template,
    "usage: tieuchi template SCRIPT [OPTIONS]\n"
    "\n"
    "Write the blank data-collection form of the decision in SCRIPT: the columns unit\n"
    "and name, the special columns the decision reads (level and parent when the\n"
    "children are counted, period for targets per year), then one column per input in\n"
    "the decision's order. Each column is described: its label, its indicator and\n"
    "group, its type, unit and allowed values, its targets. Filled in, the form is read\n"
    "by `tieuchi run SCRIPT FORM` as it is.\n"
    "\n"
    "  --format csv|xlsx        CSV (default): the column names, then description rows\n"
    "                           starting with # (skipped by run); XLSX: a sheet to fill\n"
    "                           with comments and data validation, and instructions\n"
    "  -o FILE                  write to FILE (CSV: default stdout; XLSX: required)\n"
    "  --period YEAR            show that year's targets and fill the period column\n"
    "  --units FILE             pre-fill one row per unit of FILE (a CSV or XLSX with\n"
    "                           unit, name, and parent and level when the form has them)\n"
    "  --lang vi|en             language of the descriptions (default: vi)\n" },
};

#define NCOMMANDS (sizeof commands / sizeof commands[0])

static int find_command(const char *name) {
  for (size_t i = 0; name && i < NCOMMANDS; i++)
    if (strcmp(name, commands[i].name) == 0) return (int)i;
  return -1;
}

static int print_help(const char *command) {
  int i = find_command(command);
  fputs(i >= 0 ? commands[i].help : usage, stdout);
  return EXIT_OK;
}

int main(int argc, char **argv) {
  Options o;
  int rc = options_parse(argc, argv, &o);
  if (rc != EXIT_OK) return rc;
  if (o.command == NULL) {
    if (o.help) return print_help(NULL);
    fputs(usage, stderr);
    return EXIT_USAGE;
  }
  if (strcmp(o.command, "--version") == 0 || strcmp(o.command, "version") == 0) {
    printf("tieuchi %s\n", VERSION);
    return EXIT_OK;
  }
  if (strcmp(o.command, "help") == 0) return print_help(o.nargs ? o.args[0] : NULL);
  if (o.help) return print_help(o.command);
  int i = find_command(o.command);
  if (i >= 0) return commands[i].run(&o);
  fprintf(stderr, "tieuchi: unknown command \"%s\" (see tieuchi --help)\n", o.command);
  return EXIT_USAGE;
}
