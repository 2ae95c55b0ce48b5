diff tests/cli/fixtures/diff/yen-bai/240-2024-huyen-truoc.lua criteria/yen-bai/240-2024-huyen.lua
