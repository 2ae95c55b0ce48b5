diff tests/cli/fixtures/small.lua tests/cli/fixtures/diff/small-v2.lua --data tests/cli/fixtures/small.csv
