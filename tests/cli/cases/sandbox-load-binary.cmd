check tests/cli/fixtures/sandbox-load-binary.lua
