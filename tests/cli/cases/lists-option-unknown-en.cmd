run tests/cli/fixtures/lists/lists.lua tests/cli/fixtures/lists/lists.csv --list nope=tests/cli/fixtures/lists/one-list.csv --lang en
