template tests/cli/fixtures/lists/lists.lua dan_so
