run criteria/hoa-binh/1153-2023-huyen.lua examples/hoa-binh/huyen-2023.csv
