template tests/cli/fixtures/small.lua --units tests/cli/fixtures/small.csv
