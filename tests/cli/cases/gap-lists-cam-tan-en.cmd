gap criteria/thanh-hoa/cam-tan-2024.lua examples/thanh-hoa/cam-tan-2024.csv --goal hoan_thanh --unit CT-TU --lang en
