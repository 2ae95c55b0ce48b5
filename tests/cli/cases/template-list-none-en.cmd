template tests/cli/fixtures/small.lua can_bo --lang en
