check tests/cli/fixtures/cycle.lua
