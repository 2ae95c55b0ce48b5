explain tests/cli/fixtures/lists/lists.lua tests/cli/fixtures/lists/lists.csv --unit X02 --indicator 1.3 --lang en
