run tests/cli/fixtures/small.lua tests/cli/fixtures/small-comments.csv --format csv
