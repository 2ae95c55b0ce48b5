explain criteria/yen-bai/240-2024-so.lua examples/yen-bai/so-2024.csv --unit S06 --indicator I.5
