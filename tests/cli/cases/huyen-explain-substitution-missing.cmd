explain criteria/hoa-binh/1153-2023-huyen.lua examples/hoa-binh/huyen-2023.csv --unit H09 --indicator 6.4 --lang en
