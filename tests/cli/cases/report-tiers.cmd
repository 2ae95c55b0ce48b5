report tests/cli/fixtures/tiers.lua tests/cli/fixtures/tiers.csv
