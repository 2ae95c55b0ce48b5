#!/bin/sh
# `run --format xlsx` holds the numbers `run --format csv` shows, for a decision of each
# kind (points, periods, levels, tiers): read back with python's zipfile, and through
# LibreOffice when it is installed (as a spreadsheet user would open it).
set -e
T="$TMP/run-xlsx"   # its own folder: TMP is shared by the checks
mkdir -p "$T"
for pair in hoa-binh/1153-2023-xa:hoa-binh/xa-2023 thanh-hoa/cam-tan-2024:thanh-hoa/cam-tan-2024 \
            kon-tum/121-2025-xa:kon-tum/xa-2025 yen-bai/240-2024-xa:yen-bai/xa-2024; do
  script=criteria/${pair%%:*}.lua data=examples/${pair##*:}.csv name=$(basename "${pair##*:}")
  $RUNNER "$BUILD/tieuchi" run "$script" "$data" --format csv >"$T/$name.csv" 2>/dev/null || [ $? -eq 1 ]
  $RUNNER "$BUILD/tieuchi" run "$script" "$data" --format xlsx -o "$T/$name.xlsx" 2>/dev/null || [ $? -eq 1 ]
  python3 tests/cli/tools/xlsx_dump.py "$T/$name.xlsx" >"$T/$name.dump"
  sed -n '2,/^== /p' "$T/$name.dump" | sed '/^== /d' >"$T/$name.sheet.csv"
  echo "$name (zip):"; python3 tests/cli/tools/xlsx_vs_csv.py "$T/$name.csv" "$T/$name.sheet.csv"
  # Frozen header, number formats: the first data row holds numbers with formats.
  head -n 1 "$T/$name.dump" | grep -q "frozen: C2"
done
if ! command -v libreoffice >/dev/null 2>&1; then
  echo "note: libreoffice is not installed; the LibreOffice round trip was skipped"
  exit 0
fi
# One LibreOffice start for every workbook: it is the slow part.
mkdir -p "$T/lo"
HOME="$T/lo" libreoffice --headless --convert-to csv:"Text - txt - csv (StarCalc)":44,34,76 \
  --outdir "$T/lo" "$T"/*.xlsx >/dev/null 2>&1
for name in xa-2023 cam-tan-2024 xa-2025 xa-2024; do
  echo "$name (LibreOffice):"; python3 tests/cli/tools/xlsx_vs_csv.py "$T/$name.csv" "$T/lo/$name.csv"
done
