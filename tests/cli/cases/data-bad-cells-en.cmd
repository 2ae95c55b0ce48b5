run tests/cli/fixtures/small.lua tests/cli/fixtures/small.csv --format csv --lang en
