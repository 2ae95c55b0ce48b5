synth criteria/thanh-hoa/cam-tan-2024.lua --units 3 -o /dev/null --list dan_so=/dev/null --rows 0
