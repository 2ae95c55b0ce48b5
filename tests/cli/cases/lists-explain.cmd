explain tests/cli/fixtures/lists/lists.lua tests/cli/fixtures/lists/lists.csv --unit X01
