report tests/cli/fixtures/small.lua
