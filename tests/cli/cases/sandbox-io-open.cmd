check tests/cli/fixtures/sandbox-io-open.lua
