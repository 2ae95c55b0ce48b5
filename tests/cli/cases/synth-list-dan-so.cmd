synth criteria/thanh-hoa/cam-tan-2024.lua --units 3 --seed 2 --rows 12 -o /dev/null --list dan_so=/dev/stdout
