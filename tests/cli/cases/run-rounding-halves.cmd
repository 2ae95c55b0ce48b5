run tests/cli/fixtures/rounding-halves.lua tests/cli/fixtures/rounding-halves.csv --format csv
