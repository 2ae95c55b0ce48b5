gap criteria/thanh-hoa/1829-2023-xa.lua examples/thanh-hoa/xa-2024.csv --unit X04 --goal hoan_thanh --period 2024
