explain criteria/hoa-binh/1153-2023-so.lua examples/hoa-binh/so-2023.csv --unit S03 --indicator 4.1
