explain criteria/thanh-hoa/cam-tan-2024.lua examples/thanh-hoa/cam-tan-2024.csv --unit CT-TU --indicator 3.4 --lang en
