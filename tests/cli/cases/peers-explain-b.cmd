explain tests/cli/fixtures/peers-substitution.lua tests/cli/fixtures/peers-substitution.csv --unit B
