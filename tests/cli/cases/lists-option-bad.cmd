run tests/cli/fixtures/lists/lists.lua tests/cli/fixtures/lists/lists.csv --list dan_so
