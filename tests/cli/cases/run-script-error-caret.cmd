run tests/cli/fixtures/type-error.lua tests/cli/fixtures/small.csv
