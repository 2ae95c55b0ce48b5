explain criteria/hoa-binh/1153-2023-so.lua examples/hoa-binh/so-2023.csv --unit S07 --indicator 6.3
