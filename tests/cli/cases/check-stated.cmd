check tests/cli/fixtures/peers-substitution.lua
