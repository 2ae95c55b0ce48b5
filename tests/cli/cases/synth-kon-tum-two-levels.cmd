synth criteria/kon-tum/121-2025-huyen.lua --units 15 --seed 5
