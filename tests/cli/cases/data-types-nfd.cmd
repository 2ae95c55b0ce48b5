run tests/cli/fixtures/types.lua tests/cli/fixtures/types-nfd.csv --format csv
