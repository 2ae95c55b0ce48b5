run criteria/yen-bai/240-2024-so.lua examples/yen-bai/so-2024.csv
