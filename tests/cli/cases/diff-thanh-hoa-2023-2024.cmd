diff criteria/thanh-hoa/1829-2023-xa.lua@2023 criteria/thanh-hoa/1829-2023-xa.lua@2024 --data examples/thanh-hoa/xa-2024.csv
