diff tests/cli/fixtures/diff/yen-bai/240-2024-huyen-truoc.lua criteria/yen-bai/240-2024-huyen.lua --data tests/cli/fixtures/diff/yen-bai/huyen-2024-ii4.csv --children examples/yen-bai/xa-2024.csv
