test tests/cli/fixtures/levels.lua
