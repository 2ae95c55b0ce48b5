test criteria/thanh-hoa/1829-2023-xa.lua
