check tests/cli/fixtures/type-error.lua --lang en
