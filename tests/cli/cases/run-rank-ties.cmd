run tests/cli/fixtures/rank-ties.lua tests/cli/fixtures/rank-ties.csv --format csv
