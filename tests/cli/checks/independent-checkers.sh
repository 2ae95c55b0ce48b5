#!/bin/sh
# The expected results are also what the independent reference implementations (written
# from the decisions' text, in Python with exact fractions) compute from the examples.
set -e
for level in xa so huyen; do
  suffix=$([ $level = xa ] && echo "" || echo "_$level")
  python3 "examples/hoa-binh/check_expected$suffix.py" >"$TMP/ref.csv"
  diff -u "examples/hoa-binh/$level-2023.expected.csv" "$TMP/ref.csv"
done
