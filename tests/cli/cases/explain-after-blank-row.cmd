explain tests/cli/fixtures/small.lua tests/cli/fixtures/blank-row.csv --unit X02 --indicator 1.2 --lang en
