test criteria/thanh-hoa/cam-tan-2024.lua
