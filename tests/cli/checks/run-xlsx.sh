#!/bin/sh
# `run --format xlsx` holds the numbers `run --format csv` shows, for a decision of each
# kind (points, periods, levels, tiers): read back with python's zipfile, and through
# LibreOffice when it is installed (as a spreadsheet user would open it).
set -e
for pair in hoa-binh/1153-2023-xa:hoa-binh/xa-2023 thanh-hoa/cam-tan-2024:thanh-hoa/cam-tan-2024 \
            kon-tum/121-2025-xa:kon-tum/xa-2025 yen-bai/240-2024-xa:yen-bai/xa-2024; do
  script=criteria/${pair%%:*}.lua data=examples/${pair##*:}.csv name=$(basename "${pair##*:}")
  $RUNNER "$BUILD/tieuchi" run "$script" "$data" --format csv >"$TMP/$name.csv" 2>/dev/null || [ $? -eq 1 ]
  $RUNNER "$BUILD/tieuchi" run "$script" "$data" --format xlsx -o "$TMP/$name.xlsx" 2>/dev/null || [ $? -eq 1 ]
  python3 tests/cli/tools/xlsx_dump.py "$TMP/$name.xlsx" >"$TMP/$name.dump"
  sed -n '2,/^== /p' "$TMP/$name.dump" | sed '/^== /d' >"$TMP/$name.sheet.csv"
  echo "$name (zip):"; python3 tests/cli/tools/xlsx_vs_csv.py "$TMP/$name.csv" "$TMP/$name.sheet.csv"
  # Frozen header, number formats: the first data row holds numbers with formats.
  head -n 1 "$TMP/$name.dump" | grep -q "frozen: C2"
  if command -v libreoffice >/dev/null 2>&1; then
    mkdir -p "$TMP/lo"
    HOME="$TMP/lo" libreoffice --headless --convert-to csv:"Text - txt - csv (StarCalc)":44,34,76 \
      --outdir "$TMP/lo" "$TMP/$name.xlsx" >/dev/null 2>&1
    echo "$name (LibreOffice):"; python3 tests/cli/tools/xlsx_vs_csv.py "$TMP/$name.csv" "$TMP/lo/$name.csv"
  fi
done
command -v libreoffice >/dev/null 2>&1 || echo "note: libreoffice is not installed; the LibreOffice round trip was skipped"
