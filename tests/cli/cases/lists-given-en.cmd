run tests/cli/fixtures/lists/lists.lua tests/cli/fixtures/lists/one.csv --list dan_so=tests/cli/fixtures/lists/one-list.csv --list to_chuc=tests/cli/fixtures/lists/no-unit.csv --lang en
