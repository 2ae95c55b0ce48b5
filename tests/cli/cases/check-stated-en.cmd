check tests/cli/fixtures/peers-substitution.lua --lang en
