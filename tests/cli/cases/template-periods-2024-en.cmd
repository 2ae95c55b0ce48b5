template tests/cli/fixtures/periods.lua --period 2024 --units tests/cli/fixtures/periods.csv --lang en
