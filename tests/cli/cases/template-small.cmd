template tests/cli/fixtures/small.lua
