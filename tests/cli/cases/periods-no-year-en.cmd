run tests/cli/fixtures/periods.lua tests/cli/fixtures/periods.csv --lang en
