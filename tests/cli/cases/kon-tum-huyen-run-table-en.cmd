run criteria/kon-tum/121-2025-huyen.lua examples/kon-tum/huyen-2025.csv --children examples/kon-tum/xa-2025.csv --lang en
