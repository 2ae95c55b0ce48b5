run tests/cli/fixtures/small.lua tests/cli/fixtures/csv-named.xlsx --lang en
