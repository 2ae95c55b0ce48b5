synth criteria/hoa-binh/1153-2023-xa.lua --units 12 --seed 3
