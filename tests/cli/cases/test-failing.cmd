test tests/cli/fixtures/small.lua
