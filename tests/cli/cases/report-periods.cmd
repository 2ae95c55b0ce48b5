report tests/cli/fixtures/periods.lua tests/cli/fixtures/periods.csv --period 2024
