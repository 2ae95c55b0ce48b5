report tests/cli/fixtures/peers-substitution.lua tests/cli/fixtures/peers-substitution.csv
