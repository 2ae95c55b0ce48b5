test tests/cli/fixtures/types.lua
