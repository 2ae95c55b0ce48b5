form tests/cli/fixtures/forms-tiers.lua tests/cli/fixtures/forms-tiers.csv
