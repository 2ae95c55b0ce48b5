explain criteria/kon-tum/121-2025-xa.lua tests/cli/fixtures/all-levels-text-cell.csv --unit X03 --indicator II.1
