test criteria/yen-bai/240-2024-so.lua
