run criteria/thanh-hoa/1829-2023-xa.lua examples/thanh-hoa/xa-periods.csv
