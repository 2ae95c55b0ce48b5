report tests/cli/fixtures/small.lua tests/cli/fixtures/small.csv --lang en
