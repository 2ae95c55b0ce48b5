template tests/cli/fixtures/periods.lua --period 2030
