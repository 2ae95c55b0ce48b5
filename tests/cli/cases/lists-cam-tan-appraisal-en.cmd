explain criteria/thanh-hoa/cam-tan-2024.lua examples/thanh-hoa/cam-tan-2024.csv --unit CT-HUYEN --indicator 4.3 --lang en
