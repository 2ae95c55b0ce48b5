explain criteria/yen-bai/240-2024-xa.lua examples/yen-bai/xa-2024.csv --unit X06 --lang en
