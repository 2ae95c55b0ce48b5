template tests/cli/fixtures/levels.lua
