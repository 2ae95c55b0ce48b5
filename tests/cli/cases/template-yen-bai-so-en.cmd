template criteria/yen-bai/240-2024-so.lua --lang en
