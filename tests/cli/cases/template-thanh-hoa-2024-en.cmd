template criteria/thanh-hoa/1829-2023-xa.lua --period 2024 --lang en
