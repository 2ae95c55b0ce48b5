run tests/cli/fixtures/lists/lists.lua tests/cli/fixtures/lists/lists.csv --format csv -o /dev/null --trace /dev/stdout
