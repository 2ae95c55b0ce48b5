template tests/cli/fixtures/small.lua --format xlsx
