diff criteria/kon-tum/121-2025-xa.lua criteria/kon-tum/121-2025-xa.lua --data examples/kon-tum/xa-2025.csv
