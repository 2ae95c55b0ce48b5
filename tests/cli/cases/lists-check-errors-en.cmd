check tests/cli/fixtures/lists/errors.lua --lang en
