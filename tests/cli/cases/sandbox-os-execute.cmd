check tests/cli/fixtures/sandbox-os-execute.lua
