test criteria/yen-bai/240-2024-xa.lua
