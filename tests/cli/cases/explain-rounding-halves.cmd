explain tests/cli/fixtures/rounding-halves.lua tests/cli/fixtures/rounding-halves.csv --unit R2
