run tests/cli/fixtures/levels.lua tests/cli/fixtures/levels-misspelt.csv --lang en
