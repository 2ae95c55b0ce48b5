run tests/cli/fixtures/types.lua tests/cli/fixtures/types-comma.csv --format csv --lang en
