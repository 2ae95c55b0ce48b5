gap tests/cli/fixtures/lists/lists.lua tests/cli/fixtures/lists/lists.csv --goal score=30 --unit X01 --lang en
