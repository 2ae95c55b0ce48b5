#!/usr/bin/env python3
"""tests/fuzz/corpus.py — rebuild the seed corpora of the fuzz harnesses.

    python3 tests/fuzz/corpus.py        (from the repository's root, after `make`)

Writes tests/fuzz/corpus/<harness>/ from what the repository already holds:
  csv      every dataset of examples/ and tests/cli/fixtures/ (not the .expected.csv);
  formula  the formula of every indicator of the example runs (from their traces, so
           that a pattern's generated formula is included) and the rule, when and target
           strings of the criteria scripts;
  eval     script + NUL + options byte + dataset (see fuzz_eval.c) for the fixture pairs
           of the CLI tests, and two seeds for `extends` and `children`;
  lists    resident list + NUL + organisations list (see fuzz_lists.c): the fixtures of
           tests/cli/fixtures/lists/ and the list files of the hostile-data suite.
Existing seed-* files are replaced; files libFuzzer added (named by their SHA-1) are kept.
"""
import glob
import json
import os
import re
import subprocess
import tempfile

OUT = "tests/fuzz/corpus"
FIX = "tests/cli/fixtures/"

# (script, dataset) pairs whose traces give the formulas, as the CLI tests run them.
EXAMPLES = [
    ("criteria/hoa-binh/1153-2023-xa.lua", "examples/hoa-binh/xa-2023.csv"),
    ("criteria/hoa-binh/1153-2023-huyen.lua", "examples/hoa-binh/huyen-2023.csv"),
    ("criteria/hoa-binh/1153-2023-so.lua", "examples/hoa-binh/so-2023.csv"),
    ("criteria/kon-tum/121-2025-xa.lua", "examples/kon-tum/xa-2025.csv"),
    ("criteria/kon-tum/121-2025-huyen.lua", "examples/kon-tum/all-2025.csv"),
    ("criteria/thanh-hoa/1829-2023-xa.lua", "examples/thanh-hoa/xa-2024.csv"),
    ("criteria/thanh-hoa/cam-tan-2024.lua", "examples/thanh-hoa/cam-tan-2024.csv"),
    ("criteria/yen-bai/240-2024-xa.lua", "examples/yen-bai/xa-2024.csv"),
    ("criteria/yen-bai/240-2024-huyen.lua", "examples/yen-bai/huyen-2024.csv"),
    ("criteria/yen-bai/240-2024-so.lua", "examples/yen-bai/so-2024.csv"),
]

# Options byte of fuzz_eval: bit 0 --decimal-comma, bits 1-2 --period (none, 2023,
# 2024, 2025), bit 3 --lang en.
COMMA, P2024, EN = 1, 4, 8

# (seed name, script, dataset, options); the sandbox's endless loop is left out: it runs
# for the whole instruction budget, seconds under the sanitizers.
FIXTURE_PAIRS = [
    ("small", "small.lua", "small.csv", 0),
    ("types-point", "types.lua", "types-point.csv", EN),
    ("types-comma", "types.lua", "types-comma.csv", COMMA),
    ("types-nfd", "types.lua", "types-nfd.csv", 0),
    ("types-sloppy", "types.lua", "types-sloppy.csv", 0),
    ("periods", "periods.lua", "periods.csv", 0),
    ("periods-2024", "periods.lua", "periods.csv", P2024 | EN),
    ("levels", "levels.lua", "levels-misspelt.csv", 0),
    ("peers", "peers-substitution.lua", "peers-substitution.csv", 0),
] + [(name, name + ".lua", "small.csv", 0) for name in (
    "cycle", "syntax-error", "type-error", "unknown-name", "lua-syntax-error",
    "sandbox-io-open", "sandbox-load-binary", "sandbox-os-execute")]

# A parent whose children are the rows of level "xã", evaluated by a fixture script.
CHILDREN_SCRIPT = """decision "fuzz/huyen" { title = "Parent", level = "huyện" }
contexts { levels = { "Một", "Hai" } }
children { script = "tests/cli/fixtures/levels.lua" }
group "I" { "Chung" }
indicator "I.1" { "Xã đạt", unit = "%", value = "children_at_level(1) / children_count()",
  levels = { "children_at_level(1) == children_count()", "children_at_level(2) >= 50% * children_count()" } }
level_rule { "cumulative" }
"""
CHILDREN_CSV = """unit,name,level,parent,muc_do_dang_ky,I.1.a,I.1.b,I.2.co
H1,Huyện A,huyện,,,,,
H2,Huyện B,huyện,,,,,
X1,Xã A,xã,H1,3,9,10,có
X2,Xã B,xã,H1,2,9,10,không
X3,Xã C,xã,H2,1,4,10,có
X4,Xã D,xã,H2,2,,10,có
"""
EXTENDS_SCRIPT = """extends "tests/cli/fixtures/periods.lua"
decision "fuzz/extends" { title = "Extends", period = 2024 }
amend "1.2" { target = { [2024] = na }, note = "không áp dụng năm 2024" }
amend "1.1" { responsible = "Văn phòng", evidence = "Văn bản" }
"""


def read(path):
    with open(path, "rb") as f:
        return f.read()


def write(harness, name, data):
    os.makedirs(os.path.join(OUT, harness), exist_ok=True)
    with open(os.path.join(OUT, harness, "seed-" + name), "wb") as f:
        f.write(data)


def clear_seeds():
    for path in glob.glob(os.path.join(OUT, "*", "seed-*")):
        os.remove(path)


def csv_corpus():
    for path in sorted(glob.glob("examples/*/*.csv") + glob.glob(FIX + "*.csv")):
        if path.endswith(".expected.csv"):
            continue
        name = path.replace("examples/", "").replace(FIX, "fixtures/").replace("/", "-")
        write("csv", name, read(path))


def trace_formulas(script, data):
    with tempfile.NamedTemporaryFile(suffix=".json") as trace:
        subprocess.run(["build/tieuchi", "run", script, data, "--trace", trace.name],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        doc = json.load(open(trace.name, encoding="utf-8"))
    for unit in doc["units"]:
        for ind in unit["indicators"]:
            if "formula" in ind:
                yield ind["formula"]["text"]


LITERAL = r'"((?:[^"\\\n]|\\.)*)"'
RULES = re.compile(r'\b(?:rule|when)\s*=\s*' + LITERAL)
TARGETS = re.compile(r'\b(?:levels|target)\s*=\s*\{([^}]*)\}')


def script_formulas(path):
    text = read(path).decode("utf-8")
    for m in RULES.finditer(text):
        yield m.group(1)
    for m in TARGETS.finditer(text):
        for lit in re.finditer(LITERAL, m.group(1)):
            yield lit.group(1)


# What fuzz_formula.c declares: the formula's inputs, by kind, and the choice's options.
NUMBERS = ["a", "b", "c", "d", "e", "f", "p", "dan_so", "ngan_sach"]
OPTIONS = ['"chu_tich"', '"pho"', '"khac"']
KEEP = {"if", "then", "elseif", "else", "end", "case", "when", "and", "or", "not", "max",
        "value", "na"}
TOKEN = re.compile(r'"[^"]*"|\'[^\']*\'|[^\W\d]\w*', re.UNICODE)


def rename(text):
    """The formula with its names and option codes replaced by those the harness
    declares: a name compared with an option code or used as a case subject with such
    arms becomes the choice r, one used as a condition the yes/no co, any other a number;
    the arguments of score() and group() become the harness's indicator and group."""
    steps = set(re.findall(r'^\s*([^\W\d]\w*)\s*=[^=]', text, re.M | re.U))
    names, codes, out, last = {}, {}, [], 0
    for m in TOKEN.finditer(text):
        tok, before, after = m.group(0), text[:m.start()], text[m.end():]
        if tok[0] in "\"'":
            if re.search(r'(score|group)\(\s*$', before):
                new = '"1.1"' if before.rstrip().endswith("score(") else '"1"'
            elif re.search(r'[a-z_]\(\s*$', before):
                new = tok                                      # all_met('mandatory') …
            else:
                new = codes.setdefault(tok, OPTIONS[len(codes) % len(OPTIONS)])
        elif tok in KEEP or tok in steps or after.lstrip().startswith("("):
            new = tok
        elif re.match(r'\s*(==|~=)\s*["\']|\s+when\s+["\']', after):
            new = "r"
        elif re.search(r'(\bif|\belseif|\bnot|\band|\bor)\s*$', before) and \
                re.match(r'\s*(then|and|or|$|\))', after):
            new = "co"
        else:
            new = names.setdefault(tok, NUMBERS[len(names) % len(NUMBERS)])
        out.append(text[last:m.start()] + new)
        last = m.end()
    return "".join(out) + text[last:]


def formula_corpus():
    seen = set()
    for script, data in EXAMPLES:
        for text in list(trace_formulas(script, data)) + list(script_formulas(script)):
            seen.add(rename(text))
    for i, text in enumerate(sorted(seen)):
        write("formula", "%03d" % i, text.encode("utf-8"))


def eval_seed(name, script, data, opts):
    write("eval", name, script + b"\0" + bytes([opts]) + data)


def eval_corpus():
    for name, script, data, opts in FIXTURE_PAIRS:
        eval_seed(name, read(FIX + script), read(FIX + data), opts)
    eval_seed("children", CHILDREN_SCRIPT.encode(), CHILDREN_CSV.encode(), 0)
    eval_seed("extends", EXTENDS_SCRIPT.encode(), read(FIX + "periods.csv"), 0)


def lists_corpus():
    lf = FIX + "lists/"
    write("lists", "fixture", read(lf + "lists.dan_so.csv") + b"\0" + read(lf + "lists.to_chuc.csv"))
    write("lists", "one", read(lf + "one-list.csv") + b"\0" + read(lf + "no-unit.csv"))
    for path in sorted(glob.glob("tests/data/cases/list-*.list")):
        write("lists", os.path.basename(path)[:-len(".list")], read(path))


if __name__ == "__main__":
    clear_seeds()
    csv_corpus()
    formula_corpus()
    eval_corpus()
    lists_corpus()
