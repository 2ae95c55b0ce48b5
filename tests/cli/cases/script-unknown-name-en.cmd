check tests/cli/fixtures/unknown-name.lua --lang en
