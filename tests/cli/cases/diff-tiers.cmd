diff tests/cli/fixtures/tiers.lua tests/cli/fixtures/diff/tiers-v2.lua --data tests/cli/fixtures/tiers.csv
