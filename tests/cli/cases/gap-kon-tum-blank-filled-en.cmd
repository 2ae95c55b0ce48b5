gap criteria/kon-tum/121-2025-xa.lua examples/kon-tum/xa-2025.csv --unit X09 --goal "Toàn diện" --lang en
