template tests/cli/fixtures/small.lua --lang en
