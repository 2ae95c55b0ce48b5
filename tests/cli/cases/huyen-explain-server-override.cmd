explain criteria/hoa-binh/1153-2023-huyen.lua examples/hoa-binh/huyen-2023.csv --unit H06 --indicator 5.6
