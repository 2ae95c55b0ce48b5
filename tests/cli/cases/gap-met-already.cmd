gap criteria/yen-bai/240-2024-xa.lua examples/yen-bai/xa-2024.csv --unit X01 --goal recognition=dat_cds
