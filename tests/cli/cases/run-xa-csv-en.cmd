run criteria/hoa-binh/1153-2023-xa.lua examples/hoa-binh/xa-2023.csv --format csv --lang en
