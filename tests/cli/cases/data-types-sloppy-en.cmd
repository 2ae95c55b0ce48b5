run tests/cli/fixtures/types.lua tests/cli/fixtures/types-sloppy.csv --format csv --lang en
