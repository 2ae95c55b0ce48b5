check tests/cli/fixtures/lua-syntax-error.lua --lang en
