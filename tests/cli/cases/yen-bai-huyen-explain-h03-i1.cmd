explain criteria/yen-bai/240-2024-huyen.lua examples/yen-bai/huyen-2024.csv --children examples/yen-bai/xa-2024.csv --unit H03 --indicator I.1
