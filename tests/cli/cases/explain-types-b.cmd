explain tests/cli/fixtures/types.lua tests/cli/fixtures/types-point.csv --unit B
