synth criteria/hoa-binh/1153-2023-xa.lua --seed x1
