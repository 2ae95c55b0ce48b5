gap criteria/kon-tum/121-2025-xa.lua examples/kon-tum/xa-2025.csv --unit X99 --goal 3
