template tests/cli/fixtures/syntax-error.lua
