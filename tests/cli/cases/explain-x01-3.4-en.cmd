explain criteria/hoa-binh/1153-2023-xa.lua examples/hoa-binh/xa-2023.csv --unit X01 --indicator 3.4 --lang en
