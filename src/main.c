/*
** main.c — the tieuchi command: dispatch and help texts.
*/
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "exitcodes.h"
#include "i18n.h"
#include "options.h"
#include "store.h"
#include "version.h"

static const char *const usage = N_(
  "tieuchi — evaluate digital-transformation assessment criteria (tiêu chí)\n"
  "\n"
  "usage: tieuchi COMMAND [ARGS] [OPTIONS]\n"
  "\n"
  "commands:\n"
  "  run SCRIPT DATA.csv      results per unit: scores and rank, or criteria met, level\n"
  "                           reached, recognitions\n"
  "  explain SCRIPT DATA.csv  how one unit's scores were derived (--unit ID)\n"
  "  check SCRIPT             load and compile a script, report errors and warnings\n"
  "  report SCRIPT DATA.csv   an HTML audit report with every derivation (-o FILE)\n"
  "  form SCRIPT DATA.csv     an official form filled from the results (Mẫu 01, Biểu 03)\n"
  "  compare SCRIPT SELF.csv APPRAISED.csv\n"
  "                           what an appraisal changed: cells, results, both derivations\n"
  "  template SCRIPT [LIST]   the blank data-collection form: one column per input;\n"
  "                           with LIST, the blank form of one of the script's lists\n"
  "  gap SCRIPT DATA.csv      what a unit lacks to reach a goal, and the smallest change\n"
  "                           of its inputs that reaches it (--goal, --unit ID | --all)\n"
  "  test SCRIPT              run the test cases written beside the script\n"
  "                           (SCRIPT.test.lua): ok or FAIL with the derivation\n"
  "  diff OLD.lua NEW.lua     what changed between two versions of a decision, and\n"
  "                           with --data, which units' results change and why\n"
  "  runs list|show|diff      the runs recorded with run --store FILE (the run archive)\n"
  "  replay RUN               evaluate a stored run again and confirm identical results\n"
  "  bundle RUN -o FILE       one stored run in a file of its own, to replay offline\n"
  "  synth SCRIPT             a synthetic national dataset for the decision (seeded)\n"
  "  help [COMMAND]           this text, or a command's\n"
  "\n"
  "exit codes: 0 success · 1 data problems (results still written for every unit)\n"
  "            2 usage error · 3 script error · compare, diff, runs diff, replay:\n"
  "            0 identical, 1 differences · test: 1 a case failed · gap: 1 the goal\n"
  "            cannot be reached\n"
  "Run `tieuchi COMMAND --help` for a command's options. docs/language.md describes\n"
  "the criteria language, docs/auditing.md how to read a derivation.\n");

/* One row per command: its name, what runs it, and its help text. */
static const struct {
  const char *name;
  int (*run)(const Options *o);
  const char *help;
} commands[] = {
  { "run", cmd_run,
    N_("usage: tieuchi run SCRIPT DATA.csv [OPTIONS]\n"
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
    "  --format table|csv|json|xlsx\n"
    "                           results format (default: table); xlsx is a workbook of\n"
    "                           results, every indicator's score, and the findings (-o)\n"
    "  --trace FILE.json        also write the full derivation trace\n"
    "  -o FILE                  write the results to FILE instead of stdout\n"
    "  --evidence FILE.csv      the evidence register: per unit and indicator, the documents\n"
    "                           provided (unit,indicator,evidence); what is missing is listed\n"
    "  --list NAME=FILE         a list table the script declares (list \"NAME\"): its rows\n"
    "                           give inputs per unit; default: DATA.NAME.csv beside DATA\n"
    "  --decimal-comma          the dataset uses Vietnamese notation (12,5 and 2.500)\n"
    "  --store FILE             also record the run in the run archive FILE (SQLite): the\n"
    "                           bytes and SHA-256 of every file read, the options, the\n"
    "                           engine version, the time, the results and the trace\n"
    "                           (see tieuchi runs --help)\n"
    "  --lang vi|en             language of the table and messages (default: from the\n"
    "                           environment, LANG …; else vi)\n") },
  { "explain", cmd_explain,
    N_("usage: tieuchi explain SCRIPT DATA.csv --unit ID [--indicator CODE] [OPTIONS]\n"
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
    "  --evidence FILE.csv      the evidence register: per unit and indicator, the documents\n"
    "                           provided (unit,indicator,evidence); what is missing is listed\n"
    "  --list NAME=FILE         a list table the script declares (list \"NAME\"): its rows\n"
    "                           give inputs per unit; default: DATA.NAME.csv beside DATA\n"
    "  --decimal-comma          the dataset uses Vietnamese notation\n"
    "  --lang vi|en             language of the labels and messages (default: from the\n"
    "                           environment, LANG …; else vi)\n") },
  { "check", cmd_check,
    N_("usage: tieuchi check SCRIPT\n"
    "\n"
    "Run and compile the script without data: syntax errors, unknown names, type\n"
    "errors and cycles are errors (exit 3); points that do not add up are warnings.\n"
    "Each finding has file:line:column and a hint.\n") },
  { "report", cmd_report,
    N_("usage: tieuchi report SCRIPT DATA.csv [OPTIONS]\n"
    "\n"
    "Evaluate DATA.csv as run does and write one self-contained HTML page (no network,\n"
    "no external files): the decision's number, date and issuer; the results table of\n"
    "run, sortable by any column; bar charts per group (points) or of the criteria met;\n"
    "then, for every unit, the derivation of every indicator as explain shows it (the\n"
    "formula, each input with its file:row and column, the steps, the branch taken, the\n"
    "score or the targets met) and its data problems; then every problem found. Data\n"
    "problems are also listed on stderr.\n"
    "\n"
    "  -o FILE.html             write the page to FILE.html instead of stdout\n"
    "  --period YEAR            the year whose targets apply (see run --help)\n"
    "  --children FILE.csv      the children's data (see run --help)\n"
    "  --evidence FILE.csv      the evidence register: per unit and indicator, the documents\n"
    "                           provided (unit,indicator,evidence); what is missing is listed\n"
    "  --list NAME=FILE         a list table the script declares (list \"NAME\"): its rows\n"
    "                           give inputs per unit; default: DATA.NAME.csv beside DATA\n"
    "  --decimal-comma          the dataset uses Vietnamese notation (12,5 and 2.500)\n"
    "  --lang vi|en             language of the page (default: from the environment,\n"
    "                           LANG …; else vi)\n") },
  { "form", cmd_form,
    N_("usage: tieuchi form SCRIPT DATA.csv [OPTIONS]\n"
    "\n"
    "Fill an official form from the evaluation of DATA.csv: each criterion's unit, the\n"
    "target of the year, the result, Đạt / Không đạt, the evidence and notes; per group\n"
    "the criteria met, in progress (no result yet: data missing) and not completed; and\n"
    "\"đạt x/y chỉ tiêu, tỷ lệ z %\". The form follows the decision: Mẫu 01 / Phụ lục 01\n"
    "(Thanh Hóa, targets per year; one per unit) or Biểu 03 (Yên Bái, tiers; every unit,\n"
    "the mandatory and extended criteria met per tier). Mẫu 02 (the district's appraisal)\n"
    "is written by compare --form mau02.\n"
    "\n"
    "  --form mau01|bieu03      the form (default: the decision's)\n"
    "  --unit ID                one unit only (Biểu 03: with each criterion in detail)\n"
    "  --format md|html|xlsx    Markdown (default), a self-contained HTML page, or an\n"
    "                           Excel workbook (needs -o FILE.xlsx; one sheet per unit)\n"
    "  -o FILE                  write to FILE instead of stdout\n"
    "  --period YEAR            the year whose targets apply (see run --help)\n"
    "  --children FILE.csv      the children's data (see run --help)\n"
    "  --evidence FILE.csv      the evidence register: per unit and indicator, the documents\n"
    "                           provided (unit,indicator,evidence); what is missing is listed\n"
    "  --list NAME=FILE         a list table the script declares (list \"NAME\"): its rows\n"
    "                           give inputs per unit; default: DATA.NAME.csv beside DATA\n"
    "  --decimal-comma          the dataset uses Vietnamese notation\n"
    "  --lang vi|en             language of the titles and columns (default: from the\n"
    "                           environment, LANG …; else vi)\n"
    "\n"
    "Exit codes as for run: 1 when the data has problems (the form is still written).\n") },
  { "compare", cmd_compare,
    N_("usage: tieuchi compare SCRIPT SELF.csv APPRAISED.csv [OPTIONS]\n"
    "\n"
    "Evaluate both datasets with SCRIPT (a commune's self-assessment and the district's\n"
    "appraisal of it), match their units by id, and list for each unit every indicator\n"
    "whose input (the column and both cells) or result (score, value, met or not)\n"
    "differs, with both derivations; then what differs in the unit's own results (the\n"
    "counts, the level, the recognitions, the total). Units found in one file only are\n"
    "listed as such.\n"
    "\n"
    "  --unit ID                one unit only\n"
    "  --form mau02             the district's appraisal form instead (Mẫu 02 / Phụ lục\n"
    "                           02: the commune's result and the appraised one side by\n"
    "                           side), for a decision with targets per year\n"
    "  --format table|md|html|xlsx\n"
    "                           plain text (default; Markdown with --form), Markdown, a\n"
    "                           self-contained HTML page, or a workbook (needs -o FILE)\n"
    "  -o FILE                  write to FILE instead of stdout\n"
    "  --period YEAR            the year whose targets apply (see run --help)\n"
    "  --children FILE.csv      the children's data, for both datasets (see run --help)\n"
    "  --decimal-comma          the datasets use Vietnamese notation\n"
    "  --lang vi|en             language of the labels (default: from the environment,\n"
    "                           LANG …; else vi)\n"
    "\n"
    "Exit codes: 0 when nothing differs, 1 when something does, 2 usage error, 3 script\n"
    "error. Data problems of either file are reported on stderr; they do not change the\n"
    "exit code.\n") },
  { "template", cmd_template,
    N_("usage: tieuchi template SCRIPT [LIST] [OPTIONS]\n"
    "\n"
    "Write the blank data-collection form of the decision in SCRIPT: the columns unit\n"
    "and name, the special columns the decision reads (level and parent when the\n"
    "children are counted, period for targets per year), then one column per input in\n"
    "the decision's order. Each column is described: its label, its indicator and\n"
    "group, its type, unit and allowed values, its targets. Filled in, the form is read\n"
    "by `tieuchi run SCRIPT FORM` as it is.\n"
    "\n"
    "With LIST, the blank form of that list of the script (list \"can_bo\" { … }): the\n"
    "unit column, then the list's columns, each with its label, its part in the list\n"
    "(key, the inputs computed from it) and its type. Filled in and saved beside the\n"
    "dataset as DATA.LIST.csv (or .xlsx), or given with --list LIST=FILE, it is read as\n"
    "the list.\n"
    "\n"
    "  --format csv|xlsx        CSV (default): the column names, then description rows\n"
    "                           starting with # (skipped by run); XLSX: a sheet to fill\n"
    "                           with comments and data validation, and instructions\n"
    "  -o FILE                  write to FILE (CSV: default stdout; XLSX: required)\n"
    "  --period YEAR            show that year's targets and fill the period column\n"
    "  --units FILE             pre-fill one row per unit of FILE (a CSV or XLSX with\n"
    "                           unit, name, and parent and level when the form has them)\n"
    "  --lang vi|en             language of the descriptions (default: from the\n"
    "                           environment, LANG …; else vi)\n") },
  { "gap", cmd_gap,
    N_("usage: tieuchi gap SCRIPT DATA.csv --goal GOAL (--unit ID | --all) [OPTIONS]\n"
    "\n"
    "For a unit and a goal, list each failing criterion with the smallest change of its\n"
    "inputs that meets it, in the input's own units, and confirm by evaluating the\n"
    "changed data that the goal is then met. The changes are found by searching each\n"
    "input's values (whole steps for counts, 0.01 percentage points for percents, the\n"
    "other answer for yes/no), not by inverting formulas; increases are preferred to\n"
    "decreases. Without any one of the changes proposed, the goal is not met.\n"
    "\n"
    "  --goal GOAL              level=N (or a level's name: \"Cơ bản\"), a recognition's\n"
    "                           name (dat_cds, hoan_thanh …), or score>=N (the total)\n"
    "  --unit ID                the unit to plan for\n"
    "  --all                    every unit, ranked by how close it is to the goal\n"
    "  --format table|csv       plain text (default), or CSV: one row per change\n"
    "                           (unit, outcome, indicator, input, from, to)\n"
    "  -o FILE                  write to FILE instead of stdout\n"
    "  --period YEAR            the year whose targets apply (see run --help)\n"
    "  --children FILE.csv      the children's data (see run --help)\n"
    "  --decimal-comma          the dataset uses Vietnamese notation\n"
    "  --lang vi|en             language of the text (default: from the environment,\n"
    "                           LANG …; else vi)\n"
    "\n"
    "Exit codes: 0 when the goal is met or the changes reach it (--all: 0), 1 when no\n"
    "change found reaches it, 2 usage error, 3 script error.\n") },
  { "test", cmd_test,
    N_("usage: tieuchi test SCRIPT [OPTIONS]\n"
    "\n"
    "Run the test cases written beside SCRIPT in SCRIPT.test.lua (criteria/x/y.lua:\n"
    "criteria/x/y.test.lua). A case gives a unit's inputs, or names a row of a dataset\n"
    "and changes some of its cells, and says what the decision gives: indicator scores,\n"
    "group scores, the total, the rank, criteria met, the level, recognitions, within\n"
    "a tolerance. Each case is evaluated as `run` would; the output says ok or FAIL per\n"
    "case, and for a failure the value expected, the value found and its derivation\n"
    "(as explain shows it); then \"N passed, N failed\". docs/language.md, \"Test\n"
    "cases\", describes the file.\n"
    "\n"
    "  --lang vi|en             language of the derivations (default: from the\n"
    "                           environment, LANG …; else vi)\n"
    "\n"
    "Exit codes: 0 every case passed, 1 a case failed, 2 usage error (no test file),\n"
    "3 an error in the script or in the test file.\n") },
  { "diff", cmd_diff,
    N_("usage: tieuchi diff OLD.lua NEW.lua [--data DATA.csv] [OPTIONS]\n"
    "\n"
    "What changed between two versions of a decision: indicators added, removed or\n"
    "renumbered (matched by code, then by their text), their text, group, max points,\n"
    "unit and formula (a line diff: - old, + new), the targets per year, level or tier\n"
    "with mandatory or extended, the groups' max points, and the recognition rules.\n"
    "A side may name a year, SCRIPT@2024: its targets of that year are compared (and\n"
    "the data evaluated in that year), so that `diff x.lua@2023 x.lua@2024` shows what\n"
    "the next year's targets change.\n"
    "\n"
    "  --data DATA.csv          also evaluate DATA with both versions and list each unit\n"
    "                           whose total, rank, level or recognitions change, by how\n"
    "                           much, and the indicators responsible\n"
    "  --children FILE.csv      the children's data (see run --help)\n"
    "  --period YEAR            the year both sides are evaluated in (see run --help)\n"
    "  --decimal-comma          the dataset uses Vietnamese notation\n"
    "  --lang vi|en             language of the labels (default: from the environment,\n"
    "                           LANG …; else vi)\n"
    "\n"
    "Exit codes: 0 nothing differs, 1 something does, 2 usage error, 3 script error.\n") },
  { "runs", cmd_runs,
    N_("usage: tieuchi runs list|show RUN|diff RUN1 RUN2 [--store FILE]\n"
    "\n"
    "Read the run archive that tieuchi run --store FILE writes (default: runs.db).\n"
    "\n"
    "  runs list                every run: its number, time, script and the start of its\n"
    "                           SHA-256, the datasets with theirs, units, exit code, engine\n"
    "  runs show RUN            one run: time, engine, the command, every file read with\n"
    "                           its SHA-256 and size, then the results as run printed them\n"
    "                           and the data problems (--trace FILE: the stored trace)\n"
    "  runs diff RUN1 RUN2      what changed and why: the files (by SHA-256), the engine\n"
    "                           and the options; then per unit and indicator every input\n"
    "                           cell that changed (column, row, old → new) and every\n"
    "                           result that changed (score, value, target met, total, rank,\n"
    "                           level …)\n"
    "  --store FILE             the archive (default: runs.db)\n"
    "\n"
    "Exit codes: 0 (runs diff: identical), 1 runs diff: differences, 2 usage error or\n"
    "an archive that cannot be read.\n") },
  { "replay", cmd_replay,
    N_("usage: tieuchi replay RUN [--store FILE]\n"
    "\n"
    "Evaluate run RUN of the archive again from the files it holds (nothing outside the\n"
    "archive is read), with the run's options, and compare every input, every result and\n"
    "the derivation trace with the stored ones. Works on a bundle (tieuchi bundle).\n"
    "\n"
    "  --store FILE             the archive or bundle (default: runs.db)\n"
    "\n"
    "Exit codes: 0 identical (a line says so), 1 differences (listed), 2 usage error.\n") },
  { "bundle", cmd_bundle,
    N_("usage: tieuchi bundle RUN -o FILE [--store FILE]\n"
    "\n"
    "Write run RUN, with every file it read, its results and its trace, to FILE: a new\n"
    "SQLite file of its own that an auditor can take offline and check with\n"
    "tieuchi replay RUN --store FILE (and runs show, runs list).\n"
    "\n"
    "  -o FILE                  the bundle (a new file)\n"
    "  --store FILE             the archive (default: runs.db)\n") },
  { "synth", cmd_synth,
    /* xgettext:no-c-format */
    N_("usage: tieuchi synth SCRIPT [--units N] [--seed S] [-o FILE] [--list NAME=FILE [--rows N]]\n"
    "\n"
    "Write a synthetic dataset for the decision in SCRIPT, as large as the country: by\n"
    "default 10,035 communes under 713 districts under 63 provinces (the proportions are\n"
    "kept for other sizes). A decision of districts gets the districts (713), one of\n"
    "departments (level \"so\") 20 departments per province. The columns are those of\n"
    "`template` (for a decision that counts its children, the districts' rows come\n"
    "first, then the communes'), with the hierarchy beside the name (district and\n"
    "province, or province). The values are plausible, not real: a numerator is never\n"
    "larger than what the decision divides it by (nor a sum over a sum), percentages\n"
    "stay within 0..100, about 1 % of the cells are blank and about 0.3 % of the\n"
    "denominators are zero. The same script, N and S give the same bytes.\n"
    "\n"
    "With --list NAME=FILE, FILE gets rows of the script's list NAME for the same units\n"
    "(a header of unit and the columns' labels; each unit's rows together; the key a\n"
    "row number; yes/no cells Có or Không), to read with tieuchi run --list NAME=FILE.\n"
    "The dataset is the same with or without lists.\n"
    "\n"
    "  --units N                how many communes (default 10035)\n"
    "  --seed S                 the seed, a whole number (default 1)\n"
    "  -o FILE                  write to FILE instead of stdout\n"
    "  --list NAME=FILE         also write list NAME to FILE (repeatable)\n"
    "  --rows N                 rows of each list (default 100 per unit)\n") },
};

#define NCOMMANDS (sizeof commands / sizeof commands[0])

static int find_command(const char *name) {
  for (size_t i = 0; name && i < NCOMMANDS; i++)
    if (strcmp(name, commands[i].name) == 0) return (int)i;
  return -1;
}

static int print_help(const char *command) {
  int i = find_command(command);
  fputs(_(i >= 0 ? commands[i].help : usage), stdout);
  return EXIT_OK;
}

int main(int argc, char **argv) {
  Options o;
  Lang first = options_lang(argc, argv);
  i18n_init(first);                /* the messages of the command line itself: --lang first */
  int rc = options_parse(argc, argv, &o);
  if (rc != EXIT_OK) return rc;
  if (o.lang != first) i18n_init(o.lang);
  if (o.version) {
    version_print(stdout);
    return EXIT_OK;
  }
  if (o.command == NULL) {
    if (o.help) return print_help(NULL);
    fputs(_(usage), stderr);
    return EXIT_USAGE;
  }
  if (strcmp(o.command, "version") == 0) {
    version_print(stdout);
    return EXIT_OK;
  }
  if (strcmp(o.command, "help") == 0) return print_help(o.nargs ? o.args[0] : NULL);
  if (o.help) return print_help(o.command);
  int i = find_command(o.command);
  if (i >= 0) return commands[i].run(&o);
  fprintf(stderr, _("tieuchi: unknown command \"%s\" (see tieuchi --help)\n"), o.command);
  return EXIT_USAGE;
}
