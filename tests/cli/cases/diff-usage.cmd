diff criteria/kon-tum/121-2025-xa.lua
