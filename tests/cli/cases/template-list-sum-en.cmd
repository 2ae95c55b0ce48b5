template tests/cli/fixtures/lists/lists.lua to_chuc --lang en
