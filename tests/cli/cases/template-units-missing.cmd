template tests/cli/fixtures/small.lua --units tests/cli/fixtures/no-such-file.csv
