run tests/cli/fixtures/lists/lists.lua tests/cli/fixtures/lists/lists.csv --lang en
