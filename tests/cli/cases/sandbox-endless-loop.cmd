check tests/cli/fixtures/sandbox-endless-loop.lua
