run criteria/kon-tum/121-2025-huyen.lua examples/kon-tum/all-2025.csv
