run tests/cli/fixtures/lists/lists.lua tests/cli/fixtures/lists/lists.csv --list to_chuc=tests/cli/fixtures/lists/no-unit.csv --lang en
