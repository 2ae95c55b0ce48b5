check tests/cli/fixtures/cycle.lua --lang en
