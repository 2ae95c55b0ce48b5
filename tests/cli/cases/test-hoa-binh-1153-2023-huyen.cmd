test criteria/hoa-binh/1153-2023-huyen.lua
