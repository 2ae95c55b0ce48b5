diff criteria/thanh-hoa/1829-2023-xa.lua@2024 criteria/thanh-hoa/1829-2023-xa.lua@2025 --lang en
