explain tests/cli/fixtures/lists/lists.lua tests/cli/fixtures/lists/lists.csv --unit X04 --indicator 1.1 --lang en
