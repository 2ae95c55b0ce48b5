explain tests/cli/fixtures/range-slack.lua tests/cli/fixtures/range-slack.csv --unit P
