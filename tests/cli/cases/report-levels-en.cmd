report tests/cli/fixtures/levels.lua tests/cli/fixtures/levels.csv --lang en
