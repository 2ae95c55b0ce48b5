template criteria/thanh-hoa/cam-tan-2024.lua dan_so --lang en
