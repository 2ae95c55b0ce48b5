test criteria/kon-tum/121-2025-huyen.lua
