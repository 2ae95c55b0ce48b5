compare criteria/thanh-hoa/cam-tan-2024.lua examples/thanh-hoa/cam-tan-2024.csv examples/thanh-hoa/cam-tan-2024.appraised.csv --lang en
