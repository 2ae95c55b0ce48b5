synth criteria/thanh-hoa/cam-tan-2024.lua --units 3 --rows 12
