check criteria/hoa-binh/1153-2023-xa.lua --lang en
