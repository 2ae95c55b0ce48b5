check tests/cli/fixtures/type-error.lua
