check tests/cli/fixtures/syntax-error.lua --lang en
