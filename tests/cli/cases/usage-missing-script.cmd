run no/such/script.lua examples/hoa-binh/xa-2023.csv
