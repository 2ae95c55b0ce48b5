form tests/cli/fixtures/forms-escape.lua tests/cli/fixtures/forms-escape.csv --format html
