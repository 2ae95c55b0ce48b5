template tests/cli/fixtures/types.lua --lang en
