form criteria/thanh-hoa/cam-tan-2024.lua examples/thanh-hoa/cam-tan-2024.csv --format csv --lang en
