explain criteria/hoa-binh/1153-2023-xa.lua examples/hoa-binh/xa-2023.csv --unit X02 --indicator 3.1 --lang en
