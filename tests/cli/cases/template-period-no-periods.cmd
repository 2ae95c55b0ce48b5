template tests/cli/fixtures/small.lua --period 2024
