explain tests/cli/fixtures/peers-substitution.lua tests/cli/fixtures/peers-substitution.csv --unit A --indicator 2.2 --lang en
