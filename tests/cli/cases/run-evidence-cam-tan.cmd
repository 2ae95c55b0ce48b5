run criteria/thanh-hoa/cam-tan-2024.lua examples/thanh-hoa/cam-tan-2024.csv --evidence examples/thanh-hoa/cam-tan-2024.evidence.csv
